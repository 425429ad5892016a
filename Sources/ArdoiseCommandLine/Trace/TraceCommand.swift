import Ardoise
import ArgumentParser
import FoundationEssentials
import Glibc

/// `ardoise trace FICHIER`: runs a program and prints its trace table (*tableau de suivi*).
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Exécute un programme et montre son tableau de suivi : une ligne par instruction, une colonne par variable.",
        discussion: """
        Exemples :
          ardoise trace boucle.ard
          ardoise trace boucle.ard --variables somme,i --max-lignes 50
          ardoise trace devine.ard --entree 50 --entree 25 --graine 7
          ardoise trace boucle.ard --format markdown > tableau.md
        Tout est expliqué dans docs/tableau-de-suivi.md.
        """,
        aliases: ["suivi"]
    )

    /// Enough for any lesson example, short enough to read or print.
    static let defaultMaxRows = 200

    @Argument(help: ArgumentHelp("Le programme à suivre.", valueName: "FICHIER"))
    var file: String

    @Option(name: .customLong("variables"),
            help: ArgumentHelp("Seulement ces variables, séparées par des virgules (par exemple : somme,i).", valueName: "NOMS"))
    var variables: [String] = []

    @Option(name: .customLong("lignes"),
            help: ArgumentHelp("Seulement les instructions de ces lignes du programme (par exemple : 3,5-8).", valueName: "LIGNES"))
    var lines: [String] = []

    @Option(name: .customLong("max-lignes"),
            help: ArgumentHelp("Nombre maximal de lignes du tableau (par défaut : \(TraceCommand.defaultMaxRows)) ; au-delà, le programme est arrêté.",
                               valueName: "N"))
    var maxRows: Int = TraceCommand.defaultMaxRows

    @Option(name: [.customLong("entree"), .customLong("entrée")],
            help: ArgumentHelp("Une ligne à répondre au prochain demander (répète l'option pour plusieurs réponses).", valueName: "LIGNE"))
    var inputs: [String] = []

    @Option(name: .customLong("format"), help: ArgumentHelp("terminal (par défaut), markdown, csv ou json.", valueName: "FORMAT"))
    var format: TraceFormat = .terminal

    @Option(name: .customLong("largeur"),
            help: ArgumentHelp("Largeur du tableau en colonnes, pour le format terminal (par défaut : celle du terminal).", valueName: "N"))
    var width: Int?

    @Flag(name: [.customLong("a-completer"), .customLong("à-compléter")],
          help: "Un tableau à remplir : les instructions dans l'ordre, les valeurs laissées vides.")
    var blank = false

    @Flag(name: .customLong("sans-programme"), help: "En markdown, ne pas recopier le programme au-dessus du tableau.")
    var withoutProgram = false

    @OptionGroup var runFlags: RunFlags

    func validate() throws {
        guard maxRows >= 1, maxRows <= 100_000 else { throw ValidationError("--max-lignes doit être entre 1 et 100 000") }
        if let width, width < 20 { throw ValidationError("--largeur doit être au moins 20") }
        if case .failure(let error) = TraceFilter.lineNumbers(lines) { throw ValidationError(error.message) }
    }

    func run() throws {
        let source: Source
        switch ProgramFile.read(file) {
        case .failure(let diagnostic):
            ProgramRunner.reportInput(diagnostic)
            throw ExitCode(2)
        case .success(let read):
            source = read
        }
        let trace = try self.trace(source)
        if trace.result.outcome == .rejected {
            ProgramRunner.report(trace.result, session: trace.session, source: source)
            throw ExitCode(trace.result.exitStatus)
        }
        for name in Self.missingVariables(filter, in: trace.table) {
            StandardError.write("Attention : la variable « \(name) » n'apparaît pas dans le tableau.\n")
        }
        print(render(trace.table, program: source, style: .forStandardOutput()), terminator: "")
        // A table cut on purpose is a success; an error is also told as a program run would tell it.
        if !trace.wasCut {
            ProgramRunner.report(trace.result, session: trace.session, source: source)
            if trace.result.exitStatus != 0 { throw ExitCode(trace.result.exitStatus) }
        }
    }

    /// A traced run: its table (blanked with --a-completer) and how the run went.
    struct Trace {
        var table: TraceTable
        var result: RunResult
        var session: Session
        /// The table reached its row limit (or ran too long hidden) and the run was stopped.
        var wasCut: Bool
    }

    /// Runs the program under a recorder, with the command's options.
    func trace(_ source: Source) throws -> Trace {
        let console = TraceConsole(answers: inputs)
        let session = Session(console: console, options: try runFlags.options())
        let recorder = TraceRecorder(session: session, console: console, programName: source.name,
                                     filter: filter, maxRows: maxRows)
        session.observer = recorder
        let result = session.run(source)
        session.observer = nil
        let table = recorder.finish(result)
        return Trace(table: blank ? table.blanked() : table, result: result, session: session,
                     wasCut: recorder.isStopped)
    }

    var filter: TraceFilter {
        TraceFilter(variables: TraceFilter.variableNames(variables),
                    lines: (try? TraceFilter.lineNumbers(lines).get()) ?? nil)
    }

    /// The table in the format asked for; `style` colours the terminal format.
    func render(_ table: TraceTable, program: Source, style: TerminalStyle) -> String {
        switch format {
        case .terminal:
            return TerminalTableRenderer(width: width ?? TerminalSize.columns(), style: style).render(table)
        case .markdown:
            return MarkdownTableRenderer(includesProgram: !withoutProgram).render(table, program: program)
        case .csv:
            return CSVTableRenderer().render(table)
        case .json:
            return JSONTableRenderer().render(table)
        }
    }

    /// Names asked for with --variables that no column shows (a typo, most often).
    static func missingVariables(_ filter: TraceFilter, in table: TraceTable) -> [String] {
        guard let wanted = filter.variables else { return [] }
        let shown = Set(table.columns.map(\.name))
        return wanted.subtracting(shown).sorted()
    }
}
