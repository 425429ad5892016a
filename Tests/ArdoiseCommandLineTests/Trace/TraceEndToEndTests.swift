import Foundation
import Testing

/// `ardoise trace` and `ardoise pas-à-pas` on the real binary, through pipes.
@Suite("ardoise trace (end to end)")
struct TraceEndToEndTests {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func ardoise(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> Outcome {
        let binary = try #require(ArdoiseBinary.locate(), "build ardoise first, or set ARDOISE_BIN")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "COLUMNS")
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Standard error stays far below a pipe's buffer here: read after standard output.
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        let errorData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                       stderr: String(decoding: errorData, as: UTF8.self))
    }

    func program(_ text: String, name: String = "boucle.ard") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static let loop = "total <- 0\npour i de 1 à 3 faire\n    total <- total + i\nfin pour\nafficher total\n"

    @Test("the terminal table, without colour in a pipe, fitted to $COLUMNS")
    func terminalTable() throws {
        let file = try program(Self.loop)
        let r = try ardoise(["trace", file], environment: ["COLUMNS": "60"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout.hasPrefix("Tableau de suivi de boucle.ard\n┌"))
        #expect(r.stdout.contains("│     7 │     3 │ total <- total +… │ 6*    │ 3  │ "))
        #expect(!r.stdout.contains("\u{1B}"))
        let widths = r.stdout.split(separator: "\n").filter { $0.hasPrefix("│") }.map { $0.count }
        #expect(widths.allSatisfy { $0 <= 60 }, "\(widths)")
    }

    @Test("every format, and the French alias suivi", arguments: [
        ("csv", "\u{FEFF}Étape;Ligne;Instruction;total;i;Affiché\r\n1;1;total <- 0;0;?;\r\n"),
        ("markdown", "### Tableau de suivi de boucle.ard\n\n```text\n1 | total <- 0\n"),
        ("json", "{\n  \"columns\" : ["),
    ])
    func formats(_ format: String, _ beginning: String) throws {
        let file = try program(Self.loop)
        let r = try ardoise(["suivi", file, "--format", format])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix(beginning), "\(r.stdout)")
    }

    @Test("an endless loop stops at the row limit, with a line saying the table was cut")
    func endlessLoop() throws {
        let file = try program("x <- 0\ntant que vrai faire\n    x <- x + 1\nfin tant que\n")
        let r = try ardoise(["trace", file, "--max-lignes", "10"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("│    10 │"))
        #expect(!r.stdout.contains("│    11 │"))
        #expect(r.stdout.contains("Tableau coupé après 10 lignes"))
        #expect(r.stderr == "")
    }

    @Test("the default row limit holds too")
    func defaultLimit() throws {
        let file = try program("tant que vrai faire\nfin tant que\n")
        let r = try ardoise(["trace", file, "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\r\n").count == 1 + 200 + 1)
    }

    @Test("answers for demander and a seed for aléatoire")
    func inputsAndSeed() throws {
        let file = try program("n <- demander_nombre(\"Nombre ?\")\nx <- aléatoire(1, 1000000)\nafficher n\n")
        let first = try ardoise(["trace", file, "--entree", "7", "--graine", "42", "--format", "json"])
        let again = try ardoise(["trace", file, "--entrée", "7", "--graine", "42", "--format", "json"])
        #expect(first.status == 0)
        #expect(first.stdout == again.stdout)
        #expect(first.stdout.contains("\"printed\" : \"Nombre ? 7\\n\""))
    }

    @Test("a runtime error: the table up to it, the error explained on standard error, status 1")
    func runtimeError() throws {
        let file = try program("x <- 1\nafficher x / 0\n")
        let r = try ardoise(["trace", file])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Le programme s'est arrêté sur une erreur à la ligne 2 [E0301]"))
        #expect(r.stderr.contains("[E0301]") && r.stderr.contains("boucle.ard:2:10"))
    }

    @Test("a program that does not compile: nothing runs, status 2")
    func rejected() throws {
        let file = try program("si vrai\nfin si\n")
        let r = try ardoise(["trace", file])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("[E0105]"))
    }

    @Test("bad command lines", arguments: [
        (["trace"], 64), (["trace", "/nulle/part.ard"], 2), (["trace", "F", "--lignes", "3-1"], 64),
        (["trace", "F", "--max-lignes", "0"], 64), (["trace", "F", "--format", "pdf"], 64),
    ] as [([String], Int32)])
    func badCommandLines(_ arguments: [String], _ status: Int32) throws {
        let file = try program(Self.loop)
        let r = try ardoise(arguments.map { $0 == "F" ? file : $0 })
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stdout == "")
    }

    @Test("a variable asked for that no column shows is pointed out")
    func unknownVariable() throws {
        let file = try program(Self.loop)
        let r = try ardoise(["trace", file, "--variables", "totl,i"])
        #expect(r.status == 0)
        #expect(r.stderr == "Attention : la variable « totl » n'apparaît pas dans le tableau.\n")
    }

    @Test("pas-à-pas reads its keys from a pipe too")
    func stepFromAPipe() throws {
        let file = try program(Self.loop)
        let r = try ardoise(["pas-a-pas", file], stdin: "\nc 3\nc\n")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix(StepIntroduction.text("boucle.ard")))
        #expect(r.stdout.contains("pas à pas> c 3\n"))
        #expect(r.stdout.contains("── Étape 3 · ligne 3 "))
        #expect(r.stdout.contains("Fin du programme, après 6 étapes."))
    }

    @Test("pas-à-pas: q stops with status 0; the end of the keys too")
    func stepStops() throws {
        let file = try program(Self.loop)
        #expect(try ardoise(["step", file], stdin: "q\n").status == 0)
        let r = try ardoise(["pas-à-pas", file], stdin: "")
        #expect(r.status == 0)
        #expect(r.stdout.contains("Pas à pas arrêté à l'étape 1."))
    }
}

/// The first line `pas-à-pas` shows, as the tests expect it.
enum StepIntroduction {
    static func text(_ name: String) -> String {
        "Pas à pas de \(name) : le programme s'arrête avant chaque instruction. Tape ? pour l'aide.\n"
    }
}
