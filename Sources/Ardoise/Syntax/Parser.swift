/// Builds the syntax tree from tokens (recursive descent, one method per grammar rule of
/// `grammar/ardoise.ebnf`). On an error it reports a diagnostic, skips to the end of the
/// line and goes on, so that a learner sees every syntax error at once.
struct Parser {
    /// How deeply blocks, parentheses and brackets may nest: deeper input is an error,
    /// never a stack overflow of the parser.
    static let maximumNesting = 200
    /// How deep an expression tree may grow, counting each link of an operator chain
    /// (`1 + 1 + … + 1` is as deep as it is long) as well as nesting: the resolver and the
    /// evaluator walk the tree recursively, so a longer chain is an error, not a stack overflow.
    static let maximumExpressionDepth = 1000

    private var tokens: [Token]
    private var position = 0
    private let lines: [[Character]]
    private(set) var diagnostics: [Diagnostic] = []
    private var nesting = 0
    /// Nesting plus the links of the operator chains being parsed (`maximumExpressionDepth`).
    private var expressionDepth = 0
    private var nestingReported = false
    /// Blocks being parsed, innermost last: what `fin …` should close.
    private var openBlocks: [(word: String, location: SourceLocation)] = []
    /// Whether foreign words (`if`, `print`…) get a French hint: only in the French locale.
    private let hintsForeignWords: Bool

