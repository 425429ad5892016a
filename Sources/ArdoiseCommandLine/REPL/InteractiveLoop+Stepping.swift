import Ardoise
import FoundationEssentials
import Glibc

/// `:pas`: running a file, or the next entry, step by step in the session.
extension InteractiveLoop {
    /// Like `:charger`, one instruction at a time: the file's variables and functions stay.
    func step(throughFile typedPath: String) {
        let path = typedPath.expandingTildeInPath
        switch ProgramFile.read(path) {
        case .failure(let diagnostic):
            outputSink.error(renderer.renderWithoutSource(diagnostic))
        case .success(let source):
            runStepByStep(source) { $0.run(source) }
        }
    }

    func runStepByStep(_ source: Source, _ work: @escaping (Session) -> RunResult) {
        guard let console = session.console as? REPLConsole else {
            return show(runner.run { [session] in work(session) }, of: source)
        }
        let outcome = SteppedRun.run(session: session, console: console, runner: runner, output: outputSink,
                                     style: TerminalStyle(enabled: renderer.color), work)
        guard let result = outcome.result else {
            // The learner stopped the run, and the stepper said so: only Tab's words change.
            return refreshCompletion()
        }
        show(result, of: source)
    }
}
