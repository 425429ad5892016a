import Foundation
import Testing
@testable import Ardoise

/// Golden programs (`Tests/Golden`): each `.ard` runs with its `.in` as input, and must print
/// exactly its `.out`, end with its `.status` (0 by default), and, for an error, stop at its
/// `.where` (`LINE:COLUMN`) with a hint containing its `.hint`. See `Tests/Golden/README.md`.
struct GoldenCase: CustomTestStringConvertible, Sendable {
    let path: URL
    var testDescription: String { path.deletingPathExtension().pathComponents.suffix(2).joined(separator: "/") }

    static let all: [GoldenCase] = {
        let folder = repositoryRoot.appendingPathComponent("Tests/Golden")
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "ard" }
            .sorted { $0.path < $1.path }
            .map(GoldenCase.init)
    }()

    func companion(_ ext: String) -> String? {
        try? String(contentsOf: path.deletingPathExtension().appendingPathExtension(ext), encoding: .utf8)
    }
}

@Suite("Golden programs")
struct GoldenTests {
    @Test("The golden corpus is there")
    func corpusExists() {
        #expect(GoldenCase.all.count >= 100)
    }

    @Test(arguments: GoldenCase.all)
    func golden(_ golden: GoldenCase) throws {
        let program = try String(contentsOf: golden.path, encoding: .utf8)
        let input = golden.companion("in").map { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(text.hasSuffix("\n") ? 1 : 0)
        }.map(Array.init) ?? []
        let (result, output) = run(program, input: input)
        let expectedStatus = Int32(golden.companion("status")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "0") ?? -1
        let rendered = result.diagnostics.map { DiagnosticRenderer(color: false).render($0, source: Source(name: "programme.ard", text: program)) }
            .joined()
        #expect(output == (golden.companion("out") ?? ""), "\(rendered)")
        #expect(result.exitStatus == expectedStatus, "\(rendered)")
        if let location = golden.companion("where")?.trimmingCharacters(in: .whitespacesAndNewlines), !location.isEmpty {
            let first = result.diagnostics.first
            #expect(first.map { "\($0.location.line):\($0.location.column)" } == location, "\(rendered)")
        }
        if let hint = golden.companion("hint")?.trimmingCharacters(in: .whitespacesAndNewlines), !hint.isEmpty {
            let hints = result.diagnostics.compactMap(\.hintText).joined(separator: " | ")
            let messages = result.diagnostics.map(\.message).joined(separator: " | ")
            #expect(hints.contains(hint) || messages.contains(hint), "\(rendered)")
        }
    }
}
