import Foundation
import Testing
import Ardoise
@testable import ArdoiseLessons

/// The sample course, loaded once.
private let course = LessonLibrary.load(directory: TestSupport.fixtureLessonsDirectory)

private func exercise(_ id: String) throws -> Exercise {
    try #require(course.exercise(withID: id)?.exercise, "exercice \(id) absent des leçons")
}

private func grade(_ text: String, _ id: String) throws -> ExerciseResult {
    Grader().grade(text, fileName: "\(id).ard", exercise: try exercise(id))
}

/// A small exercise with a tight step budget, for hostile submissions: they must end fast.
private let hostileLesson = """
---
titre : Hostile
ordre : 99
objectifs :
  - tester le correcteur
---

## Exercice : Carré

- identifiant : carre
- étapes maximum : 200 000
- sortie maximum : 2 000
- profondeur maximum : 500

### Code de départ

```ardoise
fonction carré(n)
    retourner 0
fin fonction
```

### Test : sortie

```sortie
9
```

### Test : vérification

```ardoise
vérifier carré(3) = 9
vérifier carré(-2) = 4
```

### Indice

Multiplie.

### Indice

n * n

### Solution

```ardoise
fonction carré(n)
    retourner n * n
fin fonction
afficher carré(3)
```
"""

private func hostileExercise() throws -> Exercise {
    try #require(LessonParser.parse(hostileLesson, path: "hostile.md").lesson?.exercises.first)
}

@Suite("Grader")
struct GraderTests {
    @Test func passesACorrectProgram() throws {
        let result = try grade("afficher \"Bonjour le monde !\"\n", "premier-message")
        #expect(result.status == .pass)
        #expect(result.score == 1)
        #expect(result.message == "Bravo ! Le test est réussi.")
        #expect(result.tests.first?.obtainedOutput == ["Bonjour le monde !"])
    }

    @Test func showsALineDiffForAWrongOutput() throws {
        let result = try grade("afficher \"bonjour le monde !\"", "premier-message")
        #expect(result.status == .fail)
        let test = try #require(result.tests.first)
        #expect(test.status == .fail)
        #expect(test.diff == [.missing("Bonjour le monde !"), .extra("bonjour le monde !")])
        #expect(test.message.contains("Regarde les majuscules"))
    }

    @Test func ignoresPromptsAndTrailingSpaces() throws {
        let program = """
        m <- demander_nombre("Ton nombre de mois, s'il te plaît :")
        afficher "Total : {m * 15} euros   "
        """
        let result = try grade(program, "prix-du-forfait")
        #expect(result.status == .pass, "\(result.tests.map(\.message))")
    }

    @Test func feedsTheInputLinesToDemander() throws {
        let program = """
        mois <- demander_nombre("Combien de mois ?")
        afficher "Total : {mois * 12} euros"
        """
        let result = try grade(program, "prix-du-forfait")
        #expect(result.status == .fail)
        #expect(result.passedCount == 1)   // zéro mois: 0 * 12 = 0 * 15
        let first = try #require(result.tests.first)
        #expect(first.input == ["3"])
        #expect(first.obtainedOutput == ["Total : 36 euros"])
        #expect(first.message == "Ligne 1 : il fallait « Total : 45 euros », ton programme a affiché « Total : 36 euros ».")
        #expect(result.message == "1 test réussi sur 3.")
    }

    @Test func ignoresTheLearnersOwnChecksInTheOutput() throws {
        let program = """
        vérifier 1 + 1 = 2
        vérifier 1 = 2
        afficher "Bonjour le monde !"
        """
        let result = try grade(program, "premier-message")
        #expect(result.status == .pass, "\(result.tests.map(\.obtainedOutput))")
    }

