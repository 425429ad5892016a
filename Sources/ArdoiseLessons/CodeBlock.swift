/// A fenced code block of a lesson file, remembered with the line it starts on
/// so that every error found in it can be reported with the lesson file's own line numbers.
public struct CodeBlock: Equatable, Sendable {
    /// The info string after the opening fence, normalised (`ardoise`, `entrée`, `sortie`, …); empty when absent.
    public var info: String
    /// The code, without the fences, lines joined with "\n" (no final line break).
    public var text: String
    /// Line of the lesson file holding the code's first line (the line after the opening fence).
    public var firstLine: Int

    public init(info: String, text: String, firstLine: Int) {
        self.info = info
        self.text = text
        self.firstLine = firstLine
    }

    /// The code's lines; an empty block has none.
    public var lines: [String] {
        text.isEmpty ? [] : text.components(separatedBy: "\n")
    }

    /// The code preceded by blank lines so that line N of the result is line N of the lesson file:
    /// diagnostics from the language then point at the lesson's own lines, and the renderer
    /// shows the right line, without any translation of positions.
    public var textAlignedOnLessonLines: String {
        String(repeating: "\n", count: max(0, firstLine - 1)) + text
    }
}
