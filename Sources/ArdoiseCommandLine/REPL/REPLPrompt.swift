/// The texts the REPL shows before the cursor.
enum REPLPrompt {
    static let main = "ardoise> "

    /// For the next line of an unfinished entry, naming what is still open,
    /// outermost first, so the learner sees which `fin` is missing:
    /// `... si pour> `.
    static func continuation(open: [String]) -> String {
        let names = open.isEmpty ? "" : " " + open.joined(separator: " ")
        return "..." + names + "> "
    }

    /// `demander("Ton nom ?")` shows `Ton nom ? ` and the answer follows the
    /// space; a question that already ends with a space or a line break is
    /// shown as it is.
    static func question(_ text: String) -> String {
        guard let last = text.last, !last.isWhitespace else { return text }
        return text + " "
    }
}
