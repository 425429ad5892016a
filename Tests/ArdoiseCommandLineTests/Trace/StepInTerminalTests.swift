import Foundation
import Testing

/// `ardoise pas-à-pas` and `:pas` in a pseudo-terminal, as a learner uses them: Entrée,
/// `c LIGNE`, Ctrl-C.
@Suite("Step by step in a terminal", .serialized)
struct StepInTerminalTests {
    static let loop = "total <- 0\npour i de 1 à 3 faire\n    total <- total + i\nfin pour\nafficher total\n"

    func start(_ program: String, name: String = "boucle.ard") throws -> ArdoiseInTerminal {
        let folder = try ArdoiseInTerminal.makeFolder()
        let file = folder.appendingPathComponent(name)
        try program.write(to: file, atomically: true, encoding: .utf8)
        return try ArdoiseInTerminal(folder: folder, arguments: ["pas-à-pas", file.path])
    }

    func waitForStepPrompt(_ ardoise: ArdoiseInTerminal) throws -> String {
        try ardoise.waitForPrompt("pas à pas> ")
    }

    @Test("Entrée steps, c LIGNE runs to a line, c to the end")
    func stepping() throws {
        let ardoise = try start(Self.loop)
        defer { try? FileManager.default.removeItem(at: ardoise.folder) }
        let first = try waitForStepPrompt(ardoise)
        #expect(first.contains("── Étape 1 · ligne 1 ") && first.contains(" ▶ 1 │ total <- 0"))
        let second = try ardoise.enter("", thenExpect: "pas à pas> ")
        #expect(second.contains("── Étape 2 · ligne 2 ") && second.contains("total = 0   ← nouvelle"))
        let third = try ardoise.enter("c 5", thenExpect: "pas à pas> ")
        #expect(third.contains("── Étape 6 · ligne 5 ") && third.contains("total = 6   ← avant : 0"))
        ardoise.terminal.typeLine("c")
        let end = try ardoise.terminal.expect("Fin du programme, après 6 étapes.")
        #expect(!end.contains("pas à pas> "))
        try ardoise.terminal.expect("Affiché :\n  6\n")
        #expect(try ardoise.terminal.waitForExit() == 0)
    }

    @Test("Ctrl-C at the prompt ends cleanly")
    func interruptAtThePrompt() throws {
        let ardoise = try start(Self.loop)
        defer { try? FileManager.default.removeItem(at: ardoise.folder) }
        _ = try waitForStepPrompt(ardoise)
        ardoise.terminal.press(.controlC)
        try ardoise.terminal.expect("Pas à pas arrêté à l'étape 1.")
        #expect(try ardoise.terminal.waitForExit() == 130)
    }

    @Test("Ctrl-C stops an endless loop run with c")
    func interruptWhileRunning() throws {
        let ardoise = try start("x <- 0\ntant que vrai faire\n    x <- x + 1\nfin tant que\n")
        defer { try? FileManager.default.removeItem(at: ardoise.folder) }
        _ = try waitForStepPrompt(ardoise)
        ardoise.terminal.typeLine("c")
        Thread.sleep(forTimeInterval: 0.5)
        ardoise.terminal.press(.controlC)
        try ardoise.terminal.expect("Pas à pas arrêté à l'étape")
        #expect(try ardoise.terminal.waitForExit() == 130)
    }

    @Test("demander asks at the terminal in the middle of the steps")
    func question() throws {
        let ardoise = try start("afficher \"Salut\"\nprénom <- demander(\"Prénom ?\")\nafficher \"Bonjour {prénom}\"\n",
                                name: "salut.ard")
        defer { try? FileManager.default.removeItem(at: ardoise.folder) }
        _ = try waitForStepPrompt(ardoise)
        _ = try ardoise.enter("", thenExpect: "pas à pas> ")
        ardoise.terminal.typeLine("")
        try ardoise.waitForPrompt("Prénom ? ")
        let after = try ardoise.enter("Léa", thenExpect: "pas à pas> ")
        #expect(after.contains("prénom = \"Léa\"   ← nouvelle"))
        ardoise.terminal.typeLine("c")
        try ardoise.terminal.expect("Bonjour Léa")
        #expect(try ardoise.terminal.waitForExit() == 0)
    }

    @Test(":pas in the REPL steps through the next entry, then the prompt comes back")
    func replStep() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        try ardoise.enter(":pas")
        try ardoise.enter("pour i de 1 à 2 faire", thenExpect: "... pour> ")
        try ardoise.enter("afficher i * 10", thenExpect: "... pour> ")
        let first = try ardoise.enter("fin pour", thenExpect: "pas à pas> ")
        #expect(first.contains(" ▶ 1 │ pour i de 1 à 2 faire"))
        let second = try ardoise.enter("", thenExpect: "pas à pas> ")
        #expect(second.contains("i = 1   ← nouvelle"))
        ardoise.terminal.press(.controlC)
        let stopped = try ardoise.waitForPrompt()
        #expect(stopped.contains("Pas à pas arrêté à l'étape 2."))
        let next = try ardoise.enter("afficher 7")
        #expect(next.contains("7\n") && !next.contains("Étape"))
        try ardoise.quit()
    }
}
