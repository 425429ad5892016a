import Foundation
import Testing

/// The real `ardoise` binary, driven through a pseudo-terminal as a learner
/// would use it: typing, editing, Ctrl-C, Ctrl-D, ↑, history across sessions.
@Suite("REPL in a terminal", .serialized)
struct REPLEndToEndTests {
    @Test("welcome: version, how to get help, how to quit")
    func welcome() throws {
        let ardoise = try ArdoiseInTerminal()
        let shown = try ardoise.waitForPrompt()
        #expect(shown.contains("Ardoise 0."))
        #expect(shown.contains(":aide"))
        #expect(shown.contains(":quitter"))
        #expect(shown.contains("Ctrl-D"))
        try ardoise.quit()
    }

    /// With no locale in the environment too: the REPL falls back to UTF-8.
    @Test("accented text is typed and edited by character", arguments: ["C.UTF-8", nil])
    func accentedText(locale: String?) throws {
        let ardoise = try ArdoiseInTerminal(locale: locale)
        try ardoise.waitForPrompt()
        ardoise.terminal.type("afficher \"é è à ç ù œ ≤ ≥ ≠ ←ŒZ\"")
        // ← once: before the closing quote; backspace removes Z, then Œ.
        ardoise.terminal.press(.left, .backspace, .backspace)
        // Two more ←: before the space before ←; an à goes there.
        ardoise.terminal.press(.left, .left)
        ardoise.terminal.type("à")
        ardoise.terminal.press(.enter)
        let shown = try ardoise.waitForPrompt()
        #expect(shown.contains("\né è à ç ù œ ≤ ≥ ≠à ←\n"), "shown:\n\(shown)")
        try ardoise.quit()
    }

