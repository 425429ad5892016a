#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Ardoise
import FoundationEssentials

/// The interactive console, `ardoise` with no argument on a terminal.
public enum REPL {
    /// Runs the session at the terminal until the learner quits; the exit status.
    /// - Parameters:
    ///   - version: shown in the welcome line.
    ///   - options: how code runs; the REPL has no step or time budget by
    ///     default (Ctrl-C stops the code instead).
    public static func start(
        version: String,
        options: RunOptions = RunOptions(limits: .interactive),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Int32 {
        let output = TerminalOutput()
        let history = History(file: History.defaultFile(environment: environment))
        let historyWarning = history.load()

        InterruptHandler.install()
        defer { InterruptHandler.uninstall() }

        let editor = LineEditor(history: history)
        let console = REPLConsole(output: output) { prompt in
            if case .line(let answer) = editor.readLine(prompt: prompt) { return answer }
            return nil
        }
        let session = Session(console: console, options: options)
        let runner = BackgroundCodeRunner(
            session: session, console: console, lines: editor, output: output,
            abandon: {
                history.save()
                output.error("\n" + REPLMessages.abandoning)
                _exit(130)  // the stuck thread cannot be joined; leave without waiting for it
            })
        let loop = InteractiveLoop(
            session: session, reader: EntryReader(lines: editor), output: output, runner: runner,
            colorDiagnostics: StandardError.usesColor,
            history: history)
        editor.complete { [unowned loop] request in loop.completion.answer(for: request) }

        output.standard(REPLMessages.welcome(version: version))
        if let historyWarning { output.error(historyWarning) }
        return loop.run()
    }
}
