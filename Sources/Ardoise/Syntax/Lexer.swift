
/// Cuts source text into tokens (the first step of the pipeline).
///
/// Columns count user-perceived characters. Line breaks are tokens, except inside
/// `( )`, `[ ]` and interpolations, where they are ignored. Problems are collected
/// as diagnostics and lexing goes on, so every syntax error can be reported at once.
struct Lexer {
    private let chars: [Character]
    private let table: KeywordTable
    private var index = 0
    private var line = 1
    private var column = 1
    private(set) var diagnostics: [Diagnostic] = []
    /// Brackets still open at the end of the input, outermost first (for the REPL's continuation).
    private(set) var unclosedBrackets: [Token] = []
    /// Whether the input ended inside a text literal.
    private(set) var endsInsideText = false

    init(_ text: String, table: KeywordTable = .french) {
        self.chars = Array(text)
        self.table = table
    }

    mutating func tokenize() -> [Token] {
        var tokens = scan(inInterpolation: false)
        tokens.append(Token(kind: .endOfInput, lexeme: "", location: here()))
        return tokens
    }

    // MARK: - Scanning

    private var current: Character? { index < chars.count ? chars[index] : nil }
    private func peek(_ offset: Int = 1) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }
    private func here(length: Int = 1) -> SourceLocation { SourceLocation(line: line, column: column, length: length) }

    private mutating func advance() {
        guard let c = current else { return }
        index += 1
        if c.isNewline { line += 1; column = 1 } else { column += 1 }
    }

    /// Scans tokens until the end of the input, or, inside an interpolation, until its closing `}`.
    private mutating func scan(inInterpolation: Bool) -> [Token] {
        var tokens: [Token] = []
        var brackets: [Token] = []
        defer { if !inInterpolation { unclosedBrackets = brackets } }
        while let c = current {
            if c == " " || c == "\t" || c == "\u{FEFF}" { advance(); continue }
            if c == "#" { skipComment(); continue }
            if c.isNewline {
                let location = here()
                advance()
                if brackets.isEmpty && !inInterpolation {
                    tokens.append(Token(kind: .newline, lexeme: "\n", location: location))
                }
                continue
            }
            if inInterpolation && c == "}" { return tokens }
            if c.isASCII && c.isNumber { tokens.append(scanNumber()); continue }
            if c.isLetter || c == "_" { tokens.append(contentsOf: scanWord()); continue }
            if c == "\"" { tokens.append(scanText()); continue }
            if let token = scanSymbol() {
                if token.isSymbol(.leftParen) || token.isSymbol(.leftBracket) {
                    brackets.append(token)
                } else if token.isSymbol(.rightParen) || token.isSymbol(.rightBracket) {
                    if !brackets.isEmpty { brackets.removeLast() }
                }
                tokens.append(token)
                continue
            }
            diagnostics.append(Diagnostic(.E0101, at: here(), ["caractère": DiagnosticRenderer.printable(c)]))
            advance()
        }
        return tokens
    }

    private mutating func skipComment() {
        while let c = current, !c.isNewline { advance() }
    }

    private mutating func scanNumber() -> Token {
        let start = here()
        var text = ""
        var malformed = false
        while let c = current, c.isASCII && c.isNumber { text.append(c); advance() }
        var isDecimal = false
        if current == ".", let next = peek(), next.isASCII && next.isNumber {
            isDecimal = true
            text.append("."); advance()
            while let c = current, c.isASCII && c.isNumber { text.append(c); advance() }
        }
        // `3.`, `1.2.3`, `2eme`: glued leftovers make the whole thing one malformed number.
        while let c = current, c.isLetter || c.isNumber || c == "_" || (c == "." && (peek().map { $0.isNumber || $0.isLetter } ?? true)) {
            text.append(c); advance(); malformed = true
        }
        let location = SourceLocation(line: start.line, column: start.column, length: text.count)
        if malformed {
            diagnostics.append(Diagnostic(.E0124, at: location, ["nombre": text], hint: .usePlainText("nombre-format")))
            return Token(kind: .integer(0), lexeme: text, location: location)
        }
        if isDecimal {
            return Token(kind: .decimal(Double(text) ?? 0), lexeme: text, location: location)
        }
        // Reading a million digits would take seconds (and make a number no operator accepts).
        if text.count > Lexer.maximumIntegerDigits {
            diagnostics.append(Diagnostic(.E0126, at: location, ["chiffres": FrenchNumber.grouped(text.count),
                                                                 "limite": FrenchNumber.grouped(Lexer.maximumIntegerDigits)],
                                          hint: .usePlainText("nombre-long")))
            return Token(kind: .integer(0), lexeme: text, location: location)
        }
        return Token(kind: .integer(BigInt(text) ?? 0), lexeme: text, location: location)
    }

    /// The longest integer a program may write out: about `Arithmetic.maximumIntegerBits`.
    static let maximumIntegerDigits = 30_000

    private mutating func scanWord() -> [Token] {
        let start = here()
        var word = ""
        while let c = current, c.isLetter || c.isNumber || c == "_" || isCombiningMark(c) {
            word.append(c); advance()
        }
        let location = SourceLocation(line: start.line, column: start.column, length: word.count)
        if let keywords = table.keywords(for: word) {
            return keywords.map { Token(kind: .keyword($0), lexeme: word, location: location) }
        }
        return [Token(kind: .identifier(word), lexeme: word, location: location,
                      contextual: table.contextualWord(for: word))]
    }

    private func isCombiningMark(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark }
    }

    private mutating func scanSymbol() -> Token? {
        let start = here()
        guard let c = current else { return nil }
        let next = peek()
        func make(_ symbol: Symbol, width: Int) -> Token {
            var lexeme = ""
            for _ in 0..<width { if let ch = current { lexeme.append(ch) }; advance() }
            return Token(kind: .symbol(symbol), lexeme: lexeme,
                         location: SourceLocation(line: start.line, column: start.column, length: width))
        }
        switch c {
        case "<":
            if next == "-" { return make(.arrow, width: 2) }
            if next == "=" { return make(.lessEqual, width: 2) }
            if next == ">" { return make(.notEqual, width: 2) }
            return make(.less, width: 1)
        case ">": return next == "=" ? make(.greaterEqual, width: 2) : make(.greater, width: 1)
        case "!": return next == "=" ? make(.notEqual, width: 2) : nil
        case "←": return make(.arrow, width: 1)
        case "≤": return make(.lessEqual, width: 1)
        case "≥": return make(.greaterEqual, width: 1)
        case "≠": return make(.notEqual, width: 1)
        case "=": return make(.equal, width: 1)
        case "+": return make(.plus, width: 1)
        case "-", "−": return make(.minus, width: 1)
        case "*", "×": return make(.star, width: 1)
        case "/", "÷": return make(.slash, width: 1)
        case "^": return make(.caret, width: 1)
        case "(": return make(.leftParen, width: 1)
        case ")": return make(.rightParen, width: 1)
        case "[": return make(.leftBracket, width: 1)
        case "]": return make(.rightBracket, width: 1)
        case ",": return make(.comma, width: 1)
        case ":": return make(.colon, width: 1)
        default: return nil
        }
    }

    // MARK: - Texts

    /// A text literal, with `\n \t \" \\` escapes and `{expression}` interpolations.
    /// Texts may span lines; one still open at the end of the input is an error at its opening quote.
    private mutating func scanText() -> Token {
        let start = here()
        let startIndex = index
        advance() // opening quote
        var pieces: [TextPiece] = []
        var literal = ""
        func flush() { if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" } }
        while true {
            guard let c = current else {
                endsInsideText = true
                diagnostics.append(Diagnostic(.E0102, at: start))
                break
            }
            if c == "\"" { advance(); break }
            if c == "\\" {
                let escapeLocation = here(length: 2)
                advance()
                guard let e = current else { continue }
                switch e {
                case "n": literal.append("\n")
                case "t": literal.append("\t")
                case "\"": literal.append("\"")
                case "\\": literal.append("\\")
                case "{": literal.append("{")
                case "}": literal.append("}")
                default:
                    diagnostics.append(Diagnostic(.E0103, at: escapeLocation, ["séquence": "\\" + String(e)]))
                    literal.append(e)
                }
                advance()
                continue
            }
            if c == "{" {
                if peek() == "{" { literal.append("{"); advance(); advance(); continue }
                flush()
                let open = here()
                advance()
                let code = scan(inInterpolation: true)
                if current == "}" {
                    let close = here()
                    advance()
                    if code.isEmpty {
                        diagnostics.append(Diagnostic(.E0122, at: open.through(close),
                                                      ["détail": "« {} » ne contient rien"], hint: .usePlainText("accolades")))
                    } else {
                        var tokens = code
                        tokens.append(Token(kind: .endOfInput, lexeme: "}", location: close))
                        pieces.append(.code(tokens, open))
                    }
                } else {
                    endsInsideText = true
                    diagnostics.append(Diagnostic(.E0122, at: open,
                                                  ["détail": "cette « { » n'est jamais refermée"], hint: .usePlainText("accolades")))
                    break
                }
                continue
            }
            if c == "}" {
                // `}}` is the documented spelling; a lone `}` is unambiguous, so it is taken as it is.
                literal.append("}")
                advance()
                if current == "}" { advance() }
                continue
            }
            literal.append(c)
            advance()
        }
        flush()
        let lexeme = String(chars[startIndex..<index])
        let length = start.line == line ? max(1, column - start.column) : 1
        return Token(kind: .text(pieces), lexeme: lexeme,
                     location: SourceLocation(line: start.line, column: start.column, length: length))
    }
}
