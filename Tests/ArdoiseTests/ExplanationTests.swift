import Foundation
import Testing
@testable import Ardoise

/// `ardoise expliquer CODE` and docs/erreurs.md show, for each code, a program that raises it and
/// the same program fixed: both are run here, so that an explanation cannot lie.
@Suite("Explanations of the error codes")
struct ExplanationTests {
    /// Codes no short program can show: problems with the file itself, and Ctrl-C.
    static let codesWithoutExamples: Set<DiagnosticCode> = [.E0001, .E0002, .E0003, .E0004, .E0005, .E0405]

    /// Limits and the command-line option that sets each, which the details must name.
    static let limitOptions: [DiagnosticCode: String] = [
        .E0401: "--max-etapes", .E0402: "--max-secondes", .E0403: "--max-sortie", .E0404: "--max-taille", .E0406: "--max-memoire",
        .E0321: "--max-appels",
    ]

    func run(_ program: String, _ explanation: Explanation) -> RunResult {
        let session = Session(console: BufferConsole(input: explanation.input), options: explanation.runOptions)
        defer { session.dismantleLists() }
        return session.run(Source(name: "exemple.ard", text: program))
    }

    func describe(_ result: RunResult) -> String {
        result.diagnostics.map { "\($0.code.rawValue) \($0.location.line):\($0.location.column) \($0.message)" }
            .joined(separator: "\n")
    }

    @Test(arguments: DiagnosticCode.allCases)
    func hasTitleAndDetails(_ code: DiagnosticCode) {
        let explanation = FrenchCatalogue.shared.explanation(for: code)
        #expect(!explanation.title.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!explanation.details.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!explanation.title.hasSuffix("."), "a title is not a sentence")
        let sentences = explanation.details.split(separator: "\n")
        #expect((2...5).contains(sentences.count), "2 to 5 short sentences, one per line")
        #expect(sentences.allSatisfy { $0.hasSuffix(".") || $0.hasSuffix("…") }, "each line is a whole sentence")
    }

    @Test(arguments: DiagnosticCode.allCases)
    func hasExamplesUnlessImpossible(_ code: DiagnosticCode) {
        let explanation = FrenchCatalogue.shared.explanation(for: code)
        if Self.codesWithoutExamples.contains(code) {
            #expect(explanation.wrong == nil && explanation.fixed == nil)
        } else {
            #expect(explanation.wrong != nil, "a wrong example for \(code.rawValue)")
            #expect(explanation.fixed != nil, "a fixed example for \(code.rawValue)")
        }
    }

    @Test(arguments: DiagnosticCode.allCases)
    func wrongExampleRaisesItsCode(_ code: DiagnosticCode) {
        let explanation = FrenchCatalogue.shared.explanation(for: code)
        guard let wrong = explanation.wrong else { return }
        let result = run(wrong, explanation)
        if code == .E0501 {
            #expect(result.checksFailed > 0)
            #expect(result.diagnostics.isEmpty, "\(describe(result))")
            #expect(result.exitStatus == 1)
        } else {
            #expect(result.diagnostics.contains { $0.code == code }, "\(describe(result))")
            #expect(result.diagnostics.first?.code == code, "the example's first error is the one explained: \(describe(result))")
            #expect(result.exitStatus == (code.category == .syntax || code.category == .static ? 2 : 1))
        }
    }

    @Test(arguments: DiagnosticCode.allCases)
    func fixedExampleRuns(_ code: DiagnosticCode) {
        let explanation = FrenchCatalogue.shared.explanation(for: code)
        guard let fixed = explanation.fixed else { return }
        #expect(!fixed.contains("demander"), "a fixed example needs no answer")
        let result = run(fixed, explanation)
        #expect(result.exitStatus == 0, "\(describe(result))")
        #expect(result.diagnostics.isEmpty, "\(describe(result))")
        #expect(result.checksFailed == 0)
    }

    /// A wrong example that needs a small limit says so in a comment, and only stops under that limit.
    @Test(arguments: DiagnosticCode.allCases)
    func limitsAreExplained(_ code: DiagnosticCode) {
        let explanation = FrenchCatalogue.shared.explanation(for: code)
        if let option = Self.limitOptions[code] {
            #expect(explanation.details.contains(option), "the details name \(option)")
        }
        if code == .E0321 {
            #expect(explanation.details.contains(FrenchNumber.grouped(Limits.defaultCallDepth)), "the details give the default depth")
        }
        guard explanation.limits != nil, let wrong = explanation.wrong else { return }
        let option = Self.limitOptions[code] ?? "--max-"
        #expect(wrong.contains("# lancé avec : ardoise \(option)"), "the example says how it is run")
    }

    @Test func limitsOnlyWhereNeeded() {
        let withLimits = DiagnosticCode.allCases.filter { FrenchCatalogue.shared.explanation(for: $0).limits != nil }
        #expect(withLimits == [.E0401, .E0402, .E0403, .E0404, .E0406])
    }

    @Test func titlesAreDistinct() {
        let titles = DiagnosticCode.allCases.map { FrenchCatalogue.shared.explanation(for: $0).title }
        #expect(Set(titles).count == titles.count)
    }
}
