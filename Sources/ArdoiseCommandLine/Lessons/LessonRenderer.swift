import ArdoiseLessons
import FoundationEssentials
import Glibc

/// Shows a lesson in the terminal: title, objectives, prose with light Markdown, coloured code,
/// and the exercises' statements with the command that starts each one.
/// Never the tests, the hints or the solutions.
struct LessonRenderer {
    let style: TerminalStyle
    var width = 80

    func render(_ lesson: Lesson, progress: LearnerProgress) -> String {
        var out: [String] = []
        out.append(style.title("Leçon \(lesson.order) — \(lesson.title)"))
        out.append("")
        out.append(style.bold("Objectifs :"))
        out += lesson.objectives.map { "  • \(inline($0))" }
        out.append("")
        for block in lesson.body {
            switch block {
            case .heading(let level, let text, _):
                // The first-level heading usually repeats the title shown above.
                if level == 1 && FrenchText.sameWords(text, lesson.title) { continue }
                out += render(block)
            case .exercise(let id):
                if let exercise = lesson.exercise(withID: id) {
                    out += renderExercise(exercise, progress: progress[id])
                }
            default:
                out += render(block)
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    func renderExercise(_ exercise: Exercise, progress: ExerciseProgress) -> [String] {
        var out: [String] = []
        let mark = progress.completed ? style.green(" ✓ réussi") : ""
        out.append(style.bold(style.yellow("Exercice : \(exercise.title)")) + style.dim("  (\(exercise.id))") + mark)
        out.append("")
        for block in exercise.statement { out += render(block) }
        if !exercise.constraints.forbiddenBuiltins.isEmpty {
            out.append("Interdit dans cet exercice : " + exercise.constraints.forbiddenBuiltins.map { style.cyan($0) }.joined(separator: ", ") + ".")
            out.append("")
        }
        out.append(style.dim("Pour commencer : ") + style.bold("ardoise commencer \(exercise.id)"))
        out.append("")
        return out
    }

    func render(_ block: LessonBlock) -> [String] {
        switch block {
        case .heading(let level, let text, _):
            // Without colours, an underline keeps headings visible.
            if level <= 2 && !style.enabled { return [text, String(repeating: level == 1 ? "═" : "─", count: text.count), ""] }
            return [level <= 2 ? style.title(text) : style.bold(text), ""]
        case .text(let lines, _):
            if lines.count >= 2, lines.allSatisfy({ $0.trimmed(.whitespaces).hasPrefix("|") }) {
                return renderTable(lines) + [""]
            }
            return lines.map(renderProseLine) + [""]
        case .code(let code):
            let highlighter = CodeHighlighter(style: style)
            let isArdoise = code.info.hasPrefix("ardoise") || code.info.isEmpty
            return code.lines.map { line in
                line.trimmed(.whitespaces).isEmpty ? "" : "    " + (isArdoise ? highlighter.highlight(line) : line)
            } + [""]
        case .exercise:
            return []
        }
    }

    private func renderProseLine(_ line: String) -> String {
        let trimmed = line.trimmed(.whitespaces)
        let indent = String(line.prefix(while: { $0 == " " }))
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
            return indent + "  • " + inline(String(trimmed.dropFirst(2)))
        }
        if trimmed.hasPrefix("> ") {
            return indent + style.dim("│ ") + inline(String(trimmed.dropFirst(2)))
        }
        // Table separator rows (|---|---|) carry no words.
        if trimmed.hasPrefix("|"), trimmed.allSatisfy({ "|-: ".contains($0) }) {
            return indent + style.dim(String(repeating: "─", count: min(trimmed.count, width)))
        }
        return indent + inline(trimmed)
    }

    /// A Markdown table, with aligned columns and the header in bold.
    private func renderTable(_ lines: [String]) -> [String] {
        let plain = LessonRenderer(style: TerminalStyle(enabled: false))
        var rows: [[String]] = []
        var separatorAfterFirst = false
        for line in lines {
            var trimmed = line.trimmed(.whitespaces)
            if trimmed.allSatisfy({ "|-: ".contains($0) }) { separatorAfterFirst = rows.count == 1; continue }
            if trimmed.hasPrefix("|") { trimmed.removeFirst() }
            if trimmed.hasSuffix("|") { trimmed.removeLast() }
            rows.append(trimmed.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmed(.whitespaces) })
        }
        let columns = rows.map(\.count).max() ?? 0
        // Widths from the text as shown, without colour codes and without the removed markers.
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], plainWidth(plain, cell))
            }
        }
        var out: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            let cells = (0..<columns).map { index -> String in
                let cell = index < row.count ? row[index] : ""
                let shown = rowIndex == 0 && separatorAfterFirst ? style.bold(plain.inline(cell).replacing("`", with: "")) : inline(cell)
                return shown + String(repeating: " ", count: max(0, widths[index] - plainWidth(plain, cell)))
            }
            var line = "  " + cells.joined(separator: "   ")
            while line.hasSuffix(" ") { line.removeLast() }
            out.append(line)
            if rowIndex == 0 && separatorAfterFirst {
                out.append("  " + style.dim(widths.map { String(repeating: "─", count: $0) }.joined(separator: "   ")))
            }
        }
        return out
    }

    private func plainWidth(_ plain: LessonRenderer, _ cell: String) -> Int {
        let shown = plain.inline(cell)
        return style.enabled ? shown.replacing("`", with: "").count : shown.count
    }

    /// `**gras**` and `` `code` ``; the markers are removed when colours are on, kept otherwise.
    func inline(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let marker = rest.firstIndex(where: { $0 == "`" || $0 == "*" }) {
            result += rest[..<marker]
            if rest[marker] == "`", let close = rest[rest.index(after: marker)...].firstIndex(of: "`") {
                let code = String(rest[rest.index(after: marker)..<close])
                result += style.enabled ? style.cyan(code) : "`\(code)`"
                rest = rest[rest.index(after: close)...]
            } else if rest[marker...].hasPrefix("**"),
                      let close = rest[rest.index(marker, offsetBy: 2)...].firstRange(of: "**") {
                let bold = String(rest[rest.index(marker, offsetBy: 2)..<close.lowerBound])
                result += style.enabled ? style.bold(bold) : bold
                rest = rest[close.upperBound...]
            } else {
                result.append(rest[marker])
                rest = rest[rest.index(after: marker)...]
            }
        }
        return result + rest
    }
}
