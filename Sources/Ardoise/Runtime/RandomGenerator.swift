/// The generator behind `aléatoire`: SplitMix64, small and fully determined by its seed,
/// so a graded run is reproducible on every machine.
struct RandomGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `low...high` (rejection sampling: no modulo bias).
    mutating func integer(in low: Int, _ high: Int) -> Int {
        let span = UInt64(bitPattern: Int64(high &- low)) &+ 1
        if span == 0 { return Int(bitPattern: UInt(next())) }   // the whole range
        let limit = UInt64.max - UInt64.max % span
        var draw = next()
        while draw >= limit { draw = next() }
        return low &+ Int(bitPattern: UInt(draw % span))
    }
}
