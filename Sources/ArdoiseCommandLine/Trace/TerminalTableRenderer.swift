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
        var rightAligned: [Bool]
        var minimums: [Int]
        var rows: [[Cell]]
    }

    func render(_ table: TraceTable) -> String {
        let layout = self.layout(of: table)
        let widths = fittedWidths(layout)
        var out = style.bold(TraceMessages.title(table.programName)) + "\n"
        out += border("┌", "┬", "┐", widths)
        out += line(layout.titles.map { Cell(text: $0) }, widths, layout.rightAligned, bold: true)
        out += border("├", "┼", "┤", widths)
        for row in layout.rows { out += line(row, widths, layout.rightAligned, bold: false) }
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
        let rightAligned = [true, true, false] + columns.map { _ in false } + [false]
        let minimums = [0, 0, Self.minimumInstructionWidth] + columns.map { _ in Self.minimumValueWidth }
            + [Self.minimumPrintedWidth]
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
        return Layout(titles: titles, rightAligned: rightAligned, minimums: minimums, rows: rows)
    }

    /// Natural widths, then the widest narrowable column loses one column at a time until the
    /// table fits: first long titles over short values (`résultat (carré)` over `9`), then any
    /// value, down to the column's minimum.
    private func fittedWidths(_ layout: Layout) -> [Int] {
        var contents = layout.titles.map { _ in 0 }
        for row in layout.rows {
            for (i, cell) in row.enumerated() { contents[i] = max(contents[i], DisplayWidth.of(cell.fullText)) }
        }
        var widths = zip(layout.titles, contents).map { max(DisplayWidth.of($0), $1) }
        let minimums = zip(widths, layout.minimums).map { natural, minimum in min(natural, max(minimum, 1)) }
        var excess = widths.reduce(0, +) + 3 * widths.count + 1 - width
        for floors in [zip(minimums, contents).map(max), minimums] {
            while excess > 0 {
                guard let widest = widths.indices.filter({ layout.minimums[$0] > 0 && widths[$0] > floors[$0] })
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
