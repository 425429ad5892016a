import FoundationEssentials

/// Every lesson of a `lessons/` folder, in course order, with the problems of files that do not parse.
public struct LessonLibrary: Sendable {
    public var directory: String
    /// Lessons that parsed, sorted by order then id.
    public var lessons: [Lesson]
    /// Every problem of every file, plus those between files (an identifier used twice).
    public var issues: [LessonIssue]
    /// Files that did not parse, by path.
    public var brokenFiles: [String]

    public init(directory: String, lessons: [Lesson], issues: [LessonIssue] = [], brokenFiles: [String] = []) {
        self.directory = directory
        self.lessons = lessons
        self.issues = issues
        self.brokenFiles = brokenFiles
    }

    /// Reads every `*.md` file of `directory` (not its sub-folders; `README.md` is skipped).
    public static func load(directory: String) -> LessonLibrary {
        var library = LessonLibrary(directory: directory, lessons: [])
        guard FileStatus.of(directory).isFolder else {
            library.issues.append(LessonIssue(path: directory, line: 0,
                message: "le dossier de leçons « \(directory) » n'existe pas.",
                hint: "indique le dossier avec --lecons DOSSIER ou la variable ARDOISE_LECONS."))
            return library
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" && !$0.hasPrefix(".") }
            .sorted()
        for name in names {
            let path = (directory).appendingPathComponent(name)
            switch TextFileReader.read(path) {
            case .failure(let failure):
                library.issues.append(LessonIssue(path: path, line: 0, message: failure.description))
                library.brokenFiles.append(path)
            case .success(let text):
                let result = LessonParser.parse(text, path: path)
                library.issues += result.issues
                if let lesson = result.lesson { library.lessons.append(lesson) } else { library.brokenFiles.append(path) }
            }
        }
        library.lessons.sort { ($0.order, $0.id) < ($1.order, $1.id) }
        library.checkAcrossFiles()
        return library
    }

    /// An exercise identifier is a file name and a command argument: it must be unique in the course.
    /// Two lessons with the same order would be listed in an arbitrary-looking order: a warning.
    private mutating func checkAcrossFiles() {
        var owners: [String: (Lesson, Exercise)] = [:]
        var duplicates: Set<String> = []
        for lesson in lessons {
            for exercise in lesson.exercises {
                if let (otherLesson, otherExercise) = owners[exercise.id] {
                    issues.append(LessonIssue(path: lesson.path, line: exercise.line,
                        message: "l'identifiant « \(exercise.id) » est déjà pris par l'exercice de \(otherLesson.path), ligne \(otherExercise.line).",
                        hint: "chaque exercice du cours a son propre identifiant."))
                    duplicates.insert(lesson.id)
                } else {
                    owners[exercise.id] = (lesson, exercise)
                }
            }
        }
        var orders: [Int: Lesson] = [:]
        for lesson in lessons {
            if let other = orders[lesson.order] {
                issues.append(LessonIssue(.warning, path: lesson.path, line: 0,
                    message: "cette leçon a le même ordre (\(lesson.order)) que \(other.path).",
                    hint: "donne à chaque leçon un ordre différent."))
            } else {
                orders[lesson.order] = lesson
            }
        }
        if !duplicates.isEmpty {
            brokenFiles += lessons.filter { duplicates.contains($0.id) }.map(\.path)
            lessons.removeAll { duplicates.contains($0.id) }
        }
    }

    public var errors: [LessonIssue] { issues.filter(\.isError) }

    public var allExercises: [Exercise] { lessons.flatMap(\.exercises) }

    public func exercise(withID id: String) -> (lesson: Lesson, exercise: Exercise)? {
        for lesson in lessons {
            if let exercise = lesson.exercise(withID: id) { return (lesson, exercise) }
        }
        return nil
    }

    /// A lesson by its order (`2`), its file name (`02-variables`) or its name without number (`variables`).
    public func lesson(named name: String) -> Lesson? {
        let folded = FrenchText.fold(name)
        if let order = Int(name) { return lessons.first { $0.order == order } }
        return lessons.first { $0.id == name || FrenchText.fold($0.id) == folded }
            ?? lessons.first { FrenchText.fold($0.shortName) == folded }
    }

    /// The closest exercise identifier, for "voulais-tu dire …".
    public func suggestedExerciseID(for id: String) -> String? {
        FrenchText.suggestion(for: id, among: allExercises.map(\.id))
    }
}
