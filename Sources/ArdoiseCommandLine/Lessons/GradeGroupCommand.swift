import ArdoiseLessons
import ArgumentParser

/// `ardoise corriger DOSSIER_DU_GROUPE`: grades every learner of a group.
public struct GradeGroupCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "corriger",
        abstract: "Corrige un groupe : un dossier par apprenant, avec ses fichiers .ard.",
        discussion: """
        Affiche un tableau (apprenants × exercices) et écrit rapport-GROUPE.csv (pour un tableur)
        et rapport-GROUPE.json. Les fichiers des apprenants ne sont jamais modifiés.
        """,
        aliases: ["grade"]
    )

    @Argument(help: ArgumentHelp("Le dossier du groupe.", valueName: "DOSSIER_DU_GROUPE"))
    var group: String

    @Option(name: .customLong("sortie"), help: ArgumentHelp("Où écrire les rapports (par défaut : le dossier courant).", valueName: "DOSSIER"))
    var outputDirectory: String?

    @OptionGroup var output: FormatOption
    @OptionGroup var folder: LessonFolderOption

    public init() {}

    public func run() throws {
        try LessonCommands.gradeGroup(group, outputDirectory: outputDirectory, format: output.format, folder.environment).emit()
    }
}
