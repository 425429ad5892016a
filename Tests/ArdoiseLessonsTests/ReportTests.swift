import Foundation
import Testing
@testable import ArdoiseLessons

private func result(_ id: String, passed: Int, total: Int, file: String? = nil,
                    failureMessage: String = "Ton programme n'a rien affiché.") -> ExerciseResult {
    var tests: [TestResult] = []
    for index in 0..<total {
        tests.append(index < passed
            ? TestResult(name: "test \(index + 1)", status: .pass, message: "Réussi.")
            : TestResult(name: "test \(index + 1)", status: .fail, message: failureMessage,
                         expectedOutput: ["Bonjour"], obtainedOutput: [],
                         diff: [.missing("Bonjour")]))
    }
    return ExerciseResult(exerciseID: id, lessonID: "01-afficher", file: file ?? "\(id).ard",
                          status: passed == total ? .pass : .fail, message: "", tests: tests)
}

@Suite("Output comparison")
struct OutputComparisonTests {
    @Test func ignoresTrailingSpacesAndFinalBlankLines() {
        #expect(OutputComparison.normalizedLines("Bonjour  \nà toi\t\n\n") == ["Bonjour", "à toi"])
        #expect(OutputComparison.matches(expected: ["a", "b"], obtained: ["a ", "b", ""]))
        #expect(!OutputComparison.matches(expected: ["a", "b"], obtained: [" a", "b"]))
        #expect(!OutputComparison.matches(expected: ["a", "", "b"], obtained: ["a", "b"]))
    }

    @Test func diffsByLines() {
        #expect(OutputComparison.diff(expected: ["3", "2", "1", "Go"], obtained: ["3", "1", "Go", "fin"]) == [
            .same("3"), .missing("2"), .same("1"), .same("Go"), .extra("fin"),
        ])
        #expect(OutputComparison.diff(expected: ["a"], obtained: ["b"]) == [.missing("a"), .extra("b")])
    }

    @Test func explainsTheFirstDifference() {
        #expect(OutputComparison.firstDifference(expected: ["a"], obtained: []) == "Ton programme n'a rien affiché.")
        #expect(OutputComparison.firstDifference(expected: ["Bonjour le monde !"], obtained: ["bonjour le monde !"])
                == "Ligne 1 : il fallait « Bonjour le monde ! », ton programme a affiché « bonjour le monde ! ». Regarde les majuscules.")
        #expect(OutputComparison.firstDifference(expected: ["Développeuse"], obtained: ["Developpeuse"])?
                .hasSuffix("Regarde les accents.") == true)
        #expect(OutputComparison.firstDifference(expected: ["a", "b"], obtained: ["a"])?.hasPrefix("Il manque des lignes") == true)
        #expect(OutputComparison.firstDifference(expected: ["a"], obtained: ["a", "b"])?.contains("une ligne de trop") == true)
        #expect(OutputComparison.firstDifference(expected: ["a"], obtained: ["a  "]) == nil)
    }

    @Test func staysFastOnAFlood() {
        let flood = Array(repeating: "x", count: 50_000)
        let diff = OutputComparison.diff(expected: ["x", "y"], obtained: flood)
        #expect(diff.count == 50_001)
    }
}

@Suite("Safe text for terminals and spreadsheets")
struct SafeTextTests {
    @Test func neutralizesEscapeSequences() {
        #expect(SafeText.neutralized("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(SafeText.neutralized("a\nb\tc\r") == "a␊b␉c␍")
        #expect(SafeText.neutralized("a\nb", keepLineBreaks: true) == "a\nb")
        #expect(SafeText.neutralized("\u{9B}31m\u{202E}abc") == "\u{FFFD}31mabc")
    }

    @Test func escapesFormulasInCSVCells() {
        #expect(SafeText.csvCellValue("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        #expect(SafeText.csvCellValue("+33") == "'+33")
        #expect(SafeText.csvCellValue("-1") == "'-1")
        #expect(SafeText.csvCellValue("@SUM(A1)") == "'@SUM(A1)")
        #expect(SafeText.csvCellValue("\tx") == "'␉x")
        #expect(SafeText.csvCellValue("Samia") == "Samia")
        #expect(SafeText.csvCellValue("deux\nlignes") == "deux lignes")
    }

