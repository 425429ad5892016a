import Foundation
import Testing

/// Bad input given to the tool itself (docs/fiabilite.md, "Mauvaises entrées"): each gives a
/// clear French error and a non-zero status, quickly, whatever its size. Missing files,
/// folders, binary and non-UTF-8 files are in `ProgramCommandTests.badInputFiles`.
@Suite("Bad input to ardoise")
struct BadInputTests {
    /// CI runs as root, for whom no file is unreadable: the test then runs ardoise as the
    /// `nobody` user (65534) through setpriv, which sees the permissions.
    @Test("An unreadable file: E0005, status 2")
    func unreadableFile() throws {
        let folder = try ArdoiseProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("secret.ard")
        try Data("afficher 1\n".utf8).write(to: file)
        chmod(file.path, 0o000)
        let isRoot = geteuid() == 0
        if isRoot && !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            // Root without setpriv: the file stays readable, and is run.
            #expect(try ArdoiseProcess.run([file.path]).status == 0)
            return
        }
        let r = try ArdoiseProcess.run([file.path], asUser: isRoot ? 65534 : nil)
        #expect(r.status == 2)
        #expect(r.stderr.contains("[E0005]"), "\(r.stderr)")
        #expect(r.stderr.contains("ne peut pas être lu (permission refusée)"))
        #expect(r.stderr.contains("droit de lire"))
        #expect(r.stdout.isEmpty)
    }

    @Test("A 50 MB source file: E0004 at once, status 2, without reading it whole")
    func hugeFile() throws {
        let folder = try ArdoiseProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("enorme.ard")
        let line = Data("afficher \"ligne\"\n".utf8)
        var data = Data(capacity: 50_000_000 + line.count)
        while data.count < 50_000_000 { data.append(line) }
        try data.write(to: file)
        let start = Date()
        let r = try ArdoiseProcess.run([file.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("[E0004]"))
        #expect(r.stderr.contains("50 Mo"))
        #expect(r.stdout.isEmpty)
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test("50 MB on standard input: E0004, status 2")
    func hugeStandardInput() throws {
        let data = Data(repeating: UInt8(ascii: "#"), count: 50_000_000)
        let r = try ArdoiseProcess.run(["-"], stdin: data)
        #expect(r.status == 2)
        #expect(r.stderr.contains("[E0004]"))
        #expect(r.stderr.contains("plus de 2 Mo"))
    }

    /// Found by fuzzing with lesson files run as programs: rendering each error split the
    /// whole text again (20 000 wrong lines: 100 s). Now the lines are split once, and only
    /// the first 100 errors are shown.
    @Test("20 000 wrong lines: the first 100 errors at once, then how many more")
    func manyErrors() throws {
        let folder = try ArdoiseProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("erreurs.ard")
        try Data(String(repeating: "x = 1\n", count: 20_000).utf8).write(to: file)
        let start = Date()
        let r = try ArdoiseProcess.run([file.path])
        #expect(r.status == 2)
        #expect(r.stderr.components(separatedBy: "[E0").count - 1 == 100)
        #expect(r.stderr.contains("… et 19900 autres erreurs : corrige d'abord les premières."))
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test("A device instead of a file (/dev/zero): a clear error, not a hang")
    func device() throws {
        let r = try ArdoiseProcess.run(["/dev/zero"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("[E0002]") || r.stderr.contains("[E0004]"))
    }

    /// AddressSanitizer reserves terabytes of addresses: no `ulimit -v` suits it.
    static let withoutSanitizer = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] == nil

    @Test("Under a small ulimit -v: a French message and status 1, not an abort",
          .enabled(if: withoutSanitizer && FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit")))
    func tooLittleAddressSpace() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-ulimit-\(UUID().uuidString).ard")
        try "afficher \"Bonjour\"\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let small = try ArdoiseProcess.run([file.path], addressSpace: 200 << 20)
        #expect(small.status == 1)
        #expect(small.stderr.contains("la mémoire virtuelle est limitée à 200 Mo (ulimit -v)"))
        #expect(!small.stderr.contains("Fatal error"))
    }

    @Test("Under a ulimit -v, a list that grows forever stops with E0406 before an allocation fails",
          .enabled(if: withoutSanitizer && FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit")))
    func memoryLimitUnderUlimit() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-ulimit-\(UUID().uuidString).ard")
        try "l <- []\ntant que vrai faire\n  ajouter(l, [1, 2, 3, 4, 5, 6, 7, 8])\nfin tant que\n"
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try ArdoiseProcess.run([file.path], addressSpace: 700 << 20)
        #expect(r.status == 1)
        #expect(r.stderr.contains("[E0406]"))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test("A file name with control characters is shown neutralised")
    func controlCharactersInTheName() throws {
        let folder = try ArdoiseProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try ArdoiseProcess.run([folder.appendingPathComponent("a\u{1B}[2Jb.ard").path])
        #expect(r.status == 2)
        #expect(!r.stderr.contains("\u{1B}"), "\(r.stderr.debugDescription)")
    }

    /// Lessons whose front matter is broken, each alone in a lessons folder: `ardoise valider`
    /// names the file and the line, in French, with status 1; `ardoise leçons` still answers.
    @Test("A lesson with a broken front matter: a clear error with its line", arguments: [
        ("sans-fin.md", "---\ntitre : Essai\nordre : 1\n\n## Exercice : X\n", "ligne"),
        ("vide.md", "", "fiche"),
        ("ordre.md", "---\ntitre : Essai\nordre : premier\nobjectifs :\n  - a\n---\n\nTexte.\n", "ordre"),
        ("binaire.md", "---\ntitre : \u{0}\u{1}\u{2}\nordre : 1\n---\n", "ligne"),
    ])
    func brokenFrontMatter(name: String, content: String, expected: String) throws {
        let folder = try ArdoiseProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lessons = folder.appendingPathComponent("lecons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try Data(content.utf8).write(to: lessons.appendingPathComponent(name))
        let r = try ArdoiseProcess.run(["valider", lessons.path], workingDirectory: folder)
        #expect(r.status != 0)
        let said = r.stdout + r.stderr
        #expect(said.contains(name), "\(said)")
        #expect(said.lowercased().contains(expected), "\(said)")
        let listed = try ArdoiseProcess.run(["leçons", "--lecons", lessons.path], workingDirectory: folder)
        #expect(listed.status != 0 || !listed.stdout.isEmpty)
        #expect(!(listed.stdout + listed.stderr).contains("Fatal error"))
    }

    @Test("A lesson file that is not UTF-8: a clear error")
    func lessonNotUTF8() throws {
        let folder = try ArdoiseProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lessons = folder.appendingPathComponent("lecons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0xE9, 0x0A]).write(to: lessons.appendingPathComponent("01-latin.md"))
        let r = try ArdoiseProcess.run(["valider", lessons.path], workingDirectory: folder)
        #expect(r.status != 0)
        #expect((r.stdout + r.stderr).contains("UTF-8"))
    }
}
