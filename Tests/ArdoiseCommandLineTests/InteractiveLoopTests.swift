import Ardoise
import Foundation
import Testing
@testable import ArdoiseCommandLine

/// The REPL's loop with the real language, scripted lines and captured output.
@Suite("REPL session")
struct InteractiveLoopTests {
    /// Runs the lines (then Ctrl-D) and gives what was shown.
    func session(_ lines: [String], answers: [String] = []) -> (output: CapturedOutput, status: Int32, loop: InteractiveLoop) {
        let script = ScriptedLines(lines: lines)
        let output = CapturedOutput()
        var pendingAnswers = answers
        let console = REPLConsole(output: output) { _ in
            pendingAnswers.isEmpty ? nil : pendingAnswers.removeFirst()
        }
        let loop = InteractiveLoop(
            session: Session(console: console, options: RunOptions(limits: .interactive)),
            reader: EntryReader(lines: script), output: output, runner: DirectCodeRunner(),
            colorDiagnostics: false, history: nil)
        let status = loop.run()
        return (output, status, loop)
    }

    @Test("a lone expression echoes its value, texts in quotes, lists as printed")
    func echo() {
        let shown = session(["1 + 2", "\"salut\"", "[1, \"a\", [2]]", "7 / 2", "vrai", "rien"]).output
        #expect(shown.standardText.hasPrefix("3\n\"salut\"\n[1, \"a\", [2]]\n3.5\nvrai\n"))
        #expect(shown.errorText == "")
    }

    @Test("a lone call echoes its value, like any expression")
    func callEcho() {
        let shown = session(["fonction carré(n)", "retourner n * n", "fin fonction", "carré(7)", "longueur(\"abc\")",
                             "l <- []", "ajouter(l, 1)", "l"]).output
        #expect(shown.standardText.hasPrefix("49\n3\n[1]\n"))
    }

    @Test("a statement runs and echoes nothing")
    func statement() {
        let shown = session(["x <- 5", "afficher x * 2"]).output
        #expect(shown.standardText.hasPrefix("10\n"))
    }

    @Test("variables and functions persist from one entry to the next")
    func persistence() {
        let result = session([
            "compteur <- 1",
            "fonction suivant(n)", "retourner n + 1", "fin fonction",
            "compteur <- suivant(compteur)",
            "compteur",
        ])
        #expect(result.output.standardText.hasPrefix("2\n"))
        #expect(result.loop.session.variables.map(\.name) == ["compteur"])
        #expect(result.loop.session.functions.map(\.signature) == ["suivant(n)"])
    }

    @Test("a function can be redefined")
    func redefinition() {
        let shown = session([
            "fonction f(n)", "retourner n", "fin fonction",
            "afficher f(3)",
            "fonction f(n)", "retourner n * 100", "fin fonction",
            "afficher f(3)",
        ]).output
        #expect(shown.standardText.hasPrefix("3\n300\n"), "shown:\n\(shown.standardText)\(shown.errorText)")
        #expect(shown.errorText == "")
    }

    @Test("an error is explained against the entry, and the session goes on")
    func errorThenGoOn() {
        let shown = session(["x <- 2", "afficher x / 0", "afficher compteru", "afficher x"]).output
        #expect(shown.errorText.contains("<entrée 2>"))
        #expect(shown.errorText.contains("1 | afficher x / 0"))
        #expect(shown.errorText.contains("<entrée 3>"))
        #expect(shown.standardText.hasPrefix("2\n"))
    }

    @Test("an error inside a function from an earlier entry shows that entry")
    func errorInEarlierEntry() {
        let shown = session(["fonction f(n)", "retourner 1 / n", "fin fonction", "afficher f(0)"]).output
        #expect(shown.errorText.contains("<entrée 1>"), "shown:\n\(shown.errorText)")
        #expect(shown.errorText.contains("retourner 1 / n"))
    }

    @Test("demander gets its answer from the terminal")
    func questions() {
        let shown = session(["nom <- demander(\"Ton nom ?\")", "nom"], answers: ["Léa"]).output
        #expect(shown.standardText.hasPrefix("\"Léa\"\n"))
    }

    @Test(":vars lists values as echoed; :fonctions lists signatures")
    func listings() {
        let shown = session(["prénom <- \"Léa\"", "l <- [1, 2]", ":vars",
                             "fonction carré(n)", "retourner n * n", "fin fonction", ":fonctions"]).output
        #expect(shown.standardText.contains("prénom = \"Léa\"\nl = [1, 2]\n"))
        #expect(shown.standardText.contains("carré(n)\n"))
    }

