import Foundation
import Testing
@testable import ArdoiseLessons

/// `make test` validates the course: every lesson of `lessons/` parses, every reference solution
/// passes all its tests and every starter fails at least one. A formateur's mistake in a lesson
/// breaks the build, with the lesson file's line in the message.
@Suite("Course lessons")
struct CourseLessonsTests {
    static let library = LessonLibrary.load(directory: TestSupport.lessonsDirectory)

    @Test func theValidatorFindsNoError() {
        let errors = LessonValidator().validate(Self.library).filter(\.isError)
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test(arguments: library.allExercises.map(\.id))
    func theSolutionPassesAndTheStarterFails(_ id: String) throws {
        let exercise = try #require(Self.library.exercise(withID: id)?.exercise)
        let solution = Grader().grade(exercise.solution.text, fileName: "solution.ard", exercise: exercise)
        #expect(solution.status == .pass, "\(solution.tests.filter { $0.status != .pass }.map(\.message))")
        let starter = Grader().grade(exercise.starter.text, fileName: "\(id).ard", exercise: exercise)
        #expect(starter.status != .pass)
        #expect(starter.status != .error, "le code de départ doit se lancer : \(starter.rejection.map(\.message))")
    }

    @Test func theDocumentationTemplateIsAValidLesson() throws {
        let lesson = try #require(LessonParser.parse(try TestSupport.documentationTemplate(), path: "modele.md").lesson)
        let errors = LessonValidator().validate(lesson).filter(\.isError)
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }
}

@Suite("Lesson validator")
struct LessonValidatorTests {
    private func issues(_ text: String) -> [LessonIssue] {
        let result = LessonParser.parse(text, path: "lessons/l.md")
        guard let lesson = result.lesson else { return result.issues }
        return LessonValidator().validate(lesson)
    }

    private let lesson = """
    ---
    titre : T
    ordre : 1
    objectifs :
      - o
    ---

    ```ardoise
    afficher "ok"
    ```

    ## Exercice : E

    - identifiant : e

    Affiche 2.

    ### Code de départ

    ```ardoise
    afficher 1
    ```

    ### Test : deux

    ```sortie
    2
    ```

    ### Indice

    a

    ### Indice

    b

    ### Solution

    ```ardoise
    afficher 2
    ```
    """

    @Test func acceptsAGoodLesson() {
        #expect(issues(lesson).filter(\.isError).isEmpty)
    }

    @Test func reportsAWrongSolutionAtTheTestLine() throws {
        let found = issues(lesson.replacingOccurrences(of: "afficher 2\n```", with: "afficher 3\n```"))
        let issue = try #require(found.first { $0.isError })
        #expect(issue.line == 24)
        #expect(issue.message.contains("la solution de « e » échoue au test « deux »"))
        #expect(issue.hint?.contains("« 3 »") == true)
    }

    @Test func reportsAStarterThatAlreadyPasses() throws {
        let found = issues(lesson.replacingOccurrences(of: "afficher 1", with: "afficher 2"))
        let issue = try #require(found.first { $0.isError })
        #expect(issue.line == 20)
        #expect(issue.message.contains("réussit déjà"))
    }

    @Test func reportsSyntaxErrorsAtLessonLines() throws {
        let broken = issues(lesson.replacingOccurrences(of: "afficher \"ok\"", with: "si vrai alors afficher 1"))
        let example = try #require(broken.first { $0.isError })
        #expect(example.line == 9)
        #expect(example.message.hasPrefix("cet exemple contient une erreur de syntaxe"))
        let solution = issues(lesson.replacingOccurrences(of: "afficher 2\n```", with: "afficher (2\n```"))
        #expect(solution.first { $0.isError }?.line == 41)
    }

    @Test func reportsAnUnknownForbiddenBuiltin() throws {
        let found = issues(lesson.replacingOccurrences(of: "- identifiant : e", with: "- identifiant : e\n- interdit : trie"))
        let issue = try #require(found.first { $0.isError })
        #expect(issue.message.contains("« trie »"))
        #expect(issue.hint == "voulais-tu écrire « trier » ?")
    }

    @Test func reportsACheckTestThatChecksNothing() throws {
        let text = lesson.replacingOccurrences(of: "```sortie\n2\n```", with: "```ardoise\nx <- 1\n```")
        let issue = try #require(issues(text).first { $0.isError })
        #expect(issue.message.contains("aucune vérification"))
    }
}
