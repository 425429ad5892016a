import Ardoise
import Foundation
import Testing
@testable import ArdoiseLessons

/// Each limit an exercise's fiche may set (docs/ecrire-une-lecon.md) is read and applied:
/// a submission that goes past it stops with that limit's message.
@Suite("Limits set by a lesson file")
struct LessonLimitTests {
    static let lesson = """
        ---
        titre : Limites
        ordre : 98
        objectifs :
          - tester les limites
        ---

        ## Exercice : Limites

        - identifiant : limites
        - étapes maximum : 5 000
        - durée maximum : 0,5 s
        - sortie maximum : 300
        - profondeur maximum : 50
        - taille maximum : 1 000

        ### Code de départ

        ```ardoise
        afficher 0
        ```

        ### Test : sortie

        ```sortie
        1
        ```

        ### Indice

        Affiche 1.

        ### Indice

        afficher 1

        ### Solution

        ```ardoise
        afficher 1
        ```
        """

    static func exercise() throws -> Exercise {
        let parsed = LessonParser.parse(lesson, path: "limites.md")
        #expect(parsed.errors.isEmpty, "\(parsed.errors)")
        return try #require(parsed.lesson?.exercises.first)
    }

    @Test("The five limit fields are read")
    func read() throws {
        let limits = Grader().options(for: try Self.exercise()).limits
        #expect(limits.maxSteps == 5_000)
        #expect(limits.maxSeconds == 0.5)
        #expect(limits.maxOutputBytes == 300)
        #expect(limits.maxCallDepth == 50)
        #expect(limits.maxCollectionLength == 1_000)
    }

    @Test("A submission past each limit stops with its code", arguments: [
        ("tant que vrai faire\nfin tant que\n", "E0401"),
        ("tant que vrai faire\n  afficher \"x\"\nfin tant que\n", "E0403"),
        ("fonction f(n)\n  retourner f(n + 1)\nfin fonction\nafficher f(0)\n", "E0321"),
        ("l <- [0]\ntant que vrai faire\n  l <- l + l\nfin tant que\n", "E0404"),
        ("t <- \"a\" * 2000\n", "E0404"),
    ])
    func applied(program: String, code: String) throws {
        let result = Grader().grade(program, fileName: "limites.ard", exercise: try Self.exercise())
        let test = try #require(result.tests.first)
        #expect(test.stop?.kind == .limit || test.stop?.kind == .runtime)
        #expect(test.stop?.code == code, "\(test.message)")
    }

    @Test("The time limit, with no step budget")
    func time() throws {
        var exercise = try Self.exercise()
        exercise.constraints.maxSteps = nil
        var grader = Grader()
        grader.baseLimits.maxSteps = nil
        let start = Date()
        let result = grader.grade("i <- 0\ntant que vrai faire\n  i <- i + 1\nfin tant que\n", fileName: "limites.ard",
                                  exercise: exercise)
        #expect(result.tests.first?.stop?.code == "E0402")
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
