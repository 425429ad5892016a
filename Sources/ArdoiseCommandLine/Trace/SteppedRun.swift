import Ardoise

/// Runs code step by step in a session that talks through a `REPLConsole`: the REPL's
/// `:pas` and `ardoise pas-à-pas` both go through here. The code runs on the runner's
/// thread; the step prompts and `demander`'s questions come back to the thread that owns
/// the terminal through the console's `answerQuestion`, and Ctrl-C stops the program.
enum SteppedRun {
    struct Outcome {
        /// The run's result to report as usual; nil when the learner stopped the run.
        var result: RunResult?
        var stopReason: StepController.StopReason?
    }

    static func run(session: Session, console: REPLConsole, runner: CodeRunning, output: REPLOutput,
                    style: TerminalStyle, givenAnswers: [String] = [],
                    _ work: @escaping (Session) -> RunResult) -> Outcome {
        let controller = StepController(
            session: session, style: style, givenAnswers: givenAnswers,
            show: { output.standard($0) },
            readKeys: { [unowned console] prompt in console.answerQuestion(prompt) },
            askPerson: { [unowned console] prompt in console.answerQuestion(prompt) })
        let previousObserver = session.observer
        session.observer = controller
        console.redirect = controller.console
        defer {
            session.observer = previousObserver
            console.redirect = nil
        }
        let result = runner.run { work(session) }
        let end = controller.finish(result)
        output.standard(end.text)
        return Outcome(result: end.result, stopReason: controller.stopReason)
    }
}
