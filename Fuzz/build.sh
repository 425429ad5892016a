#!/usr/bin/env bash
# Builds the libFuzzer target .build-fuzz/ardoise-fuzz: BigInt, Ardoise and ArdoiseLessons
# compiled by swiftc with coverage (-sanitize=fuzzer) and the address sanitizer, then the
# entry point (Fuzz/*.swift), the shared pipeline and the grammar's program generator.
# Usage: Fuzz/build.sh   (from the repository root; see docs/fiabilite.md)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${FUZZ_OUT:-.build-fuzz}
SWIFTC=${SWIFTC:-swiftc}
# ARDOISE_SMALL_STACK: a 256 MiB evaluation stack instead of 1 GiB (see LargeStack.swift).
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -enable-testing -swift-version 5 -I "$OUT/modules"
       -D ARDOISE_SMALL_STACK)
mkdir -p "$OUT/modules" "$OUT/lib"

# BigInt's sources: the package checkout SwiftPM resolves.
if [ ! -d "$OUT/spm/checkouts/BigInt/Sources" ]; then
  swift package resolve --scratch-path "$OUT/spm" >/dev/null
fi
BIGINT="$OUT/spm/checkouts/BigInt/Sources"

module() { # name, sources…
  local name=$1; shift
  echo "fuzz : compilation de $name"
  "$SWIFTC" "${FLAGS[@]}" -module-name "$name" -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
    -emit-library -static -o "$OUT/lib/lib$name.a" -wmo "$@"
}
# BigInt does not change: built once.
[ -f "$OUT/lib/libBigInt.a" ] || module BigInt "$BIGINT"/*.swift
module Ardoise $(find Sources/Ardoise -name '*.swift')
module ArdoiseLessons $(find Sources/ArdoiseLessons -name '*.swift')

echo "fuzz : édition des liens"
"$SWIFTC" "${FLAGS[@]}" -module-name ArdoiseFuzz -o "$OUT/ardoise-fuzz" \
  Fuzz/*.swift \
  Tests/ArdoiseLessonsTests/Support/HostilePipeline.swift \
  Tests/ArdoiseTests/Support/ProgramGenerator.swift \
  Tests/ArdoiseTests/Support/EBNFGrammar.swift \
  Tests/ArdoiseTests/Support/SplitMix64.swift \
  -L "$OUT/lib" -lArdoiseLessons -lArdoise -lBigInt
echo "fuzz : $OUT/ardoise-fuzz prêt"