    init(tokens: [Token], source: String, hintsForeignWords: Bool = true) {
        self.init(tokens: tokens, lines: source.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).map { Array($0) },
                  hintsForeignWords: hintsForeignWords)
    }

    private init(tokens: [Token], lines: [[Character]], hintsForeignWords: Bool) {
        self.tokens = tokens
        self.lines = lines
        self.hintsForeignWords = hintsForeignWords
    }

    /// Parses a whole program.
    mutating func parseProgram() -> [Statement] {
        var statements: [Statement] = []
        while true {
            statements += parseStatements()
            if current.isEnd { break }
            // A `fin` or `sinon` that belongs to no open block.
            if current.isKeyword(.fin) {
                report(.E0115, at: current.location, hint: .usePlainText("fin-bloc"))
            } else {
                report(.E0104, at: current.location, ["trouvé": current.described], hint: .usePlainText("sinon-final"))
            }
            skipLine()
        }
        return statements
    }

    // MARK: - Tokens

    private var current: Token { tokens[min(position, tokens.count - 1)] }
    private var next: Token { tokens[min(position + 1, tokens.count - 1)] }
    private var previous: Token { tokens[max(0, min(position - 1, tokens.count - 1))] }

    @discardableResult
    private mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private var atLineEnd: Bool { current.isNewline || current.isEnd }

    private mutating func skipNewlines() {
        while current.isNewline { advance() }
    }

    /// Error recovery: drop the rest of the current line.
    private mutating func skipLine() {
        while !atLineEnd { advance() }
    }

    private mutating func report(_ code: DiagnosticCode, at location: SourceLocation, _ arguments: [String: String] = [:],
                                 hint: Hint? = nil, related: SourceLocation? = nil) {
        diagnostics.append(Diagnostic(code, at: location, arguments, hint: hint, related: related))
    }

    private struct SyntaxError: Error {}

    /// Reports and throws, to abandon the current statement.
    private mutating func fail(_ code: DiagnosticCode, at location: SourceLocation, _ arguments: [String: String] = [:],
                               hint: Hint? = nil, related: SourceLocation? = nil) -> SyntaxError {
        report(code, at: location, arguments, hint: hint, related: related)
        return SyntaxError()
    }

    private mutating func unexpected(_ hint: Hint? = nil) -> SyntaxError {
        fail(.E0104, at: current.location, ["trouvé": current.described], hint: hint)
    }

    /// Expects the end of the statement's line.
    private mutating func expectLineEnd() throws {
        guard atLineEnd else {
            if current.isSymbol(.comma), previous.location.line == current.location.line,
               case .integer = previous.kind, case .integer = next.kind,
               next.location.column == current.location.column + 1 {
                throw fail(.E0104, at: current.location, ["trouvé": current.described],
                           hint: .decimalPoint(previous.lexeme + "." + next.lexeme))
            }
            // `"Il a dit "bravo""`: quotes inside a text end it.
            if case .text = previous.kind, current.location.line == previous.location.line,
               current.location.column == previous.location.column + previous.location.length {
                throw unexpected(.usePlainText("guillemets"))
            }
            throw unexpected(.usePlainText("lignes-separees"))
        }
    }

    private mutating func enterNesting(at location: SourceLocation) throws {
        nesting += 1
        if nesting > Self.maximumNesting {
            throw tooDeep(at: location, limit: Self.maximumNesting)
        }
    }

    /// One more link of an operator chain (`+ 1`, `et c`, `[i]`); the caller takes its links back
    /// when the chain ends.
    private mutating func enterChainLink(at location: SourceLocation) throws {
        expressionDepth += 1
        if nesting + expressionDepth > Self.maximumExpressionDepth {
            throw tooDeep(at: location, limit: Self.maximumExpressionDepth, hint: .usePlainText("calcul-decoupe"))
        }
    }

    private mutating func tooDeep(at location: SourceLocation, limit: Int, hint: Hint? = nil) -> SyntaxError {
        if !nestingReported {
            nestingReported = true
            report(.E0118, at: location, ["limite": String(limit)], hint: hint)
        }
        // Give up on the rest of the input: going deeper would only repeat the error.
        position = tokens.count - 1
        return SyntaxError()
    }

    // MARK: - Statements

    /// Statements up to a `fin`, a `sinon` or the end of the input (not consumed).
    private mutating func parseStatements() -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipNewlines()
            if current.isEnd || current.isKeyword(.fin) || current.isKeyword(.sinon) { return statements }
            if nestingReported { position = tokens.count - 1; return statements }
            let start = current
            do {
                if let statement = try parseStatement() { statements.append(statement) }
            } catch {
                skipLine()
                // A block whose first line is wrong still has a body and a `fin`: take them,
                // so that one mistake gives one error, not a stray `fin` too.
                if let block = Self.block(openedBy: start), !nestingReported {
                    _ = try? parseBody(block: block.word, closer: block.closer, opened: start.location)
                }
            }
        }
    }

    /// The block a statement's first token opens, if any.
    private static func block(openedBy token: Token) -> (word: String, closer: [Keyword])? {
        guard case .keyword(let keyword) = token.kind else { return nil }
        switch keyword {
        case .si: return ("si", [.si])
        case .tant: return ("tant que", [.tant, .que])
        case .pour: return ("pour", [.pour])
        case .répéter: return ("répéter", [.répéter])
        case .fonction: return ("fonction", [.fonction])
        default: return nil
        }
    }

    private mutating func parseStatement() throws -> Statement? {
        let token = current
        if case .keyword(let keyword) = token.kind {
            switch keyword {
            case .si: return try parseIf()
            case .tant: return try parseWhile()
            case .pour: return try parseFor()
            case .répéter: return try parseRepeat()
            case .fonction: return try parseFunction()
            case .retourner: return try parseReturn()
            case .afficher: return try parsePrint()
            case .vérifier:
                advance()
                let condition = try parseExpression()
                try expectLineEnd()
                return Statement(kind: .check(condition), location: token.location)
            default: break
            }
        }
        if case .identifier(let word) = token.kind, hintsForeignWords, try handleForeignWord(word) {
            return try parseStatement()
        }
        return try parseSimpleStatement()
    }

    /// `if`, `print`, `lire x`…: reports the habit with the Ardoise spelling, then, where the
    /// word has an Ardoise equivalent, parses on as if it had been written (returns true).
    private mutating func handleForeignWord(_ word: String) throws -> Bool {
        let followedByAssignment = next.isSymbol(.arrow) || next.isSymbol(.equal) || next.isSymbol(.leftBracket)
        if followedByAssignment { return false }
        let folded = KeywordTable.fold(word)
        if let french = ForeignWords.statementKeywords[folded] {
            let token = current
            report(.E0110, at: token.location, ["mot": word], hint: .useFrenchKeyword(typed: word, french: french.spelling))
            tokens.replaceSubrange(position...position, with: french.keywords.map {
                Token(kind: .keyword($0), lexeme: token.lexeme, location: token.location)
            })
            return true
        }
        if ForeignWords.readWords.contains(folded), case .identifier = next.kind {
            throw fail(.E0111, at: current.location, ["mot": word], hint: .usePlainText("lire"))
        }
        return false
    }

    /// Assignment, call, or a lone expression.
    private mutating func parseSimpleStatement() throws -> Statement {
        let start = current.location
        let expression = try parseExpression()
        if current.isSymbol(.arrow) {
            advance()
            let value = try parseExpression()
            try expectLineEnd()
            switch expression.kind {
            case .name(let name):
                return Statement(kind: .assign(name: name, value: value), location: expression.location)
            case .index(let target, let index) where Self.isNameWithPositions(target):
                return Statement(kind: .assignIndex(target: target, index: index, value: value), location: expression.location)
            default:
                throw fail(.E0116, at: expression.location, ["cible": "« \(expression.sourceText) »"])
            }
        }
        // `prix total <- 3`: a name with a space in it.
        if case .name(let first) = expression.kind, case .identifier(let second) = current.kind, next.isSymbol(.arrow) {
            throw fail(.E0104, at: current.location, ["trouvé": current.described],
                       hint: .noSpaceInName("\(first)_\(second)"))
        }
        if case .identifier(let word) = current.kind, KeywordTable.fold(word) == "prend" {
            throw fail(.E0111, at: current.location, ["mot": "prend la valeur"], hint: .usePlainText("prend-la-valeur"))
        }
        try expectLineEnd()
        // `x = 5` on its own line: the learner meant to assign.
        if case .comparison(let operands, let operators) = expression.kind, operators == [.equal] {
            switch operands[0].kind {
            case .name(let name):
                throw fail(.E0109, at: expression.anchor, ["nom": name], hint: .writeAssignment(name: name))
            case .index:
                throw fail(.E0109, at: expression.anchor, ["nom": operands[0].sourceText],
                           hint: .writeAssignment(name: operands[0].sourceText))
            default: break
            }
        }
        if case .call = expression.kind {
            return Statement(kind: .call(expression), location: start)
        }
        return Statement(kind: .expression(expression), location: expression.location)
    }

    /// `l`, `l[i]`, `l[i][j]`: what a position assignment may change.
    private static func isNameWithPositions(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .name: return true
        case .index(let inner, _): return isNameWithPositions(inner)
        default: return false
        }
    }

    private mutating func parsePrint() throws -> Statement {
        let keyword = advance()
        var values: [Expression] = []
        if !atLineEnd {
            values.append(try parseExpression())
            while current.isSymbol(.comma) {
                advance()
                values.append(try parseExpression())
            }
        }
        try expectLineEnd()
        return Statement(kind: .print(values), location: keyword.location)
    }

    private mutating func parseReturn() throws -> Statement {
        let keyword = advance()
        let value = atLineEnd ? nil : try parseExpression()
        try expectLineEnd()
        return Statement(kind: .returnValue(value), location: keyword.location)
    }

    // MARK: Blocks

    /// After a block header: `alors`, `faire` or `fois` must end the line. Returns true when
    /// a statement follows on the same line (`si x alors afficher 1`): that is reported once,
    /// with the block form as hint, and the statement is parsed as the first of the body.
    @discardableResult
    private mutating func expectHeaderEnd(_ keyword: Keyword, block: String, missing: DiagnosticCode) throws -> Bool {
        if current.isKeyword(keyword) {
            advance()
        } else if current.isSymbol(.colon) {
            report(.E0112, at: current.location, ["bloc": block], hint: .removeColon(keyword.rawValue))
            advance()
        } else if case .identifier(let word) = current.kind, hintsForeignWords,
                  let french = ForeignWords.headerWords[KeywordTable.fold(word)], french == keyword {
            report(.E0110, at: current.location, ["mot": word], hint: .useFrenchKeyword(typed: word, french: keyword.rawValue))
            advance()
        } else {
            let location = atLineEnd ? SourceLocation(line: previous.location.line,
                                                      column: previous.location.column + previous.location.length)
                                     : current.location
            report(missing, at: location, ["bloc": block], hint: .addKeyword(keyword.rawValue))
            if !atLineEnd { skipLine() }
            return false
        }
        if current.isSymbol(.colon) { advance() }
        // `tant que vrai faire fin tant que`: an empty block on one line.
        if atLineEnd || current.isKeyword(.fin) { return false }
        report(.E0104, at: current.location, ["trouvé": current.described],
               hint: .blockOnNextLines(header: keyword.rawValue, block: block))
        return true
    }

    /// The body of a block, then its `fin WORD`. A missing or mismatched `fin` names the
    /// block still open and the line where it opened.
    private mutating func parseBody(block word: String, closer: [Keyword], opened: SourceLocation,
                                    stopAtSinon: Bool = false, quietIfUnclosed: Bool = false) throws -> [Statement] {
        try enterNesting(at: opened)
        defer { nesting -= 1 }
        openBlocks.append((word, opened))
        defer { openBlocks.removeLast() }
        var body: [Statement] = []
        while true {
            body += parseStatements()
            if current.isKeyword(.sinon) {
                if stopAtSinon { return body }
                report(.E0104, at: current.location, ["trouvé": current.described], hint: .closeBlock(block: word, line: opened.line))
                skipLine()
                continue
            }
            break
        }
        if current.isEnd {
            if quietIfUnclosed { return body }
            report(.E0107, at: opened, ["bloc": word, "ligne": String(opened.line)],
                   hint: .closeBlock(block: word, line: opened.line))
            return body
        }
        // current is `fin`
        let fin = advance()
        var words: [Keyword] = []
        while case .keyword(let k) = current.kind, words.count < closer.count, !current.isNewline {
            words.append(k)
            advance()
            if words == closer { break }
            if !closer.starts(with: words) { break }
        }
        if words == closer {
            try expectLineEnd()
            return body
        }
        let found = words.map(\.rawValue).joined(separator: " ")
        if found.isEmpty {
            report(.E0108, at: fin.location, ["trouvé": "", "attendu": word, "ligne": String(opened.line)],
                   hint: .closeBlock(block: word, line: opened.line), related: opened)
            skipLine()
            return body
        }
        report(.E0108, at: fin.location.through(previous.location),
               ["trouvé": found, "attendu": word, "ligne": String(opened.line)],
               hint: .closeBlock(block: word, line: opened.line), related: opened)
        // If an enclosing block is the one being closed, leave its `fin` to it.
        let closesEnclosing = openBlocks.dropLast().contains { $0.word == found }
        if closesEnclosing {
            position -= words.count + 1
        } else {
            skipLine()
        }
        return body
    }

    private mutating func parseIf() throws -> Statement {
        let keyword = advance()
        var branches: [ConditionalBranch] = []
        var otherwise: [Statement]?
        var condition = try parseExpression()
        var inline = try expectHeaderEnd(.alors, block: "si", missing: .E0105)
        while true {
            let body = try parseBody(block: "si", closer: [.si], opened: keyword.location, stopAtSinon: true,
                                     quietIfUnclosed: inline)
            branches.append(ConditionalBranch(condition: condition, body: body))
            guard current.isKeyword(.sinon) else { break }
            let sinon = advance()
            if current.isKeyword(.si) {
                advance()
                condition = try parseExpression()
                inline = try expectHeaderEnd(.alors, block: "si", missing: .E0105) || inline
                continue
            }
            if current.isSymbol(.colon) {
                report(.E0112, at: current.location, ["bloc": "sinon"], hint: .usePlainText("lignes-separees"))
                advance()
            }
            try expectLineEnd()
            otherwise = try parseBody(block: "si", closer: [.si], opened: keyword.location, stopAtSinon: true)
            var reported = false
            while current.isKeyword(.sinon) {
                // A `sinon` after the final `sinon`: said once; what follows is parsed for its own errors, then dropped.
                if !reported {
                    report(.E0125, at: current.location, ["mot": next.isKeyword(.si) ? "sinon si" : "sinon"],
                           hint: .usePlainText("sinon-final"))
                    reported = true
                }
                skipLine()
                _ = try parseBody(block: "si", closer: [.si], opened: keyword.location, stopAtSinon: true)
            }
            _ = sinon
            break
        }
        return Statement(kind: .ifChain(branches, otherwise: otherwise), location: keyword.location)
    }

    private mutating func parseWhile() throws -> Statement {
        let keyword = advance()
        guard current.isKeyword(.que) else { throw unexpected(.useFrenchKeyword(typed: "tant", french: "tant que")) }
        advance()
        let condition = try parseExpression()
        let inline = try expectHeaderEnd(.faire, block: "tant que", missing: .E0106)
        let body = try parseBody(block: "tant que", closer: [.tant, .que], opened: keyword.location, quietIfUnclosed: inline)
        return Statement(kind: .whileLoop(condition, body), location: keyword.location)
    }

    private mutating func parseFor() throws -> Statement {
        let keyword = advance()
        if current.isKeyword(.chaque) {
            advance()
            guard case .identifier(let variable) = current.kind else {
                throw fail(.E0120, at: current.location, ["détail": "il faut un nom de variable après « pour chaque »"])
            }
            let variableLocation = advance().location
            guard current.isContextual(.dans) else {
                throw fail(.E0123, at: current.location, hint: .addKeyword("dans"))
            }
            advance()
            let sequence = try parseExpression()
            let inline = try expectHeaderEnd(.faire, block: "pour", missing: .E0106)
            let body = try parseBody(block: "pour", closer: [.pour], opened: keyword.location, quietIfUnclosed: inline)
            return Statement(kind: .forEach(variable: variable, variableLocation: variableLocation,
                                            sequence: sequence, body: body), location: keyword.location)
        }
        guard case .identifier(let variable) = current.kind else {
            throw fail(.E0120, at: current.location, ["détail": "il faut un nom de variable après « pour »"])
        }
        let variableLocation = advance().location
        if current.isContextual(.allant) { advance() }
        guard current.isContextual(.de) else {
            if current.isContextual(.dans) {
                throw fail(.E0120, at: current.location, ["détail": "pour parcourir une liste, écris « pour chaque \(variable) dans … »"])
            }
            throw fail(.E0120, at: current.location, ["détail": "il manque « de » : pour \(variable) de 1 à 10 faire"])
        }
        advance()
        let from = try parseExpression()
        guard current.isContextual(.à) else {
            throw fail(.E0120, at: current.location, ["détail": "il manque « à » : pour \(variable) de 1 à 10 faire"])
        }
        advance()
        let to = try parseExpression()
        var step: Expression?
        if current.isContextual(.pas) {
            advance()
            step = try parseExpression()
        }
        let inline = try expectHeaderEnd(.faire, block: "pour", missing: .E0106)
        let body = try parseBody(block: "pour", closer: [.pour], opened: keyword.location, quietIfUnclosed: inline)
        return Statement(kind: .forRange(variable: variable, variableLocation: variableLocation, from: from, to: to,
                                         step: step, body: body), location: keyword.location)
    }

    private mutating func parseRepeat() throws -> Statement {
        let keyword = advance()
        let count = try parseExpression()
        var inline = false
        if current.isContextual(.fois) {
            advance()
            if current.isKeyword(.faire) { advance() }
            if current.isSymbol(.colon) {
                report(.E0112, at: current.location, ["bloc": "répéter"], hint: .removeColon("fois"))
                advance()
            }
            if !atLineEnd {
                report(.E0104, at: current.location, ["trouvé": current.described],
                       hint: .blockOnNextLines(header: "fois", block: "répéter"))
                inline = true
            }
        } else {
            let location = atLineEnd ? SourceLocation(line: previous.location.line,
                                                      column: previous.location.column + previous.location.length)
                                     : current.location
            report(.E0119, at: location, hint: .addKeyword("fois"))
            skipLine()
        }
        let body = try parseBody(block: "répéter", closer: [.répéter], opened: keyword.location, quietIfUnclosed: inline)
        return Statement(kind: .repeatLoop(count: count, body: body), location: keyword.location)
    }

    private mutating func parseFunction() throws -> Statement {
        let keyword = advance()
        if let enclosing = openBlocks.last {
            report(.E0121, at: keyword.location, ["bloc": enclosing.word], hint: .usePlainText("declarer-haut"))
        }
        guard case .identifier(let name) = current.kind else {
            throw unexpected(.usePlainText("declarer-haut"))
        }
        let nameLocation = advance().location
        var parameters: [(name: String, location: SourceLocation)] = []
        guard current.isSymbol(.leftParen) else { throw unexpected(.addKeyword("()")) }
        advance()
        if !current.isSymbol(.rightParen) {
            while true {
                guard case .identifier(let parameter) = current.kind else { throw unexpected() }
                parameters.append((parameter, advance().location))
                if current.isSymbol(.comma) { advance(); continue }
                break
            }
        }
        guard current.isSymbol(.rightParen) else { throw unexpected() }
        advance()
        if current.isSymbol(.colon) { advance() }
        try expectLineEnd()
        let body = try parseBody(block: "fonction", closer: [.fonction], opened: keyword.location)
        let declaration = FunctionDeclaration(name: name, nameLocation: nameLocation, parameters: parameters,
                                              body: body, location: keyword.location)
        return Statement(kind: .function(declaration), location: keyword.location)
    }

    // MARK: - Expressions

    mutating func parseExpression() throws -> Expression {
        try parseOr()
    }

    /// Builds a node spanning from `start` to the token just consumed.
    private func node(_ kind: Expression.Kind, from start: Token, anchor: SourceLocation? = nil) -> Expression {
        let end = previous.location
        let location = start.location.through(end)
        return Expression(kind: kind, location: location, anchor: anchor ?? location, sourceText: text(from: start.location, to: end))
    }

    /// The longest source text kept for an expression: check messages quote short expressions,
    /// and keeping the whole text of every node of a long chain (`1 + 1 + … + 1`) would cost
    /// time and memory quadratic in its length.
    static let maximumSourceText = 200

    /// The source as written between two locations (joined on one line if it spans several),
    /// cut after `maximumSourceText` characters with an ellipsis.
    private func text(from start: SourceLocation, to end: SourceLocation) -> String {
        guard start.line >= 1, start.line <= lines.count, end.line >= start.line, end.line <= lines.count else { return "" }
        let limit = Self.maximumSourceText
        func cut(_ text: String) -> String {
            text.count > limit ? String(text.prefix(limit)) + "…" : text
        }
        if start.line == end.line {
            let line = lines[start.line - 1]
            let lower = max(0, min(line.count, start.column - 1))
            let upper = max(lower, min(line.count, end.column - 1 + end.length))
            return cut(String(line[lower..<min(upper, lower + limit + 1)]))
        }
        var parts: [String] = []
        var kept = 0
        for number in start.line...end.line where kept <= limit {
            let line = lines[number - 1]
            let lower = number == start.line ? max(0, min(line.count, start.column - 1)) : 0
            let upper = number == end.line ? max(lower, min(line.count, end.column - 1 + end.length)) : line.count
            let part = TextFolding.trimmed(String(line[lower..<min(upper, lower + limit + 1)]))
            if !part.isEmpty {
                parts.append(part)
                kept += part.count + 1
            }
        }
        return cut(parts.joined(separator: " "))
    }

    private mutating func parseOr() throws -> Expression {
        let start = current
        var left = try parseAnd()
        var links = 0
        defer { expressionDepth -= links }
        while current.isKeyword(.ou) {
            let op = advance()
            try enterChainLink(at: op.location)
            links += 1
            let right = try parseAnd()
            left = node(.logical(.or, left, right), from: start, anchor: op.location)
        }
        return left
    }

    private mutating func parseAnd() throws -> Expression {
        let start = current
        var left = try parseNot()
        var links = 0
        defer { expressionDepth -= links }
        while current.isKeyword(.et) {
            let op = advance()
            try enterChainLink(at: op.location)
            links += 1
            let right = try parseNot()
            left = node(.logical(.and, left, right), from: start, anchor: op.location)
        }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        let start = current
        if current.isKeyword(.non) {
            try enterNesting(at: current.location)
            defer { nesting -= 1 }
            let op = advance()
            let operand = try parseNot()
            return node(.unary(.not, operand), from: start, anchor: op.location)
        }
        return try parseComparison()
    }

    private func comparisonOperator(_ token: Token) -> ComparisonOperator? {
        guard case .symbol(let symbol) = token.kind else { return nil }
        switch symbol {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        default: return nil
        }
    }

    private mutating func parseComparison() throws -> Expression {
        let start = current
        let first = try parseAdditive()
        var operands = [first]
        var operators: [ComparisonOperator] = []
        var anchor: SourceLocation?
        var links = 0
        defer { expressionDepth -= links }
        while let op = comparisonOperator(current) {
            let token = advance()
            try enterChainLink(at: token.location)
            links += 1
            if anchor == nil { anchor = token.location }
            operators.append(op)
            operands.append(try parseAdditive())
        }
        if operators.isEmpty { return first }
        return node(.comparison(operands, operators), from: start, anchor: anchor)
    }

    private mutating func parseAdditive() throws -> Expression {
        let start = current
        var left = try parseMultiplicative()
        var links = 0
        defer { expressionDepth -= links }
        while current.isSymbol(.plus) || current.isSymbol(.minus) {
            let op = advance()
            try enterChainLink(at: op.location)
            links += 1
            let right = try parseMultiplicative()
            left = node(.binary(op.isSymbol(.plus) ? .add : .subtract, left, right), from: start, anchor: op.location)
        }
        return left
    }

    private mutating func parseMultiplicative() throws -> Expression {
        let start = current
        var left = try parseUnary()
        var links = 0
        defer { expressionDepth -= links }
        while true {
            let op: BinaryOperator
            if current.isSymbol(.star) { op = .multiply }
            else if current.isSymbol(.slash) { op = .divide }
            else if current.isKeyword(.div) { op = .intDivide }
            else if current.isKeyword(.mod) { op = .modulo }
            else { break }
            let token = advance()
            try enterChainLink(at: token.location)
            links += 1
            let right = try parseUnary()
            left = node(.binary(op, left, right), from: start, anchor: token.location)
        }
        return left
    }

    private mutating func parseUnary() throws -> Expression {
        let start = current
        if current.isSymbol(.minus) {
            try enterNesting(at: current.location)
            defer { nesting -= 1 }
            let op = advance()
            let operand = try parseUnary()
            return node(.unary(.negate, operand), from: start, anchor: op.location)
        }
        return try parsePower()
    }

    private mutating func parsePower() throws -> Expression {
        let start = current
        let base = try parsePostfix()
        if current.isSymbol(.caret) {
            try enterNesting(at: current.location)
            defer { nesting -= 1 }
            let op = advance()
            let exponent = try parseUnary()   // right-associative: 2 ^ 3 ^ 2 = 2 ^ 9
            return node(.binary(.power, base, exponent), from: start, anchor: op.location)
        }
        return base
    }

    private mutating func parsePostfix() throws -> Expression {
        let start = current
        var expression = try parsePrimary()
        var links = 0
        defer { expressionDepth -= links }
        while current.isSymbol(.leftBracket) {
            let open = advance()
            try enterChainLink(at: open.location)
            links += 1
            try enterNesting(at: open.location)
            defer { nesting -= 1 }
            let index = try parseExpression()
            try expectClosing(.rightBracket, opened: open)
            expression = node(.index(expression, index), from: start, anchor: open.location.through(previous.location))
        }
        return expression
    }

    private mutating func expectClosing(_ symbol: Symbol, opened: Token) throws {
        if current.isSymbol(symbol) { advance(); return }
        if current.isEnd || current.location.line != opened.location.line || current.isNewline {
            throw fail(.E0114, at: opened.location, ["ouvrant": opened.lexeme, "fermant": symbol.rawValue])
        }
        throw unexpected(.addKeyword(symbol.rawValue))
    }

    private mutating func parseArguments(opened: Token) throws -> [Expression] {
        var arguments: [Expression] = []
        if current.isSymbol(.rightParen) { advance(); return arguments }
        while true {
            arguments.append(try parseExpression())
            if current.isSymbol(.comma) { advance(); continue }
            try expectClosing(.rightParen, opened: opened)
            return arguments
        }
    }

    private mutating func parsePrimary() throws -> Expression {
        let token = current
        switch token.kind {
        case .integer(let value):
            advance()
            return node(.integer(value), from: token)
        case .decimal(let value):
            advance()
            return node(.decimal(value), from: token)
        case .text(let pieces):
            advance()
            var parts: [InterpolationPart] = []
            for piece in pieces {
                switch piece {
                case .literal(let text): parts.append(.literal(text))
                case .code(let codeTokens, _):
                    var inner = Parser(tokens: codeTokens, lines: lines, hintsForeignWords: hintsForeignWords)
                    inner.nesting = nesting + 1
                    inner.expressionDepth = expressionDepth
                    if let expression = try? inner.parseInterpolation() { parts.append(.expression(expression)) }
                    diagnostics += inner.diagnostics
                    if inner.nestingReported { nestingReported = true; throw SyntaxError() }
                }
            }
            return node(.text(parts), from: token)
        case .keyword(.vrai):
            advance()
            return node(.boolean(true), from: token)
        case .keyword(.faux):
            advance()
            return node(.boolean(false), from: token)
        case .keyword(.rien):
            advance()
            return node(.nothing, from: token)
        case .identifier(let name):
            advance()
            if current.isSymbol(.leftParen) {
                let open = advance()
                try enterNesting(at: open.location)
                defer { nesting -= 1 }
                let arguments = try parseArguments(opened: open)
                return node(.call(name, arguments), from: token, anchor: token.location)
            }
            return node(.name(name), from: token)
        case .symbol(.leftParen):
            let open = advance()
            try enterNesting(at: open.location)
            defer { nesting -= 1 }
            let inner = try parseExpression()
            try expectClosing(.rightParen, opened: open)
            return node(.group(inner), from: token, anchor: inner.anchor)
        case .symbol(.leftBracket):
            let open = advance()
            try enterNesting(at: open.location)
            defer { nesting -= 1 }
            var elements: [Expression] = []
            if !current.isSymbol(.rightBracket) {
                while true {
                    elements.append(try parseExpression())
                    if current.isSymbol(.comma) { advance(); continue }
                    break
                }
            }
            try expectClosing(.rightBracket, opened: open)
            return node(.list(elements), from: token)
        case .newline, .endOfInput:
            throw fail(.E0113, at: token.location, ["où": whereMissing()])
        case .keyword(let keyword):
            if keyword == .alors || keyword == .faire || keyword == .fin {
                throw fail(.E0113, at: token.location, ["où": whereMissing()])
            }
            throw unexpected()
        default:
            throw unexpected()
        }
    }

    /// Words for E0113: after what a value is missing.
    private func whereMissing() -> String {
        if position == 0 { return "ici" }
        return "après « \(previous.lexeme) »"
    }

    /// The expression inside `{ }` of a text.
    private mutating func parseInterpolation() throws -> Expression {
        let expression = try parseExpression()
        if !current.isEnd { throw unexpected() }
        return expression
    }
}

