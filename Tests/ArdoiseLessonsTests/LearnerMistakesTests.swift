import Foundation
import Testing
@testable import ArdoiseLessons

/// The mistakes learners really make, kept as files: `Tests/LessonMistakes/<exercise-id>/<name>.ard`
/// is a plausible wrong solution of that exercise (an off-by-one, `<` for `≤`, a forgotten
/// `nombre(…)`…), and the optional `<name>.attendu` holds one line that the grader's feedback for
/// it must contain. The course's tests must catch every one of them, with a message that helps.
enum LearnerMistakes {
    static var directory: URL {
        TestSupport.repositoryRoot.appendingPathComponent("Tests").appendingPathComponent("LessonMistakes")
    }

    /// The exercise folders, sorted (files such as the README are left out).
    static func exerciseFolders() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            let path = directory.appendingPathComponent(name).path
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }

    /// The wrong solutions of one exercise folder, as file names (`oubli-du-prix.ard`), sorted.
    static func wrongSolutions(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".ard") && !$0.hasPrefix(".") }.sorted()
    }

    /// Every wrong solution, as `<exercise-id>/<name>.ard`.
    static func all() -> [String] {
        exerciseFolders().flatMap { folder in wrongSolutions(in: folder).map { "\(folder)/\($0)" } }
    }

    static func read(_ relativePath: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The words the feedback must contain, from `<name>.attendu` next to `<name>.ard`, if any.
    static func expectedWords(for relativePath: String) -> String? {
        let path = String(relativePath.dropLast(".ard".count)) + ".attendu"
        guard let text = try? read(path) else { return nil }
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return line.isEmpty ? nil : line
    }

    /// Everything the learner reads about a graded submission: the summary, the rejection
    /// (message, hint, underlined line), and for each failed test its name, message, checks,
    /// error and line diff — what `ardoise vérifier` prints, without colours or layout.
    static func feedback(_ result: ExerciseResult) -> String {
        var parts = [result.message]
        for stop in result.rejection {
            parts += [stop.message, stop.hint ?? "", stop.rendered]
        }
        for test in result.tests where test.status != .pass {
            parts += [test.name, test.message]
            parts += test.checkFailures.map(\.message)
            if let stop = test.stop { parts += [stop.message, stop.hint ?? "", stop.rendered] }
            for line in test.diff {
                switch line {
                case .same(let text): parts.append(text)
                case .missing(let text): parts.append("attendu : \(text)")
                case .extra(let text): parts.append("affiché : \(text)")
                }
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

@Suite("Learner mistakes")
struct LearnerMistakesTests {
    static let library = LessonLibrary.load(directory: TestSupport.lessonsDirectory)

    /// (1) The issue asks for at least one plausible wrong solution for every exercise.
    @Test(arguments: library.allExercises.map(\.id))
    func everyExerciseHasAWrongSolution(_ id: String) {
        let found = LearnerMistakes.wrongSolutions(in: id)
        #expect(!found.isEmpty, "aucune mauvaise solution pour « \(id) » : ajoute Tests/LessonMistakes/\(id)/<nom>.ard")
    }

    /// (2) Each wrong solution fails its exercise, and the learner is told something useful.
    @Test(arguments: LearnerMistakes.all())
    func theWrongSolutionIsCaughtWithAUsefulMessage(_ relativePath: String) throws {
        let id = String(relativePath.prefix { $0 != "/" })
        let exercise = try #require(Self.library.exercise(withID: id)?.exercise, "pas d'exercice « \(id) » dans lessons/")
        let text = try LearnerMistakes.read(relativePath)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines)
                    != exercise.starter.text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(relativePath) est le code de départ, pas une erreur d'apprenant")

        let fileName = String(relativePath.split(separator: "/").last ?? Substring(relativePath))
        let result = Grader().grade(text, fileName: fileName, exercise: exercise)
        #expect(result.status != .pass, "\(relativePath) réussit tous les tests de « \(id) » : les tests ne voient pas cette erreur")

        let failed = try #require(result.firstFailure, "\(relativePath) : aucun test raté")
        let message = failed.message.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!message.isEmpty, "\(relativePath) : le test « \(failed.name) » échoue sans message")
        #expect(message != "Le résultat n'est pas celui attendu.",
                "\(relativePath) : le test « \(failed.name) » échoue avec un message qui n'explique rien")

        if let words = LearnerMistakes.expectedWords(for: relativePath) {
            let feedback = LearnerMistakes.feedback(result)
            #expect(feedback.contains(words), "\(relativePath) : le retour ne contient pas « \(words) » :\n\(feedback)")
        }
    }

    /// (3) A folder named after no exercise (a typo, a renamed exercise) would never be graded.
    @Test(arguments: LearnerMistakes.exerciseFolders())
    func everyFolderIsAnExercise(_ folder: String) {
        #expect(Self.library.exercise(withID: folder) != nil,
                "Tests/LessonMistakes/\(folder) ne correspond à aucun exercice de lessons/\(Self.library.suggestedExerciseID(for: folder).map { " (voulais-tu dire « \($0) » ?)" } ?? "")")
        #expect(!LearnerMistakes.wrongSolutions(in: folder).isEmpty, "Tests/LessonMistakes/\(folder) ne contient aucun fichier .ard")
    }

    /// Each `.attendu` goes with a wrong solution of the same name.
    @Test func everyExpectationHasItsWrongSolution() {
        for folder in LearnerMistakes.exerciseFolders() {
            let names = (try? FileManager.default.contentsOfDirectory(
                atPath: LearnerMistakes.directory.appendingPathComponent(folder).path)) ?? []
            for name in names where name.hasSuffix(".attendu") {
                let solution = String(name.dropLast(".attendu".count)) + ".ard"
                #expect(names.contains(solution), "Tests/LessonMistakes/\(folder)/\(name) n'a pas de \(solution) à côté")
            }
        }
    }
}
