import Ardoise
import FoundationEssentials
import Glibc

/// The read-run-print loop: reads an entry, runs it in the session (which
/// keeps variables and functions from one entry to the next), shows its
/// output, echo or diagnostics, and starts again until the learner quits.
final class InteractiveLoop {
    let session: Session
    private let reader: EntryReader
    let outputSink: REPLOutput
    let runner: CodeRunning
    let renderer: DiagnosticRenderer
    private let history: History?
    /// The words Tab offers, refreshed after each entry with the learner's names.
    private(set) var completion: Completion
    private var entryCount = 0
    /// Ctrl-C pressed at the prompt in a row: the second gets a hint, once.
    private var idleInterrupts = 0
    private var toldHowToQuit = false
    /// Set by `:pas` alone: the next entry runs step by step.
    var stepsNextEntry = false

    init(session: Session, reader: EntryReader, output: REPLOutput, runner: CodeRunning,
         colorDiagnostics: Bool, history: History?) {
        self.session = session
        self.reader = reader
        self.outputSink = output
        self.runner = runner
        self.renderer = DiagnosticRenderer(color: colorDiagnostics)
        self.history = history
        self.completion = Completion(keywords: Language.keywords, builtins: Language.builtinNames)
    }

    /// Runs until `:quitter` or Ctrl-D; the exit status of the session.
    func run() -> Int32 {
        while true {
            let entry = reader.next()
            if case .interrupted(let dropped) = entry {
                outputSink.standard("\n")
                if dropped > 0 { outputSink.error(REPLMessages.droppedEntry(lines: dropped)) }
                idleInterrupts = dropped > 0 ? 0 : idleInterrupts + 1
                if idleInterrupts == 2 && !toldHowToQuit {
                    toldHowToQuit = true
                    outputSink.error(REPLMessages.howToQuit)
                }
                continue
            }
            idleInterrupts = 0
            switch entry {
            case .code(let text):
                runEntry(text)
            case .meta(let parsed):
                if perform(parsed) == .quit {
                    saveHistory()
                    return 0
                }
            case .endOfInput:
                outputSink.standard("\n" + REPLMessages.goodbye)
                saveHistory()
                return 0
            case .interrupted:
                break
            }
            saveHistory()
        }
    }

    /// Runs one entry and shows what came of it.
    func runEntry(_ text: String) {
        if let hint = Self.hintForBareCommandWord(text, session: session) {
            outputSink.error(hint)
            return
        }
        entryCount += 1
        let source = Source(name: "<entrée \(entryCount)>", text: text)
        if stepsNextEntry {
            stepsNextEntry = false
            return runStepByStep(source) { $0.runEntry(source) }
        }
        let result = runner.run { [session] in session.runEntry(source) }
        show(result, of: source)
    }

    func show(_ result: RunResult, of source: Source) {
        for diagnostic in result.diagnostics {
            // A function from an earlier entry fails in that entry's text.
            outputSink.error(renderer.render(diagnostic, source: session.source(of: diagnostic) ?? source))
        }
        if let echo = result.echo {
            outputSink.standard(echo.echoText + "\n")
        }
        if result.outcome == .interrupted && result.diagnostics.isEmpty {
            outputSink.error(REPLMessages.interrupted)
        }
        refreshCompletion()
    }

    func refreshCompletion() {
        completion.variables = session.variables.map(\.name)
        completion.functions = session.functions.map(\.name)
    }

    func saveHistory() {
        if let warning = history?.save() { outputSink.error(warning) }
    }

    /// `quitter`, `exit`, `aide` typed without the `:` of a meta-command,
    /// unless the learner has a variable or function of that name.
    static func hintForBareCommandWord(_ text: String, session: Session) -> String? {
        let word = Completion.fold(text.trimmed(.whitespaces))
        let bare = word.hasSuffix("()") ? String(word.dropLast(2)) : word
        let ownNames = Set(session.variables.map(\.name) + session.functions.map(\.name))
        guard !ownNames.contains(bare) else { return nil }
        switch bare {
        case "quitter", "quit", "exit", "sortir": return REPLMessages.quitWithoutColon
        case "aide", "help": return REPLMessages.helpWithoutColon
        default: return nil
        }
    }
}
