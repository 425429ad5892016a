/// A fenced code block of a lesson file, remembered with the line it starts on
/// so that every error found in it can be reported with the lesson file's own line numbers.
public struct CodeBlock: Equatable, Sendable {
    /// The info string after the opening fence, normalised (`ardoise`, `entrée`, `sortie`, …); empty when absent.
    public var info: String
    /// The code, without the fences, lines joined with "\n" (no final line break).
    public var text: String
    /// Line of the lesson file holding the code's first line (the line after the opening fence).
    public var firstLine: Int

    /// How many lines the block holds: a block holding one empty line (an empty answer) is not an empty block.
    public var lineCount: Int

    public init(info: String, text: String, firstLine: Int, lineCount: Int? = nil) {
        self.info = info
        self.text = text
        self.firstLine = firstLine
        self.lineCount = lineCount ?? (text.isEmpty ? 0 : text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    /// The code's lines; an empty block has none, a block of one empty line has one, empty.
    public var lines: [String] {
        if lineCount == 0 { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The code preceded by blank lines so that line N of the result is line N of the lesson file:
    /// diagnostics from the language then point at the lesson's own lines, and the renderer
    /// shows the right line, without any translation of positions.
    public var textAlignedOnLessonLines: String {
        String(repeating: "\n", count: max(0, firstLine - 1)) + text
    }
}
