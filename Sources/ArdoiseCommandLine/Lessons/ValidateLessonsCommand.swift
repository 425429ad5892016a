import ArdoiseLessons
import ArgumentParser

/// `ardoise valider [DOSSIER]`: checks lessons as a formateur needs before learners use them.
public struct ValidateLessonsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "valider",
        abstract: "Vérifie des leçons : format, exemples, et que chaque solution réussit ses tests et chaque code de départ les rate.",
        discussion: "Chaque problème est donné avec le numéro de ligne dans le fichier de la leçon. Code de sortie : 0 si aucune erreur, 1 sinon.",
        aliases: ["validate"]
    )

    @Argument(help: ArgumentHelp("Le dossier des leçons à vérifier (par défaut : celui d'Ardoise).", valueName: "DOSSIER"))
    var directory: String?

    @OptionGroup var output: FormatOption
    @OptionGroup var folder: LessonFolderOption

    public init() {}

    public func run() throws {
        try LessonCommands.validate(directory, format: output.format, folder.environment).emit()
    }
}
