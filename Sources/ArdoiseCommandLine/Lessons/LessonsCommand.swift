import ArdoiseLessons
import ArgumentParser

/// `ardoise leçons`: the lessons, in order, with the learner's progress.
public struct LessonsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "leçons",
        abstract: "Liste les leçons et les exercices, avec ta progression.",
        aliases: ["lecons", "lessons"]
    )

    @OptionGroup var folder: LessonFolderOption

    public init() {}

    public func run() throws {
        try LessonCommands.list(folder.environment).emit()
    }
}
