import Ardoise
import Foundation

/// `echo 'afficher 1 + 1' | ardoise` and `ardoise -`: the whole program comes
/// from stdin and runs like a file.
public enum StdinRunner {
    /// The name diagnostics show for a program read from stdin.
    static let sourceName = "<entrée standard>"

    /// Reads stdin to its end, runs it; the exit status (as for a file).
    public static func run(
        options: RunOptions = RunOptions(limits: .file),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int32 {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = ProgramText.decode(data) else {
            StandardStream.error.write(
                "Le programme reçu sur l'entrée standard n'est pas un texte UTF-8.\n")
            return 2
        }
        let source = Source(name: sourceName, text: text)
        let session = Session(console: StandardConsole(), options: options)
        let result = runOnLargeStack { session.run(source) }
        let renderer = DiagnosticRenderer(color: diagnosticsShouldUseColor(
            environment: environment, errorIsTerminal: StandardStream.error.isTerminal))
        for diagnostic in result.diagnostics {
            StandardStream.error.write(renderer.render(diagnostic, source: source))
        }
        return result.exitStatus
    }
}
