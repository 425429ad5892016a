/// A `vérifier` that failed: where, and what was obtained against what was expected.
public struct CheckFailure: Sendable, Equatable {
    public var line: Int
    /// The condition as written.
    public var expression: String
    /// For a comparison: the left side's value and the right side's, as the REPL echoes them.
    public var actual: String?
    public var expected: String?
    /// The whole French line, as printed.
    public var message: String
}
