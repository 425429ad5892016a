/// One piece of a lesson's body, in file order, as `ardoise lire` shows it.
public enum LessonBlock: Equatable, Sendable {
    /// A Markdown heading (`#` count as level).
    case heading(level: Int, text: String, line: Int)
    /// Consecutive prose lines (paragraphs, lists, quotes), kept as written.
    case text(lines: [String], line: Int)
    /// An example code block.
    case code(CodeBlock)
    /// The place where an exercise stands in the lesson.
    case exercise(id: String)
}
