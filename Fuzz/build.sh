#!/usr/bin/env bash
# Builds the libFuzzer target .build-fuzz/ardoise-fuzz: CMemory, Ardoise and ArdoiseLessons
# compiled by swiftc with coverage (-sanitize=fuzzer) and the address sanitizer, then the
# entry point (Fuzz/*.swift), the shared pipeline and the grammar's program generator.
# Usage: Fuzz/build.sh   (from the repository root; see docs/fiabilite.md)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${FUZZ_OUT:-.build-fuzz}
SWIFTC=${SWIFTC:-swiftc}
# ARDOISE_SMALL_STACK: a 256 MiB evaluation stack instead of 1 GiB (see LargeStack.swift).
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -enable-testing -swift-version 5 -I "$OUT/modules"
       -I Sources/CMemory/include -D ARDOISE_SMALL_STACK)
mkdir -p "$OUT/modules" "$OUT/lib"

# The C helper the memory limit reads (mallinfo2).
CLANG=${CLANG:-$(dirname "$(command -v "$SWIFTC")")/clang}
"$CLANG" -O2 -fsanitize=fuzzer-no-link,address -I Sources/CMemory/include -c Sources/CMemory/CMemory.c -o "$OUT/lib/CMemory.o"

module() { # name, sources…
  local name=$1; shift
  echo "fuzz : compilation de $name"
  "$SWIFTC" "${FLAGS[@]}" -module-name "$name" -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
    -emit-library -static -o "$OUT/lib/lib$name.a" -wmo "$@"
}
module Ardoise $(find Sources/Ardoise -name '*.swift')
module ArdoiseLessons $(find Sources/ArdoiseLessons -name '*.swift')

echo "fuzz : édition des liens"
"$SWIFTC" "${FLAGS[@]}" -module-name ArdoiseFuzz -o "$OUT/ardoise-fuzz" \
  Fuzz/*.swift \
  Tests/ArdoiseLessonsTests/Support/HostilePipeline.swift \
  Tests/ArdoiseTests/Support/ProgramGenerator.swift \
  Tests/ArdoiseTests/Support/EBNFGrammar.swift \
  Tests/ArdoiseTests/Support/SplitMix64.swift \
  "$OUT/lib/CMemory.o" -L "$OUT/lib" -lArdoiseLessons -lArdoise
echo "fuzz : $OUT/ardoise-fuzz prêt"
