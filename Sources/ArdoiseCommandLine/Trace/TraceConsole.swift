import Ardoise

/// The console of a traced run: it keeps what the program prints for the table's "Affiché"
/// column instead of showing it, and answers `demander` with the lines given on the
/// command line, in order.
final class TraceConsole: Console {
    private var answers: [String]
    private var nextAnswer = 0
    /// Printed since the recorder last took it: the output of the step in progress.
    private var pending = ""

    init(answers: [String]) {
        self.answers = answers
    }

    func write(_ text: String) {
        pending += text
    }

    /// The question is part of what the learner would have seen, then the answer typed.
    func ask(_ question: String) -> String? {
        pending += Prompt.format(question)
        guard nextAnswer < answers.count else {
            pending += "\n"
            return nil
        }
        let answer = answers[nextAnswer]
        nextAnswer += 1
        pending += answer + "\n"
        return answer
    }

    /// Answers come from the command line: `demander_nombre` fails on a non-number rather
    /// than asking again.
    var isInteractive: Bool { false }

    /// What was printed since the last call.
    func takePrinted() -> String {
        defer { pending = "" }
        return pending
    }
}
