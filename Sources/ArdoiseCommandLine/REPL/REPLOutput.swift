/// Where the REPL writes: the program's output and echoes, and apart from
/// them, the diagnostics and the REPL's own remarks.
protocol REPLOutput: AnyObject {
    func standard(_ text: String)
    func error(_ text: String)
}

/// The real terminal: stdout and stderr, unbuffered.
final class TerminalOutput: REPLOutput {
    func standard(_ text: String) { StandardStream.output.write(text) }
    func error(_ text: String) { StandardStream.error.write(text) }
}
