import Ardoise

/// The console of `ardoise FICHIER` and of a program read from stdin:
/// `afficher` writes to stdout, `demander` shows its question there and reads
/// a line of stdin.
public final class StandardConsole: Console {
    private let inputIsTerminal: Bool

    /// - Parameter inputIsTerminal: whether a person types the answers;
    ///   by default, whether stdin is a terminal.
    public init(inputIsTerminal: Bool? = nil) {
        self.inputIsTerminal = inputIsTerminal ?? StandardStream.inputIsTerminal
    }

    public func write(_ text: String) {
        StandardStream.output.write(text)
    }

    public func ask(_ question: String) -> String? {
        StandardStream.output.write(Prompt.question(question))
        guard var answer = Swift.readLine(strippingNewline: true) else {
            // End the question's line so what follows does not stick to it.
            StandardStream.output.write("\n")
            return nil
        }
        if answer.hasSuffix("\r") { answer.removeLast() }
        // Answers from a file or a pipe are not seen as they are typed:
        // echoing them makes the output read like the conversation it was.
        if !inputIsTerminal { StandardStream.output.write(answer + "\n") }
        return answer
    }

    /// A person answers: `demander_nombre` asks again rather than failing.
    public var isInteractive: Bool { inputIsTerminal }
}
