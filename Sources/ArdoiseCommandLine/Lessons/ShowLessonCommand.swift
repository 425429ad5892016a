import ArdoiseLessons
import ArgumentParser

/// `ardoise lire 2`: a lesson in the terminal.
public struct ShowLessonCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lire",
        abstract: "Affiche une leçon : explications, exemples et exercices.",
        discussion: "LEÇON est le numéro de la leçon (2), son nom (variables) ou son fichier (02-variables).",
        aliases: ["show"]
    )

    @Argument(help: ArgumentHelp("La leçon : son numéro ou son nom.", valueName: "LEÇON"))
    var lesson: String

    @OptionGroup var folder: LessonFolderOption

    public init() {}

    public func run() throws {
        try LessonCommands.show(lesson, folder.environment).emit()
    }
}
