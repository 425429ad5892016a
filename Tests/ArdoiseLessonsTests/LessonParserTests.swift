import Testing
@testable import ArdoiseLessons

/// A small but complete lesson; each test below breaks one thing in it.
private let validLesson = """
---
titre : Afficher
ordre : 1
objectifs :
  - afficher du texte
---

# Afficher

Du texte.

```ardoise
afficher "Bonjour"
```

## Exercice : Dire bonjour

- identifiant : dire-bonjour
- interdit : trier, max
- graine : 42
- étapes maximum : 100 000
- durée maximum : 0,5 s

Affiche bonjour.

### Code de départ

```ardoise
# à toi
```

### Test : le message

```entrée
Samia
```

```sortie
Bonjour Samia
```

### Test

```ardoise
vérifier vrai
```

### Indice 1

Utilise afficher.

### Indice 2

Utilise `demander`.

### Solution

```ardoise
nom <- demander("Ton nom ?")
afficher "Bonjour {nom}"
```

## Ce qu'il faut retenir

C'est tout.
"""

private func parse(_ text: String) -> LessonParseResult {
    LessonParser.parse(text, path: "lessons/01-afficher.md")
}

/// The first error of a parse, for tests that break one thing.
private func firstError(_ text: String) -> LessonIssue? {
    parse(text).errors.first
}

@Suite("Lesson file parser")
struct LessonParserTests {
    @Test func readsACompleteLesson() throws {
        let result = parse(validLesson)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let lesson = try #require(result.lesson)
        #expect(lesson.id == "01-afficher")
        #expect(lesson.shortName == "afficher")
        #expect(lesson.title == "Afficher")
        #expect(lesson.order == 1)
        #expect(lesson.objectives == ["afficher du texte"])
        #expect(lesson.exercises.count == 1)

        let exercise = try #require(lesson.exercise(withID: "dire-bonjour"))
        #expect(exercise.title == "Dire bonjour")
        #expect(exercise.line == 16)
        #expect(exercise.lessonID == "01-afficher")
        #expect(exercise.constraints.forbiddenBuiltins == ["trier", "max"])
        #expect(exercise.constraints.seed == 42)
        #expect(exercise.constraints.maxSteps == 100_000)
        #expect(exercise.constraints.maxSeconds == 0.5)
        #expect(exercise.starter.text == "# à toi")
        #expect(exercise.starter.firstLine == 29)
        #expect(exercise.tests.count == 2)
        #expect(exercise.tests[0].name == "le message")
        #expect(exercise.tests[0].input == ["Samia"])
        #expect(exercise.tests[0].expectedOutput == ["Bonjour Samia"])
        #expect(exercise.tests[1].name == "Test 2")
        #expect(exercise.tests[1].checkCode?.text == "vérifier vrai")
        #expect(exercise.hints.count == 2)
        #expect(exercise.solution.lines.count == 2)
        #expect(exercise.solution.firstLine == 59)
        #expect(exercise.statement == [.text(lines: ["Affiche bonjour."], line: 24)])
    }

