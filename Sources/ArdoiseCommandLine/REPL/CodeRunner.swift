import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Ardoise
import FoundationEssentials

/// Runs a piece of the learner's code for the REPL.
protocol CodeRunning {
    func run(_ work: @escaping () -> RunResult) -> RunResult
}

/// Runs on the calling thread: for tests, where nobody presses Ctrl-C.
struct DirectCodeRunner: CodeRunning {
    func run(_ work: @escaping () -> RunResult) -> RunResult { work() }
}

/// Runs the learner's code on another thread while the main thread stays
/// free: it forwards Ctrl-C to the session (a signal handler cannot safely
/// call into it) and answers `demander` at the terminal. The session itself
/// moves the evaluation onto a large-stack thread (`runOnLargeStack`).
final class BackgroundCodeRunner: CodeRunning {
    private let session: Session
    private let console: REPLConsole
    private let lines: LineReading
    private let output: REPLOutput
    /// Called when the learner insists on Ctrl-C and the code still runs:
    /// the REPL then saves what it can and ends the process.
    private let abandon: () -> Never

    /// How long after a first Ctrl-C further presses count as "it is stuck".
    static let patience: TimeInterval = 1

    init(session: Session, console: REPLConsole, lines: LineReading,
         output: REPLOutput, abandon: @escaping () -> Never) {
        self.session = session
        session.clearsInterruptionAtStart = false
        self.console = console
        self.lines = lines
        self.output = output
        self.abandon = abandon
    }

    func run(_ work: @escaping () -> RunResult) -> RunResult {
        let wake = DispatchSemaphore(value: 0)
        let mailbox = QuestionMailbox(wakeMain: wake)
        let finished = ResultBox()
        let previousAnswerer = console.answerQuestion
        console.answerQuestion = { mailbox.ask($0) }
        defer { console.answerQuestion = previousAnswerer }

        // A Ctrl-C pressed at the prompt is not for this run; one pressed from now on is.
        _ = InterruptHandler.takePending()
        session.interruptFlag.clear()
        startThread {
            // Ctrl-C is for the main thread: it must wake the line editor there.
            BackgroundCodeRunner.blockInterruptSignal()
            finished.store(work())
            wake.signal()
        }

        var stopping = StopRequest()
        var interruptedWhileRunning = false
        var interruptedAtQuestion = false
        while true {
            _ = wake.wait(timeout: .now() + .milliseconds(20))
            if var result = finished.load() {
                // The terminal echoed ^C after the program's last output:
                // what follows starts on a line of its own.
                if interruptedWhileRunning { output.standard("\n") }
                if interruptedAtQuestion { result = Self.stoppedAtQuestion(result) }
                return result
            }
            if let question = mailbox.takeQuestion() {
                switch lines.readLine(prompt: question) {
                case .line(let answer):
                    mailbox.reply(answer)
                case .interrupted:
                    output.standard("\n")
                    interruptedAtQuestion = true
                    _ = stopping.pressed(count: 1)
                    session.interrupt()
                    mailbox.reply(nil)
                case .endOfInput:
                    output.standard("\n")
                    mailbox.reply(nil)
                }
            }
            let presses = InterruptHandler.takePending()
            if presses > 0 {
                interruptedWhileRunning = true
                session.interrupt()
                switch stopping.pressed(count: presses) {
                case .keepWaiting: break
                case .warn: output.error(REPLMessages.stillRunning)
                case .abandon: abandon()
                }
            }
        }
    }

    /// Ctrl-C at a `demander` leaves it without an answer, and the language
    /// reports "nothing left to read" (E0309): what the learner did was
    /// stop the program, so that is what they are told.
    static func stoppedAtQuestion(_ result: RunResult) -> RunResult {
        guard result.outcome == .failed, result.diagnostics.count == 1,
              result.diagnostics[0].code == .E0309 else { return result }
        var stopped = result
        stopped.outcome = .interrupted
        stopped.diagnostics = []
        return stopped
    }

    private static func blockInterruptSignal() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }
}

/// Counts Ctrl-C presses during one run: the first asks the code to stop;
/// if it has not after a second, another press warns, and one more quits.
struct StopRequest {
    enum Decision: Equatable { case keepWaiting, warn, abandon }

    private var firstPress: Date?
    private var warned = false

    mutating func pressed(count: Int, now: Date = Date()) -> Decision {
        guard let first = firstPress else {
            firstPress = now
            return .keepWaiting
        }
        // Hammering Ctrl-C right away is impatience, not a stuck program.
        guard now.timeIntervalSince(first) >= BackgroundCodeRunner.patience else { return .keepWaiting }
        if warned { return .abandon }
        warned = true
        return .warn
    }
}

/// The run's result, handed from the running thread to the main thread.
private final class ResultBox: @unchecked Sendable {
    private let lock = Lock()
    private var result: RunResult?
    func store(_ value: RunResult) { lock.withLock { result = value } }
    func load() -> RunResult? { lock.withLock { result } }
}
