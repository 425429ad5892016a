import Foundation
import Testing

/// End-to-end tests of the real `ardoise` binary on programs: files, standard input,
/// exit statuses, bad input files, `expliquer`.
@Suite("ardoise FICHIER (end to end)")
struct ProgramCommandTests {
    private struct Outcome { var status: Int32; var stdout: String; var stderr: String }

    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static var binary: URL {
        URL(fileURLWithPath: ArdoiseBinary.locate() ?? root.appendingPathComponent(".build/debug/ardoise").path)
    }

    private func ardoise(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                       stderr: String(decoding: stderrData, as: UTF8.self))
    }

    private func temporaryFile(_ contents: Data, name: String = "programme.ard") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try contents.write(to: file)
        return file
    }

    private func program(_ text: String) throws -> URL { try temporaryFile(Data(text.utf8)) }

    @Test("A program runs; exit status 0")
    func runsAFile() throws {
        let file = try program("x <- 6\nafficher \"{x} fois 7 font {x * 7}\"\n")
        let r = try ardoise([file.path])
        #expect(r.stdout == "6 fois 7 font 42\n")
        #expect(r.status == 0)
        #expect(r.stderr == "")
    }

    @Test("A runtime error: status 1, output before it kept, the error on standard error")
    func runtimeError() throws {
        let file = try program("afficher \"avant\"\nafficher 1 / 0\nafficher \"après\"\n")
        let r = try ardoise([file.path])
        #expect(r.status == 1)
        #expect(r.stdout == "avant\n")
        #expect(r.stderr.contains("[E0301]"))
        #expect(r.stderr.contains("programme.ard:2:10"))
    }

    @Test("A syntax error: status 2 and nothing runs")
    func syntaxError() throws {
        let file = try program("afficher \"avant\"\nsi vrai\nfin si\n")
        let r = try ardoise([file.path])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("[E0105]"))
    }

    @Test("A failed check: status 1 and the summary")
    func failedCheck() throws {
        let file = try program("vérifier 1 + 1 = 3\nvérifier vrai\n")
        let r = try ardoise([file.path])
        #expect(r.status == 1)
        #expect(r.stdout == "Vérification échouée (ligne 1) : 1 + 1 vaut 2, attendu 3\nVérifications : 1 réussie, 1 échouée\n")
    }

    @Test("A wrong command line: status 64")
    func usage() throws {
        #expect(try ardoise(["--graine", "abc", "x.ard"]).status == 64)
        #expect(try ardoise(["--option-inconnue"]).status == 64)
    }

    @Test("--graine makes aléatoire reproducible")
    func seed() throws {
        let file = try program("afficher aléatoire(1, 1000000), aléatoire(1, 1000000)\n")
        let a = try ardoise(["--graine", "42", file.path])
        let b = try ardoise(["--graine", "42", file.path])
        #expect(a.stdout == b.stdout)
        #expect(a.status == 0)
    }

    @Test("A program piped on standard input, and `ardoise -`")
    func standardInput() throws {
        #expect(try ardoise([], stdin: Data("afficher 1 + 1\n".utf8)).stdout == "2\n")
        #expect(try ardoise(["-"], stdin: Data("afficher \"é\" * 3\n".utf8)).stdout == "ééé\n")
    }

    @Test("demander reads standard input; the answers are echoed after the questions")
    func demander() throws {
        let file = try program("p <- demander(\"Ton prénom ?\")\nn <- demander_nombre(\"Ton âge ?\")\nafficher \"{p} aura {n + 1} ans\"\n")
        let r = try ardoise([file.path], stdin: Data("Léa\n17\n".utf8))
        #expect(r.stdout == "Ton prénom ? Léa\nTon âge ? 17\nLéa aura 18 ans\n")
        #expect(r.status == 0)
    }

    @Test("Missing file, folder, binary file, invalid UTF-8, huge file: a clear error, status 2")
    func badInputFiles() throws {
        let missing = try ardoise(["/nonexistent/rien.ard"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("[E0001]"))

        let folder = FileManager.default.temporaryDirectory
        let directory = try ardoise([folder.path])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("[E0003]"))

        let binary = try temporaryFile(Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), name: "a.out")
        let b = try ardoise([binary.path])
        #expect(b.status == 2)
        #expect(b.stderr.contains("[E0002]"))

        let latin1 = try temporaryFile(Data([0x61, 0x66, 0x66, 0x69, 0x63, 0x68, 0x65, 0x72, 0x20, 0x22, 0xE9, 0x22]))
        let l = try ardoise([latin1.path])
        #expect(l.status == 2)
        #expect(l.stderr.contains("[E0002]"))

        let huge = try temporaryFile(Data(repeating: 0x23, count: 3_000_000))
        let h = try ardoise([huge.path])
        #expect(h.status == 2)
        #expect(h.stderr.contains("[E0004]"))
    }

    @Test("Limits from the command line stop a program with a clear message")
    func limits() throws {
        let endless = try program("tant que vrai faire\nfin tant que\n")
        let steps = try ardoise(["--max-etapes", "1000", endless.path])
        #expect(steps.status == 1)
        #expect(steps.stderr.contains("[E0401]"))
        let time = try ardoise(["--max-secondes", "0.3", endless.path])
        #expect(time.status == 1)
        #expect(time.stderr.contains("[E0402]"))
        let flood = try program("tant que vrai faire\n  afficher \"encore\"\nfin tant que\n")
        let output = try ardoise(["--max-sortie", "1000", flood.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("[E0403]"))
        let growing = try program("l <- []\ntant que vrai faire\n  ajouter(l, 1)\nfin tant que\n")
        let size = try ardoise(["--max-taille", "5000", growing.path])
        #expect(size.status == 1)
        #expect(size.stderr.contains("[E0404]"))
        let hoard = try program("pages <- []\ntant que vrai faire\n  ajouter(pages, \"x\" * 10000)\nfin tant que\n")
        let memory = try ardoise(["--max-memoire", "50", hoard.path])
        #expect(memory.status == 1)
        #expect(memory.stderr.contains("[E0406]"))
        let recursion = try program("fonction f(n)\n  retourner f(n + 1)\nfin fonction\nafficher f(0)\n")
        let depth = try ardoise(["--max-appels", "100", recursion.path])
        #expect(depth.status == 1)
        #expect(depth.stderr.contains("[E0321]"))
    }

    @Test("expliquer prints the explanation of a code; an unknown code is a usage error")
    func explain() throws {
        let r = try ardoise(["expliquer", "E0201"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("E0201"))
        #expect(try ardoise(["expliquer", "E9999"]).status == 64)
    }

    @Test("No colour when NO_COLOR is set or the output is not a terminal")
    func noColour() throws {
        let file = try program("afficher x\n")
        let r = try ardoise([file.path], environment: ["NO_COLOR": "1"])
        #expect(!r.stderr.contains("\u{1B}["))
    }
}
