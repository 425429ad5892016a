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
}
