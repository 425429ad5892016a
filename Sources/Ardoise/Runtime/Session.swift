/// What a run gave: how it ended, its diagnostics, and the checks it ran.
public struct RunResult {
    public enum Outcome: Sendable, Equatable {
        /// Ran to the end.
        case completed
        /// Syntax or static errors: nothing ran.
        case rejected
        /// Stopped on a runtime error or a limit.
        case failed
        /// Stopped by `interrupt()` (Ctrl-C).
        case interrupted
    }
    public var outcome: Outcome
    /// Every syntax or static error, or the one runtime error.
    public var diagnostics: [Diagnostic]
    /// `runEntry` only: the value of an entry that is a lone expression.
    public var echo: Value?
    public var checksPassed = 0
    public var checksFailed = 0
    public var checkFailures: [CheckFailure] = []

    /// 0 ran with no failed check; 1 stopped on an error or a check failed; 2 rejected; 130 interrupted.
    public var exitStatus: Int32 {
        switch outcome {
        case .rejected: return 2
        case .failed: return 1
        case .interrupted: return 130
        case .completed: return checksFailed > 0 ? 1 : 0
        }
    }
}

/// A function as the REPL's `:fonctions` lists it.
public struct FunctionInfo: Sendable, Equatable {
    public var name: String
    public var parameters: [String]
    public var line: Int
    public var signature: String { "\(name)(\(parameters.joined(separator: ", ")))" }
}

/// The one way to run Ardoise code: a file, standard input, a REPL entry, a graded submission.
/// Variables and functions persist from one run to the next (the REPL relies on it).
public final class Session {
    public var options: RunOptions
    public let console: Console
    /// Raise it from any thread (Ctrl-C) to stop the running code.
    public let interruptFlag = InterruptFlag()
    /// Whether each run starts by forgetting an earlier interruption. A host that starts runs
    /// on another thread (the REPL) clears the flag itself before starting the thread, and
    /// sets this to false: a Ctrl-C pressed while the thread starts is then not lost.
    public var clearsInterruptionAtStart = true

    private var context = ProgramContext()
    private var interpreter: Interpreter

    /// A source longer than this is refused before lexing (E0004).
    public static let maximumSourceCharacters = 2_000_000

    public init(console: Console, options: RunOptions = RunOptions()) {
        self.console = console
        self.options = options
        interpreter = Interpreter(context: context, console: console, limits: options.limits,
                                  seed: options.seed ?? UInt64.random(in: .min ... .max), interruptFlag: interruptFlag)
    }

    /// Compiles and runs a whole program.
    public func run(_ source: Source) -> RunResult { execute(source, mode: .program) }

    /// Runs one REPL entry; an entry that is a lone expression gives its value in `echo`.
    public func runEntry(_ source: Source) -> RunResult { execute(source, mode: .replEntry) }

    /// Stops the running code soon; safe from any thread.
    public func interrupt() { interruptFlag.raise() }

    /// Forgets every variable and function.
    public func reset() {
        context = ProgramContext()
        let observer = interpreter.observer
        interpreter = Interpreter(context: context, console: console, limits: options.limits,
                                  seed: options.seed ?? UInt64.random(in: .min ... .max), interruptFlag: interruptFlag)
        interpreter.observer = observer
    }

    /// The main program's variables that have a value, in order of first assignment.
    public var variables: [(name: String, value: Value)] {
        context.globalNames.enumerated().compactMap { slot, name in
            let value = interpreter.globalValue(slot)
            if case .unassigned = value { return nil }
            return (name, value)
        }
    }

    public var functions: [FunctionInfo] {
        context.functions.map { f in
            FunctionInfo(name: f.name, parameters: f.parameters, line: context.sites[f.site].location.line)
        }
    }

    /// Watches the next runs step by step (trace tables, the stepper); nil for ordinary runs.
    public var observer: ExecutionObserver? {
        get { interpreter.observer }
        set { interpreter.observer = newValue }
    }

    /// Every source run in this session, in order (`ExecutionStep.sourceIndex` points here).
    public var sources: [Source] { context.sources }

