import FoundationEssentials

/// What reading a lesson file gives: the lesson when the file has no error, and every problem found.
public struct LessonParseResult: Sendable {
    public var lesson: Lesson?
    public var issues: [LessonIssue]

    public var errors: [LessonIssue] { issues.filter(\.isError) }
    public var warnings: [LessonIssue] { issues.filter { !$0.isError } }
}

/// Reads a lesson file (format: docs/ecrire-une-lecon.md). Never throws and never stops at the
/// first problem: a formateur gets every mistake of the file at once, each with its line number.
public enum LessonParser {
    public static func parse(_ text: String, path: String) -> LessonParseResult {
        let lines = splitLines(text)
        var issues: [LessonIssue] = []

        var frontMatterParser = FrontMatterParser(path: path)
        let (fiche, bodyStart) = frontMatterParser.parse(lines)
        issues += frontMatterParser.issues

        var scanner = MarkdownScanner(path: path)
        let elements = scanner.scan(Array(lines[min(bodyStart, lines.count)...]), firstLineNumber: bodyStart + 1)
        issues += scanner.issues

        let lessonID = lessonID(fromPath: path)
        var body: [LessonBlock] = []
        var exercises: [Exercise] = []
        var pendingProse: [MarkdownElement] = []
        var sawExerciseHeading = false
        var index = 0
        while index < elements.count {
            let element = elements[index]
            if case .heading(let level, let text, let line) = element, level <= 2, ExerciseParser.isExerciseHeading(text) {
                body += LessonBlocks.make(from: pendingProse)
                pendingProse = []
                sawExerciseHeading = true
                var end = index + 1
                while end < elements.count {
                    if case .heading(let nextLevel, _, _) = elements[end], nextLevel <= 2 { break }
                    end += 1
                }
                var exerciseParser = ExerciseParser(path: path, lessonID: lessonID)
                if let exercise = exerciseParser.parse(headingText: text, headingLine: line,
                                                       elements: Array(elements[(index + 1)..<end])) {
                    if let twin = exercises.first(where: { $0.id == exercise.id }) {
                        issues.append(LessonIssue(path: path, line: exercise.line,
                            message: "l'identifiant « \(exercise.id) » est déjà celui de l'exercice de la ligne \(twin.line).",
                            hint: "chaque exercice a son propre identifiant."))
                    } else {
                        exercises.append(exercise)
                        body.append(.exercise(id: exercise.id))
                    }
                }
                issues += exerciseParser.issues
                index = end
            } else {
                pendingProse.append(element)
                index += 1
            }
        }
        body += LessonBlocks.make(from: pendingProse)

        if !sawExerciseHeading {
            issues.append(LessonIssue(.warning, path: path, line: 0,
                message: "cette leçon n'a aucun exercice.",
                hint: "un exercice commence par un titre « ## Exercice : … »."))
        }

        guard !issues.contains(where: \.isError), let title = fiche.title, let order = fiche.order else {
            return LessonParseResult(lesson: nil, issues: issues.sorted { $0.line < $1.line })
        }
        let lesson = Lesson(id: lessonID, path: path, title: title, order: order,
                            objectives: fiche.objectives, body: body, exercises: exercises)
        return LessonParseResult(lesson: lesson, issues: issues.sorted { $0.line < $1.line })
    }

    /// `lessons/01-afficher.md` → `01-afficher`.
    static func lessonID(fromPath path: String) -> String {
        let name = (path).lastPathComponent
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// Lines without their terminators; "\r\n" and "\r" count as line breaks too (files saved on Windows).
    static func splitLines(_ text: String) -> [String] {
        var lines = text.replacing("\r\n", with: "\n")
            .replacing("\r", with: "\n")
            .components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        // A byte order mark at the start is an editor's habit, not content.
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        return lines
    }
}

/// Turns scanned elements into the blocks a lesson is shown with: one text block per paragraph.
enum LessonBlocks {
    static func make(from elements: [MarkdownElement]) -> [LessonBlock] {
        var blocks: [LessonBlock] = []
        var paragraph: [String] = []
        var paragraphLine = 0
        func flush() {
            if !paragraph.isEmpty { blocks.append(.text(lines: paragraph, line: paragraphLine)) }
            paragraph = []
        }
        for element in elements {
            switch element {
            case .heading(let level, let text, let line):
                flush()
                blocks.append(.heading(level: level, text: text, line: line))
            case .code(let block, _):
                flush()
                blocks.append(.code(block))
            case .line(let text, let line):
                if text.trimmed(.whitespaces).isEmpty {
                    flush()
                } else {
                    if paragraph.isEmpty { paragraphLine = line }
                    paragraph.append(text)
                }
            }
        }
        flush()
        return blocks
    }
}
