/// What the learner sees at each pause: where the program is (the current line among its
/// neighbours, marked ▶), what happened since the last pause, the variables (with what
/// changed) and the last lines printed.
struct StepView {
    var style: TerminalStyle
    /// Lines shown before and after the current one.
    var contextRadius = 2
    /// Lines of output shown.
    var outputLines = 4

    struct Variable: Equatable {
        enum Change: Equatable {
            case same
            case new
            case changed(from: String)
        }
        var name: String
        var value: String
        var change: Change
    }

    struct Pause {
        var step: Int
        var line: Int
        var function: String?
        var depth: Int
        var program: ProgramLines?
        var events: [String]
        var eventsCut: Bool
        var variables: [Variable]
        var output: [String]
        var earlierOutputLines: Int
    }

    func render(_ pause: Pause) -> String {
        var out = "\n" + rule(StepMessages.title(step: pause.step, line: pause.line, function: pause.function,
                                                 depth: pause.depth))
        if !pause.events.isEmpty {
            out += style.dim(StepMessages.since) + "\n"
            if pause.eventsCut { out += style.dim(StepMessages.earlierEvents) + "\n" }
            for event in pause.events { out += "  " + event + "\n" }
        }
        if let program = pause.program { out += context(of: pause.line, in: program) }
        out += variables(pause.variables)
        out += output(pause.output, earlier: pause.earlierOutputLines)
        out += style.dim(StepMessages.keys) + "\n"
        return out
    }

    /// The end of the run: the final variables and the last lines printed.
    func renderEnd(title: String, variables: [Variable], output: [String], earlierOutputLines: Int) -> String {
        "\n" + rule(title) + self.variables(variables) + self.output(output, earlier: earlierOutputLines)
    }

    private func rule(_ title: String) -> String {
        style.bold("── " + title + " " + String(repeating: "─", count: max(3, 60 - DisplayWidth.of(title)))) + "\n"
    }

    private func context(of line: Int, in program: ProgramLines) -> String {
        let first = max(1, line - contextRadius)
        let last = min(program.count, line + contextRadius)
        guard first <= last else { return "" }
        let digits = String(last).count
        var out = ""
        for number in first...last {
            let text = CellText.safeLine(program.raw(number) ?? "")
            let label = DisplayWidth.rightAligned(String(number), to: digits)
            if number == line {
                out += style.bold(style.cyan(" ▶ \(label) │ \(text)")) + "\n"
            } else {
                out += style.dim("   \(label) │ ") + text + "\n"
            }
        }
        return out
    }

    private func variables(_ variables: [Variable]) -> String {
        guard !variables.isEmpty else { return StepMessages.noVariables + "\n" }
        let nameWidth = variables.map { DisplayWidth.of($0.name) }.max() ?? 0
        let values = variables.map { DisplayWidth.abbreviated($0.value, to: 60) }
        let valueWidth = values.map(DisplayWidth.of).max() ?? 0
        var out = StepMessages.variables + "\n"
        for (variable, value) in zip(variables, values) {
            let name = DisplayWidth.padded(variable.name, to: nameWidth)
            let padding = String(repeating: " ", count: valueWidth - DisplayWidth.of(value))
            switch variable.change {
            case .same:
                out += "  \(name) = \(value)\n"
            case .new:
                out += "  \(name) = " + style.bold(style.green(value)) + padding
                    + style.dim("   ← " + StepMessages.newValue) + "\n"
            case .changed(let previous):
                out += "  \(name) = " + style.bold(style.green(value)) + padding
                    + style.dim("   ← " + StepMessages.previousValue(DisplayWidth.abbreviated(previous, to: 30))) + "\n"
            }
        }
        return out
    }

    private func output(_ lines: [String], earlier: Int) -> String {
        guard !lines.isEmpty else { return StepMessages.nothingPrinted + "\n" }
        var out = StepMessages.printed + "\n"
        if earlier > 0 { out += style.dim(StepMessages.earlierLines(earlier)) + "\n" }
        for line in lines { out += "  " + CellText.safeLine(line) + "\n" }
        return out
    }
}