    /// The source a diagnostic's location refers to (a function may come from an earlier REPL entry).
    public func source(of diagnostic: Diagnostic) -> Source? {
        guard let index = diagnostic.sourceIndex, index < context.sources.count else { return nil }
        return context.sources[index]
    }

    // MARK: - The pipeline

    private func execute(_ source: Source, mode: Resolver.Mode) -> RunResult {
        runOnLargeStack(withFloor: { floor in self.executeHere(source, mode: mode, stackFloor: floor) })
    }

    private func executeHere(_ source: Source, mode: Resolver.Mode, stackFloor: UInt) -> RunResult {
        // Forget an interruption of an earlier run now, before the (possibly long) parsing: a
        // Ctrl-C pressed while this run is being parsed and resolved then still stops it.
        if clearsInterruptionAtStart { interruptFlag.clear() }
        let sourceIndex = context.sources.count
        context.sources.append(source)
        func rejected(_ diagnostics: [Diagnostic]) -> RunResult {
            var sorted = diagnostics.sorted { $0.location < $1.location }
            for i in sorted.indices { sorted[i].sourceIndex = sourceIndex }
            return RunResult(outcome: .rejected, diagnostics: sorted)
        }

        // Source → tokens → syntax tree.
        let characterCount = source.text.count
        if characterCount > Self.maximumSourceCharacters {
            return rejected([Diagnostic(.E0004, at: SourceLocation(line: 1, column: 1),
                                        ["fichier": source.name, "taille": "\(characterCount) caractères",
                                         "maximum": "\(Self.maximumSourceCharacters) caractères"])])
        }
        let table = KeywordTable.forSource(source.text)
        var lexer = Lexer(source.text, table: table)
        let tokens = lexer.tokenize()
        var parser = Parser(tokens: tokens, source: source.text, hintsForeignWords: table.words["si"] != nil)
        let statements = parser.parseProgram()
        let syntaxErrors = lexer.diagnostics + parser.diagnostics
        if !syntaxErrors.isEmpty { return rejected(syntaxErrors) }

        // Syntax tree → resolved tree.
        var resolver = Resolver(context: context, mode: mode, sourceIndex: sourceIndex,
                                forbiddenBuiltins: options.forbiddenBuiltins)
        guard let unit = resolver.resolve(statements) else { return rejected(resolver.diagnostics) }

        // Resolved tree → evaluation.
        interpreter.limits = options.limits
        interpreter.stackFloor = stackFloor
        interpreter.checksPassed = 0
        interpreter.checksFailed = 0
        interpreter.checkFailures = []
        var result = RunResult(outcome: .completed, diagnostics: [])
        do {
            if unit.echoes {
                let value = try interpreter.evaluateMain(unit.body, globalCount: context.globalNames.count)
                // A call that gives nothing (`ajouter(l, 3)`) echoes nothing.
                let kind = context.code.nodes[Int(unit.body)].kind
                if case .nothing = value, kind == .callFunction || kind == .callBuiltin {} else {
                    result.echo = value
                }
            } else {
                try interpreter.runMain(unit.body, globalCount: context.globalNames.count)
            }
        } catch let failure as RuntimeFailure {
            result.outcome = failure.code == .E0405 ? .interrupted : .failed
            result.diagnostics = [diagnostic(for: failure)]
        } catch {
            result.outcome = .failed
        }
        result.checksPassed = interpreter.checksPassed
        result.checksFailed = interpreter.checksFailed
        result.checkFailures = interpreter.checkFailures
        if result.checksPassed + result.checksFailed > 0 {
            console.write(FrenchCatalogue.shared.label(.checkSummary(passed: result.checksPassed, failed: result.checksFailed)) + "\n")
        }
        return result
    }

    private func diagnostic(for failure: RuntimeFailure) -> Diagnostic {
        let site = failure.site >= 0 && failure.site < context.sites.count ? context.sites[failure.site] : nil
        var d = Diagnostic(failure.code, at: site?.location ?? SourceLocation(line: 1, column: 1), failure.arguments,
                           hint: failure.hint)
        d.sourceIndex = site?.sourceIndex
        d.callStack = failure.calls.map { call in
            CallFrame(function: call.function,
                      location: call.site < context.sites.count ? context.sites[call.site].location : SourceLocation(line: 1, column: 1))
        }
        return d
    }
}
