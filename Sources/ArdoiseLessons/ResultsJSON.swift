import FoundationEssentials

/// The machine-readable result of `ardoise vérifier --format json`, documented in docs/resultats-json.md.
/// Modelled on Exercism's results.json (version, status, message, tests with name, status, message,
/// output), with Ardoise's details added beside those keys; a reader that knows Exercism's format
/// finds what it expects. `version` changes only when a key changes meaning or disappears.
public struct ResultsDocument: Encodable, Equatable {
    public static let currentVersion = 1

    public var schema = "ardoise/resultats"
    public var version = ResultsDocument.currentVersion
    public var exercise: String
    public var lesson: String
    public var file: String
    public var status: GradingStatus
    public var message: String
    public var passed: Int
    public var total: Int
    public var score: Double
    public var hint: Hint?
    public var errors: [ErrorEntry]
    public var tests: [TestEntry]

    public struct Hint: Encodable, Equatable {
        /// 1 for the first hint.
        public var number: Int
        public var count: Int
        public var text: String

        public init(number: Int, count: Int, text: String) {
            self.number = number
            self.count = count
            self.text = text
        }
    }

    public struct ErrorEntry: Encodable, Equatable {
        public var code: String
        public var kind: String
        public var line: Int
        public var column: Int
        public var message: String
        public var hint: String?
    }

    public struct CheckEntry: Encodable, Equatable {
        public var line: Int
        public var message: String
        public var expected: String?
        public var actual: String?
    }

    public struct DiffEntry: Encodable, Equatable {
        /// `same`, `missing` (expected, not printed) or `extra` (printed, not expected).
        public var kind: String
        public var text: String
    }

    public struct TestEntry: Encodable, Equatable {
        public var name: String
        public var status: GradingStatus
        public var message: String
        /// What the program printed, prompts excluded (Exercism's `output`).
        public var output: String
        public var input: [String]
        public var expected: [String]?
        public var diff: [DiffEntry]
        public var checks: [CheckEntry]
        public var error: ErrorEntry?
    }

    public init(result: ExerciseResult, hint: Hint? = nil) {
        exercise = result.exerciseID
        lesson = result.lessonID
        file = result.file
        status = result.status
        message = result.message
        passed = result.passedCount
        total = result.tests.count
        score = (result.score * 1000).rounded() / 1000
        self.hint = hint
        errors = result.rejection.map(Self.entry)
        tests = result.tests.map { test in
            TestEntry(name: test.name, status: test.status, message: test.message,
                      output: test.obtainedOutput.joined(separator: "\n"), input: test.input,
                      expected: test.expectedOutput,
                      diff: test.diff.map { line in
                          switch line {
                          case .same(let text): return DiffEntry(kind: "same", text: text)
                          case .missing(let text): return DiffEntry(kind: "missing", text: text)
                          case .extra(let text): return DiffEntry(kind: "extra", text: text)
                          }
                      },
                      checks: test.checkFailures.map {
                          CheckEntry(line: $0.line, message: $0.message, expected: $0.expected, actual: $0.actual)
                      },
                      error: test.stop.map(Self.entry))
        }
    }

    static func entry(_ stop: ProgramStop) -> ErrorEntry {
        ErrorEntry(code: stop.code, kind: stop.kind.rawValue, line: stop.line, column: stop.column,
                   message: stop.message, hint: stop.hint)
    }

    /// Pretty-printed, keys sorted: the same grading always gives the same bytes.
    public func encoded() -> Data {
        JSONOutput.encode(self)
    }
}

enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail; an empty object is the safe fallback.
        return ((try? encoder.encode(value)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }
}
