@testable import Ardoise

/// The generated programs use the language's own seeded generator (SplitMix64): the same seed
/// gives the same program on every platform and every run, so a failing one can be replayed.
typealias SplitMix64 = RandomGenerator

extension RandomGenerator: RandomNumberGenerator {
    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}
