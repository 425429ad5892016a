import Ardoise
import FoundationEssentials

/// Grades a submission against an exercise, inside this process, under the sandbox limits:
/// an endless loop, a runaway recursion or an output flood ends as a failed test with a clear
/// message, never as a hang or a crash. Each test runs in a fresh session, so one test's
/// variables or random draws never leak into the next, and the same file always gets the same grade.
public struct Grader: Sendable {
    /// The limits an exercise starts from before its own constraints apply.
    public var baseLimits: Limits
    /// How many printed lines a result keeps (the rest is summarised).
    public var keptOutputLines = 200

    public init(baseLimits: Limits = .grading) {
        self.baseLimits = baseLimits
    }

    public func options(for exercise: Exercise) -> RunOptions {
        var limits = baseLimits
        let constraints = exercise.constraints
        if let steps = constraints.maxSteps { limits.maxSteps = steps }
        if let seconds = constraints.maxSeconds { limits.maxSeconds = seconds }
        if let bytes = constraints.maxOutputBytes { limits.maxOutputBytes = bytes }
        if let depth = constraints.maxCallDepth { limits.maxCallDepth = depth }
        if let length = constraints.maxCollectionLength { limits.maxCollectionLength = length }
        if let bytes = constraints.maxMemoryBytes { limits.maxMemoryBytes = bytes }
        return RunOptions(limits: limits, seed: constraints.seed ?? ExerciseConstraints.defaultSeed,
                          forbiddenBuiltins: Set(constraints.forbiddenBuiltins))
    }

    /// Grades `text` (the content of the learner's file named `fileName`).
    public func grade(_ text: String, fileName: String, exercise: Exercise) -> ExerciseResult {
        let submission = Source(name: fileName, text: text)
        var tests: [TestResult] = []
        for test in exercise.tests {
            switch run(test, submission: submission, exercise: exercise) {
            case .rejected(let stops):
                return rejectedResult(stops, fileName: fileName, exercise: exercise)
            case .graded(let result):
                tests.append(result)
            }
        }
        let passed = tests.filter { $0.status == .pass }.count
        let status: GradingStatus = passed == tests.count ? .pass : .fail
        let message = status == .pass
            ? (tests.count == 1 ? "Bravo ! Le test est réussi." : "Bravo ! Les \(tests.count) tests sont réussis.")
            : "\(passed) test\(passed > 1 ? "s" : "") réussi\(passed > 1 ? "s" : "") sur \(tests.count)."
        return ExerciseResult(exerciseID: exercise.id, lessonID: exercise.lessonID, file: fileName,
                              status: status, message: message, tests: tests)
    }

    private enum TestOutcome {
        case graded(TestResult)
        case rejected([ProgramStop])
    }

    private func run(_ test: ExerciseTest, submission: Source, exercise: Exercise) -> TestOutcome {
        let console = BufferConsole(input: test.input)
        let session = Session(console: console, options: options(for: exercise))
        let learnerRun = session.run(submission)
        if learnerRun.outcome == .rejected {
            return .rejected(learnerRun.diagnostics.map { stop(for: $0, in: session, fallback: submission) })
        }
        // The learner's own `vérifier` lines and their summary are not part of the compared output.
        let printed = Self.removingOwnChecks(console.output, learnerRun)
        let obtained = OutputComparison.normalizedLines(printed)
        var result = TestResult(name: test.name, status: .pass, message: "Réussi.", input: test.input,
                                expectedOutput: test.expectedOutput, obtainedOutput: kept(obtained))
        var problems: [String] = []

        if let expected = test.expectedOutput, !OutputComparison.matches(expected: expected, obtained: obtained) {
            result.diff = OutputComparison.diff(expected: expected, obtained: kept(obtained))
            result.status = .fail
            if learnerRun.outcome == .completed {
                problems.append(OutputComparison.firstDifference(expected: expected, obtained: obtained) ?? "")
            }
        }

        // A test without expected output only calls the learner's functions: when the program's own
        // questions go unanswered there (no ```entrée block), it stopped after defining them — not a fault.
        let stoppedOnlyForInput = test.expectedOutput == nil && test.checkCode != nil
            && learnerRun.outcome == .failed && learnerRun.diagnostics.first?.code.rawValue == Self.noInputLeftCode
        if learnerRun.outcome != .completed, !stoppedOnlyForInput, let diagnostic = learnerRun.diagnostics.first {
            let stop = stop(for: diagnostic, in: session, fallback: submission)
            result.stop = stop
            result.status = .error
            problems.insert(Self.stopSentence(stop), at: 0)
        } else if let checkCode = test.checkCode {
            // The formateur's checks may use what the learner may not (`trier` to check a sort).
            session.options.forbiddenBuiltins = []
            let checkSource = Source(name: "test « \(test.name) »", text: checkCode.textAlignedOnLessonLines)
            let checkRun = session.run(checkSource)
            switch checkRun.outcome {
            case .rejected:
                let first = checkRun.diagnostics.first
                let why = first.map { $0.message } ?? "erreur inconnue"
                result.status = .error
                result.stop = first.map { stop(for: $0, in: session, fallback: checkSource) }
                result.stop?.line = 0
                result.stop?.column = 0
                problems.append("Le test n'a pas pu appeler ton code : \(why). Vérifie le nom de ta fonction et son nombre de paramètres, comme dans l'énoncé.")
            case .failed, .interrupted:
                if let diagnostic = checkRun.diagnostics.first {
                    let stop = stop(for: diagnostic, in: session, fallback: checkSource)
                    result.stop = stop
                    problems.append(Self.stopSentence(stop, duringCheck: true))
                }
                result.status = .error
            case .completed:
                break
            }
            result.checkFailures = checkRun.checkFailures.map(Self.report)
            if !checkRun.checkFailures.isEmpty {
                if result.status == .pass { result.status = .fail }
                let total = checkRun.checksPassed + checkRun.checksFailed
                let first = result.checkFailures[0]
                problems.append(checkRun.checksFailed == 1 && total == 1
                    ? "Vérification échouée : \(first.message)."
                    : "\(checkRun.checksFailed) vérification\(checkRun.checksFailed > 1 ? "s" : "") sur \(total) échoue\(checkRun.checksFailed > 1 ? "nt" : "") ; la première : \(first.message).")
            } else if checkRun.outcome == .completed && checkRun.checksPassed == 0 {
                result.status = .fail
                problems.append("Ce test ne contient aucune vérification : signale-le à ta formatrice ou ton formateur.")
            }
        }
        if result.status != .pass {
            result.message = problems.filter { !$0.isEmpty }.joined(separator: " ")
            if result.message.isEmpty { result.message = "Le résultat n'est pas celui attendu." }
        }
        return .graded(result)
    }