/// Habits from other languages and from textbooks, with their Ardoise spelling.
enum ForeignWords {
    struct French { let keywords: [Keyword]; let spelling: String }

    /// Words that start a statement elsewhere.
    static let statementKeywords: [String: French] = [
        "if": French(keywords: [.si], spelling: "si"),
        "while": French(keywords: [.tant, .que], spelling: "tant que"),
        "for": French(keywords: [.pour], spelling: "pour"),
        "print": French(keywords: [.afficher], spelling: "afficher"),
        "ecrire": French(keywords: [.afficher], spelling: "afficher"),
        "else": French(keywords: [.sinon], spelling: "sinon"),
        "elif": French(keywords: [.sinon, .si], spelling: "sinon si"),
        "return": French(keywords: [.retourner], spelling: "retourner"),
        "def": French(keywords: [.fonction], spelling: "fonction"),
        "function": French(keywords: [.fonction], spelling: "fonction"),
        "repeat": French(keywords: [.répéter], spelling: "répéter"),
        "end": French(keywords: [.fin], spelling: "fin"),
        "retourne": French(keywords: [.retourner], spelling: "retourner"),
        "renvoyer": French(keywords: [.retourner], spelling: "retourner"),
        "renvoie": French(keywords: [.retourner], spelling: "retourner"),
        "tantque": French(keywords: [.tant, .que], spelling: "tant que"),
    ]

    /// Words that end a block header elsewhere.
    static let headerWords: [String: Keyword] = ["then": .alors, "do": .faire]

    /// `lire x`, `saisir x`: reading input.
    static let readWords: Set<String> = ["lire", "saisir", "input", "read"]
}
