import FoundationEssentials
import Glibc
import ArdoiseLessons

/// What `ardoise vérifier` prints: one line per test, the details of the first failure
/// (line diff, checked values, or the error with its place in the file), then encouragement
/// and, after a failure, the next hint. Everything the learner's program printed is neutralised.
struct GradingReportRenderer {
    let style: TerminalStyle

    struct RevealedHint {
        var number: Int
        var count: Int
        var text: String
    }

    func render(_ result: ExerciseResult, exercise: Exercise, attempt: Int, hint: RevealedHint?,
                allHintsSeen: Bool, nextExercise: Exercise?) -> String {
        var out: [String] = []
        out.append(style.bold("Exercice « \(exercise.id) » — \(exercise.title)") + style.dim("  (\(SafeText.neutralized(result.file)))"))
        out.append("")

        if !result.rejection.isEmpty {
            for stop in result.rejection {
                out += Self.lines(of: stop.rendered).map { "  " + $0 }
            }
        } else {
            var detailed = false
            for test in result.tests {
                switch test.status {
                case .pass:
                    out.append("  " + style.green("✓") + " " + SafeText.neutralized(test.name))
                case .fail, .error:
                    out.append("  " + style.red("✗") + " " + SafeText.neutralized(test.name))
                    // The first failure shows the error itself, with its line: no need to say it twice.
                    let showsError = !detailed && (test.stop?.line ?? 0) > 0
                    if !showsError { out.append("      " + SafeText.neutralized(test.message)) }
                    if !detailed {
                        out += details(of: test)
                        detailed = true
                    }
                }
            }
        }
        out.append("")
        let summary = result.status == .pass ? style.green(result.message)
            : result.status == .error ? style.red(result.message) : style.yellow(result.message)
        out.append(summary)
        out.append(Feedback.encouragement(for: result, attempt: attempt))
        if let hint {
            out.append("")
            out.append(style.bold("Indice \(hint.number) sur \(hint.count) :"))
            out += hint.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        } else if result.status != .pass && allHintsSeen && !exercise.hints.isEmpty {
            out.append(style.dim("Tu as vu tous les indices ; relis-les avec : ardoise indice \(exercise.id)"))
        }
        if result.status == .pass, let nextExercise {
            out.append("")
            out.append("Exercice suivant : " + style.bold("ardoise commencer \(nextExercise.id)") + style.dim("  (\(nextExercise.title))"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The evidence of the first failed test: what was typed, the line diff, the checks, the error.
    private func details(of test: TestResult) -> [String] {
        var out: [String] = []
        let pad = "        "
        if !test.input.isEmpty {
            out.append(pad + style.dim("Réponses tapées : ") + test.input.map { "« \(SafeText.neutralized($0)) »" }.joined(separator: ", "))
        }
        if !test.diff.isEmpty {
            out.append(pad + style.dim("Ce qui était attendu, et ce que ton programme a affiché :"))
            for line in test.diff.prefix(40) {
                switch line {
                case .same(let text): out.append(pad + "  = " + SafeText.neutralized(text))
                case .missing(let text): out.append(pad + style.green("  attendu : " + SafeText.neutralized(text)))
                case .extra(let text): out.append(pad + style.red("  affiché : " + SafeText.neutralized(text)))
                }
            }
            if test.diff.count > 40 { out.append(pad + style.dim("… (\(test.diff.count - 40) lignes de plus)")) }
        }
        for failure in test.checkFailures.prefix(5) {
            out.append(pad + style.red("✗ ") + SafeText.neutralized(failure.message))
        }
        if test.checkFailures.count > 5 { out.append(pad + style.dim("… (\(test.checkFailures.count - 5) de plus)")) }
        if let stop = test.stop, stop.line > 0 {
            out += Self.lines(of: stop.rendered).map { pad + $0 }
        }
        return out
    }

    /// A rendered diagnostic as neutralised lines, without the trailing empty ones.
    static func lines(of rendered: String) -> [String] {
        var lines = SafeText.neutralized(rendered, keepLineBreaks: true)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.trimmed(.whitespaces) == "" { lines.removeLast() }
        return lines
    }
}
