import Ardoise
import Foundation
import Testing
@testable import ArdoiseCommandLine

/// Runs a program under a recorder, as `ardoise trace` does.
func recordTrace(_ program: String, answers: [String] = [], filter: TraceFilter = TraceFilter(),
                 maxRows: Int = 200, maxHiddenSteps: Int = 1_000_000) -> (table: TraceTable, result: RunResult) {
    let console = TraceConsole(answers: answers)
    let session = Session(console: console, options: RunOptions(seed: 1))
    let recorder = TraceRecorder(session: session, console: console, programName: "essai.ard", filter: filter,
                                 maxRows: maxRows, maxHiddenSteps: maxHiddenSteps)
    session.observer = recorder
    let result = session.run(Source(name: "essai.ard", text: program))
    return (recorder.finish(result), result)
}

@Suite("Trace recorder")
struct TraceRecorderTests {
    @Test("columns come in the order variables are first given a value as the program runs")
    func columnOrder() {
        let (table, _) = recordTrace("si faux alors\n    a <- 1\nfin si\nb <- 2\na <- 3\n")
        #expect(table.columns.map(\.title) == ["b", "a"])
        #expect(table.rows.map(\.line) == [1, 4, 5])
        #expect(table.cell(table.columns[1], in: table.rows[1]) == "?")
        #expect(table.cell(table.columns[1], in: table.rows[2]) == "3")
    }

    @Test("a row shows the values after its step, and which ones the step changed")
    func valuesAndChanges() {
        let (table, _) = recordTrace("x <- 1\ny <- x\nx <- 1\nx <- x + 1\n")
        #expect(table.rows.map(\.changed) == [["x"], ["y"], [], ["x"]])
        #expect(table.rows.map { $0.values["x"] } == ["1", "1", "1", "2"])
    }

    @Test("a list is shown as it was at each step, not as it ends")
    func listSnapshots() {
        let (table, _) = recordTrace("l <- [1]\najouter(l, 2)\nl[1] <- 5\n")
        #expect(table.rows.map { $0.values["l"] } == ["[1]", "[1, 2]", "[5, 2]"])
        #expect(table.rows.map(\.changed) == [["l"], ["l"], ["l"]])
    }

    @Test("texts are in quotes so that \"5\" and 5 differ")
    func quotedTexts() {
        let (table, _) = recordTrace("t <- \"5\"\nn <- 5\n")
        #expect(table.rows[1].values == ["t": "\"5\"", "n": "5"])
    }

    @Test("what a step printed is in its row, questions and answers included")
    func printed() {
        let (table, _) = recordTrace("afficher \"a\"\nx <- demander(\"Nom ?\")\nafficher x, 2\n", answers: ["Léa"])
        #expect(table.rows.map(\.printed) == ["a\n", "Nom ? Léa\n", "Léa 2\n"])
    }

