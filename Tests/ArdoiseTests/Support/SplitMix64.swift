/// A small seeded random number generator (SplitMix64): the same seed gives the same
/// sequence on every platform and every run, so a failing generated program can be replayed.
///
/// With a `script`, each draw starts with the script's next byte as its top bits, so that a
/// fuzzer's input bytes select the generator's choices (`Fuzz/`); past the script's end the
/// draws are the seed's ordinary sequence.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    private let script: [UInt8]
    private var scriptPosition = 0

    init(seed: UInt64, script: [UInt8] = []) {
        state = seed
        self.script = script
    }

    mutating func next() -> UInt64 {
        if scriptPosition < script.count {
            let byte = UInt64(script[scriptPosition])
            scriptPosition += 1
            return byte << 56 | (nextFromSeed() >> 8)
        }
        return nextFromSeed()
    }

    private mutating func nextFromSeed() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}
