import Ardoise

/// Turns the steps of a run into a trace table. It is the session's observer; the run's
/// output comes through a `TraceConsole`, so each row knows what its step printed.
///
/// A table has a row limit: past it, the recorder raises the session's interrupt flag and
/// ignores the rest of the run (the evaluator only polls the flag every few thousand steps).
final class TraceRecorder: ExecutionObserver {
    let filter: TraceFilter
    let maxRows: Int
    /// Steps in a row without a shown row before the run is stopped: with `--lignes`, an
    /// endless loop elsewhere would otherwise never reach the row limit.
    let maxHiddenSteps: Int

    private(set) var table: TraceTable
    /// True once the table is cut: nothing more is recorded.
    private(set) var isStopped = false

    private weak var session: Session?
    private let console: TraceConsole
    private var stepCount = 0
    private var hiddenStepsInARow = 0
    /// The calls in progress, main program first, with the values last shown for each.
    private var frames: [Frame] = [Frame(function: nil, callLine: 0)]
    /// Turns taken by each loop running now, to number them.
    private var loopTurns: [LoopKey: Int] = [:]
    private var linesOfSource: [Int: ProgramLines] = [:]
    private var parameterNames: [String: [String]]?
    private var columnKeys: Set<String> = []

    private struct Frame {
        var function: String?
        var callLine: Int
        var shown: [String: String] = [:]
    }

    private struct LoopKey: Hashable {
        var source: Int
        var line: Int
        var depth: Int
    }

    init(session: Session, console: TraceConsole, programName: String, filter: TraceFilter = TraceFilter(),
         maxRows: Int, maxHiddenSteps: Int = 1_000_000) {
        self.session = session
        self.console = console
        self.filter = filter
        self.maxRows = maxRows
        self.maxHiddenSteps = maxHiddenSteps
        table = TraceTable(programName: programName)
    }

    // MARK: - ExecutionObserver

    func willExecute(_ step: ExecutionStep) {
        // A loop about to start counts its turns from 1 again.
        loopTurns.removeValue(forKey: LoopKey(source: step.sourceIndex, line: step.line, depth: step.depth))
    }

    func didExecute(_ step: ExecutionStep) {
        guard !isStopped else { return }
        stepCount += 1
        let kind: TraceTable.RowKind
        switch step.kind {
        case .statement: kind = .statement
        case .condition(let holds): kind = .condition(holds)
        case .loopTurn:
            let key = LoopKey(source: step.sourceIndex, line: step.line, depth: step.depth)
            let turn = (loopTurns[key] ?? 0) + 1
            loopTurns[key] = turn
            kind = .loopTurn(turn)
        }
        let printed = console.takePrinted()
        guard filter.showsLine(step.line) else {
            hiddenStepsInARow += 1
            if hiddenStepsInARow > maxHiddenSteps { stop(.tooLong(steps: stepCount)) }
            return
        }
        hiddenStepsInARow = 0
        guard roomForARow() else { return }

        let function = frames[frames.count - 1].function
        var values: [String: String] = [:]
        var order: [String] = []
        for (name, value) in step.variables where filter.showsVariable(name) {
            let key = TraceTable.Column(name: name, function: function).key
            values[key] = CellText.of(value)
            order.append(name)
        }
        let previous = frames[frames.count - 1].shown
        let changed = Set(values.compactMap { key, text in previous[key] == text ? nil : key })
        frames[frames.count - 1].shown = values
        addColumns(order, function: function)
        table.rows.append(TraceTable.Row(
            step: stepCount, kind: kind, line: step.line, function: function, depth: frames.count - 1,
            source: instruction(line: step.line, source: step.sourceIndex),
            values: values, changed: changed, printed: printed))
    }

    func didEnter(function: String, arguments: [Value], line: Int) {
        guard !isStopped else { return }
        let printed = console.takePrinted()
        let parameters = parameters(of: function)
        var frame = Frame(function: function, callLine: line)
        var shownNames: [String] = []
        for (name, argument) in zip(parameters, arguments) where filter.showsVariable(name) {
            frame.shown[TraceTable.Column(name: name, function: function).key] = CellText.of(argument)
            shownNames.append(name)
        }
        frames.append(frame)
        guard filter.showsLine(line), roomForARow() else { return }
        addColumns(shownNames, function: function)
        table.rows.append(TraceTable.Row(
            step: nil, kind: .call(function: function, arguments: arguments.map(CellText.of)), line: line,
            function: function, depth: frames.count - 1, source: "",
            values: frame.shown, changed: Set(frame.shown.keys), printed: printed))
    }

    func didLeave(function: String, result: Value) {
        guard !isStopped, frames.count > 1 else { return }
        let printed = console.takePrinted()
        let depth = frames.count - 1
        let frame = frames.removeLast()
        guard filter.showsLine(frame.callLine), roomForARow() else { return }
        table.rows.append(TraceTable.Row(
            step: nil, kind: .callReturn(function: function, result: CellText.of(result)), line: frame.callLine,
            function: function, depth: depth, source: "",
            values: frame.shown, changed: [], printed: printed))
    }

    // MARK: - The end

    /// The table, once the run is over, with how it ended.
    func finish(_ result: RunResult) -> TraceTable {
        guard !isStopped else { return table }
        switch result.outcome {
        case .completed, .rejected:
            table.ending = .completed
        case .interrupted:
            table.ending = .interrupted
        case .failed:
            if let diagnostic = result.diagnostics.first {
                table.ending = .error(code: diagnostic.code.rawValue, line: diagnostic.location.line,
                                      message: diagnostic.message)
            } else {
                table.ending = .interrupted
            }
        }
        table.trailingOutput = console.takePrinted()
        return table
    }

    // MARK: - Helpers

    /// False, and the run stopped, when the table is full.
    private func roomForARow() -> Bool {
        guard table.rows.count < maxRows else {
            stop(.cut(rows: table.rows.count))
            return false
        }
        return true
    }

    private func stop(_ ending: TraceTable.Ending) {
        isStopped = true
        table.ending = ending
        session?.interruptFlag.raise()
    }

    private func addColumns(_ names: [String], function: String?) {
        for name in names {
            let column = TraceTable.Column(name: name, function: function)
            if columnKeys.insert(column.key).inserted { table.columns.append(column) }
        }
    }

    private func instruction(line: Int, source index: Int) -> String {
        if let lines = linesOfSource[index] { return lines.instruction(at: line) }
        guard let sources = session?.sources, index < sources.count else { return "" }
        let lines = ProgramLines(sources[index])
        linesOfSource[index] = lines
        return lines.instruction(at: line)
    }

    /// Parameter names do not change during a run: looked up once.
    private func parameters(of function: String) -> [String] {
        if parameterNames == nil {
            parameterNames = Dictionary((session?.functions ?? []).map { ($0.name, $0.parameters) },
                                        uniquingKeysWith: { _, last in last })
        }
        return parameterNames?[function] ?? []
    }
}