    @Test func quotesCSVCells() {
        var writer = CSVWriter(header: ["a", "b"])
        writer.append(["x;y", "il a dit \"oui\""])
        #expect(writer.text == "\u{FEFF}a;b\r\n\"x;y\";\"il a dit \"\"oui\"\"\"\r\n")
    }
}

@Suite("Results and group reports")
struct ReportTests {
    @Test func encodesResultsLikeExercism() throws {
        let document = ResultsDocument(result: result("double", passed: 1, total: 2),
                                       hint: .init(number: 1, count: 2, text: "Multiplie par 2."))
        let json = try #require(try JSONSerialization.jsonObject(with: document.encoded()) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["schema"] as? String == "ardoise/resultats")
        #expect(json["status"] as? String == "fail")
        #expect(json["passed"] as? Int == 1)
        #expect(json["total"] as? Int == 2)
        #expect(json["score"] as? Double == 0.5)
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.count == 2)
        #expect(tests[1]["name"] as? String == "test 2")
        #expect(tests[1]["status"] as? String == "fail")
        #expect(tests[1]["message"] as? String == "Ton programme n'a rien affiché.")
        #expect(tests[1]["output"] as? String == "")
        #expect((tests[1]["diff"] as? [[String: String]])?.first == ["kind": "missing", "text": "Bonjour"])
        let hint = try #require(json["hint"] as? [String: Any])
        #expect(hint["number"] as? Int == 1)
    }

    @Test func encodesDeterministically() {
        let a = ResultsDocument(result: result("double", passed: 1, total: 2)).encoded()
        let b = ResultsDocument(result: result("double", passed: 1, total: 2)).encoded()
        #expect(a == b)
    }

    private var report: GroupReport {
        GroupReport(group: "promo-2026", exerciseIDs: ["premier-message", "double"], learners: [
            LearnerReport(name: "Amine", results: [result("premier-message", passed: 1, total: 1)]),
            LearnerReport(name: "=cmd|' /C calc'!A0", results: [
                result("premier-message", passed: 0, total: 1, failureMessage: "Ligne 1 : «\u{1B}[31mrouge»"),
                result("double", passed: 2, total: 2),
            ], unrecognizedFiles: ["brouillon.ard"]),
        ])
    }

    @Test func writesAGroupCSV() {
        let lines = GroupReportWriters.csv(report).components(separatedBy: "\r\n")
        #expect(lines[0] == "\u{FEFF}apprenant;exercice;leçon;fichier;statut;tests réussis;tests;score (%);premier échec")
        #expect(lines[1] == "Amine;premier-message;01-afficher;premier-message.ard;réussi;1;1;100;")
        #expect(lines[2] == "Amine;double;;;absent;;;;")
        #expect(lines[3].hasPrefix("'=cmd|' /C calc'!A0;premier-message;01-afficher;premier-message.ard;échoué;0;1;0;"))
        #expect(lines[3].contains("␛[31m"))
        #expect(!lines[3].contains("\u{1B}"))
        #expect(lines[5] == "'=cmd|' /C calc'!A0;;;brouillon.ard;non reconnu;;;;ce fichier ne correspond à aucun exercice")
    }

    @Test func writesAGroupTable() {
        let table = GroupReportWriters.table(report)
        let lines = table.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("Apprenant"))
        #expect(lines[2].hasPrefix("Amine"))
        #expect(lines[2].contains("1/1"))
        #expect(lines[2].contains("–"))
        #expect(table.contains("brouillon.ard"))
        #expect(!table.contains("\u{1B}"))
    }

    @Test func writesAGroupJSON() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: GroupReportWriters.json(report)) as? [String: Any])
        #expect(json["schema"] as? String == "ardoise/groupe")
        let learners = try #require(json["learners"] as? [[String: Any]])
        #expect(learners.count == 2)
        let results = try #require(learners[0]["results"] as? [[String: Any]])
        #expect(results[1]["status"] as? String == "absent")
        #expect(GroupReportWriters.json(report) == GroupReportWriters.json(report))
    }
}
