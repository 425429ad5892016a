import Foundation
import Testing

/// The REPL started in its own pseudo-terminal, with a private data folder
/// (so the history is the test's own) and a known terminal and locale.
final class ArdoiseInTerminal {
    let terminal: PseudoTerminal
    /// The test's own home and XDG_DATA_HOME live in it.
    let folder: URL
    /// Whether this session made the folder, and so removes it at the end.
    private let ownsFolder: Bool

    var historyFile: URL { folder.appendingPathComponent("data/ardoise/historique") }

    /// - Parameters:
    ///   - folder: reuse the folder of an earlier session (its history); a new one otherwise.
    ///   - locale: LC_ALL for the session; nil leaves every locale variable unset.
    init(folder: URL? = nil, locale: String? = "C.UTF-8", arguments: [String] = [],
         extraEnvironment: [String: String] = [:]) throws {
        guard let binary = ArdoiseBinary.locate() else {
            throw PseudoTerminal.Failure(description:
                "no ardoise binary: build it first (swift build), or set ARDOISE_BIN")
        }
        self.ownsFolder = folder == nil
        let folder = try folder ?? Self.makeFolder()
        self.folder = folder
        var environment = [
            "PATH": "/usr/bin:/bin",
            "HOME": folder.path,
            "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
            "TERM": "xterm",
            "NO_COLOR": "1",
        ]
        if let locale { environment["LC_ALL"] = locale }
        environment.merge(extraEnvironment) { $1 }
        terminal = try PseudoTerminal(executable: binary, arguments: arguments, environment: environment)
    }

    deinit {
        if ownsFolder { try? FileManager.default.removeItem(at: folder) }
    }

    static func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ardoise-repl-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Waits for the main prompt, ready for keys; returns what was shown until it.
    @discardableResult
    func waitForPrompt(_ prompt: String = "ardoise> ") throws -> String {
        let shown = try terminal.expect(prompt)
        try terminal.waitForLineEditing()
        return shown
    }

    /// Types a line at the prompt and returns what was shown until the next prompt.
    @discardableResult
    func enter(_ line: String, thenExpect prompt: String = "ardoise> ") throws -> String {
        terminal.typeLine(line)
        return try waitForPrompt(prompt)
    }

    /// Ends the session with Ctrl-D and checks it ended well.
    func quit() throws {
        terminal.press(.controlD)
        let status = try terminal.waitForExit()
        #expect(status == 0, "exit status \(status); the terminal shows:\n\(terminal.readable)")
    }
}
