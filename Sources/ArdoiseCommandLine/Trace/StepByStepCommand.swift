import Ardoise
import ArgumentParser
import FoundationEssentials
import Glibc

/// `ardoise pas-à-pas FICHIER`: runs a program one instruction at a time.
struct StepByStepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pas-à-pas",
        abstract: "Exécute un programme instruction par instruction : la ligne en cours, les variables, ce qui est affiché.",
        discussion: """
        Touches : Entrée (instruction suivante), c LIGNE (continuer jusqu'à une ligne), c (jusqu'à la fin),
        q (arrêter), ? (aide). Ctrl-C arrête le programme.
        Tout est expliqué dans docs/tableau-de-suivi.md.
        """,
        aliases: ["pas-a-pas", "step"]
    )

    @Argument(help: ArgumentHelp("Le programme à suivre.", valueName: "FICHIER"))
    var file: String

    @Option(name: [.customLong("entree"), .customLong("entrée")],
            help: ArgumentHelp("Une ligne à répondre au prochain demander, sans la taper (répète l'option pour plusieurs réponses).",
                               valueName: "LIGNE"))
    var inputs: [String] = []

    @OptionGroup var runFlags: RunFlags

    func run() throws {
        let options = try runFlags.options()
        let source: Source
        switch ProgramFile.read(file) {
        case .failure(let diagnostic):
            ProgramRunner.reportInput(diagnostic)
            throw ExitCode(2)
        case .success(let read):
            source = read
        }

        InterruptHandler.install()
        defer { InterruptHandler.uninstall() }
        let output = TerminalOutput()
        let lines: LineReading = StandardStream.inputIsTerminal ? LineEditor(history: nil) : PipedLines(output: output)
        let console = REPLConsole(output: output) { prompt in
            if case .line(let answer) = lines.readLine(prompt: prompt) { return answer }
            return nil
        }
        let session = Session(console: console, options: options)
        let runner = BackgroundCodeRunner(
            session: session, console: console, lines: lines, output: output,
            abandon: {
                output.error("\n" + REPLMessages.abandoning)
                _exit(130)  // the stuck thread cannot be joined; leave without waiting for it
            })

        output.standard(StepMessages.introduction(source.name))
        let outcome = SteppedRun.run(session: session, console: console, runner: runner, output: output,
                                     style: .forStandardOutput(), givenAnswers: inputs) { $0.run(source) }
        switch outcome.stopReason {
        case .learner?: throw ExitCode(0)
        case .interrupt?: throw ExitCode(130)
        case nil: break
        }
        guard let result = outcome.result else { throw ExitCode(130) }
        ProgramRunner.report(result, session: session, source: source)
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
}