    @Test("conditions and loop turns are rows; nested loops count their turns from 1 each time")
    func conditionsAndTurns() {
        let program = "pour i de 1 à 2 faire\n    répéter 2 fois\n        si i = 2 alors\n            x <- i\n        fin si\n    fin répéter\nfin pour\n"
        let (table, _) = recordTrace(program)
        let kinds = table.rows.map(\.kind)
        #expect(kinds.filter { if case .loopTurn = $0 { return true } else { return false } }
            == [.loopTurn(1), .loopTurn(1), .loopTurn(2), .loopTurn(2), .loopTurn(1), .loopTurn(2)])
        #expect(kinds.contains(.condition(false)) && kinds.contains(.condition(true)))
        #expect(table.instruction(of: table.rows[2]) == "si i = 2 alors → faux")
        #expect(table.instruction(of: table.rows[0]) == "pour i de 1 à 2 faire → tour 1")
    }

    @Test("inside a call the row shows the call's variables; calls are marked going in and out")
    func calls() {
        let program = "fonction double(n)\n    r <- n * 2\n    retourner r\nfin fonction\nx <- double(4)\n"
        let (table, _) = recordTrace(program)
        #expect(table.columns.map(\.key) == ["double.n", "double.r", "x"])
        #expect(table.rows.map { table.instruction(of: $0) } == [
            "→ appel de double(4)", "r <- n * 2", "retourner r", "← double renvoie 8", "x <- double(4)",
        ])
        #expect(table.rows.map(\.depth) == [1, 1, 1, 1, 0])
        #expect(table.rows.map(\.step) == [nil, 1, 2, nil, 3])
        let x = table.columns[2]
        #expect(table.cell(x, in: table.rows[1]) == nil)
        #expect(table.cell(table.columns[0], in: table.rows[4]) == nil)
        #expect(table.rows[0].values == ["double.n": "4"] && table.rows[0].changed == ["double.n"])
    }

    @Test("a recursion nests its calls, each with its own value of the parameter")
    func recursion() {
        let program = "fonction f(n)\n    si n = 0 alors\n        retourner 0\n    fin si\n    retourner f(n - 1)\nfin fonction\nr <- f(2)\n"
        let (table, _) = recordTrace(program)
        let calls = table.rows.filter { if case .call = $0.kind { return true } else { return false } }
        #expect(calls.map(\.depth) == [1, 2, 3])
        #expect(calls.map { $0.values["f.n"] } == ["2", "1", "0"])
        let returns = table.rows.filter { if case .callReturn = $0.kind { return true } else { return false } }
        #expect(returns.map(\.depth) == [3, 2, 1])
    }

    @Test("an endless loop stops at the row limit, and the table says it was cut")
    func cutAtTheRowLimit() {
        let (table, result) = recordTrace("x <- 0\ntant que vrai faire\n    x <- x + 1\nfin tant que\n", maxRows: 5)
        #expect(table.rows.count == 5)
        #expect(table.ending == .cut(rows: 5))
        #expect(result.outcome == .interrupted)
        #expect(TraceMessages.ending(table.ending)?.contains("Tableau coupé après 5 lignes") == true)
    }

    @Test("an endless loop outside the lines asked for stops too")
    func tooLongOutsideTheLines() {
        let (table, _) = recordTrace("x <- 0\ntant que vrai faire\n    x <- x + 1\nfin tant que\n",
                                     filter: TraceFilter(lines: [1]), maxHiddenSteps: 100)
        #expect(table.rows.count == 1)
        #expect(table.ending == .tooLong(steps: 102))
    }

    @Test("a run that stops on an error ends the table with the error")
    func error() {
        let (table, result) = recordTrace("x <- 2\nx <- x / 0\nx <- 3\n")
        #expect(result.outcome == .failed)
        #expect(table.rows.count == 1)
        guard case .error(let code, let line, _) = table.ending else { Issue.record("no error ending"); return }
        #expect(code == "E0301" && line == 2)
    }

    @Test("what is printed after the last step (the checks' summary) is kept apart")
    func trailingOutput() {
        let (table, _) = recordTrace("vérifier 1 = 1\n")
        #expect(table.trailingOutput.hasPrefix("Vérifications : 1 réussie"))
    }

    @Test("only the variables and lines asked for; step numbers stay those of the whole run")
    func filters() {
        let program = "a <- 1\nb <- 2\nc <- 3\na <- 4\n"
        let (table, _) = recordTrace(program, filter: TraceFilter(variables: ["a", "c"], lines: [3, 4]))
        #expect(table.columns.map(\.name) == ["a", "c"])
        #expect(table.rows.map(\.step) == [3, 4])
        #expect(table.rows[1].values == ["a": "4", "c": "3"])
    }

    @Test("a handout keeps the instructions and leaves the values to fill in")
    func blanked() {
        let (table, _) = recordTrace("x <- 1\nsi x = 1 alors\n    afficher x\nfin si\n")
        let blank = table.blanked()
        #expect(blank.rows.count == table.rows.count)
        #expect(blank.rows.allSatisfy { $0.printed.isEmpty && $0.changed.isEmpty })
        #expect(blank.cell(blank.columns[0], in: blank.rows[0]) == "")
        #expect(blank.instruction(of: blank.rows[1]) == "si x = 1 alors")
    }
}

@Suite("Trace options")
struct TraceOptionTests {
    @Test("line lists: numbers and ranges, several options")
    func lineLists() throws {
        #expect(try TraceFilter.lineNumbers(["3,5-7", " 9 "]).get() == [3, 5, 6, 7, 9])
        #expect(try TraceFilter.lineNumbers([]).get() == nil)
    }

    @Test("what is not a line list is refused with an example", arguments: ["0", "8-5", "a", "3-", "1-2-3", "-4"])
    func badLineLists(_ text: String) {
        guard case .failure(let error) = TraceFilter.lineNumbers([text]) else {
            Issue.record("\(text) accepted")
            return
        }
        #expect(error.message.contains("--lignes 3,5-8"))
    }

    @Test("variable lists")
    func variableLists() {
        #expect(TraceFilter.variableNames(["a, b", "c"]) == ["a", "b", "c"])
        #expect(TraceFilter.variableNames([]) == nil)
    }

    @Test("the command's options: defaults, formats, validation")
    func command() throws {
        let defaults = try TraceCommand.parse(["f.ard"])
        #expect(defaults.maxRows == TraceCommand.defaultMaxRows && defaults.format == .terminal)
        let options = try TraceCommand.parse(["f.ard", "--format", "md", "--entrée", "a", "--entree", "b",
                                              "--variables", "x,y", "--lignes", "2-3", "--graine", "4"])
        #expect(options.format == .markdown && options.inputs == ["a", "b"])
        #expect(options.filter == TraceFilter(variables: ["x", "y"], lines: [2, 3]))
        #expect(throws: (any Error).self) { try TraceCommand.parse(["f.ard", "--max-lignes", "0"]) }
        #expect(throws: (any Error).self) { try TraceCommand.parse(["f.ard", "--lignes", "z"]) }
        #expect(throws: (any Error).self) { try TraceCommand.parse(["f.ard", "--format", "pdf"]) }
    }

    @Test("names asked for that no column shows")
    func missingVariables() {
        let (table, _) = recordTrace("a <- 1\n")
        #expect(TraceCommand.missingVariables(TraceFilter(variables: ["a", "z"]), in: table) == ["z"])
    }
}
