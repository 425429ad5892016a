import ArdoiseLessons
import Foundation
import Testing
@testable import ArdoiseCommandLine

/// "Nothing lost" (docs/fiabilite.md): checking and grading only read the learners' files;
/// a report is written whole or not at all; a truncated history file is set aside.
@Suite("Nothing lost")
struct NothingLostTests {
    /// Content, permissions and modification date of every file under `folder`.
    private func snapshot(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let names = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let data = (try? Data(contentsOf: url)).map { $0.base64EncodedString() } ?? "dossier"
            result[name] = "\(data) \(attributes[.posixPermissions] ?? "") \(attributes[.modificationDate] ?? "")"
        }
        return result
    }

    private func environment(_ root: URL) -> LessonEnvironment {
        LessonEnvironment(lessonsDirectory: GroupIsolationTests.lessons, workingDirectory: root.path,
                          progressStore: ProgressStore(url: root.appendingPathComponent("donnees/progression.json")),
                          color: false)
    }

    @Test("Checking and grading never modify a submission")
    func submissionsUntouched() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-intact-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let group = root.appendingPathComponent("groupe")
        for (name, text) in [("alice/premier-message.ard", "afficher \"Bonjour le monde !\"\n"),
                             ("alice/double.ard", "fonction double(n)\n    retourner n * 2\nfin fonction\n"),
                             ("bob/premier-message.ard", "tant que vrai faire\n    afficher 1\nfin tant que\n"),
                             ("bob/double.ard", "si\n")] {
            let url = group.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        chmod(group.appendingPathComponent("bob/double.ard").path, 0o444)
        let before = try snapshot(group)
        let env = environment(root)
        #expect(LessonCommands.gradeGroup("groupe", outputDirectory: "rapports", env).exitCode == 0)
        _ = LessonCommands.check("groupe/alice/premier-message.ard", env)
        _ = LessonCommands.check("groupe/bob/premier-message.ard", env)
        _ = LessonCommands.check("groupe/bob/double.ard", exerciseID: "double", env)
        #expect(try snapshot(group) == before)
    }

    @Test("A report that cannot be written is not written at all, and an older one stays whole")
    func reportWholeOrNothing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-rapport-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let learner = root.appendingPathComponent("groupe/alice")
        try FileManager.default.createDirectory(at: learner, withIntermediateDirectories: true)
        try Data("afficher \"Bonjour le monde !\"\n".utf8).write(to: learner.appendingPathComponent("premier-message.ard"))
        let env = environment(root)
        #expect(LessonCommands.gradeGroup("groupe", outputDirectory: "rapports", env).exitCode == 0)
        let reports = root.appendingPathComponent("rapports")
        let old = try snapshot(reports)
        #expect(old.keys.sorted() == ["rapport-groupe.csv", "rapport-groupe.json"], "no temporary file left")

        // A file where the output folder should be: the report cannot be written.
        try Data("pas un dossier".utf8).write(to: root.appendingPathComponent("bloque"))
        let failed = LessonCommands.gradeGroup("groupe", outputDirectory: "bloque/rapports", env)
        #expect(failed.exitCode != 0)
        #expect(failed.standardError.contains("rapport"))
        #expect(try String(contentsOf: root.appendingPathComponent("bloque"), encoding: .utf8) == "pas un dossier")
        #expect(try snapshot(reports) == old)
    }

    @Test("A history file cut in the middle of a character is set aside with a warning; one cut at a line end loses nothing else")
    func truncatedHistory() throws {
        let folder = try ArdoiseInTerminal.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ardoise/historique")
        let first = History(file: file)
        first.add("afficher \"é\"")
        first.add("x <- \"€€€\"")
        #expect(first.save() == nil)
        var data = try Data(contentsOf: file)
        data.removeLast(3)   // inside the second "€" (3 bytes each), plus its quote and line break
        try data.write(to: file)
        let second = History(file: file)
        let warning = second.load()
        #expect(warning?.contains("mis de côté") == true, "\(warning ?? "")")
        #expect(FileManager.default.fileExists(atPath: file.path + ".illisible"))
        second.add("afficher 1")
        #expect(second.save() == nil)
        #expect(History(file: file).load() == nil)

        // Cut again: the first set-aside copy is kept, the second goes beside it.
        try Data([0x61, 0xE2, 0x82]).write(to: file)
        #expect(History(file: file).load() != nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path).sorted()
        #expect(names == ["historique.illisible", "historique.illisible-2"])
    }

    @Test("A progress file cut anywhere is set aside, its bytes kept, and progress goes on")
    func truncatedProgress() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-tronque-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(url: folder.appendingPathComponent("progression.json"))
        try store.update { progress in
            for n in 0..<20 { progress.recordAttempt(exerciseID: "exercice-\(n)", passed: 1, total: 2) }
        }
        let whole = try Data(contentsOf: store.url)
        let cuts = Array(stride(from: 1, to: whole.count - 2, by: whole.count / 9))
        for cut in cuts {
            try whole.prefix(cut).write(to: store.url)
            let (progress, warning) = store.load()
            #expect(warning?.contains("mise de côté") == true, "cut at \(cut)")
            #expect(progress == LearnerProgress())
            try store.save(LearnerProgress())
        }
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("progression.corrompue-") }
        #expect(aside.count == cuts.count)
    }
}
