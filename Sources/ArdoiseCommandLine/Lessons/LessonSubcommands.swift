import ArgumentParser

/// The lesson subcommands, for the root command's `subcommands:` list.
public enum LessonSubcommands {
    public static let all: [ParsableCommand.Type] = [
        LessonsCommand.self, ShowLessonCommand.self, StartExerciseCommand.self, CheckExerciseCommand.self,
        WatchCommand.self, HintCommand.self, ValidateLessonsCommand.self, GradeGroupCommand.self,
    ]

    /// Whether `argument` names one of them (`vérifier`, `verifier`, `check`…).
    /// A root command that also takes a positional FICHIER cannot tell `ardoise vérifier x.ard`
    /// from a program named `vérifier` (swift-argument-parser gives the word to the positional):
    /// `main` can ask this first and hand such command lines to `Root`.
    public static func handles(_ argument: String) -> Bool {
        all.contains { command in
            let configuration = command.configuration
            return configuration.commandName == argument || configuration.aliases.contains(argument)
        }
    }

    /// A root with the lesson subcommands only, named `ardoise` so that help and errors read right.
    public struct Root: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "ardoise",
            abstract: "Les leçons et les exercices d'Ardoise.",
            subcommands: LessonSubcommands.all
        )
        public init() {}
    }
}
