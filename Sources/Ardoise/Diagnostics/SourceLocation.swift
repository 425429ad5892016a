/// A program text and the name diagnostics show for it (a file name, or `<entrée 3>` in the REPL).
public struct Source: Sendable {
    public let name: String
    public let text: String

    /// The lines of the text, without their line breaks (for underlining the culprit).
    /// Split once: rendering each of 20 000 errors used to split the whole text again
    /// (quadratic: 100 seconds for a file of 20 000 wrong lines).
    public let lines: [Substring]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
    }
}

/// Where something is in a source: 1-based line and column, counted in characters,
/// and how many characters the culprit spans on that line (at least 1).
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int
    public var length: Int

    public init(line: Int, column: Int, length: Int = 1) {
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    /// A location covering `self` up to the end of `other` when both are on the same line.
    public func through(_ other: SourceLocation) -> SourceLocation {
        guard other.line == line, other.column + other.length > column else { return self }
        return SourceLocation(line: line, column: column, length: other.column + other.length - column)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
