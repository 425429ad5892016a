import ArdoiseLessons
import Foundation
import Testing
@testable import ArdoiseCommandLine

/// Grading a group: one learner's crash, endless loop, output flood, huge or broken file
/// changes nothing to the others' grades, and the report is still written, whole.
@Suite("Group grading isolation")
struct GroupIsolationTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons").path

    /// A working folder with a group in `groupe/`.
    final class Folder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-groupe-\(UUID().uuidString)")
        var environment: LessonEnvironment {
            LessonEnvironment(lessonsDirectory: GroupIsolationTests.lessons, workingDirectory: root.path,
                              progressStore: ProgressStore(url: root.appendingPathComponent("donnees/progression.json")),
                              color: false)
        }
        init() { try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ data: Data, to name: String) throws {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        func write(_ text: String, to name: String) throws { try write(Data(text.utf8), to: name) }
        func read(_ name: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        }
    }

    private func alicesWork(in folder: Folder) throws {
        try folder.write("afficher \"Bonjour le monde !\"\n", to: "groupe/alice/premier-message.ard")
        try folder.write("fonction double(n)\n    retourner n * 2\nfin fonction\n", to: "groupe/alice/double.ard")
    }

    /// Alice's lines of the CSV report.
    private func alicesRows(_ csv: String) -> [String] {
        csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("alice;") }
    }

    @Test("Hostile classmates change nothing to a learner's grades")
    func hostileClassmates() throws {
        let alone = Folder()
        try alicesWork(in: alone)
        let graded = LessonCommands.gradeGroup("groupe", alone.environment)
        #expect(graded.exitCode == 0)
        let reference = alicesRows(try alone.read("rapport-groupe.csv"))
        #expect(reference.count == 2)
        #expect(reference.allSatisfy { $0.contains(";réussi;") })

        let crowded = Folder()
        try alicesWork(in: crowded)
        // Endless loops, floods, runaway recursion, memory growth, crashes of every kind.
        try crowded.write("tant que vrai faire\nfin tant que\n", to: "groupe/boucle/premier-message.ard")
        try crowded.write("fonction double(n)\n    retourner double(n) + 1\nfin fonction\n", to: "groupe/boucle/double.ard")
        try crowded.write("tant que vrai faire\n    afficher \"\u{1B}[2J=HYPERLIEN()\" * 100\nfin tant que\n",
                          to: "groupe/inondation/premier-message.ard")
        try crowded.write("fonction double(n)\n    l <- [n]\n    tant que vrai faire\n        l <- l + l\n    fin tant que\nfin fonction\n",
                          to: "groupe/inondation/double.ard")
        try crowded.write("afficher 1 / 0\n", to: "groupe/erreurs/premier-message.ard")
        try crowded.write("fonction double(n)\n    retourner n[1]\nfin fonction\n", to: "groupe/erreurs/double.ard")
        // Broken files.
        try crowded.write(Data([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2]), to: "groupe/fichiers/premier-message.ard")
        try crowded.write(Data([0x61, 0xE9, 0x0A]), to: "groupe/fichiers/double.ard")
        try crowded.write(Data(repeating: UInt8(ascii: "#"), count: 3_000_000), to: "groupe/gros/premier-message.ard")
        try crowded.write("x <- 1" + String(repeating: " + 1", count: 200_000) + "\n", to: "groupe/gros/double.ard")
        try crowded.write("si alors\nfin\n", to: "groupe/\u{1B}]0;titre\u{07}=nom/premier-message.ard")
        let fifo = crowded.root.appendingPathComponent("groupe/tube/premier-message.ard")
        try FileManager.default.createDirectory(at: fifo.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(fifo.path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: crowded.root.appendingPathComponent("groupe/tube/double.ard").path,
                                                   withDestinationPath: "/dev/zero")

        let start = Date()
        let crowdedGrading = LessonCommands.gradeGroup("groupe", crowded.environment)
        #expect(crowdedGrading.exitCode == 0, "\(crowdedGrading.standardError)")
        #expect(Date().timeIntervalSince(start) < 240)
        let csv = try crowded.read("rapport-groupe.csv")
        #expect(alicesRows(csv) == reference)
        for learner in ["boucle", "inondation", "erreurs", "fichiers", "gros", "tube"] {
            #expect(csv.contains("\r\n\(learner);"), "\(learner) absent du rapport")
        }
        #expect(!csv.contains("\u{1B}") && !csv.contains("\u{07}"))
        #expect(!crowdedGrading.standardOutput.contains("\u{1B}") && !crowdedGrading.standardOutput.contains("\u{07}"))
        #expect(!csv.contains(";=HYPERLIEN"))
        // The JSON report is complete too.
        let json = try crowded.read("rapport-groupe.json")
        #expect(json.contains("\"alice\""))
        #expect(json.contains("\"boucle\""))
    }
}
