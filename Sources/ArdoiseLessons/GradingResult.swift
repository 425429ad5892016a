/// Whether a test, or a whole exercise, passed. The raw values are those of Exercism's results.json.
public enum GradingStatus: String, Codable, Equatable, Sendable {
    /// Every check held and the output is the expected one.
    case pass
    /// The program ran, but something differs from what was expected.
    case fail
    /// The program could not run (syntax or static error), or stopped on an error or a limit.
    case error
}

/// The error that stopped (or prevented) the learner's program, as the language reported it.
public struct ProgramStop: Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case syntax, `static`, runtime, limit, interrupted
    }
    public var code: String
    public var kind: Kind
    /// 1-based, in the learner's file; 0 when unknown.
    public var line: Int
    public var column: Int
    public var message: String
    public var hint: String?
    /// The diagnostic as the terminal shows it (source line, underline, hint), without colours.
    public var rendered: String

    public init(code: String, kind: Kind, line: Int, column: Int, message: String, hint: String?, rendered: String) {
        self.code = code
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.rendered = rendered
    }
}

/// A `vérifier` of a test that did not hold.
public struct CheckFailureReport: Equatable, Sendable {
    public var line: Int
    public var message: String
    public var expected: String?
    public var actual: String?

    public init(line: Int, message: String, expected: String?, actual: String?) {
        self.line = line
        self.message = message
        self.expected = expected
        self.actual = actual
    }
}

public struct TestResult: Equatable, Sendable {
    public var name: String
    public var status: GradingStatus
    /// Plain French for the learner: what went wrong, or "Réussi".
    public var message: String
    /// The lines typed at `demander` for this test.
    public var input: [String]
    public var expectedOutput: [String]?
    /// What the program printed (prompts excluded), normalised into lines and cut when too long.
    public var obtainedOutput: [String]
    public var diff: [DiffLine]
    public var checkFailures: [CheckFailureReport]
    public var stop: ProgramStop?

    public init(name: String, status: GradingStatus, message: String, input: [String] = [],
                expectedOutput: [String]? = nil, obtainedOutput: [String] = [], diff: [DiffLine] = [],
                checkFailures: [CheckFailureReport] = [], stop: ProgramStop? = nil) {
        self.name = name
        self.status = status
        self.message = message
        self.input = input
        self.expectedOutput = expectedOutput
        self.obtainedOutput = obtainedOutput
        self.diff = diff
        self.checkFailures = checkFailures
        self.stop = stop
    }
}

/// The grading of one submission against one exercise.
public struct ExerciseResult: Equatable, Sendable {
    public var exerciseID: String
    public var lessonID: String
    /// The submission's file name as given (for reports).
    public var file: String
    public var status: GradingStatus
    /// One French sentence summing up the grading.
    public var message: String
    public var tests: [TestResult]
    /// When the program was rejected before running, the diagnostics (every test fails with them).
    public var rejection: [ProgramStop]

    public init(exerciseID: String, lessonID: String, file: String, status: GradingStatus, message: String,
                tests: [TestResult], rejection: [ProgramStop] = []) {
        self.exerciseID = exerciseID
        self.lessonID = lessonID
        self.file = file
        self.status = status
        self.message = message
        self.tests = tests
        self.rejection = rejection
    }

    public var passedCount: Int { tests.filter { $0.status == .pass }.count }
    /// Between 0 and 1: the share of tests passed.
    public var score: Double { tests.isEmpty ? 0 : Double(passedCount) / Double(tests.count) }
    public var firstFailure: TestResult? { tests.first { $0.status != .pass } }
}