    @Test func reportsBothValuesOfAFailedCheck() throws {
        let program = """
        fonction double(n)
            retourner n + 2
        fin fonction
        """
        let result = try grade(program, "double")
        #expect(result.status == .fail)
        let zero = try #require(result.tests.last)
        #expect(zero.status == .fail)
        let failure = try #require(zero.checkFailures.first)
        #expect(failure.message == "double(0) vaut 2, attendu 0")
        #expect(failure.actual == "2")
        #expect(failure.expected == "0")
        #expect(zero.message.contains("2 vérifications sur 2 échouent ; la première : double(0) vaut 2, attendu 0"))
    }

    @Test func saysWhenTheLearnersFunctionIsMissing() throws {
        let result = try grade("fonction doubler(n)\n    retourner 2 * n\nfin fonction\n", "double")
        #expect(result.status == .fail)
        let test = try #require(result.tests.first)
        #expect(test.status == .error)
        #expect(test.message.contains("nom de ta fonction"))
    }

    @Test func rejectsASyntaxErrorWithItsLine() throws {
        let result = try grade("afficher \"a\"\nsi x alors afficher 1\n", "premier-message")
        #expect(result.status == .error)
        let stop = try #require(result.rejection.first)
        #expect(stop.kind == .syntax)
        #expect(stop.line == 2)
        #expect(stop.rendered.contains("2 | si x alors afficher 1"))
        #expect(result.tests.allSatisfy { $0.status == .error })
        #expect(result.message.contains("ligne 2"))
        #expect(result.score == 0)
    }

    @Test func rejectsAForbiddenBuiltinButTheChecksMayUseIt() throws {
        let cheat = "fonction plus_grand(a, b)\n    retourner max(a, b)\nfin fonction\n"
        let result = try grade(cheat, "plus-grand")
        #expect(result.status == .error)
        #expect(result.rejection.first?.code == "E0209")
        #expect(result.rejection.first?.message.contains("interdite") == true)
        // lancer-de-de forbids nothing, but its check uses `trier`: still allowed in the tests.
        let dice = try grade("fonction lancer()\n    retourner aléatoire(1, 6)\nfin fonction\n", "lancer-de-de")
        #expect(dice.status == .pass, "\(dice.tests.map(\.message))")
    }

    @Test func isReproducibleWithTheExerciseSeed() throws {
        let program = "fonction lancer()\n    retourner aléatoire(1, 6)\nfin fonction\n"
        #expect(try grade(program, "lancer-de-de") == (try grade(program, "lancer-de-de")))
    }

    @Test func letsTheLessonOverrideLimits() throws {
        let exercise = try hostileExercise()
        let options = Grader().options(for: exercise)
        #expect(options.limits.maxSteps == 200_000)
        #expect(options.limits.maxOutputBytes == 2_000)
        #expect(options.limits.maxCallDepth == 500)
        #expect(options.seed == ExerciseConstraints.defaultSeed)
        #expect(options.limits.maxSeconds == Limits.grading.maxSeconds)
    }
}

@Suite("Grader on hostile submissions")
struct HostileSubmissionTests {
    private func gradeHostile(_ program: String) throws -> ExerciseResult {
        Grader().grade(program, fileName: "carre.ard", exercise: try hostileExercise())
    }

    @Test func stopsAnEndlessLoop() throws {
        let result = try gradeHostile("tant que vrai faire\n    x <- 1\nfin tant que\n")
        #expect(result.status == .fail)
        let test = try #require(result.tests.first)
        #expect(test.status == .error)
        #expect(test.stop?.kind == .limit)
        #expect(test.stop?.code == "E0401")
        #expect(test.message.contains("trop d'étapes"))
        #expect(test.message.hasPrefix("Ton programme s'est arrêté ligne 1"))
    }

