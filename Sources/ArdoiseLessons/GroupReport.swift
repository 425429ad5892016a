/// The grading of a whole group: every learner's submissions, each graded against its exercise.
public struct GroupReport: Equatable, Sendable {
    /// The group folder's name.
    public var group: String
    /// The exercises that appear in the report, in course order (columns of the table).
    public var exerciseIDs: [String]
    /// Sorted by name, so that two gradings of the same folder give the same report.
    public var learners: [LearnerReport]

    public init(group: String, exerciseIDs: [String], learners: [LearnerReport]) {
        self.group = group
        self.exerciseIDs = exerciseIDs
        self.learners = learners
    }
}

public struct LearnerReport: Equatable, Sendable {
    /// The learner's folder name.
    public var name: String
    /// At most one result per exercise.
    public var results: [ExerciseResult]
    /// `.ard` files that match no exercise: listed so that a misnamed file is not silently ignored.
    public var unrecognizedFiles: [String]
    /// Further files answering an exercise already graded for this learner (`double-2.ard` beside `double.ard`).
    public var duplicateFiles: [String]
    /// `.ard` names that are not ordinary files (a symbolic link, a pipe, a device): never
    /// opened, so that a learner's folder cannot point the grader elsewhere or block it.
    public var ignoredFiles: [String]

    public init(name: String, results: [ExerciseResult], unrecognizedFiles: [String] = [], duplicateFiles: [String] = [],
                ignoredFiles: [String] = []) {
        self.name = name
        self.results = results
        self.unrecognizedFiles = unrecognizedFiles
        self.duplicateFiles = duplicateFiles
        self.ignoredFiles = ignoredFiles
    }

    public func result(for exerciseID: String) -> ExerciseResult? {
        results.first { $0.exerciseID == exerciseID }
    }

    public var passedTests: Int { results.reduce(0) { $0 + $1.passedCount } }
    public var completedExercises: Int { results.filter { $0.status == .pass }.count }
}

extension GradingStatus {
    /// How a report names the status, for formateurs.
    public var frenchName: String {
        switch self {
        case .pass: return "réussi"
        case .fail: return "échoué"
        case .error: return "erreur"
        }
    }
}

extension ExerciseResult {
    /// One line saying what went wrong first, for a report cell; empty when everything passed.
    public var firstFailureSummary: String {
        if let stop = rejection.first {
            return "ligne \(stop.line) : \(stop.message)"
        }
        guard let test = firstFailure else { return "" }
        return "« \(test.name) » : \(test.message)"
    }
}
