import Ardoise
import Foundation
import Testing
@testable import ArdoiseCommandLine

/// docs/tableau-de-suivi.md shows real output: its first program's table and step view are
/// what Ardoise prints today.
@Suite("docs/tableau-de-suivi.md")
struct TraceDocumentationTests {
    static let page = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/tableau-de-suivi.md")

    /// The page's fenced blocks, in order: (language, content).
    static func blocks() throws -> [(language: String, content: String)] {
        let text = try String(contentsOf: page, encoding: .utf8)
        var blocks: [(String, String)] = []
        var current: (language: String, lines: [String])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let open = current {
                    blocks.append((open.language, open.lines.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    current = (String(line.dropFirst(3)), [])
                }
            } else {
                current?.lines.append(String(line))
            }
        }
        return blocks
    }

    @Test("the first table is the first program's")
    func firstTable() throws {
        let blocks = try Self.blocks()
        let program = try #require(blocks.first { $0.language == "ardoise" })
        let table = try #require(blocks.first { $0.language == "text" })
        let source = Source(name: "somme.ard", text: program.content)
        let (trace, _) = recordTrace(source.text)
        var renamed = trace
        renamed.programName = "somme.ard"
        #expect(TerminalTableRenderer(width: 100, style: TerminalStyle(enabled: false)).render(renamed) == table.content)
    }

    @Test("the step view shown is the first program's third step")
    func stepView() throws {
        let blocks = try Self.blocks()
        let program = try #require(blocks.first { $0.language == "ardoise" })
        let view = try #require(blocks.first { $0.language == "text" && $0.content.hasPrefix("── Étape 3") })
        let output = CapturedOutput()
        var keys = ["", "", "q"]
        let console = REPLConsole(output: output) { _ in keys.isEmpty ? nil : keys.removeFirst() }
        let session = Session(console: console)
        _ = SteppedRun.run(session: session, console: console, runner: DirectCodeRunner(), output: output,
                           style: TerminalStyle(enabled: false)) { $0.run(Source(name: "somme.ard", text: program.content)) }
        // The page ends the view at the prompt, where the terminal would wait.
        let shown = view.content.replacingOccurrences(of: "pas à pas>\n", with: "")
        #expect(output.standardText.contains(shown), "\(output.standardText)")
    }
}
