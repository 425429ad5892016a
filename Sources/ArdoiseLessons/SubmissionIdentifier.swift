import FoundationEssentials

/// Finds which exercise a learner's file answers. In order: the header comment that
/// `ardoise commencer` writes (`# Exercice : prix-du-forfait`), so a renamed file still works;
/// then the file name (`prix-du-forfait.ard`, also `Prix-du-forfait (2).ard`).
public enum SubmissionIdentifier {
    public static let headerPrefix = "# Exercice : "

    /// The first line of a starter file.
    public static func header(for exercise: Exercise, lesson: Lesson) -> String {
        "\(headerPrefix)\(exercise.id) — \(exercise.title) (leçon \(lesson.order) : \(lesson.title))"
    }

    public static func exerciseID(fileName: String, text: String, library: LessonLibrary) -> String? {
        if let declared = declaredID(in: text), library.exercise(withID: declared) != nil { return declared }
        let stem = fileName.lastPathComponent.deletingPathExtension
        if library.exercise(withID: stem) != nil { return stem }
        // `Prix du forfait (2)` → `prix-du-forfait-2`, then without the copy number.
        let slug = ExerciseParser.identifierProposal(from: stem)
        if library.exercise(withID: slug) != nil { return slug }
        let withoutCopyNumber = slug.split(separator: "-").reversed().drop(while: { $0.allSatisfy(\.isNumber) })
            .reversed().joined(separator: "-")
        if library.exercise(withID: withoutCopyNumber) != nil { return withoutCopyNumber }
        return nil
    }

    /// The identifier in a `# Exercice : id …` comment among the first lines.
    static func declaredID(in text: String) -> String? {
        for line in text.split(separator: "\n", maxSplits: 5, omittingEmptySubsequences: false).prefix(5) {
            let trimmed = line.trimmed(.whitespaces)
            guard trimmed.hasPrefix("#") else { continue }
            let comment = trimmed.dropFirst().trimmed(.whitespaces)
            guard let (key, value) = FrenchText.keyValue(comment), FrenchText.fold(key) == "exercice" else { continue }
            if let id = value.split(separator: " ").first { return String(id) }
        }
        return nil
    }
}
