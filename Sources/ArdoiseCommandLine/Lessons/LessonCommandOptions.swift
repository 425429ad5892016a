import ArdoiseLessons
import ArgumentParser
import FoundationEssentials
import Glibc

/// Options shared by the lesson subcommands.
struct LessonFolderOption: ParsableArguments {
    @Option(name: [.customLong("lecons"), .customLong("lessons")],
            help: ArgumentHelp("Le dossier des leçons (par défaut : $ARDOISE_LECONS, ./lessons, ou celui d'Ardoise).", valueName: "DOSSIER"))
    var lessonsDirectory: String?

    var environment: LessonEnvironment { LessonEnvironment.current(lessonsOption: lessonsDirectory) }
}

extension OutputFormat: ExpressibleByArgument {
    public static var allValueStrings: [String] { ["texte", "json"] }
}

struct FormatOption: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp("texte (pour lire) ou json (pour un autre programme).", valueName: "FORMAT"))
    var format: OutputFormat = .text
}

extension CommandOutput {
    /// Prints both texts and ends the command with the exit status.
    func emit() throws {
        if !standardError.isEmpty { StandardError.write(standardError) }
        if !standardOutput.isEmpty {
            FileHandle.standardOutput.write(Data(standardOutput.utf8))
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
