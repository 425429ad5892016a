import FoundationEssentials

/// What Ardoise remembers of one learner's work on one exercise.
public struct ExerciseProgress: Codable, Equatable, Sendable {
    /// Number of gradings of this exercise.
    public var attempts: Int = 0
    /// Most tests passed in one grading, and the number of tests then.
    public var bestPassed: Int = 0
    public var testCount: Int = 0
    /// True once every test passed (stays true after a later failure).
    public var completed: Bool = false
    /// How many hints the learner has seen; the next hint shown is `hints[hintsRevealed]`.
    public var hintsRevealed: Int = 0
    public var firstCompletedAt: Date?
    public var lastAttemptAt: Date?

    public init() {}
}

/// One learner's progress: the content of `progression.json`.
public struct LearnerProgress: Codable, Equatable, Sendable {
    /// Format version of the file; a newer version is read as far as it is understood.
    public var version: Int = 1
    public var exercises: [String: ExerciseProgress] = [:]

    public init() {}

    public subscript(exerciseID: String) -> ExerciseProgress {
        get { exercises[exerciseID] ?? ExerciseProgress() }
        set { exercises[exerciseID] = newValue }
    }

    /// Records one grading: `passed` tests out of `total`.
    public mutating func recordAttempt(exerciseID: String, passed: Int, total: Int, at date: Date = Date()) {
        var entry = self[exerciseID]
        entry.attempts += 1
        entry.lastAttemptAt = date
        if total != entry.testCount {
            // The exercise's tests changed since last time: the old best means nothing now.
            entry.testCount = total
            entry.bestPassed = passed
        } else {
            entry.bestPassed = max(entry.bestPassed, passed)
        }
        if total > 0 && passed == total && !entry.completed {
            entry.completed = true
            entry.firstCompletedAt = date
        }
        self[exerciseID] = entry
    }

    /// Reveals one more hint (up to `available`) and gives its index, or nil when all were already shown.
    public mutating func revealNextHint(exerciseID: String, available: Int) -> Int? {
        var entry = self[exerciseID]
        guard entry.hintsRevealed < available else { return nil }
        entry.hintsRevealed += 1
        self[exerciseID] = entry
        return entry.hintsRevealed - 1
    }
}
