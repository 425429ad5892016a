import ArdoiseLessons
import ArgumentParser

/// `ardoise commencer ID`: writes the exercise's starter file into the current folder.
public struct StartExerciseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "commencer",
        abstract: "Commence un exercice : crée son fichier de départ dans le dossier courant (sans jamais écraser un fichier).",
        aliases: ["start"]
    )

    @Argument(help: ArgumentHelp("L'identifiant de l'exercice (voir « ardoise leçons »).", valueName: "EXERCICE"))
    var exercise: String

    @OptionGroup var folder: LessonFolderOption

    public init() {}

    public func run() throws {
        try LessonCommands.start(exercise, folder.environment).emit()
    }
}
