import ArdoiseLessons
import ArgumentParser

/// `ardoise indice ID`: the next hint of an exercise.
public struct HintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "indice",
        abstract: "Affiche l'indice suivant d'un exercice.",
        aliases: ["hint"]
    )

    @Argument(help: ArgumentHelp("L'identifiant de l'exercice.", valueName: "EXERCICE"))
    var exercise: String

    @OptionGroup var folder: LessonFolderOption

    public init() {}

    public func run() throws {
        try LessonCommands.hint(exercise, folder.environment).emit()
    }
}
