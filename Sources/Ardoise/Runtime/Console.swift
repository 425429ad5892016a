/// Where a program's output goes and its input comes from. The language module never
/// touches the terminal: the command line, the REPL, the grader and the tests each
/// provide a console.
public protocol Console: AnyObject {
    /// Program output (`afficher`, check messages). Each `afficher` ends with "\n".
    func write(_ text: String)
    /// `demander`: shows the question, reads one line (without its line break); nil when no input is left.
    func ask(_ question: String) -> String?
    /// Whether a person answers (`demander_nombre` then asks again after a non-number).
    var isInteractive: Bool { get }
}

/// A console in memory: given input lines, captured output. For tests and the grader.
public final class BufferConsole: Console {
    private var input: [String]
    private var nextInput = 0
    public let isInteractive: Bool
    /// Only what the program printed (prompts excluded).
    public private(set) var output = ""
    /// Output with the questions and the answers, as a person would have seen it.
    public private(set) var transcript = ""

    public init(input: [String] = [], isInteractive: Bool = false) {
        self.input = input
        self.isInteractive = isInteractive
    }

    public func write(_ text: String) {
        output += text
        transcript += text
    }

    public func ask(_ question: String) -> String? {
        transcript += Prompt.format(question)
        guard nextInput < input.count else { return nil }
        let answer = input[nextInput]
        nextInput += 1
        transcript += answer + "\n"
        return answer
    }
}

public enum Prompt {
    /// The question as shown before the answer: followed by a space unless it ends with one.
    public static func format(_ question: String) -> String {
        if question.isEmpty { return "" }
        if let last = question.last, last == " " || last == "\t" || last.isNewline { return question }
        return question + " "
    }
}
