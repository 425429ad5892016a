import Ardoise

/// Reads what the learner types into whole entries: one line, or several
/// while a block, a parenthesis or a text is still open.
final class EntryReader {
    enum Entry: Equatable {
        /// A complete entry to run (or an unfinished one given up with Ctrl-D,
        /// to run anyway so the missing `fin` gets explained).
        case code(String)
        /// A `:` line. Lines typed before it in an unfinished entry are kept.
        case meta(MetaCommand.Parsed)
        /// Ctrl-C: the line, and any unfinished entry, is dropped.
        case interrupted(droppedLines: Int)
        /// Ctrl-D on an empty prompt.
        case endOfInput
    }

    private let lines: LineReading
    private let isComplete: (String) -> Completeness
    /// The lines of the unfinished entry so far.
    private(set) var pending: [String] = []

    init(lines: LineReading, isComplete: @escaping (String) -> Completeness = { completeness(of: $0) }) {
        self.lines = lines
        self.isComplete = isComplete
    }

    func next() -> Entry {
        while true {
            switch lines.readLine(prompt: prompt) {
            case .interrupted:
                let dropped = pending.count
                pending = []
                return .interrupted(droppedLines: dropped)
            case .endOfInput:
                if pending.isEmpty { return .endOfInput }
                return .code(takePending())
            case .line(let line):
                if !line.allSatisfy(\.isWhitespace) { lines.remember(line) }
                if let command = MetaCommand.parse(line) { return .meta(command) }
                if pending.isEmpty && line.allSatisfy(\.isWhitespace) { continue }
                // Blank lines inside a block are kept: they keep the line
                // numbers of the diagnostics right.
                pending.append(line)
                if case .complete = isComplete(pending.joined(separator: "\n")) {
                    return .code(takePending())
                }
            }
        }
    }

    var prompt: String {
        if pending.isEmpty { return REPLPrompt.main }
        switch isComplete(pending.joined(separator: "\n")) {
        case .complete: return REPLPrompt.continuation(open: [])
        case .incomplete(let open): return REPLPrompt.continuation(open: open)
        }
    }

    private func takePending() -> String {
        defer { pending = [] }
        return pending.joined(separator: "\n")
    }
}
