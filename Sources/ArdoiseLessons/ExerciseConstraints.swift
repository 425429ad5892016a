/// What a lesson file may set for one exercise; anything left `nil` keeps the grader's default
/// (the language's `Limits.grading`, and a fixed seed so that every grading is reproducible).
public struct ExerciseConstraints: Equatable, Sendable {
    /// Built-in functions the learner may not call (e.g. `trier` in a sorting exercise).
    public var forbiddenBuiltins: [String] = []
    public var seed: UInt64?
    public var maxSteps: Int?
    public var maxSeconds: Double?
    public var maxOutputBytes: Int?
    public var maxCallDepth: Int?
    public var maxCollectionLength: Int?
    /// In bytes (the fiche says it in Mo, as `--max-memoire`).
    public var maxMemoryBytes: Int?

    public init() {}

    /// The seed used when the lesson sets none: grading is always reproducible.
    public static let defaultSeed: UInt64 = 1
}