    /// `demander` with no input left (the language's E0309).
    static let noInputLeftCode = "E0309"

    /// A check failure as a learner reads it: `double(-3) vaut 3, attendu -6`, without the line
    /// number, which points into the lesson file, not into the learner's program.
    static func report(_ failure: CheckFailure) -> CheckFailureReport {
        var message = failure.message
        if let range = message.firstRange(of: ") : ") ?? message.firstRange(of: " : ") {
            message = String(message[range.upperBound...])
        }
        if message.isEmpty { message = "« \(failure.expression) » est faux" }
        return CheckFailureReport(line: failure.line, message: message, expected: failure.expected, actual: failure.actual)
    }

    /// The output without the lines the language printed for the learner's own checks.
    static func removingOwnChecks(_ output: String, _ run: RunResult) -> String {
        guard run.checksPassed + run.checksFailed > 0 else { return output }
        var lines = output.components(separatedBy: "\n")
        let failureLines = Set(run.checkFailures.map(\.message))
        lines.removeAll { failureLines.contains($0) }
        if let summary = lines.lastIndex(where: { $0.hasPrefix("Vérifications :") }) { lines.remove(at: summary) }
        return lines.joined(separator: "\n")
    }

    private func kept(_ lines: [String]) -> [String] {
        guard lines.count > keptOutputLines else { return lines }
        return Array(lines.prefix(keptOutputLines)) + ["… (\(lines.count - keptOutputLines) lignes de plus)"]
    }

    private func stop(for diagnostic: Diagnostic, in session: Session, fallback: Source) -> ProgramStop {
        let source = session.source(of: diagnostic) ?? fallback
        let kind: ProgramStop.Kind
        switch diagnostic.category {
        case .syntax, .input: kind = .syntax
        case .static: kind = .static
        case .limit: kind = diagnostic.code.rawValue == "E0405" ? .interrupted : .limit
        case .runtime, .check: kind = .runtime
        }
        var stop = ProgramStop(code: diagnostic.code.rawValue, kind: kind, line: diagnostic.location.line,
                               column: diagnostic.location.column, message: diagnostic.message,
                               hint: diagnostic.hintText,
                               rendered: DiagnosticRenderer(color: false).render(diagnostic, source: source))
        // An error inside the formateur's test code has no place in the learner's file.
        if source.name.hasPrefix("test « ") { stop.line = 0; stop.column = 0 }
        return stop
    }

    static func stopSentence(_ stop: ProgramStop, duringCheck: Bool = false) -> String {
        let place = stop.line > 0 ? " ligne \(stop.line)" : ""
        let when = duringCheck ? "Pendant le test, ton programme s'est arrêté" : "Ton programme s'est arrêté"
        var sentence = "\(when)\(place) : \(stop.message)."
        if let hint = stop.hint { sentence += " Astuce : \(hint)" }
        return sentence
    }

    private func rejectedResult(_ stops: [ProgramStop], fileName: String, exercise: Exercise) -> ExerciseResult {
        let first = stops.first
        let place = first.map { " (ligne \($0.line))" } ?? ""
        let testMessage = "Ton programme n'a pas pu démarrer : il contient une erreur\(place)."
        let tests = exercise.tests.map {
            TestResult(name: $0.name, status: .error, message: testMessage, input: $0.input,
                       expectedOutput: $0.expectedOutput)
        }
        let message = stops.count > 1
            ? "Ton programme contient \(stops.count) erreurs à corriger avant de pouvoir être testé."
            : "Ton programme contient une erreur\(place) à corriger avant de pouvoir être testé."
        return ExerciseResult(exerciseID: exercise.id, lessonID: exercise.lessonID, file: fileName, status: .error,
                              message: message, tests: tests, rejection: stops)
    }
}
