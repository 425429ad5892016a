/// The budget of a run: a program that exceeds one stops with a clear message,
/// never taking its host (REPL, grader) down with it.
public struct Limits: Sendable, Equatable {
    /// Evaluation steps (statements, loop turns, calls); nil for no limit.
    public var maxSteps: Int?
    /// Wall-clock seconds; nil for no limit.
    public var maxSeconds: Double?
    /// Bytes of printed output; nil for no limit.
    public var maxOutputBytes: Int?
    /// Elements of one list, characters of one text.
    public var maxCollectionLength: Int
    /// Calls in progress at once (recursion depth).
    public var maxCallDepth: Int
    /// Memory the run may take beyond what the process held when it started, in bytes; nil for no limit.
    public var maxMemoryBytes: Int?

    public init(maxSteps: Int? = nil, maxSeconds: Double? = nil, maxOutputBytes: Int? = 10_000_000,
                maxCollectionLength: Int = 10_000_000, maxCallDepth: Int = Limits.defaultCallDepth,
                maxMemoryBytes: Int? = 1_000_000_000) {
        self.maxSteps = maxSteps
        self.maxSeconds = maxSeconds
        self.maxOutputBytes = maxOutputBytes
        self.maxCollectionLength = maxCollectionLength
        self.maxCallDepth = maxCallDepth
        self.maxMemoryBytes = maxMemoryBytes
    }

    /// LANGUAGE.md promises at least 10 000 nested calls.
    public static let defaultCallDepth = 20_000

    /// `ardoise FICHIER`: no step or time budget (Ctrl-C stops it), generous sizes.
    public static var file: Limits { Limits() }
    /// The REPL: like a file; Ctrl-C interrupts.
    public static var interactive: Limits { Limits() }
    /// The grader: every submission ends quickly, whatever it does.
    public static var grading: Limits {
        Limits(maxSteps: 5_000_000, maxSeconds: 5, maxOutputBytes: 100_000, maxCollectionLength: 1_000_000,
               maxCallDepth: 10_000, maxMemoryBytes: 500_000_000)
    }
}

/// Options of a run.
public struct RunOptions: Sendable {
    public var limits: Limits
    /// Seeds `aléatoire`; nil draws a seed at random.
    public var seed: UInt64?
    /// Built-ins an exercise forbids (`trier` in a sorting exercise): calling one is a static error.
    public var forbiddenBuiltins: Set<String>

    public init(limits: Limits = .file, seed: UInt64? = nil, forbiddenBuiltins: Set<String> = []) {
        self.limits = limits
        self.seed = seed
        self.forbiddenBuiltins = forbiddenBuiltins
    }
}
