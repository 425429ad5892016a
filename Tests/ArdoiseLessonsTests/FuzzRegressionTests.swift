import Foundation
import Testing
@testable import Ardoise
@testable import ArdoiseLessons

/// Every input the fuzzer ever found (Tests/FuzzRegressions) and the hostile inputs found by
/// hand, replayed through the fuzzer's own pipeline (`HostilePipeline`), in process: each must
/// end, without a crash, well within the test's time.
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    static let folder = TestSupport.repositoryRoot.appendingPathComponent("Tests/FuzzRegressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0 != "README.md" && !$0.hasPrefix(".") }
            .sorted()
    }

    @Test("An input found by the fuzzer runs through the whole pipeline", arguments: inputs)
    func replays(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let start = Date()
        HostilePipeline.runAll(String(decoding: data, as: UTF8.self))
        #expect(Date().timeIntervalSince(start) < 60)
    }

    /// Found by hand (2026-11-29): `x <- 1 + 1 + … + 1` with 300 000 terms kept the source text
    /// of every node of the chain (quadratic time and memory: 10 minutes and 8 GB), then
    /// overflowed the resolver's stack. Now: a syntax error (E0118) in about a second.
    @Test("A very long operator chain is refused quickly, without a stack overflow")
    func longChain() {
        let program = "x <- 1" + String(repeating: " + 1", count: 300_000) + "\nafficher x\n"
        let start = Date()
        HostilePipeline.runProgram(program)
        let result = Session(console: BufferConsole(), options: HostilePipeline.options)
            .run(Source(name: "chaine.ard", text: program))
        #expect(result.diagnostics.map(\.code) == [.E0118])
        #expect(Date().timeIntervalSince(start) < 30)
    }

    /// The check message quotes the expression as written, cut after 200 characters.
    @Test("A long checked expression is quoted shortened")
    func longCheckText() throws {
        let program = "vérifier 0" + String(repeating: " + 1", count: 400) + " = 0\n"
        let console = BufferConsole()
        let result = Session(console: console, options: HostilePipeline.options).run(Source(name: "v.ard", text: program))
        #expect(result.checksFailed == 1)
        let failure = try #require(result.checkFailures.first)
        #expect(failure.expression.count <= Parser.maximumSourceText + 1)
        #expect(failure.expression.hasSuffix("…"))
    }
}
