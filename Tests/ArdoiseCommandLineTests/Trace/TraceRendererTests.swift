import Ardoise
import Foundation
import Testing
@testable import ArdoiseCommandLine

@Suite("Trace renderers")
struct TraceRendererTests {
    static let loop = "total <- 0\npour i de 1 à 3 faire\n    total <- total + i\nfin pour\nafficher \"Le total est {total}, bravo à toi\"\n"

    @Test("the terminal table fits the width asked for, abbreviating with …", arguments: [40, 60, 80, 120])
    func fitsTheWidth(_ width: Int) {
        let (table, _) = recordTrace(Self.loop)
        let text = TerminalTableRenderer(width: width, style: TerminalStyle(enabled: false)).render(table)
        let lines = text.split(separator: "\n").map(String.init)
        let tableLines = lines.filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("├") || $0.hasPrefix("└") }
        let widths = Set(tableLines.map(DisplayWidth.of))
        #expect(widths.count == 1, "every line of the table has the same width")
        let natural = DisplayWidth.of(String(TerminalTableRenderer(width: 1000, style: TerminalStyle(enabled: false))
            .render(table).split(separator: "\n")[1]))
        if natural > width {
            #expect(text.contains("…"))
            if let actual = widths.first, actual > width { #expect(text.contains(TraceMessages.tooWide)) }
        } else {
            #expect(widths.first == natural && !text.contains("…"))
        }
    }

    @Test("a condition's outcome and a call's result survive abbreviation")
    func outcomesKept() {
        let (table, _) = recordTrace("si 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 = 45 alors\n    x <- 1\nfin si\n")
        let text = TerminalTableRenderer(width: 40, style: TerminalStyle(enabled: false)).render(table)
        #expect(text.contains("… → vrai"))
    }

    @Test("changed values: in colour on a terminal, followed by * without colour")
    func changedMarks() {
        let (table, _) = recordTrace("x <- 1\ny <- 2\n")
        let plain = TerminalTableRenderer(width: 80, style: TerminalStyle(enabled: false)).render(table)
        #expect(plain.contains("│ 1*") && plain.contains("│ 2*") && plain.contains("│ 1  "))
        #expect(!plain.contains("\u{1B}"))
        let coloured = TerminalTableRenderer(width: 80, style: TerminalStyle(enabled: true)).render(table)
        #expect(coloured.contains("\u{1B}[32m1\u{1B}[0m") && !coloured.contains("1*"))
    }

    @Test("widths count characters as the terminal shows them")
    func displayWidth() {
        #expect(DisplayWidth.of("été") == 3)
        #expect(DisplayWidth.of("e\u{301}t\u{E9}") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.abbreviated("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.abbreviated("日本語", to: 4) == "日…")
        #expect(DisplayWidth.abbreviated("abc", to: 3) == "abc")
    }

    @Test("CSV cells never start a formula, keep plain negative numbers, and quote separators")
    func csvCells() {
        #expect(CSVTableRenderer.cell("=1+1") == "'=1+1")
        #expect(CSVTableRenderer.cell("+33 6") == "'+33 6")
        #expect(CSVTableRenderer.cell("@SOMME(A1)") == "'@SOMME(A1)")
        #expect(CSVTableRenderer.cell("  =HYPERLINK(\"x\")") == "\"'  =HYPERLINK(\"\"x\"\")\"")
        #expect(CSVTableRenderer.cell("-3") == "-3")
        #expect(CSVTableRenderer.cell("-2.5") == "-2.5")
        #expect(CSVTableRenderer.cell("-1.5e+300") == "-1.5e+300")
        #expect(CSVTableRenderer.cell("-1+1") == "'-1+1")
        #expect(CSVTableRenderer.cell("a;b") == "\"a;b\"")
        #expect(CSVTableRenderer.cell("\"x\"") == "\"\"\"x\"\"\"")
        #expect(CSVTableRenderer.cell("a\nb\u{1B}[2J") == "a b␛[2J")
        #expect(CSVTableRenderer.cell("\tx") == "'␉x")
    }

    @Test("the CSV has a byte order mark, ; between cells and CRLF line ends")
    func csvShape() {
        let (table, _) = recordTrace("x <- -3\n")
        let csv = CSVTableRenderer().render(table)
        #expect(csv == "\u{FEFF}Étape;Ligne;Instruction;x;Affiché\r\n1;1;x <- -3;-3;\r\n")
    }

    @Test("Markdown cells: code spans that survive backticks and pipes, changed values in bold")
    func markdownCells() {
        let (table, _) = recordTrace("t <- \"a|b`c\"\nu <- t\n")
        let markdown = MarkdownTableRenderer(includesProgram: false).render(table, program: nil)
        #expect(markdown.contains("| **``\"a\\|b`c\"``** |"))
        #expect(markdown.contains("| 2 | 2 | `u <- t` | ``\"a\\|b`c\"`` |"))
        #expect(markdown.hasPrefix("### Tableau de suivi de essai.ard\n\n| Étape |"))
    }

    @Test("the program above a Markdown table has its line numbers")
    func markdownListing() {
        let source = Source(name: "essai.ard", text: "x <- 1\n\nafficher x\n")
        let (table, _) = recordTrace(source.text)
        let markdown = MarkdownTableRenderer().render(table, program: source)
        #expect(markdown.contains("```text\n1 | x <- 1\n2 | \n3 | afficher x\n```\n"))
    }

    @Test("the JSON names its schema and version, and reads back")
    func json() throws {
        let (table, _) = recordTrace("fonction f(n)\n    retourner n + 1\nfin fonction\nx <- f(1)\nsi x = 2 alors\n    afficher x\nfin si\n")
        let text = JSONTableRenderer().render(table)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "ardoise/tableau-de-suivi")
        #expect(document["version"] as? Int == 1)
        #expect((document["end"] as? [String: Any])?["status"] as? String == "completed")
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.map { $0["kind"] as? String } == ["call", "statement", "return", "statement", "condition", "statement"])
        #expect(rows[4]["condition"] as? Bool == true)
        #expect(rows[2]["result"] as? String == "2")
        #expect(rows[5]["printed"] as? String == "2\n")
        let columns = try #require(document["columns"] as? [[String: Any]])
        #expect(columns.map { $0["key"] as? String } == ["f.n", "x"])
    }

    @Test("printed text on one line: ⏎ between lines, a lone ⏎ for an empty line, controls made visible")
    func printedCells() {
        #expect(CellText.printed("") == "")
        #expect(CellText.printed("\n") == "⏎")
        #expect(CellText.printed("a\nb\n") == "a⏎b")
        #expect(CellText.printed("\u{1B}[31mrouge\n") == "␛[31mrouge")
    }

    @Test("an instruction is its line without indentation or comment; # in a text stays")
    func instructionText() {
        let lines = ProgramLines(Source(name: "p", text: "  x <- 1  # un\nafficher \"#1 \\\" # 2\" # fin\n"))
        #expect(lines.instruction(at: 1) == "x <- 1")
        #expect(lines.instruction(at: 2) == "afficher \"#1 \\\" # 2\"")
        #expect(lines.instruction(at: 3) == "")
        #expect(lines.count == 2)
    }
}
