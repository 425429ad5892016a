import Ardoise
import Foundation
import Testing
@testable import ArdoiseCommandLine

/// Golden trace tables (`Tests/TraceGolden/`): loops, conditions, lists, a function, a recursion,
/// input, a cut endless loop, filters, an error, a handout, tricky texts; each in every format.
@Suite("Trace tables (golden)")
struct TraceGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Trace
        .deletingLastPathComponent()  // ArdoiseCommandLineTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("TraceGolden")

    static let programs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".ard") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static let formats: [(format: TraceFormat, ext: String)] = [
        (.terminal, "txt"), (.markdown, "md"), (.csv, "csv"), (.json, "json"),
    ]

    /// Regenerates the goldens instead of comparing (see Tests/TraceGolden/README.md).
    static let updating = ProcessInfo.processInfo.environment["ARDOISE_UPDATE_GOLDEN"] == "1"

    @Test("the golden programs are there")
    func corpus() {
        #expect(Self.programs.count >= 12)
    }

    @Test(arguments: programs)
    func golden(_ name: String) throws {
        let programPath = Self.folder.appendingPathComponent(name + ".ard").path
        let options = Self.options(of: name)
        let width = options.contains("--largeur") ? [] : ["--largeur", "100"]
        var command = try TraceCommand.parse([programPath] + options + width)
        let source = try #require(try? ProgramFile.read(programPath).get())
        let trace = try command.trace(source)
        #expect(trace.result.outcome != .rejected, "\(name).ard does not compile: \(trace.result.diagnostics.map(\.message))")
        for (format, ext) in Self.formats {
            command.format = format
            let rendered = command.render(trace.table, program: source, style: TerminalStyle(enabled: false))
            let golden = Self.folder.appendingPathComponent("\(name).\(ext)")
            if Self.updating {
                try rendered.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            // Decoded by hand: String(contentsOf:) would drop the CSV's byte order mark.
            let expected = String(decoding: try Data(contentsOf: golden), as: UTF8.self)
            #expect(rendered == expected, "\(name).\(ext) differs; got:\n\(rendered)")
        }
    }

    /// `NOM.options`: one option per line, its value after the first space.
    static func options(of name: String) -> [String] {
        let file = folder.appendingPathComponent(name + ".options")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").flatMap { line -> [String] in
            guard let space = line.firstIndex(of: " ") else { return [String(line)] }
            return [String(line[..<space]), String(line[line.index(after: space)...])]
        }
    }
}
