/// A lesson, as read from one Markdown file of `lessons/`.
public struct Lesson: Equatable, Sendable {
    /// The file name without `.md`, e.g. `01-afficher`.
    public var id: String
    /// The path the lesson was read from, as given (used in messages).
    public var path: String
    public var title: String
    /// Position in the course; lessons are listed by this number.
    public var order: Int
    public var objectives: [String]
    public var body: [LessonBlock]
    public var exercises: [Exercise]

    public init(id: String, path: String, title: String, order: Int, objectives: [String],
                body: [LessonBlock], exercises: [Exercise]) {
        self.id = id
        self.path = path
        self.title = title
        self.order = order
        self.objectives = objectives
        self.body = body
        self.exercises = exercises
    }

    /// The lesson id without its numeric prefix (`01-afficher` → `afficher`), accepted by `ardoise lire`.
    public var shortName: String {
        guard let dash = id.firstIndex(of: "-"),
              id[..<dash].allSatisfy(\.isNumber), !id[..<dash].isEmpty
        else { return id }
        return String(id[id.index(after: dash)...])
    }

    public func exercise(withID exerciseID: String) -> Exercise? {
        exercises.first { $0.id == exerciseID }
    }
}
