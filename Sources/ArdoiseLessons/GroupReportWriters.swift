import FoundationEssentials

/// The three forms of a group report: a table for the terminal, a CSV for a spreadsheet,
/// a JSON document for other tools (docs/resultats-json.md). All deterministic, and
/// everything a learner wrote is neutralised before it is shown.
public enum GroupReportWriters {
    static let csvHeader = ["apprenant", "exercice", "leçon", "fichier", "statut", "tests réussis",
                            "tests", "score (%)", "premier échec"]

    public static func csv(_ report: GroupReport) -> String {
        var writer = CSVWriter(header: csvHeader)
        for learner in report.learners {
            for exerciseID in report.exerciseIDs {
                guard let result = learner.result(for: exerciseID) else {
                    writer.append([learner.name, exerciseID, "", "", "absent", "", "", "", ""])
                    continue
                }
                writer.append([learner.name, exerciseID, result.lessonID, result.file, result.status.frenchName,
                               String(result.passedCount), String(result.tests.count),
                               String(Int((result.score * 100).rounded())),
                               SafeText.truncated(result.firstFailureSummary, to: 300)])
            }
            for file in learner.unrecognizedFiles {
                writer.append([learner.name, "", "", file, "non reconnu", "", "", "", "ce fichier ne correspond à aucun exercice"])
            }
            for file in learner.duplicateFiles {
                writer.append([learner.name, "", "", file, "doublon ignoré", "", "", "", "un autre fichier de cet apprenant répond au même exercice"])
            }
            for file in learner.ignoredFiles {
                writer.append([learner.name, "", "", file, "ignoré", "", "", "", "ce n'est pas un fichier ordinaire (lien, tube…) : il n'a pas été ouvert"])
            }
        }
        return writer.text
    }

    public static func json(_ report: GroupReport) -> Data {
        JSONOutput.encode(GroupDocument(report))
    }

    /// Learners in rows, exercises in columns, `passés/total` in each cell (`–` when absent).
    public static func table(_ report: GroupReport, color: Bool = false) -> String {
        let header = ["Apprenant"] + report.exerciseIDs + ["Exercices réussis"]
        var rows: [[(text: String, status: GradingStatus?)]] = []
        for learner in report.learners {
            var row: [(String, GradingStatus?)] = [(SafeText.neutralized(learner.name), nil)]
            for exerciseID in report.exerciseIDs {
                if let result = learner.result(for: exerciseID) {
                    row.append(("\(result.passedCount)/\(result.tests.count)", result.status))
                } else {
                    row.append(("–", nil))
                }
            }
            row.append(("\(learner.completedExercises)/\(report.exerciseIDs.count)", nil))
            rows.append(row)
        }
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.text.count) }
        }
        func pad(_ text: String, _ width: Int, right: Bool) -> String {
            let space = String(repeating: " ", count: max(0, width - text.count))
            return right ? space + text : text + space
        }
        var lines: [String] = []
        lines.append(header.enumerated().map { pad($1, widths[$0], right: $0 > 0) }.joined(separator: "  "))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in rows {
            lines.append(row.enumerated().map { index, cell in
                let padded = pad(cell.text, widths[index], right: index > 0)
                guard color, let status = cell.status else { return padded }
                let code = status == .pass ? "32" : status == .fail ? "33" : "31"
                return "\u{1B}[\(code)m\(padded)\u{1B}[0m"
            }.joined(separator: "  "))
        }
        var notes: [String] = []
        for learner in report.learners {
            let who = SafeText.neutralized(learner.name)
            if !learner.unrecognizedFiles.isEmpty {
                let names = learner.unrecognizedFiles.map { "« \(SafeText.neutralized($0)) »" }.joined(separator: ", ")
                notes.append("\(who) : fichier(s) non reconnu(s), ignoré(s) : \(names).")
            }
            if !learner.duplicateFiles.isEmpty {
                let names = learner.duplicateFiles.map { "« \(SafeText.neutralized($0)) »" }.joined(separator: ", ")
                notes.append("\(who) : doublon(s) ignoré(s) (un autre fichier répond déjà au même exercice) : \(names).")
            }
            if !learner.ignoredFiles.isEmpty {
                let names = learner.ignoredFiles.map { "« \(SafeText.neutralized($0)) »" }.joined(separator: ", ")
                notes.append("\(who) : pas un fichier ordinaire (lien, tube…), non ouvert(s) : \(names).")
            }
        }
        if !notes.isEmpty { lines.append("") }
        lines += notes
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The JSON form of a group report (schema `ardoise/groupe`, version 1).
struct GroupDocument: Encodable {
    var schema = "ardoise/groupe"
    var version = 1
    var group: String
    var exercises: [String]
    var learners: [Learner]

    struct Learner: Encodable {
        var name: String
        var completed: Int
        var results: [Entry]
        var unrecognizedFiles: [String]
        var duplicateFiles: [String]
        var ignoredFiles: [String]
    }

    struct Entry: Encodable {
        var exercise: String
        var lesson: String
        var file: String
        var status: String
        var passed: Int
        var total: Int
        var score: Double
        var firstFailure: String?
        var tests: [ResultsDocument.TestEntry]
    }

    init(_ report: GroupReport) {
        group = report.group
        exercises = report.exerciseIDs
        learners = report.learners.map { learner in
            Learner(name: learner.name, completed: learner.completedExercises,
                    results: report.exerciseIDs.map { id in
                        guard let result = learner.result(for: id) else {
                            return Entry(exercise: id, lesson: "", file: "", status: "absent", passed: 0, total: 0,
                                         score: 0, firstFailure: nil, tests: [])
                        }
                        let summary = result.firstFailureSummary
                        return Entry(exercise: id, lesson: result.lessonID, file: result.file,
                                     status: result.status.rawValue, passed: result.passedCount,
                                     total: result.tests.count, score: (result.score * 1000).rounded() / 1000,
                                     firstFailure: summary.isEmpty ? nil : summary,
                                     tests: ResultsDocument(result: result).tests)
                    },
                    unrecognizedFiles: learner.unrecognizedFiles, duplicateFiles: learner.duplicateFiles,
                    ignoredFiles: learner.ignoredFiles)
        }
    }
}
