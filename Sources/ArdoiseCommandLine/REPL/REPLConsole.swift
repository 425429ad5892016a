import Ardoise

/// The learner's program talks to the terminal through this: `afficher`
/// writes to stdout, `demander` asks through whoever currently owns the
/// terminal (the main thread while code runs on another one).
final class REPLConsole: Console {
    private let output: REPLOutput
    /// Answers a question; the prompt already has its trailing space.
    var answerQuestion: (String) -> String?
    /// While set (stepping with `:pas`), the program's output and questions go through it.
    var redirect: Console?

    init(output: REPLOutput, answerQuestion: @escaping (String) -> String?) {
        self.output = output
        self.answerQuestion = answerQuestion
    }

    func write(_ text: String) {
        if let redirect { return redirect.write(text) }
        output.standard(text)
    }

    func ask(_ question: String) -> String? {
        if let redirect { return redirect.ask(question) }
        return answerQuestion(Prompt.format(question))
    }

    /// A person answers: `demander_nombre` asks again rather than failing.
    var isInteractive: Bool { true }
}
