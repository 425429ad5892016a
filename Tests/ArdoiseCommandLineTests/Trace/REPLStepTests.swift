import Ardoise
import Foundation
import Testing
@testable import ArdoiseCommandLine

/// `:pas` in the REPL, with scripted lines: the step keys come through the same way as
/// `demander`'s answers.
@Suite("REPL :pas")
struct REPLStepTests {
    func session(_ lines: [String], keys: [String]) -> CapturedOutput {
        let output = CapturedOutput()
        var pendingKeys = keys
        let console = REPLConsole(output: output) { _ in pendingKeys.isEmpty ? nil : pendingKeys.removeFirst() }
        let loop = InteractiveLoop(
            session: Session(console: console, options: RunOptions(limits: .interactive)),
            reader: EntryReader(lines: ScriptedLines(lines: lines)), output: output, runner: DirectCodeRunner(),
            colorDiagnostics: false, history: nil)
        _ = loop.run()
        return output
    }

    @Test(":pas alone steps through the next entry only; its variables stay")
    func nextEntry() {
        let shown = session([":pas", "pour i de 1 à 2 faire", "afficher i", "fin pour", "i", "afficher 5"],
                            keys: ["", "", "c"]).standardText
        #expect(shown.contains(REPLMessages.nextEntryStepByStep))
        #expect(shown.contains("── Étape 1 · ligne 1 ") && shown.contains(" ▶ 1 │ pour i de 1 à 2 faire"))
        #expect(shown.contains("Fin du programme, après 3 étapes."))
        #expect(shown.hasSuffix("Affiché :\n  1\n  2\n2\n5\n\n" + REPLMessages.goodbye))
    }

    @Test(":pas steps into a function defined earlier")
    func earlierFunction() {
        let shown = session(["fonction double(n)", "retourner n * 2", "fin fonction", ":pas", "double(21)"],
                            keys: ["c"]).standardText
        #expect(shown.contains("── Étape 1 · ligne 2 · dans double "))
        #expect(shown.contains(" ▶ 2 │ retourner n * 2"))
        #expect(shown.contains("42\n"))
    }

    @Test(":pas FICHIER steps through a file, and q stops it")
    func file() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-pas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("deux.ard")
        try "a <- 1\nb <- 2\nafficher a + b\n".write(to: file, atomically: true, encoding: .utf8)
        let output = session([":pas \(file.path)", ":vars"], keys: ["", "q"])
        #expect(output.standardText.contains(" ▶ 2 │ b <- 2"))
        #expect(output.standardText.contains("Pas à pas arrêté à l'étape 2"))
        #expect(output.standardText.contains("a = 1\n"))
        // q stops the run before the statement it was shown: b never gets its value.
        #expect(!output.standardText.contains("b = 2"))
        #expect(output.errorText.isEmpty)
    }

    @Test(":pas with a missing file says so")
    func missingFile() {
        let output = session([":pas /nulle/part.ard"], keys: [])
        #expect(output.errorText.contains("E0001"))
    }

    @Test("the command's names", arguments: [":pas", ":PAS", ":step", ":pas-à-pas"])
    func names(_ line: String) {
        #expect(MetaCommand.parse(line) == .command(.step(path: nil)))
    }

    @Test(":pas takes a file name, quotes optional, and Tab completes file names after it")
    func fileArgument() {
        #expect(MetaCommand.parse(":pas \"mon programme.ard\"") == .command(.step(path: "mon programme.ard")))
        #expect(MetaCommand.takesFileArgument(":pas"))
        #expect(MetaCommand.suggestion(for: "paz") == "pas")
    }
}
