import Ardoise
import FoundationEssentials
import Glibc

/// What the learner typed at the step-by-step prompt.
enum StepKey: Equatable {
    /// Entrée alone: run the next instruction.
    case next
    /// `c 12`: run until line 12 is about to run.
    case runTo(line: Int)
    /// `c` alone: run to the end.
    case runToEnd
    /// `q`: stop the program here.
    case stop
    /// `?` or `aide`.
    case help
    /// Anything else, as typed.
    case unknown(String)

    /// Words are forgiving like the language's keywords: `C 12`, `continuer 12`, `quitter`,
    /// `Arrêter` all work.
    init(_ typed: String) {
        let words = TextFolding.fold(typed)
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard let first = words.first else { self = .next; return }
        switch first {
        case "s", "suivant", "suivante", "n", "next":
            self = words.count == 1 ? .next : .unknown(typed)
        case "c", "continuer", "continue", "jusqua", "aller":
            if words.count == 1 { self = .runToEnd; return }
            let target = words.count == 2 ? words[1] : (words.count == 3 && words[1] == "ligne" ? words[2] : "")
            if let line = Int(target), line >= 1 {
                self = .runTo(line: line)
            } else {
                self = .unknown(typed)
            }
        case "q", "quitter", "quit", "arreter", "stop", "fin":
            self = words.count == 1 ? .stop : .unknown(typed)
        case "?", "aide", "help", "h":
            self = .help
        default:
            // `c12` typed without its space.
            if first.hasPrefix("c"), words.count == 1, let line = Int(first.dropFirst()), line >= 1 {
                self = .runTo(line: line)
            } else {
                self = .unknown(typed)
            }
        }
    }
}
