import Ardoise

/// Runs a program one instruction at a time. As the session's observer, it pauses before
/// each instruction (or only at a chosen line, or nowhere, as the learner asks), shows a
/// `StepView`, and waits for a key line. Called on the evaluation thread: waiting there
/// holds the program still.
///
/// Stopping raises the session's interrupt flag; the evaluator only polls it every few
/// thousand steps, so until then the controller and its console keep the program silent.
final class StepController: ExecutionObserver {
    enum Mode: Equatable {
        case stepping
        case runningTo(line: Int, source: Int)
        case runningToEnd
        case stopped
    }

    enum StopReason: Equatable {
        /// `q` typed, or the keys ran out.
        case learner
        /// Ctrl-C, Ctrl-D, or the terminal went away.
        case interrupt
    }

    private(set) var mode: Mode = .stepping
    private(set) var stopReason: StopReason?
    /// Instructions begun so far.
    private(set) var stepCount = 0
    let console: StepperConsole

    private weak var session: Session?
    private let interruptFlag: InterruptFlag
    private let show: (String) -> Void
    private let readKeys: (String) -> String?
    private let view: StepView

    /// What happened since the last pause, newest last; at most `maxEvents`. Worded only at
    /// the pause: a `c` through a long loop notes many.
    private var events: [Event] = []
    private var eventsCut = false
    static let maxEvents = 6
    /// Per call in progress (main program first): the values shown at its last pause.
    private var frames: [[String: String]] = [[:]]
    /// The main program's variables after its last step, for the end view (shown as they
    /// end, so a list's later changes are welcome).
    private var mainVariables: [(name: String, value: Value)] = []
    private var loopTurns: [LoopKey: Int] = [:]
    private var programs: [Int: ProgramLines] = [:]
    private var parameterNames: [String: [String]]?

    private enum Event {
        case condition(line: Int, holds: Bool)
        case loopTurn(line: Int, turn: Int)
        case call(function: String, arguments: [String], line: Int)
        case callReturn(function: String, result: String)

        var text: String {
            switch self {
            case .condition(let line, let holds): return StepMessages.condition(line: line, holds: holds)
            case .loopTurn(let line, let turn): return StepMessages.loopTurn(line: line, turn: turn)
            case .call(let function, let arguments, let line): return StepMessages.call(function, arguments: arguments, line: line)
            case .callReturn(let function, let result): return StepMessages.callReturn(function, result: result)
            }
        }
    }

    private struct LoopKey: Hashable {
        var source: Int
        var line: Int
        var depth: Int
    }

    /// - Parameters:
    ///   - show: writes to the terminal.
    ///   - readKeys: shows the prompt and reads one line from the learner; nil for Ctrl-C or
    ///     the end of input.
    ///   - askPerson: `demander`'s way to the person (the prompt has its trailing space).
    init(session: Session, style: TerminalStyle, givenAnswers: [String] = [],
         show: @escaping (String) -> Void, readKeys: @escaping (String) -> String?,
         askPerson: @escaping (String) -> String?) {
        self.session = session
        self.interruptFlag = session.interruptFlag
        self.show = show
        self.readKeys = readKeys
        self.view = StepView(style: style)
        console = StepperConsole(givenAnswers: givenAnswers, askPerson: askPerson, show: show)
    }

    // MARK: - ExecutionObserver

    func willExecute(_ step: ExecutionStep) {
        guard mode != .stopped else { return }
        if interruptFlag.isRaised { return stop(.interrupt) }
        stepCount += 1
        loopTurns.removeValue(forKey: LoopKey(source: step.sourceIndex, line: step.line, depth: step.depth))
        switch mode {
        case .stepping: break
        case .runningTo(let line, let source) where line == step.line && source == step.sourceIndex: break
        default: return
        }
        mode = .stepping
        pause(at: step)
    }

    func didExecute(_ step: ExecutionStep) {
        guard mode != .stopped else { return }
        switch step.kind {
        case .statement: break
        case .condition(let holds): note(.condition(line: step.line, holds: holds))
        case .loopTurn:
            let key = LoopKey(source: step.sourceIndex, line: step.line, depth: step.depth)
            let turn = (loopTurns[key] ?? 0) + 1
            loopTurns[key] = turn
            note(.loopTurn(line: step.line, turn: turn))
        }
        if step.function == nil { mainVariables = step.variables }
    }

