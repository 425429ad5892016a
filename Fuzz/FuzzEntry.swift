import Foundation

/// libFuzzer's entry point: every input goes through `HostilePipeline` as it is (bytes decoded
/// as UTF-8, invalid sequences replaced); an input whose first byte is odd also serves as the
/// script of a program derived from `grammar/ardoise.ebnf` (its next bytes select the
/// generator's choices), which is run too. Deriving and running such a program costs several
/// times more than the rest, hence one input in two.
///
/// Built by `Fuzz/build.sh` together with the Ardoise and ArdoiseLessons sources; run by
/// `make fuzz DUREE` (see docs/fiabilite.md). With ARDOISE_FUZZ_SHOW=1 in the environment
/// it prints the generated program of each input, to turn a finding into a regression test.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    HostilePipeline.runAll(text)

    if let first = bytes.first, first & 1 == 1, let generator = FuzzGrammar.generator {
        var seed: UInt64 = 0xA5D0_15E0
        for byte in bytes.prefix(64) { seed = seed &* 31 &+ UInt64(byte) }
        let program = generator.program(random: SplitMix64(seed: seed, script: Array(bytes.dropFirst())))
        if FuzzGrammar.show { print("--- programme généré ---\n\(program)\n---") }
        HostilePipeline.runProgram(program, name: "grammaire.ard")
    }
    return 0
}
