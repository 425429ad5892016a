import Ardoise

/// The console of a program run step by step. What it prints is kept for the step views
/// (the "Affiché" part) rather than shown at once; `demander` asks the person at the
/// terminal, after showing what was printed since the last view, unless answers were given
/// on the command line. Once the learner stops the program, it prints and asks nothing more.
final class StepperConsole: Console {
    private var givenAnswers: [String]
    private var nextGivenAnswer = 0
    /// Asks the person: the prompt (already with its trailing space), the answer or nil.
    private let askPerson: (String) -> String?
    private let show: (String) -> Void

    /// The last lines printed (questions and answers included), oldest first.
    private(set) var recentLines: [String] = []
    /// The line being printed, not ended yet.
    private(set) var partialLine = ""
    /// Lines dropped from `recentLines` to bound memory.
    private(set) var droppedLines = 0
    /// Printed since the last step view, not seen by the learner yet.
    private var unseen = ""
    /// Set when the learner stops the program: the rest of the run is silent.
    var isSilenced = false

    static let keptLines = 200

    init(givenAnswers: [String] = [], askPerson: @escaping (String) -> String?, show: @escaping (String) -> Void) {
        self.givenAnswers = givenAnswers
        self.askPerson = askPerson
        self.show = show
    }

    func write(_ text: String) {
        guard !isSilenced else { return }
        record(text)
        unseen += text
    }

    func ask(_ question: String) -> String? {
        guard !isSilenced else { return nil }
        let prompt = Prompt.format(question)
        if nextGivenAnswer < givenAnswers.count {
            let answer = givenAnswers[nextGivenAnswer]
            nextGivenAnswer += 1
            write(prompt + answer + "\n")
            return answer
        }
        // The question often follows a line that explains it: show that line first.
        if !unseen.isEmpty { show(unseen) }
        unseen = ""
        record(prompt)
        guard let answer = askPerson(prompt) else {
            record("\n")
            return nil
        }
        record(answer + "\n")
        return answer
    }

    /// A person answers: `demander_nombre` asks again after a non-number.
    var isInteractive: Bool { true }

    /// Everything printed so far has been shown in a step view.
    func markSeen() { unseen = "" }

    /// Whether anything was printed since the last view.
    var hasUnseenOutput: Bool { !unseen.isEmpty }

    /// The last `count` lines of what was printed, the unfinished one included.
    func tail(_ count: Int) -> (lines: [String], earlierLines: Int) {
        var lines = recentLines
        if !partialLine.isEmpty { lines.append(partialLine) }
        let shown = Array(lines.suffix(count))
        return (shown, droppedLines + lines.count - shown.count)
    }

    private func record(_ text: String) {
        var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = pieces.removeLast()
        for piece in pieces {
            recentLines.append(partialLine + piece)
            partialLine = ""
        }
        partialLine += last
        if recentLines.count > Self.keptLines * 2 {
            droppedLines += recentLines.count - Self.keptLines
            recentLines.removeFirst(recentLines.count - Self.keptLines)
        }
    }
}
