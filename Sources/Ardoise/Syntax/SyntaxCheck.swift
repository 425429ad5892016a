/// Parses a program without running or resolving it: the syntax errors only.
/// Used by the grammar tests, the documentation tests and the lesson validator.
public func syntaxDiagnostics(of source: Source) -> [Diagnostic] {
    runOnLargeStack {
        let table = KeywordTable.forSource(source.text)
        var lexer = Lexer(source.text, table: table)
        let tokens = lexer.tokenize()
        var parser = Parser(tokens: tokens, source: source.text, hintsForeignWords: table.words["si"] != nil)
        _ = parser.parseProgram()
        return (lexer.diagnostics + parser.diagnostics).sorted { $0.location < $1.location }
    }
}
