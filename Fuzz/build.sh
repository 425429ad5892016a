#!/usr/bin/env bash
# Builds the libFuzzer target .build-fuzz/ardoise-fuzz: CMemory (clang), Ardoise and
# ArdoiseLessons compiled by swiftc with coverage (-sanitize=fuzzer) and the address sanitizer,
# then the entry point (Fuzz/*.swift), the shared pipeline and the grammar's program generator.
# Usage: Fuzz/build.sh   (from the repository root; see docs/fiabilite.md)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${FUZZ_OUT:-.build-fuzz}
SWIFTC=${SWIFTC:-swiftc}
# ARDOISE_SMALL_STACK: a 256 MiB evaluation stack instead of 1 GiB (see LargeStack.swift).
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -enable-testing -swift-version 5 -I "$OUT/modules"
       -D ARDOISE_SMALL_STACK)
mkdir -p "$OUT/modules" "$OUT/lib"

# Up to date: nothing it is built from is newer than it.
if [ -x "$OUT/ardoise-fuzz" ] && [ -z "$(find Sources/Ardoise Sources/ArdoiseLessons Sources/CMemory Fuzz \
     Tests/ArdoiseLessonsTests/Support Tests/ArdoiseTests/Support -newer "$OUT/ardoise-fuzz" -print -quit)" ]; then
  echo "fuzz : $OUT/ardoise-fuzz à jour"
  exit 0
fi

module() { # name, options and sources…
  local name=$1; shift
  echo "fuzz : compilation de $name"
  "$SWIFTC" "${FLAGS[@]}" -module-name "$name" -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
    -emit-library -static -o "$OUT/lib/lib$name.a" -wmo "$@"
}

# CMemory (malloc statistics for the memory limit): a C file, and a module map for Swift.
echo "fuzz : compilation de CMemory"
CLANG=${CLANG:-$(dirname "$(command -v "$SWIFTC")")/clang}
"$CLANG" -c -O1 -g -fsanitize=fuzzer-no-link,address -ISources/CMemory/include \
  Sources/CMemory/CMemory.c -o "$OUT/lib/CMemory.o"
ar rcs "$OUT/lib/libCMemory.a" "$OUT/lib/CMemory.o"
mkdir -p "$OUT/modules/CMemory"
cat > "$OUT/modules/CMemory/module.modulemap" <<MAP
module CMemory {
  header "$PWD/Sources/CMemory/include/CMemory.h"
  export *
}
MAP

module Ardoise -I "$OUT/modules/CMemory" $(find Sources/Ardoise -name '*.swift')
module ArdoiseLessons -I "$OUT/modules/CMemory" $(find Sources/ArdoiseLessons -name '*.swift')

echo "fuzz : édition des liens"
"$SWIFTC" "${FLAGS[@]}" -module-name ArdoiseFuzz -o "$OUT/ardoise-fuzz" \
  Fuzz/*.swift \
  Tests/ArdoiseLessonsTests/Support/HostilePipeline.swift \
  Tests/ArdoiseTests/Support/ProgramGenerator.swift \
  Tests/ArdoiseTests/Support/EBNFGrammar.swift \
  Tests/ArdoiseTests/Support/SplitMix64.swift \
  -I "$OUT/modules/CMemory" -L "$OUT/lib" -lArdoiseLessons -lArdoise -lCMemory
echo "fuzz : $OUT/ardoise-fuzz prêt"