    @Test func keepsTheBodyInFileOrder() throws {
        let lesson = try #require(parse(validLesson).lesson)
        #expect(lesson.body == [
            .heading(level: 1, text: "Afficher", line: 8),
            .text(lines: ["Du texte."], line: 10),
            .code(CodeBlock(info: "ardoise", text: "afficher \"Bonjour\"", firstLine: 13)),
            .exercise(id: "dire-bonjour"),
            .heading(level: 2, text: "Ce qu'il faut retenir", line: 63),
            .text(lines: ["C'est tout."], line: 65),
        ])
    }

    @Test func alignsCodeOnLessonLines() {
        let block = CodeBlock(info: "ardoise", text: "a <- 1\nb <- 2", firstLine: 4)
        #expect(block.textAlignedOnLessonLines == "\n\n\na <- 1\nb <- 2")
    }

    @Test func acceptsWindowsLineBreaksAndAByteOrderMark() throws {
        let text = "\u{FEFF}" + validLesson.replacingOccurrences(of: "\n", with: "\r\n")
        let lesson = try #require(parse(text).lesson)
        #expect(lesson.exercises.first?.solution.firstLine == 59)
    }

    @Test func ignoresCaseAndAccentsInTitlesAndFields() throws {
        let text = validLesson
            .replacingOccurrences(of: "### Code de départ", with: "### CODE DE DEPART")
            .replacingOccurrences(of: "- identifiant :", with: "- Identifiant:")
            .replacingOccurrences(of: "titre :", with: "Titre:")
        #expect(parse(text).errors.isEmpty)
    }

    @Test func reportsAnUnknownFrontMatterFieldWithASuggestion() throws {
        let issue = try #require(firstError(validLesson.replacingOccurrences(of: "ordre : 1", with: "odre : 1")))
        #expect(issue.line == 3)
        #expect(issue.message.contains("champ inconnu « odre »"))
        #expect(issue.hint == "voulais-tu écrire « ordre » ?")
    }

    @Test func requiresTheFrontMatter() throws {
        let issue = try #require(firstError("# Afficher\n"))
        #expect(issue.line == 1)
        #expect(issue.message.contains("fiche"))
        let unclosed = try #require(firstError("---\ntitre : A\n"))
        #expect(unclosed.message.contains("jamais fermée"))
    }

    @Test func reportsABadOrder() throws {
        let issue = try #require(firstError(validLesson.replacingOccurrences(of: "ordre : 1", with: "ordre : premier")))
        #expect(issue.line == 3)
        #expect(issue.message.contains("nombre entier positif"))
    }

    @Test func reportsAMissingSolutionAtTheExerciseHeading() throws {
        let text = validLesson.replacingOccurrences(of: "### Solution", with: "")
            .replacingOccurrences(of: "nom <- demander", with: "nom <- demander")
        let result = parse(text)
        #expect(result.lesson == nil)
        let issue = try #require(result.errors.first { $0.message.contains("n'a pas de solution") })
        #expect(issue.line == 16)
        #expect(issue.message.contains("« dire-bonjour »"))
    }

    @Test func reportsAnUnknownSectionWithASuggestion() throws {
        let issue = try #require(firstError(validLesson.replacingOccurrences(of: "### Solution", with: "### Soluton")))
        #expect(issue.line == 56)
        #expect(issue.hint == "voulais-tu écrire « ### Solution » ?")
    }

    @Test func reportsAnUnclosedCodeBlock() throws {
        let text = validLesson.replacingOccurrences(of: "afficher \"Bonjour {nom}\"\n```", with: "afficher \"Bonjour {nom}\"")
        let issue = try #require(parse(text).errors.first { $0.message.contains("jamais fermé") })
        #expect(issue.line == 58)
    }

    @Test func reportsAnInvalidIdentifierWithAProposal() throws {
        let issue = try #require(firstError(validLesson.replacingOccurrences(of: "dire-bonjour", with: "Dire Bonjour")))
        #expect(issue.line == 18)
        #expect(issue.hint?.contains("« dire-bonjour »") == true)
    }

    @Test func reportsAMissingIdentifier() throws {
        let issue = try #require(firstError(validLesson.replacingOccurrences(of: "- identifiant : dire-bonjour\n", with: "")))
        #expect(issue.line == 16)
        #expect(issue.message.contains("n'a pas d'identifiant"))
    }

    @Test func reportsAnUnknownExerciseField() throws {
        let issue = try #require(firstError(validLesson.replacingOccurrences(of: "- graine : 42", with: "- grainne : 42")))
        #expect(issue.line == 20)
        #expect(issue.hint == "voulais-tu écrire « graine » ?")
    }

    @Test func reportsBadLimits() throws {
        let steps = try #require(firstError(validLesson.replacingOccurrences(of: "100 000", with: "beaucoup")))
        #expect(steps.line == 21)
        let seconds = try #require(firstError(validLesson.replacingOccurrences(of: "0,5 s", with: "rapide")))
        #expect(seconds.line == 22)
    }

    @Test func reportsATestThatChecksNothing() throws {
        let text = validLesson.replacingOccurrences(of: "```sortie\nBonjour Samia\n```", with: "")
        let issue = try #require(firstError(text))
        #expect(issue.line == 32)
        #expect(issue.message.contains("ne dit pas quoi vérifier"))
    }

    @Test func reportsAnUnlabelledBlockInATest() throws {
        let issue = try #require(firstError(validLesson.replacingOccurrences(of: "```entrée", with: "```")))
        #expect(issue.line == 34)
        #expect(issue.hint?.contains("```entrée") == true)
    }

    @Test func reportsDuplicateExerciseIdentifiers() throws {
        let exercise = validLesson.components(separatedBy: "## Exercice")[1].components(separatedBy: "## Ce qu")[0]
        let text = validLesson.replacingOccurrences(of: "## Ce qu'il", with: "## Exercice" + exercise + "## Ce qu'il")
        let issue = try #require(firstError(text))
        #expect(issue.message.contains("déjà celui de l'exercice de la ligne 16"))
    }

    @Test func warnsAboutTooFewHints() throws {
        let text = validLesson.replacingOccurrences(of: "### Indice 2\n\nUtilise `demander`.\n", with: "")
        let result = parse(text)
        #expect(result.lesson != nil)
        #expect(result.warnings.contains { $0.message.contains("qu'un indice") })
    }

    @Test func describesAnIssueWithFileAndLine() {
        let issue = LessonIssue(path: "lessons/a.md", line: 3, message: "champ inconnu.", hint: "voulais-tu…")
        #expect(issue.description == "lessons/a.md, ligne 3 : erreur : champ inconnu.\n  Astuce : voulais-tu…")
    }
}

