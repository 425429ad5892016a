import Ardoise
import ArgumentParser
import FoundationEssentials
import Glibc

/// `ardoise`: the REPL on a terminal, a program file, or a program piped on standard input;
/// and the subcommands (`expliquer`, the lessons…).
public struct ArdoiseCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "ardoise",
        abstract: "Ardoise : apprendre à programmer en pseudo-code français.",
        discussion: """
        Sans argument, sur un terminal : la console interactive.
        ardoise FICHIER.ard : exécute le programme.
        ardoise - : lit le programme sur l'entrée standard.
        """,
        version: version,
        subcommands: [RunCommand.self, ExplainCommand.self, TraceCommand.self, StepByStepCommand.self] + LessonSubcommands.all,
        defaultSubcommand: RunCommand.self
    )

    public init() {}
}

/// `ardoise [FICHIER]`: runs a file, standard input, or starts the REPL.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "executer",
        abstract: "Exécute un programme (c'est la commande par défaut : « ardoise FICHIER.ard »).",
        aliases: ["exécuter", "run"]
    )

    @Argument(help: ArgumentHelp("Le programme à exécuter (« - » pour l'entrée standard).", valueName: "FICHIER"))
    var file: String?

    @OptionGroup var runFlags: RunFlags

    func run() throws {
        let options = try runFlags.options()
        if let file, file != "-" {
            switch ProgramFile.read(file) {
            case .failure(let diagnostic):
                ProgramRunner.reportInput(diagnostic)
                throw ExitCode(2)
            case .success(let source):
                throw ExitCode(ProgramRunner.run(source, options: options, console: StandardConsole()))
            }
        }
        if file == "-" || isatty(STDIN_FILENO) != 1 {
            throw ExitCode(StandardInputProgram.run(options: options))
        }
        throw ExitCode(REPL.start(version: ArdoiseCommand.version, options: options))
    }
}

/// Options of a run, shared by the commands that run programs.
public struct RunFlags: ParsableArguments {
    @Option(name: .customLong("graine"), help: "Fixe le hasard de aléatoire (un entier), pour rejouer exactement une exécution.")
    var seed: UInt64?

    @Option(name: .customLong("max-etapes"), help: "Nombre maximal d'étapes (par défaut : illimité).")
    var maxSteps: Int?

    @Option(name: .customLong("max-secondes"), help: "Durée maximale en secondes (par défaut : illimitée).")
    var maxSeconds: Double?

    @Option(name: .customLong("max-sortie"), help: "Taille maximale de l'affichage, en octets (par défaut : 10 000 000).")
    var maxOutput: Int?

    @Option(name: .customLong("max-taille"), help: "Nombre maximal d'éléments d'une liste ou de caractères d'un texte (par défaut : 10 000 000).")
    var maxLength: Int?

    @Option(name: .customLong("max-memoire"), help: "Mémoire maximale du programme, en Mo (par défaut : 1000).")
    var maxMemory: Int?

    @Option(name: .customLong("max-appels"), help: "Nombre maximal d'appels de fonction imbriqués (par défaut : 20 000).")
    var maxCalls: Int?

    public init() {}

    func options() throws -> RunOptions {
        var limits = Limits.file
        /// A limit given on the command line must be positive.
        func positive<T: Comparable & Numeric>(_ value: T?, _ option: String) throws -> T? {
            guard let value else { return nil }
            guard value > 0 else { throw ValidationError("--\(option) doit être positif") }
            return value
        }
        if let value = try positive(maxSteps, "max-etapes") { limits.maxSteps = value }
        if let value = try positive(maxSeconds, "max-secondes") { limits.maxSeconds = value }
        if let value = try positive(maxOutput, "max-sortie") { limits.maxOutputBytes = value }
        if let value = try positive(maxLength, "max-taille") { limits.maxCollectionLength = value }
        if let value = try positive(maxMemory, "max-memoire") { limits.maxMemoryBytes = value * 1_000_000 }
        if let value = try positive(maxCalls, "max-appels") {
            guard value <= 100_000 else { throw ValidationError("--max-appels doit être entre 1 et 100 000") }
            limits.maxCallDepth = value
        }
        return RunOptions(limits: limits, seed: seed)
    }
}

/// `ardoise -`, or a program piped in: read everything, then run it.
enum StandardInputProgram {
    static func run(options: RunOptions) -> Int32 {
        // Never more than the maximum plus one byte: `cat /dev/zero | ardoise` must not fill the memory.
        let data = ProgramFile.readAtMost(ProgramFile.maximumBytes + 1, from: FileHandle.standardInput)
        if data.count > ProgramFile.maximumBytes {
            ProgramRunner.reportInput(Diagnostic(.E0004, at: SourceLocation(line: 1, column: 1),
                                                 ["fichier": "<entrée standard>", "taille": "plus de " + ProgramFile.byteCount(ProgramFile.maximumBytes),
                                                  "maximum": ProgramFile.byteCount(ProgramFile.maximumBytes)]))
            return 2
        }
        switch ProgramFile.decode(data, name: "<entrée standard>") {
        case .failure(let diagnostic):
            ProgramRunner.reportInput(diagnostic)
            return 2
        case .success(let source):
            // The program took standard input: `demander` has nothing left to read.
            return ProgramRunner.run(source, options: options, console: StandardConsole(isInteractive: false))
        }
    }
}

/// `ardoise expliquer E0201`: the long explanation of an error code.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expliquer",
        abstract: "Explique un code d'erreur, avec un exemple faux et sa correction.",
        aliases: ["explain"]
    )

    @Argument(help: ArgumentHelp("Le code d'erreur, par exemple E0201.", valueName: "CODE"))
    var code: String

    func run() throws {
        guard let code = DiagnosticCode(lenient: code) else {
            StandardError.write("Code d'erreur inconnu : « \(self.code) ». Les codes ressemblent à E0201 ; la liste est dans docs/erreurs.md.\n")
            throw ExitCode(64)
        }
        print(ErrorExplanation.text(for: code), terminator: "")
    }
}
