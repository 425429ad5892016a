/// Whether a REPL entry is finished, or continues on the next line.
public enum Completeness: Equatable, Sendable {
    case complete
    /// What is still open, outermost first: block words (`si`, `pour`…), `(`, `[`, or `"` for a text.
    case incomplete(open: [String])
}

/// An entry is incomplete while a block lacks its `fin`, a bracket is open, or a text is unterminated.
/// Only the structure is looked at: an entry with a syntax error is complete (and gets its error).
public func completeness(of text: String) -> Completeness {
    var lexer = Lexer(text, table: KeywordTable.forSource(text))
    let tokens = lexer.tokenize()
    var open: [String] = []
    var previous: Keyword?
    for token in tokens {
        guard case .keyword(let keyword) = token.kind else { previous = nil; continue }
        defer { previous = keyword }
        // `fin si`, `sinon si`: the word after them closes or continues a block, it opens none.
        if previous == .fin || previous == .sinon { continue }
        switch keyword {
        case .si: open.append("si")
        case .tant: open.append("tant que")
        case .pour: open.append("pour")
        case .répéter: open.append("répéter")
        case .fonction: open.append("fonction")
        case .fin: if !open.isEmpty { open.removeLast() }
        default: break
        }
    }
    open += lexer.unclosedBrackets.map(\.lexeme)
    if lexer.endsInsideText { open.append("\"") }
    return open.isEmpty ? .complete : .incomplete(open: open)
}
