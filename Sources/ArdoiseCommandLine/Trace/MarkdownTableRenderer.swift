import Ardoise
import ArdoiseLessons
import FoundationEssentials
import Glibc

/// The trace table in Markdown, for a handout: a title, the program with its line numbers,
/// the table (code in code spans, changed values in bold), and the notes.
struct MarkdownTableRenderer {
    /// Whether the program's text comes before the table.
    var includesProgram = true

    func render(_ table: TraceTable, program: Source?) -> String {
        var out = "### \(escaped(TraceMessages.title(table.programName)))\n\n"
        if includesProgram, let program { out += numberedListing(program) + "\n" }

        let titles = [TraceMessages.stepHeader, TraceMessages.lineHeader, TraceMessages.instructionHeader]
            + table.columns.map { escaped($0.title) } + [TraceMessages.printedHeader]
        out += "| " + titles.joined(separator: " | ") + " |\n"
        out += "|" + titles.indices.map { $0 < 2 ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for row in table.rows {
            var cells = [row.step.map(String.init) ?? "", String(row.line), instruction(of: row, in: table)]
            for column in table.columns {
                guard let text = table.cell(column, in: row) else { cells.append(""); continue }
                if text.isEmpty || text == TraceTable.noValue { cells.append(text); continue }
                cells.append(row.changed.contains(column.key) ? "**\(code(text))**" : code(text))
            }
            cells.append(code(CellText.printed(row.printed)))
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }

        var notes: [String] = []
        if !table.rows.isEmpty && !table.isBlank { notes.append("*\(TraceMessages.changedLegendBold)*") }
        if !table.trailingOutput.isEmpty {
            notes.append(escaped(TraceMessages.trailingOutput("")) + code(CellText.printed(table.trailingOutput)))
        }
        if let note = TraceMessages.ending(table.ending) { notes.append("> " + escaped(note)) }
        if !notes.isEmpty { out += "\n" + notes.joined(separator: "\n\n") + "\n" }
        return out
    }

    private func instruction(of row: TraceTable.Row, in table: TraceTable) -> String {
        // Leading spaces vanish in a Markdown cell; no-break spaces keep the calls' nesting.
        let indentation = TraceTable.indentation(of: row, unit: "\u{00A0}\u{00A0}")
        switch row.kind {
        case .statement: return indentation + code(row.source)
        case .condition(let holds): return indentation + code(row.source) + " → " + (holds ? "vrai" : "faux")
        case .loopTurn(let turn): return indentation + code(row.source) + " → tour \(turn)"
        case .call(let function, let arguments):
            return indentation + "→ appel de " + code("\(function)(\(arguments.joined(separator: ", ")))")
        case .callReturn(let function, let result):
            return indentation + "← " + code(function) + " renvoie " + code(result)
        }
    }

    /// The program in a fenced block, each line after its number.
    private func numberedListing(_ program: Source) -> String {
        let lines = ProgramLines(program).lines
        let digits = String(lines.count).count
        let body = lines.enumerated().map { index, line in
            DisplayWidth.rightAligned(String(index + 1), to: digits) + " | " + SafeText.neutralized(line, keepLineBreaks: true)
        }
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: body.joined()) + 1))
        return fence + "text\n" + body.joined(separator: "\n") + "\n" + fence + "\n"
    }

    /// Text in a code span that survives any backtick in it, and `|`, which would end the cell.
    private func code(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let fence = String(repeating: "`", count: longestBacktickRun(in: text) + 1)
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text.replacing("|", with: "\\|") + padding + fence
    }

    /// Plain text with Markdown's active characters escaped.
    private func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    private func longestBacktickRun(in text: String) -> Int {
        var longest = 0, current = 0
        for c in text {
            current = c == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
