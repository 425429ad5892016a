import Foundation
@testable import Ardoise
@testable import ArdoiseLessons

/// Everything Ardoise does with a text it did not choose, in one process and under small
/// limits: the language pipeline (lexer, parser, resolver, evaluation, diagnostics rendering,
/// value printing, REPL entries), the lesson-file parser and validator, and the neutralisation
/// of text meant for a formateur's terminal or a CSV cell.
///
/// Shared by the fuzzer (`Fuzz/`, compiled together with this file) and the regression tests
/// (`FuzzRegressionTests`), so that an input the fuzzer found replays exactly in `swift test`.
/// A crash, a hang or a sanitizer report here is a bug; a diagnostic is not.
enum HostilePipeline {
    /// Small enough that one input takes milliseconds, large enough to reach every limit.
    /// Lists and texts stay small: with no budget on total memory yet, a program may hold
    /// many of them at once (docs/fiabilite.md).
    static let limits = Limits(maxSteps: 20_000, maxSeconds: 2, maxOutputBytes: 10_000,
                               maxCollectionLength: 2_000, maxCallDepth: 300)

    static let options = RunOptions(limits: limits, seed: 1)

    /// Runs `text` as a program, as REPL entries and as a lesson file.
    static func runAll(_ text: String) {
        runProgram(text)
        runEntries(text)
        parseLesson(text)
        neutralise(text)
    }

    /// A whole program: syntax check, run, every diagnostic rendered with and without colour.
    static func runProgram(_ text: String, name: String = "fuzz.ard") {
        let source = Source(name: name, text: text)
        _ = syntaxDiagnostics(of: source)
        _ = completeness(of: text)
        let console = BufferConsole(input: ["12", "abc", "", "3.5", "-7"])
        let session = Session(console: console, options: options)
        let result = session.run(source)
        render(result, session: session, source: source)
        for (_, value) in session.variables {
            _ = value.displayText
            _ = value.echoText
            _ = value.typeName
        }
        _ = console.transcript
        dismantleLists(of: session)
    }

    /// Empties the lists the session's variables reach: a list that contains itself is never
    /// freed (a known issue, `MemoryReclaimTests.cyclicList`), and the fuzzer's leak detection
    /// would report it again and again.
    static func dismantleLists(of session: Session) {
        var pending: [ListStorage] = session.variables.compactMap {
            if case .list(let list) = $0.value { return list } else { return nil }
        }
        var seen = Set<ObjectIdentifier>()
        while let list = pending.popLast() {
            guard seen.insert(ObjectIdentifier(list)).inserted else { continue }
            for item in list.items { if case .list(let inner) = item { pending.append(inner) } }
            list.items.removeAll()
        }
    }

    /// The same text, line by line, as a learner would type it in the REPL: one session.
    static func runEntries(_ text: String) {
        let console = BufferConsole(input: ["1", "oui"])
        let session = Session(console: console, options: options)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(20).enumerated() {
            let source = Source(name: "<entrée \(number + 1)>", text: String(line))
            let result = session.runEntry(source)
            if let echo = result.echo { _ = echo.echoText }
            render(result, session: session, source: source)
        }
        _ = session.functions.map(\.signature)
        dismantleLists(of: session)
        session.reset()
    }

    static func render(_ result: RunResult, session: Session, source: Source) {
        for diagnostic in result.diagnostics {
            let shown = session.source(of: diagnostic) ?? source
            _ = DiagnosticRenderer(color: false).render(diagnostic, source: shown)
            _ = DiagnosticRenderer(color: true).render(diagnostic, source: shown)
            _ = DiagnosticRenderer(color: false).renderWithoutSource(diagnostic)
        }
        _ = result.exitStatus
    }

    /// A lesson file: parsed, and when it holds exercises, validated (solutions and starters run)
    /// and a submission graded, under the small limits.
    static func parseLesson(_ text: String) {
        let parsed = LessonParser.parse(text, path: "lecons/fuzz.md")
        for issue in parsed.issues { _ = issue.description }
        guard var lesson = parsed.lesson else { return }
        // Two exercises are enough to reach every path; a whole course lesson costs seconds.
        lesson.exercises = Array(lesson.exercises.prefix(2))
        let grader = Grader(baseLimits: limits)
        for issue in LessonValidator(grader: grader).validate(lesson).prefix(50) { _ = issue.description }
        let results = lesson.exercises.map { exercise in
            grader.grade(text, fileName: "=fuzz\u{1B}[2J.ard", exercise: exercise)
        }
        let report = GroupReport(group: "fuzz", exerciseIDs: lesson.exercises.map(\.id),
                                 learners: [LearnerReport(name: "=\u{1B}]0;x\u{07}", results: results)])
        _ = GroupReportWriters.csv(report)
        _ = GroupReportWriters.table(report, color: true)
        _ = GroupReportWriters.json(report)
    }

    /// Text meant for a terminal or a CSV cell.
    static func neutralise(_ text: String) {
        _ = SafeText.neutralized(text)
        _ = SafeText.neutralized(text, keepLineBreaks: true)
        _ = SafeText.csvCellValue(text)
        _ = SafeText.truncated(text, to: 40)
        var csv = CSVWriter(header: ["fichier", "note"])
        csv.append([text, text])
        _ = csv.text
    }
}