    func didEnter(function: String, arguments: [Value], line: Int) {
        guard mode != .stopped else { return }
        let texts = arguments.map(CellText.of)
        note(.call(function: function, arguments: texts, line: line))
        // The parameters are not news at the first pause inside: the call above says them.
        frames.append(Dictionary(zip(parameters(of: function), texts), uniquingKeysWith: { _, last in last }))
    }

    func didLeave(function: String, result: Value) {
        guard mode != .stopped else { return }
        note(.callReturn(function: function, result: CellText.of(result)))
        if frames.count > 1 { frames.removeLast() }
    }

    // MARK: - Pausing

    private func pause(at step: ExecutionStep) {
        let variables = changes(in: step.variables)
        let output = console.tail(view.outputLines)
        show(view.render(StepView.Pause(
            step: stepCount, line: step.line, function: step.function, depth: step.depth,
            program: program(step.sourceIndex), events: events.map(\.text), eventsCut: eventsCut, variables: variables,
            output: output.lines, earlierOutputLines: output.earlierLines)))
        events = []
        eventsCut = false
        console.markSeen()
        while true {
            // No line: Ctrl-C (the runner has raised the flag) or the end of the input (Ctrl-D, a pipe).
            guard let typed = readKeys(StepMessages.prompt) else { return stop(interruptFlag.isRaised ? .interrupt : .learner) }
            switch StepKey(typed) {
            case .next:
                return
            case .runToEnd:
                mode = .runningToEnd
                return
            case .runTo(let line):
                if let refusal = refusal(ofLine: line, in: program(step.sourceIndex)) {
                    show(refusal)
                    continue
                }
                mode = .runningTo(line: line, source: step.sourceIndex)
                return
            case .stop:
                return stop(.learner)
            case .help:
                show(StepMessages.help)
            case .unknown(let text):
                show(StepMessages.unknownKey(text))
            }
        }
    }

    /// Why `c LIGNE` cannot work, or nil when it can.
    private func refusal(ofLine line: Int, in program: ProgramLines?) -> String? {
        guard let program else { return nil }
        if line > program.count { return StepMessages.noSuchLine(line, count: program.count) }
        if program.holdsNoStoppingPoint(line) { return StepMessages.noStoppingPoint(line) }
        return nil
    }

    /// The frame's variables, compared with its last pause; remembered for the next one.
    private func changes(in variables: [(name: String, value: Value)]) -> [StepView.Variable] {
        let previous = frames[frames.count - 1]
        var shown: [String: String] = [:]
        let result = variables.map { name, value -> StepView.Variable in
            let text = CellText.of(value)
            shown[name] = text
            guard let before = previous[name] else { return StepView.Variable(name: name, value: text, change: .new) }
            return StepView.Variable(name: name, value: text, change: before == text ? .same : .changed(from: before))
        }
        frames[frames.count - 1] = shown
        return result
    }

    private func note(_ event: Event) {
        events.append(event)
        if events.count > Self.maxEvents {
            events.removeFirst()
            eventsCut = true
        }
    }

    private func stop(_ reason: StopReason) {
        mode = .stopped
        stopReason = reason
        console.isSilenced = true
        interruptFlag.raise()
    }

    // MARK: - The end

    /// What to show once the run is over; the run's result, or nil when the learner stopped
    /// it (the result then only tells the silent rest of the run, not worth showing).
    func finish(_ result: RunResult) -> (text: String, result: RunResult?) {
        if stopReason != nil || result.outcome == .interrupted {
            return (StepMessages.stopped(step: stepCount), nil)
        }
        let output = console.tail(20)
        let variables = mainVariables.map { StepView.Variable(name: $0.name, value: CellText.of($0.value), change: .same) }
        switch result.outcome {
        case .completed:
            return (view.renderEnd(title: StepMessages.finished(steps: stepCount), variables: variables,
                                   output: output.lines, earlierOutputLines: output.earlierLines), result)
        case .failed:
            return (view.renderEnd(title: StepMessages.stoppedOnError, variables: variables,
                                   output: output.lines, earlierOutputLines: output.earlierLines), result)
        case .rejected, .interrupted:
            return ("", result)
        }
    }

    private func program(_ index: Int) -> ProgramLines? {
        if let lines = programs[index] { return lines }
        guard let sources = session?.sources, index < sources.count else { return nil }
        let lines = ProgramLines(sources[index])
        programs[index] = lines
        return lines
    }

    private func parameters(of function: String) -> [String] {
        if parameterNames == nil {
            parameterNames = Dictionary((session?.functions ?? []).map { ($0.name, $0.parameters) },
                                        uniquingKeysWith: { _, last in last })
        }
        return parameterNames?[function] ?? []
    }
}
