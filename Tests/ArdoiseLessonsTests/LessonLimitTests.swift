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
        - mémoire maximum : 50 Mo

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

    /// The memory limit counts what the whole process allocates since the run started: tests
    /// running at the same time would count too. The other limits are tested without it.
    static func exerciseWithoutMemoryLimit() throws -> Exercise {
        var exercise = try exercise()
        exercise.constraints.maxMemoryBytes = nil
        return exercise
    }

    @Test("The six limit fields are read")
    func read() throws {
        let limits = Grader().options(for: try Self.exercise()).limits
        #expect(limits.maxSteps == 5_000)
        #expect(limits.maxSeconds == 0.5)
        #expect(limits.maxOutputBytes == 300)
        #expect(limits.maxCallDepth == 50)
        #expect(limits.maxCollectionLength == 1_000)
        #expect(limits.maxMemoryBytes == 50_000_000)
    }

    @Test("A submission past each limit stops with its code", arguments: [
        ("tant que vrai faire\nfin tant que\n", "E0401"),
        ("tant que vrai faire\n  afficher \"x\"\nfin tant que\n", "E0403"),
        ("fonction f(n)\n  retourner f(n + 1)\nfin fonction\nafficher f(0)\n", "E0321"),
        ("l <- [0]\ntant que vrai faire\n  l <- l + l\nfin tant que\n", "E0404"),
        ("t <- \"a\" * 2000\n", "E0404"),
    ])
    func applied(program: String, code: String) throws {
        let result = Grader().grade(program, fileName: "limites.ard", exercise: try Self.exerciseWithoutMemoryLimit())
        let test = try #require(result.tests.first)
        #expect(test.stop?.kind == .limit || test.stop?.kind == .runtime)
        #expect(test.stop?.code == code, "\(test.message)")
    }

    @Test("The memory limit: many lists, each under the size limit")
    func memory() throws {
        var exercise = try Self.exercise()
        exercise.constraints.maxSteps = nil
        exercise.constraints.maxSeconds = nil
        // Lists of 999 lists of 999 integers (16 Mo each), every list under the size limit,
        // kept one after the other: past 50 Mo after a few turns.
        let program = """
            l <- []
            répéter 999 fois
              ajouter(l, 1)
            fin répéter
            tout <- []
            tant que vrai faire
              m <- []
              répéter 999 fois
                ajouter(m, l + [])
              fin répéter
              ajouter(tout, m)
            fin tant que
            """
        var grader = Grader()
        grader.baseLimits.maxSteps = nil
        grader.baseLimits.maxSeconds = nil
        let result = grader.grade(program, fileName: "limites.ard", exercise: exercise)
        #expect(result.tests.first?.stop?.code == "E0406", "\(result.tests.first?.message ?? "")")
    }

    @Test("The time limit, with no step budget")
    func time() throws {
        var exercise = try Self.exerciseWithoutMemoryLimit()
        exercise.constraints.maxSteps = nil
        var grader = Grader()
        grader.baseLimits.maxSteps = nil
        grader.baseLimits.maxMemoryBytes = nil
        let start = Date()
        let result = grader.grade("i <- 0\ntant que vrai faire\n  i <- i + 1\nfin tant que\n", fileName: "limites.ard",
                                  exercise: exercise)
        #expect(result.tests.first?.stop?.code == "E0402")
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
