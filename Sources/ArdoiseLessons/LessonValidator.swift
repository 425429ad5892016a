import Ardoise
import FoundationEssentials

/// `ardoise valider`: everything a formateur must know before learners meet a lesson.
/// Every ```ardoise block parses; every exercise's solution passes all its tests; every starter
/// fails at least one; forbidden names are real built-ins; every check test checks something.
/// All problems come with the lesson file's own line numbers.
public struct LessonValidator {
    public var grader: Grader

    public init(grader: Grader = Grader()) {
        self.grader = grader
    }

    /// The library's own problems (parsing, duplicates) followed by those found by running the code.
    public func validate(_ library: LessonLibrary) -> [LessonIssue] {
        var issues = library.issues
        for lesson in library.lessons {
            issues += validate(lesson)
        }
        return issues
    }

    public func validate(_ lesson: Lesson) -> [LessonIssue] {
        var issues: [LessonIssue] = []
        let path = lesson.path

        // Examples, statements and hints: ```ardoise blocks must be correct code.
        var examples: [CodeBlock] = []
        func collect(_ blocks: [LessonBlock]) {
            for case .code(let block) in blocks where block.info == "ardoise" { examples.append(block) }
        }
        collect(lesson.body)
        for exercise in lesson.exercises {
            collect(exercise.statement)
            exercise.hints.forEach(collect)
        }
        for block in examples {
            issues += syntaxIssues(in: block, path: path, what: "cet exemple")
        }

        for exercise in lesson.exercises {
            issues += validate(exercise, path: path)
        }
        return issues
    }

    private func validate(_ exercise: Exercise, path: String) -> [LessonIssue] {
        var issues: [LessonIssue] = []
        let name = "« \(exercise.id) »"

        let known = Language.builtinNames
        for forbidden in exercise.constraints.forbiddenBuiltins
        where !known.contains(where: { FrenchText.fold($0) == FrenchText.fold(forbidden) }) {
            let suggestion = FrenchText.suggestion(for: forbidden, among: known)
            issues.append(LessonIssue(path: path, line: exercise.line,
                message: "l'exercice \(name) interdit « \(forbidden) », qui n'est pas une fonction d'Ardoise.",
                hint: suggestion.map { "voulais-tu écrire « \($0) » ?" }
                    ?? "les fonctions d'Ardoise sont : \(known.joined(separator: ", "))."))
        }

        let starterSyntax = syntaxIssues(in: exercise.starter, path: path, what: "le code de départ de \(name)")
        let solutionSyntax = syntaxIssues(in: exercise.solution, path: path, what: "la solution de \(name)")
        var testSyntax: [LessonIssue] = []
        for test in exercise.tests {
            if let code = test.checkCode {
                testSyntax += syntaxIssues(in: code, path: path, what: "le test « \(test.name) »")
            }
        }
        issues += starterSyntax + solutionSyntax + testSyntax
        guard solutionSyntax.isEmpty, testSyntax.isEmpty else { return issues }

        // The solution must pass every test: otherwise the tests (or the solution) are wrong.
        let solutionResult = grader.grade(exercise.solution.textAlignedOnLessonLines,
                                          fileName: path, exercise: exercise)
        if solutionResult.status == .error {
            for stop in solutionResult.rejection {
                issues.append(LessonIssue(path: path, line: stop.line,
                    message: "la solution de \(name) est refusée : \(stop.message).", hint: stop.hint))
            }
        } else {
            for (test, result) in zip(exercise.tests, solutionResult.tests) where result.status != .pass {
                var hint: String?
                if let expected = test.expectedOutput, result.stop == nil {
                    hint = "attendu : \(Self.quoted(expected)) ; la solution affiche : \(Self.quoted(result.obtainedOutput))."
                }
                issues.append(LessonIssue(path: path, line: test.line,
                    message: "la solution de \(name) échoue au test « \(test.name) » : \(result.message)",
                    hint: hint ?? "corrige le test ou la solution : la solution doit réussir tous les tests."))
            }
        }

        // The starter must fail: a learner who changes nothing must not get full marks.
        if starterSyntax.isEmpty {
            let starterResult = grader.grade(exercise.starter.textAlignedOnLessonLines, fileName: path, exercise: exercise)
            if starterResult.status == .pass {
                issues.append(LessonIssue(path: path, line: exercise.starter.firstLine - 1,
                    message: "le code de départ de \(name) réussit déjà tous les tests.",
                    hint: "un apprenant qui ne change rien ne doit pas réussir : ajoute un test, ou laisse moins de code au départ."))
            }
        }
        return issues
    }

    /// Syntax errors of a block, at the lesson file's lines. Only the grammar is checked: an example
    /// may use a variable defined in an earlier example, or call a function of the learner.
    private func syntaxIssues(in block: CodeBlock, path: String, what: String) -> [LessonIssue] {
        LessonSyntax.errors(in: block.textAlignedOnLessonLines).map { diagnostic in
            LessonIssue(path: path, line: diagnostic.location.line,
                        message: "\(what) contient une erreur de syntaxe (colonne \(diagnostic.location.column)) : \(diagnostic.message).",
                        hint: diagnostic.hintText)
        }
    }

    private static func quoted(_ lines: [String]) -> String {
        lines.isEmpty ? "(rien)" : lines.map { "« \($0) »" }.joined(separator: " / ")
    }
}

/// Checks that a piece of code follows the grammar.
enum LessonSyntax {
    /// The language module runs the whole pipeline at once; a rejection whose diagnostics are syntax
    /// errors tells the grammar was not followed. Code that parses may start to run: it does so on
    /// an empty console with a tiny budget, and whatever it does then is ignored.
    static func errors(in text: String) -> [Diagnostic] {
        var limits = Limits.grading
        limits.maxSteps = 1_000
        limits.maxSeconds = 0.5
        limits.maxOutputBytes = 10_000
        let session = Session(console: BufferConsole(), options: RunOptions(limits: limits, seed: 1))
        let result = session.run(Source(name: "exemple", text: text))
        guard result.outcome == .rejected else { return [] }
        return result.diagnostics.filter { $0.category == .syntax || $0.category == .input }
    }
}
