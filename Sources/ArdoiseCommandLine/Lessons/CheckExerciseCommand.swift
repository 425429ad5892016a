import ArdoiseLessons
import ArgumentParser

/// `ardoise vérifier FICHIER`: grades the file against its exercise and records progress.
public struct CheckExerciseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "vérifier",
        abstract: "Vérifie ton programme avec les tests de son exercice.",
        discussion: "Code de sortie : 0 si tous les tests sont réussis, 1 sinon, 2 si le fichier ne peut pas être vérifié.",
        aliases: ["verifier", "check"]
    )

    @Argument(help: ArgumentHelp("Ton fichier, par exemple premier-message.ard.", valueName: "FICHIER"))
    var file: String

    @Option(name: .customLong("exercice"), help: ArgumentHelp("L'exercice, si le fichier ne le dit pas.", valueName: "EXERCICE"))
    var exercise: String?

    @OptionGroup var output: FormatOption
    @OptionGroup var folder: LessonFolderOption

    public init() {}

    public func run() throws {
        try LessonCommands.check(file, exerciseID: exercise, format: output.format, folder.environment).emit()
    }
}