    @Test(":vars and :fonctions say when there is nothing yet")
    func emptyListings() {
        let shown = session([":vars", ":fonctions"]).output
        #expect(shown.standardText.contains("Aucune variable"))
        #expect(shown.standardText.contains("Aucune fonction"))
    }

    @Test(":effacer forgets everything")
    func reset() {
        let result = session(["x <- 1", "fonction f()", "retourner 1", "fin fonction", ":effacer", "afficher x"])
        #expect(result.output.standardText.contains("plus aucune variable"))
        #expect(result.output.errorText.contains("E0201"), "x is unknown after :effacer:\n\(result.output.errorText)")
        #expect(result.loop.session.functions.isEmpty)
    }

    @Test(":charger runs a file into the session")
    func load() throws {
        let folder = try ArdoiseInTerminal.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("outils.ard")
        try "fonction double(x)\n    retourner 2 * x\nfin fonction\nbase <- 21\n".write(to: file, atomically: true, encoding: .utf8)
        let shown = session([":charger \(file.path)", "double(base)", "afficher double(base)"]).output
        #expect(shown.standardText.contains("outils.ard est chargé"))
        #expect(shown.standardText.contains("42\n"))
        let missing = session([":charger \(folder.path)/absent.ard"]).output
        #expect(missing.errorText.contains("introuvable"))
    }

    @Test(":quitter ends the session with status 0")
    func quit() {
        let result = session([":quitter", "afficher 1"])
        #expect(result.status == 0)
        #expect(!result.output.standardText.contains("1\n"))
    }

    @Test("an unknown meta-command gets a suggestion")
    func unknownMeta() {
        let shown = session([":quiter"]).output
        #expect(shown.errorText.contains("Voulais-tu dire :quitter ?"))
    }

    @Test("quitter or exit without the colon get a hint rather than an error")
    func bareQuitWord() {
        let shown = session(["quitter", "exit()", "aide"]).output
        #expect(shown.errorText.components(separatedBy: ":quitter").count == 3)
        #expect(shown.errorText.contains(":aide"))
        #expect(!shown.errorText.contains("E0"))
        // Unless the learner named something so.
        let own = session(["aide <- 3", "aide"]).output
        #expect(own.standardText.hasPrefix("3\n"))
    }

    @Test("Ctrl-C twice at the prompt tells once how to quit")
    func howToQuit() {
        let output = CapturedOutput()
        let console = REPLConsole(output: output) { _ in nil }
        let loop = InteractiveLoop(
            session: Session(console: console), reader: EntryReader(lines: ScriptedLines(Array(repeating: .interrupted, count: 5))),
            output: output, runner: DirectCodeRunner(), colorDiagnostics: false, history: nil)
        #expect(loop.run() == 0)
        #expect(output.errorText.components(separatedBy: "Pour quitter Ardoise").count == 2)
    }

    @Test("checks print their summary")
    func checks() {
        let shown = session(["vérifier 1 + 1 = 3"]).output
        #expect(shown.standardText.contains("1 + 1 vaut 2, attendu 3"))
        #expect(shown.standardText.contains("Vérifications : 0 réussie, 1 échouée"))
    }

    @Test("Ctrl-C at a question is reported as a stop, not as missing input")
    func stoppedAtQuestion() {
        let console = BufferConsole()
        let session = Session(console: console)
        let result = session.runEntry(Source(name: "<entrée 1>", text: "x <- demander(\"?\")"))
        #expect(result.diagnostics.first?.code == .E0309)
        let stopped = BackgroundCodeRunner.stoppedAtQuestion(result)
        #expect(stopped.outcome == .interrupted)
        #expect(stopped.diagnostics.isEmpty)
    }

    @Test("a long value is shortened in :vars")
    func shortened() {
        #expect(InteractiveLoop.shortened(String(repeating: "a", count: 500)).count == 202)
        #expect(InteractiveLoop.shortened("court") == "court")
    }
}

@Suite("Ctrl-C presses during a run")
struct StopRequestTests {
    @Test("the first asks; impatience right away is ignored; later presses warn, then quit")
    func escalation() {
        var request = StopRequest()
        let start = Date()
        #expect(request.pressed(count: 1, now: start) == .keepWaiting)
        #expect(request.pressed(count: 3, now: start.addingTimeInterval(0.2)) == .keepWaiting)
        #expect(request.pressed(count: 1, now: start.addingTimeInterval(1.5)) == .warn)
        #expect(request.pressed(count: 1, now: start.addingTimeInterval(2)) == .abandon)
    }
}
