import Ardoise
import ArdoiseLessons
import FoundationEssentials
import Glibc

/// How values and output read in a table cell: on one line, with no control character left
/// to move a terminal's cursor or break a table.
enum CellText {
    /// A variable's value as the REPL echoes it (texts in quotes, so that `"5"` and `5` differ).
    static func of(_ value: Value) -> String {
        SafeText.neutralized(value.echoText)
    }

    /// What a step printed, on one line: the last line break dropped, the others shown as ⏎
    /// (a lone ⏎ is an empty line printed).
    static func printed(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var body = text
        if body.hasSuffix("\n") { body.removeLast() }
        if body.isEmpty { return lineBreak }
        return SafeText.neutralized(body.replacing("\n", with: lineBreak), keepLineBreaks: false)
    }

    static let lineBreak = "⏎"
}

extension CellText {
    /// A line of the program or of its output for the terminal: control characters made
    /// visible (a tab stays a tab), so that nothing printed can move the cursor.
    static func safeLine(_ line: String) -> String {
        SafeText.neutralized(line, keepLineBreaks: true).replacing("\n", with: lineBreak)
    }
}
