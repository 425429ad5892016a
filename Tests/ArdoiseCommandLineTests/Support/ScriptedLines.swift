@testable import ArdoiseCommandLine

/// Lines "typed" by a test, and the prompts the REPL showed for them.
final class ScriptedLines: LineReading {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    /// Plain lines, then Ctrl-D.
    convenience init(lines: [String]) {
        self.init(lines.map { .line($0) })
    }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func remember(_ line: String) {
        remembered.append(line)
    }
}

/// What the REPL wrote, split as the terminal would get it.
final class CapturedOutput: REPLOutput {
    private(set) var standardText = ""
    private(set) var errorText = ""
    func standard(_ text: String) { standardText += text }
    func error(_ text: String) { errorText += text }
}
