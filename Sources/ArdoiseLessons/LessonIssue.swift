/// A problem found in a lesson file, located by the lesson file's own line number.
public struct LessonIssue: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error = "erreur", warning = "avertissement" }

    public var severity: Severity
    /// The lesson file's path, as given to the parser.
    public var path: String
    /// 1-based line in the lesson file; 0 when the problem concerns the whole file.
    public var line: Int
    /// Plain French, without a final newline.
    public var message: String
    /// How to fix it, French, without the "Astuce : " prefix.
    public var hint: String?

    public init(_ severity: Severity = .error, path: String, line: Int, message: String, hint: String? = nil) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var isError: Bool { severity == .error }

    /// `lessons/01-afficher.md, ligne 12 : erreur : …` then the hint on its own line.
    public var description: String {
        let place = line > 0 ? "\(path), ligne \(line)" : path
        var text = "\(place) : \(severity.rawValue) : \(message)"
        if let hint { text += "\n  Astuce : \(hint)" }
        return text
    }
}
