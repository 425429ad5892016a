import Ardoise
import FoundationEssentials
import Glibc

/// What the `:` commands do.
extension InteractiveLoop {
    enum AfterCommand: Equatable { case keepGoing, quit }

    func perform(_ parsed: MetaCommand.Parsed) -> AfterCommand {
        switch parsed {
        case .unknown(let name, let suggestion):
            output(error: REPLMessages.unknownCommand(name, suggestion: suggestion))
        case .missingArgument(let name):
            output(error: REPLMessages.missingArgument(name))
        case .unexpectedArgument(let name):
            output(error: REPLMessages.unexpectedArgument(name))
        case .command(let command):
            return perform(command)
        }
        return .keepGoing
    }

    private func perform(_ command: MetaCommand) -> AfterCommand {
        switch command {
        case .help:
            output(REPLMessages.help)
        case .variables:
            listVariables()
        case .functions:
            listFunctions()
        case .load(let path):
            load(path)
        case .step(let path?):
            step(throughFile: path)
        case .step(nil):
            stepsNextEntry = true
            output(REPLMessages.nextEntryStepByStep)
        case .reset:
            session.reset()
            output(REPLMessages.cleared)
        case .quit:
            output(REPLMessages.goodbye)
            return .quit
        }
        return .keepGoing
    }

    private func listVariables() {
        let variables = session.variables
        guard !variables.isEmpty else { return output(REPLMessages.noVariables) }
        for (name, value) in variables {
            output("\(name) = \(Self.shortened(value.echoText))\n")
        }
    }

    private func listFunctions() {
        let functions = session.functions
        guard !functions.isEmpty else { return output(REPLMessages.noFunctions) }
        for function in functions {
            output(function.signature + "\n")
        }
    }

    /// Runs a file in the session, as if its lines had been typed at once.
    private func load(_ typedPath: String) {
        let path = typedPath.expandingTildeInPath
        switch ProgramFile.read(path) {
        case .failure(let diagnostic):
            output(error: renderer.renderWithoutSource(diagnostic))
        case .success(let source):
            let result = runner.run { [session] in session.run(source) }
            show(result, of: source)
            if result.outcome == .completed {
                output(REPLMessages.loaded(typedPath))
            }
        }
    }

    /// A long list would flood the screen: `:vars` shows its beginning.
    static func shortened(_ text: String, limit: Int = 200) -> String {
        text.count <= limit ? text : text.prefix(limit) + " …"
    }

    private func output(_ text: String) { outputSink.standard(text) }
    private func output(error text: String) { outputSink.error(text) }
}