    @Test func stopsAnEndlessLoopUnderTheDefaultLimits() throws {
        var exercise = try hostileExercise()
        exercise.constraints = ExerciseConstraints()
        exercise.tests = [exercise.tests[0]]
        let start = Date()
        let result = Grader().grade("i <- 0\ntant que i >= 0 faire\n    i <- i + 1\nfin tant que\n",
                                    fileName: "boucle.ard", exercise: exercise)
        #expect(result.tests.first?.stop?.kind == .limit)
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test func stopsARunawayRecursionInsideAFunctionCalledByATest() throws {
        let program = "fonction carré(n)\n    retourner carré(n + 1)\nfin fonction\n"
        let result = try gradeHostile(program)
        let check = try #require(result.tests.last)
        #expect(check.status == .error)
        #expect(check.stop?.code == "E0321")
        #expect(check.stop?.line == 2)
        #expect(check.message.contains("Pendant le test, ton programme s'est arrêté ligne 2"))
    }

    @Test func stopsAnOutputFlood() throws {
        let result = try gradeHostile("tant que vrai faire\n    afficher \"inondation !\"\nfin tant que\n")
        let test = try #require(result.tests.first)
        #expect(test.status == .error)
        #expect(test.stop?.code == "E0403")
        #expect(test.obtainedOutput.count <= 201)
        #expect(test.message.contains("trop affiché"))
    }

    @Test func stopsAProgramThatAsksTooManyQuestions() throws {
        let result = try gradeHostile("x <- demander(\"Encore ?\")\nafficher 9\n")
        let test = try #require(result.tests.first)
        #expect(test.status == .error)
        #expect(test.stop?.kind == .runtime)
    }

    @Test func survivesAHugeList() throws {
        let program = "l <- []\ntant que vrai faire\n    ajouter(l, 1)\nfin tant que\n"
        let result = try gradeHostile(program)
        #expect(result.tests.first?.status == .error)
    }

    @Test func gradesAnEmptyFile() throws {
        let result = try gradeHostile("")
        #expect(result.status == .fail)
        #expect(result.tests.first?.message == "Ton programme n'a rien affiché.")
    }

    @Test func neverLetsOneTestLeakIntoTheNext() throws {
        // A global counter would be 2 in the second test if sessions were shared.
        let program = """
        fonction carré(n)
            retourner n * n
        fin fonction
        afficher carré(3)
        """
        let result = try gradeHostile(program)
        #expect(result.status == .pass, "\(result.tests.map(\.message))")
    }
}

@Suite("Grader on exercises mixing functions and questions")
struct MixedExerciseTests {
    private let lesson = """
    ---
    titre : Mélange
    ordre : 5
    objectifs :
      - mélanger
    ---

    ## Exercice : Total

    - identifiant : total

    ### Code de départ

    ```ardoise
    fonction total(l)
        retourner 0
    fin fonction
    ```

    ### Test : fonction seule

    ```ardoise
    vérifier total([2, 3]) = 5
    ```

    ### Test : programme complet

    ```entrée
    5
    ```

    ```sortie
    Total : 6
    ```

    ### Indice

    a

    ### Indice

    b

    ### Solution

    ```ardoise
    fonction total(l)
        s <- 0
        pour chaque x dans l faire
            s <- s + x
        fin pour
        retourner s
    fin fonction

    prix <- demander_nombre("Un prix ?")
    afficher "Total : {total([prix, 1])}"
    ```
    """

    @Test func unansweredQuestionsDoNotFailACheckOnlyTest() throws {
        let parsed = LessonParser.parse(lesson, path: "l.md")
        let exercise = try #require(parsed.lesson?.exercises.first, "\(parsed.errors)")
        let result = Grader().grade(exercise.solution.text, fileName: "total.ard", exercise: exercise)
        #expect(result.status == .pass, "\(result.tests.map(\.message))")
        // But a real error in the program still counts.
        let crashing = exercise.solution.text.replacingOccurrences(of: "prix <- demander_nombre(\"Un prix ?\")", with: "prix <- 1 / 0")
        let crashed = Grader().grade(crashing, fileName: "total.ard", exercise: exercise)
        #expect(crashed.tests[0].status == .error)
    }
}