    @Test("a multi-line si block runs once closed, with a prompt showing what is open")
    func multiLineBlock() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        try ardoise.enter("x <- 5")
        try ardoise.enter("si x > 3 alors", thenExpect: "... si> ")
        try ardoise.enter("", thenExpect: "... si> ")  // an empty line keeps the block
        try ardoise.enter("    pour i de 1 à 2 faire", thenExpect: "... si pour> ")
        try ardoise.enter("        afficher \"grand\", i", thenExpect: "... si pour> ")
        try ardoise.enter("    fin pour", thenExpect: "... si> ")
        let shown = try ardoise.enter("fin si")
        #expect(shown.contains("grand 1\ngrand 2\n"), "shown:\n\(shown)")
        try ardoise.quit()
    }

    @Test("an error is explained, then the next entry runs")
    func errorThenCorrectEntry() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        let error = try ardoise.enter("x = 5")
        #expect(error.contains("1 | x = 5"), "the diagnostic quotes the entry:\n\(error)")
        #expect(error.contains("x <-"), "the hint shows the arrow:\n\(error)")
        let next = try ardoise.enter("afficher 40 + 2")
        #expect(next.contains("42\n"))
        try ardoise.quit()
    }

    @Test("Ctrl-C stops an endless loop quickly and the session goes on")
    func interruptEndlessLoop() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        try ardoise.enter("n <- 3")
        try ardoise.enter("tant que vrai faire", thenExpect: "... tant que> ")
        ardoise.terminal.typeLine("fin tant que")
        try ardoise.terminal.expect("fin tant que\n")
        Thread.sleep(forTimeInterval: 0.5)  // let it spin
        let pressed = Date()
        ardoise.terminal.press(.controlC)
        try ardoise.terminal.expect("arrêté", timeout: 5)
        let delay = Date().timeIntervalSince(pressed)
        #expect(delay < 1, "stopped after \(delay) s")
        try ardoise.waitForPrompt()
        let after = try ardoise.enter("afficher n")
        #expect(after.contains("3\n"), "variables survive the interruption:\n\(after)")
        try ardoise.quit()
    }

    @Test("Ctrl-C at the prompt clears the line without quitting")
    func interruptAtPrompt() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        ardoise.terminal.type("afficher 999")
        try ardoise.terminal.expect("999")
        ardoise.terminal.press(.controlC)
        try ardoise.waitForPrompt()
        let shown = try ardoise.enter("afficher 1")
        #expect(shown.contains("1\n"))
        #expect(!ardoise.terminal.readable.contains("\n999\n"), "the cleared line did not run")
        try ardoise.quit()
    }

    @Test("Ctrl-C abandons an unfinished block")
    func interruptUnfinishedBlock() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        try ardoise.enter("si vrai alors", thenExpect: "... si> ")
        try ardoise.enter("afficher 111", thenExpect: "... si> ")
        ardoise.terminal.press(.controlC)
        try ardoise.waitForPrompt()
        let shown = try ardoise.enter("afficher 8")
        #expect(shown.contains("8\n"))
        #expect(!ardoise.terminal.readable.contains("\n111\n"), "the abandoned block did not run")
        try ardoise.quit()
    }

    @Test("demander asks at the terminal; Ctrl-C there stops the program")
    func questions() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        try ardoise.enter("prénom <- demander(\"Ton prénom ?\")", thenExpect: "Ton prénom ? ")
        try ardoise.terminal.waitForLineEditing()
        try ardoise.enter("Zoé")
        let echoed = try ardoise.enter("prénom")
        #expect(echoed.contains("\"Zoé\"\n"))
        try ardoise.enter("x <- demander(\"Encore ?\")", thenExpect: "Encore ? ")
        try ardoise.terminal.waitForLineEditing()
        ardoise.terminal.press(.controlC)
        let stopped = try ardoise.waitForPrompt()
        #expect(stopped.contains("arrêté"), "shown:\n\(stopped)")
        try ardoise.quit()
    }

    @Test("↑ recalls the previous entry")
    func upRecallsPreviousEntry() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        try ardoise.enter("afficher 6 + 1")
        ardoise.terminal.press(.up, .enter)
        let shown = try ardoise.waitForPrompt()
        #expect(shown.contains("7\n"), "shown:\n\(shown)")
        try ardoise.quit()
    }

    @Test("the history is there in a second session")
    func historyAcrossSessions() throws {
        let first = try ArdoiseInTerminal()
        try first.waitForPrompt()
        try first.enter("afficher 12345")
        try first.quit()
        let saved = try String(contentsOf: first.historyFile, encoding: .utf8)
        #expect(saved.contains("afficher 12345\n"))

        let second = try ArdoiseInTerminal(folder: first.folder)
        try second.waitForPrompt()
        second.terminal.press(.up, .enter)
        let shown = try second.waitForPrompt()
        #expect(shown.contains("12345\n"), "shown:\n\(shown)")
        try second.quit()
    }

    @Test("an unreadable history file is set aside with a warning")
    func corruptHistory() throws {
        let folder = try ArdoiseInTerminal.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("data/ardoise/historique")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0x61, 0xFF, 0xFE, 0x0A]).write(to: file)
        let ardoise = try ArdoiseInTerminal(folder: folder)
        let shown = try ardoise.waitForPrompt()
        #expect(shown.contains("illisible"))
        #expect(FileManager.default.fileExists(atPath: file.path + ".illisible"))
        try ardoise.enter("afficher 5")
        try ardoise.quit()
        #expect(try String(contentsOf: file, encoding: .utf8) == "afficher 5\n")
    }

    @Test("Ctrl-D on an empty line ends the session")
    func controlDQuits() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        ardoise.terminal.press(.controlD)
        #expect(try ardoise.terminal.waitForExit() == 0)
        #expect(ardoise.terminal.readable.contains("À bientôt"))
    }

    @Test(":quitter ends the session; an unknown command gets a suggestion")
    func metaCommands() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        let unknown = try ardoise.enter(":quiter")
        #expect(unknown.contains(":quitter ?"))
        let help = try ardoise.enter(":aide")
        #expect(help.contains(":charger"))
        ardoise.terminal.typeLine(":quitter")
        #expect(try ardoise.terminal.waitForExit() == 0)
    }

    @Test("Tab completes keywords, the learner's names and meta-commands")
    func tabCompletion() throws {
        let ardoise = try ArdoiseInTerminal()
        try ardoise.waitForPrompt()
        try ardoise.enter("compteur <- 31")
        ardoise.terminal.type("affi")
        ardoise.terminal.press(.tab)
        ardoise.terminal.type("compt")
        ardoise.terminal.press(.tab)
        ardoise.terminal.typeLine("+ 1")
        let shown = try ardoise.waitForPrompt()
        #expect(shown.contains("32\n"), "shown:\n\(shown)")
        ardoise.terminal.type(":ai")
        ardoise.terminal.press(.tab)
        ardoise.terminal.press(.enter)
        let help = try ardoise.waitForPrompt()
        #expect(help.contains(":charger"), "shown:\n\(help)")
        try ardoise.quit()
    }
}
