import FoundationEssentials
import Glibc

/// Key lines read from a pipe or a file rather than a terminal (`printf '\n\nq\n' | ardoise
/// pas-à-pas f.ard`): the prompt is shown, then the line read, as a terminal would have echoed it.
final class PipedLines: LineReading {
    private let output: REPLOutput

    init(output: REPLOutput) {
        self.output = output
    }

    func readLine(prompt: String) -> LineInput {
        output.standard(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            output.standard("\n")
            return .endOfInput
        }
        let typed = line.hasSuffix("\r") ? String(line.dropLast()) : line
        output.standard(typed + "\n")
        return .line(typed)
    }

    func remember(_ line: String) {}
}
