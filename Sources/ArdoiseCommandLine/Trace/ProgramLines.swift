import Ardoise
import ArdoiseLessons
import FoundationEssentials
import Glibc

/// A program's lines, split once, as the trace table and the stepper quote them.
struct ProgramLines {
    let lines: [String]

    init(_ source: Source) {
        var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        // The line break that ends the last line does not begin another.
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    var count: Int { lines.count }

    /// The line as written (from 1); nil outside the program.
    func raw(_ line: Int) -> String? {
        line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    /// The instruction on a line, as a table cell shows it: no indentation, no comment, and
    /// no control character (a program may hold an escape sequence in a text).
    func instruction(at line: Int) -> String {
        guard let raw = raw(line) else { return "" }
        return SafeText.neutralized(Self.withoutComment(raw).trimmed(.whitespaces))
    }

    /// Whether the stepper can never stop before this line: blank, a comment, `fin …`, `sinon`
    /// (a `sinon si` is tested as part of its `si`), a function's header.
    func holdsNoStoppingPoint(_ line: Int) -> Bool {
        let words = TextFolding.fold(instruction(at: line))
            .split(separator: " ")
        guard let first = words.first else { return true }
        return Self.blockEnds.contains(String(first)) || first == "fonction" || first == "sinon"
    }

    /// `fin` and the glued textbook spellings (`finsi`, `fintantque`…), folded.
    private static let blockEnds: Set<String> = ["fin", "finsi", "fintantque", "finpour", "finrepeter", "finfonction"]

    /// `x <- 5  # départ` → `x <- 5  `. A `#` inside a text is not a comment.
    static func withoutComment(_ line: String) -> String {
        var inText = false
        var escaped = false
        for index in line.indices {
            let c = line[index]
            if escaped { escaped = false; continue }
            if inText && c == "\\" { escaped = true; continue }
            if c == "\"" { inText.toggle(); continue }
            if c == "#" && !inText { return String(line[..<index]) }
        }
        return line
    }
}
