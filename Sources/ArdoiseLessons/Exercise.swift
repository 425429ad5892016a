/// An auto-graded exercise of a lesson.
public struct Exercise: Equatable, Sendable {
    /// Unique across all lessons; also the starter file's name (`<id>.ard`).
    public var id: String
    public var title: String
    /// The lesson this exercise belongs to (its `Lesson.id`).
    public var lessonID: String
    /// Line of the `## Exercice` heading in the lesson file.
    public var line: Int
    /// What the learner reads: the statement, in Markdown blocks.
    public var statement: [LessonBlock]
    public var starter: CodeBlock
    public var tests: [ExerciseTest]
    /// Progressive hints, from a nudge to almost the answer, as Markdown blocks.
    public var hints: [[LessonBlock]]
    public var solution: CodeBlock
    public var constraints: ExerciseConstraints

    public init(id: String, title: String, lessonID: String, line: Int, statement: [LessonBlock],
                starter: CodeBlock, tests: [ExerciseTest], hints: [[LessonBlock]],
                solution: CodeBlock, constraints: ExerciseConstraints) {
        self.id = id
        self.title = title
        self.lessonID = lessonID
        self.line = line
        self.statement = statement
        self.starter = starter
        self.tests = tests
        self.hints = hints
        self.solution = solution
        self.constraints = constraints
    }

    /// The name of the file `ardoise commencer` writes.
    public var starterFileName: String { "\(id).ard" }
}
