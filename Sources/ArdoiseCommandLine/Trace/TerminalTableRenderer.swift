/// The trace table for a terminal: aligned columns in a box, narrowed to the screen's width
/// by abbreviating long values (with "…"), changed values in colour — or followed by `*`
/// without colour.
struct TerminalTableRenderer {
    /// Columns of the screen.
    var width: Int
    var style: TerminalStyle

    /// Below these widths a column is not narrowed further (a narrower natural width is kept).
    static let minimumInstructionWidth = 16
    static let minimumValueWidth = 5
    static let minimumPrintedWidth = 8
    /// The instruction and the output give way first, down to these widths.
    static let comfortableInstructionWidth = 24
    static let comfortablePrintedWidth = 12

    private enum ColumnKind { case number, instruction, variable, printed }

    private struct Cell {
        var text: String
        var changed = false
        /// After the text, never abbreviated away: `*` on a changed value without colour,
        /// ` → vrai` after a condition.
        var marker = ""
        var fullText: String { text + marker }
    }

    private struct Layout {
        var titles: [String]
        var kinds: [ColumnKind]
        var rows: [[Cell]]
    }

    func render(_ table: TraceTable) -> String {
        let layout = self.layout(of: table)
        let widths = fittedWidths(layout)
        var out = style.bold(TraceMessages.title(table.programName)) + "\n"
        out += border("┌", "┬", "┐", widths)
        let rightAligned = layout.kinds.map { $0 == .number }
        out += line(layout.titles.map { Cell(text: $0) }, widths, rightAligned, bold: true)
        out += border("├", "┼", "┤", widths)
        for row in layout.rows { out += line(row, widths, rightAligned, bold: false) }
        out += border("└", "┴", "┘", widths)
        if widths.reduce(0, +) + 3 * widths.count + 1 > width { out += TraceMessages.tooWide + "\n" }
        if !table.rows.isEmpty && !table.isBlank {
            out += style.dim(style.enabled ? TraceMessages.changedLegendColor : TraceMessages.changedLegendStar) + "\n"
        }
        if !table.trailingOutput.isEmpty {
            out += TraceMessages.trailingOutput(CellText.printed(table.trailingOutput)) + "\n"
        }
        if let note = TraceMessages.ending(table.ending) { out += style.yellow(note) + "\n" }
        return out
    }

    private func layout(of table: TraceTable) -> Layout {
        let columns = table.columns
        let titles = [TraceMessages.stepHeader, TraceMessages.lineHeader, TraceMessages.instructionHeader]
            + columns.map(\.title) + [TraceMessages.printedHeader]
        let kinds: [ColumnKind] = [.number, .number, .instruction] + columns.map { _ in .variable } + [.printed]
        let rows = table.rows.map { row -> [Cell] in
            let indentation = TraceTable.indentation(of: row, unit: "  ")
            let instruction = table.instructionParts(of: row)
            var cells = [Cell(text: row.step.map(String.init) ?? ""), Cell(text: String(row.line)),
                         Cell(text: indentation + instruction.text, marker: instruction.outcome)]
            for column in columns {
                guard let text = table.cell(column, in: row) else { cells.append(Cell(text: "")); continue }
                let changed = row.changed.contains(column.key)
                cells.append(Cell(text: text, changed: changed, marker: changed && !style.enabled ? "*" : ""))
            }
            cells.append(Cell(text: CellText.printed(row.printed)))
            return cells
        }
        return Layout(titles: titles, kinds: kinds, rows: rows)
    }

    /// Natural widths, then the widest narrowable column loses one column at a time until the
    /// table fits, in three rounds: the instruction and the output, down to a comfortable
    /// width; then long variable names over short values (`résultat (carré)` over `9`); then
    /// every column but the numbers, down to its minimum.
    private func fittedWidths(_ layout: Layout) -> [Int] {
        var contents = layout.titles.map { _ in 0 }
        for row in layout.rows {
            for (i, cell) in row.enumerated() { contents[i] = max(contents[i], DisplayWidth.of(cell.fullText)) }
        }
        var widths = zip(layout.titles, contents).map { max(DisplayWidth.of($0), $1) }
        let natural = widths
        func floors(_ floor: (ColumnKind, Int) -> Int) -> [Int] {
            layout.kinds.indices.map { i in min(natural[i], floor(layout.kinds[i], i)) }
        }
        let comfortable = floors { kind, _ in
            switch kind {
            case .instruction: return Self.comfortableInstructionWidth
            case .printed: return Self.comfortablePrintedWidth
            case .number, .variable: return .max
            }
        }
        let shortTitles = zip(comfortable, layout.kinds.indices).map { floor, i in
            layout.kinds[i] == .variable ? max(contents[i], min(natural[i], Self.minimumValueWidth)) : floor
        }
        let minimums = floors { kind, _ in
            switch kind {
            case .number: return .max
            case .instruction: return Self.minimumInstructionWidth
            case .variable: return Self.minimumValueWidth
            case .printed: return Self.minimumPrintedWidth
            }
        }
        var excess = widths.reduce(0, +) + 3 * widths.count + 1 - width
        for floor in [comfortable, shortTitles, minimums] {
            while excess > 0 {
                guard let widest = widths.indices.filter({ widths[$0] > floor[$0] })
                    .max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
        return widths
    }

    /// The text abbreviated so that its marker stays whole, unless the marker alone would
    /// leave almost no room: then both are abbreviated together.
    private func fitted(_ cell: Cell, to width: Int) -> String {
        let markerWidth = DisplayWidth.of(cell.marker)
        let room = width - markerWidth
        if room >= min(4, DisplayWidth.of(cell.text)) {
            return DisplayWidth.abbreviated(cell.text, to: room) + cell.marker
        }
        return DisplayWidth.abbreviated(cell.fullText, to: width)
    }

    private func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        style.dim(left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right) + "\n"
    }

    private func line(_ cells: [Cell], _ widths: [Int], _ rightAligned: [Bool], bold: Bool) -> String {
        let separator = style.dim("│")
        var out = separator
        for (i, cell) in cells.enumerated() {
            let text = fitted(cell, to: widths[i])
            let aligned = rightAligned[i] ? DisplayWidth.rightAligned(text, to: widths[i])
                                          : DisplayWidth.padded(text, to: widths[i])
            // Styles wrap the text only, so that padding never changes the columns.
            let styled: String
            if bold { styled = style.bold(aligned) }
            else if cell.changed && style.enabled {
                styled = style.bold(style.green(text)) + String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(text)))
            } else { styled = aligned }
            out += " " + styled + " " + separator
        }
        return out + "\n"
    }
}
