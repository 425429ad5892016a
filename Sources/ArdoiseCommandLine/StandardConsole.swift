import Ardoise
import FoundationEssentials
import Glibc

/// The console of `ardoise FICHIER` and of piped programs: output to standard output,
/// `demander` reads standard input. When standard input is not a terminal, the answer
/// read is echoed after the question, so that the output reads like the session it was.
public final class StandardConsole: Console {
    public let isInteractive: Bool
    private let echoesAnswers: Bool
    private var buffer = Data()

    public init(isInteractive: Bool = isatty(STDIN_FILENO) == 1) {
        self.isInteractive = isInteractive
        self.echoesAnswers = !isInteractive
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: Array(text.utf8))
        if buffer.count >= 1 << 16 || text.contains("\n") && isatty(STDOUT_FILENO) == 1 { flush() }
    }

    public func ask(_ question: String) -> String? {
        buffer.append(contentsOf: Array(Prompt.format(question).utf8))
        flush()
        guard let line = Swift.readLine(strippingNewline: true) else {
            if echoesAnswers { buffer.append(10); flush() }
            return nil
        }
        let answer = line.hasSuffix("\r") ? String(line.dropLast()) : line
        if echoesAnswers {
            buffer.append(contentsOf: Array((answer + "\n").utf8))
            flush()
        }
        return answer
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes to standard error, in colour only on a terminal and never when NO_COLOR is set.
public enum StandardError {
    public static var usesColor: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    public static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