@Suite("The documentation's template")
struct DocumentationTemplateTests {
    @Test func parsesWithoutAnyIssue() throws {
        let template = try TestSupport.documentationTemplate()
        #expect(!template.isEmpty)
        let result = LessonParser.parse(template, path: "lessons/04-conditions.md")
        #expect(result.issues.isEmpty, "\(result.issues.map(\.description).joined(separator: "\n"))")
        let exercise = try #require(result.lesson?.exercise(withID: "tarif-cinema"))
        #expect(exercise.tests.count == 3)
        #expect(exercise.hints.count == 3)
        #expect(exercise.constraints.forbiddenBuiltins == ["max", "min"])
    }

    @Test func commentsAreNeverShown() throws {
        let lesson = try #require(LessonParser.parse(try TestSupport.documentationTemplate(), path: "l.md").lesson)
        for block in lesson.body {
            if case .text(let lines, _) = block { #expect(!lines.joined().contains("<!--")) }
        }
    }
}

@Suite("Exercise fiche")
struct ExerciseFicheTests {
    private func exercise(_ fiche: String) -> (Exercise?, [LessonIssue]) {
        let text = """
        ---
        titre : T
        ordre : 1
        objectifs :
          - o
        ---

        ## Exercice 2 : Essai
        \(fiche)

        - un élément de l'énoncé

        ### Code de départ

        ```ardoise
        ```

        ### Test

        ```sortie
        1
        ```

        ### Solution

        ```ardoise
        afficher 1
        ```
        """
        let result = LessonParser.parse(text, path: "l.md")
        return (result.lesson?.exercises.first, result.errors)
    }

    @Test func forgivesABlankLineBetweenKnownFields() throws {
        let (found, errors) = exercise("- identifiant : essai\n\n- interdit : trier\n- graine : 3")
        #expect(errors.isEmpty)
        let parsed = try #require(found)
        #expect(parsed.title == "Essai")
        #expect(parsed.constraints.forbiddenBuiltins == ["trier"])
        #expect(parsed.constraints.seed == 3)
        #expect(parsed.statement == [.text(lines: ["- un élément de l'énoncé"], line: 14)])
    }

    @Test func acceptsAnEmptyStarter() throws {
        let (found, errors) = exercise("- identifiant : essai")
        #expect(errors.isEmpty)
        #expect(found?.starter.text == "")
    }
}
