import ArdoiseLessons
import FoundationEssentials
import Glibc

/// The trace table as CSV for a spreadsheet, as French spreadsheets open it without a
/// question (`;` between cells, a UTF-8 byte order mark, CRLF line ends). No cell can run
/// as a formula, and no control character gets through. Changed values are not marked: a
/// cell holds the value alone, so a formateur can blank it out for learners to fill in.
struct CSVTableRenderer {
    static let separator = ";"

    func render(_ table: TraceTable) -> String {
        var lines: [[String]] = []
        lines.append([TraceMessages.stepHeader, TraceMessages.lineHeader, TraceMessages.instructionHeader]
                     + table.columns.map(\.title) + [TraceMessages.printedHeader])
        for row in table.rows {
            let indentation = TraceTable.indentation(of: row, unit: "  ")
            var cells = [row.step.map(String.init) ?? "", String(row.line), indentation + table.instruction(of: row)]
            for column in table.columns { cells.append(table.cell(column, in: row) ?? "") }
            cells.append(CellText.printed(row.printed))
            lines.append(cells)
        }
        // Notes go in the instruction column of a last line: a spreadsheet shows them under the table.
        var notes: [String] = []
        if !table.trailingOutput.isEmpty { notes.append(TraceMessages.trailingOutput(CellText.printed(table.trailingOutput))) }
        if let note = TraceMessages.ending(table.ending) { notes.append(note) }
        for note in notes { lines.append(["", "", note]) }
        return "\u{FEFF}" + lines.map { $0.map(Self.cell).joined(separator: Self.separator) + "\r\n" }.joined()
    }

    /// One cell: on one line, neutralised, quoted when it holds a separator or a quote, and
    /// never starting like a formula (`=`, `+`, `-`, `@`, a tab…) — except a plain number such
    /// as `-3`, which a spreadsheet reads as the number it is.
    static func cell(_ raw: String) -> String {
        let flat = SafeText.neutralized(raw.replacing("\r\n", with: " ")
            .replacing("\n", with: " ").replacing("\r", with: " "))
        var value = flat
        if !isPlainNumber(flat), let first = flat.trimmed(.whitespaces).unicodeScalars.first,
           "=+-@\u{2409}\u{240D}".unicodeScalars.contains(first) {
            value = "'" + flat
        }
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "," }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// `-3`, `-2.5`, `-1.5e+300` exactly (as Ardoise prints numbers): a spreadsheet reads it as
    /// the number it is. `-1+1` is not one: it would be computed.
    static func isPlainNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        func digits() -> Bool {
            let run = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(run.count)
            return !run.isEmpty
        }
        guard rest.first == "-" else { return false }
        rest = rest.dropFirst()
        guard digits() else { return false }
        if rest.first == "." { rest = rest.dropFirst(); guard digits() else { return false } }
        if rest.first == "e" {
            rest = rest.dropFirst()
            guard rest.first == "+" || rest.first == "-" else { return false }
            rest = rest.dropFirst()
            guard digits() else { return false }
        }
        return rest.isEmpty
    }
}
