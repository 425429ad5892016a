import Ardoise

/// The learner's program talks to the terminal through this: `afficher`
/// writes to stdout, `demander` asks through whoever currently owns the
/// terminal (the main thread while code runs on another one).
final class REPLConsole: Console {
    private let output: REPLOutput
    /// Answers a question; the prompt already has its trailing space.
    var answerQuestion: (String) -> String?

    init(output: REPLOutput, answerQuestion: @escaping (String) -> String?) {
        self.output = output
        self.answerQuestion = answerQuestion
    }

    func write(_ text: String) {
        output.standard(text)
    }

    func ask(_ question: String) -> String? {
        answerQuestion(Prompt.format(question))
    }

    /// A person answers: `demander_nombre` asks again rather than failing.
    var isInteractive: Bool { true }
}
