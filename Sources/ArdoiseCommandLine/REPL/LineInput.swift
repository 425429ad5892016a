/// What came back from asking the person at the terminal for one line.
enum LineInput: Equatable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-C while the line was being typed: the line is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
}

/// Where the REPL gets its lines: the terminal through libedit, or a script in tests.
protocol LineReading: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Makes the line available to ↑ and history search.
    func remember(_ line: String)
}
