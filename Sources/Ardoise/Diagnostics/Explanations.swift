/// The long explanation of an error code, for `ardoise expliquer CODE` and docs/erreurs.md.
public struct Explanation: Sendable {
    public var title: String
    public var details: String
    /// A program that raises the code, and the same program fixed (nil for codes about files or limits
    /// that no short program shows).
    public var wrong: String?
    public var fixed: String?
}

extension FrenchCatalogue {
    public func explanation(for code: DiagnosticCode) -> Explanation {
        Explanation(title: template(for: code), details: "", wrong: nil, fixed: nil)
    }
}
