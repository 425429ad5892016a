import Foundation
import Testing

/// `ardoise` with a program on stdin rather than a terminal.
@Suite("Program on standard input")
struct StandardInputTests {
    /// Runs the binary with `input` on stdin; its stdout, stderr and status.
    func run(_ arguments: [String], input: String) throws -> (out: String, err: String, status: Int32) {
        let binary = try #require(ArdoiseBinary.locate(), "build ardoise first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "NO_COLOR": "1"]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }

    @Test("echo 'afficher 1 + 1' | ardoise prints 2")
    func piped() throws {
        let result = try run([], input: "afficher 1 + 1\n")
        #expect(result.out == "2\n")
        #expect(result.status == 0)
    }

    @Test("ardoise - reads the program from stdin too")
    func dash() throws {
        let result = try run(["-"], input: "x <- 20\nafficher \"x vaut {x + 1}\"\n")
        #expect(result.out == "x vaut 21\n")
    }

    @Test("errors go to stderr, with the exit status of a rejected program")
    func error() throws {
        let result = try run([], input: "x = 5\n")
        #expect(result.out == "")
        #expect(result.err.contains("x = 5"))
        #expect(result.status == 2)
    }

    @Test("demander has nothing left to read: stdin held the program")
    func noAnswers() throws {
        let result = try run([], input: "x <- demander(\"Ton nom ?\")\n")
        #expect(result.out == "Ton nom ? \n")
        #expect(result.status == 1)
    }
}
