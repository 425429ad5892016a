import Foundation

/// A grammar written in the W3C EBNF notation of the XML specification, as used by
/// `grammar/ardoise.ebnf`: `name ::= expression` rules, `/* */` comments, sequences,
/// `|`, `?`, `*`, `+`, parentheses, quoted terminals, `#xN` characters, character classes
/// `[a-z#xC0-#xD6]` and `[^…]`, rule references and the exclusion `A - B`.
struct EBNFGrammar {
    /// A set of Unicode scalars: `[…]`, `[^…]` or a single `#xN`.
    struct CharacterClass: Equatable {
        var negated: Bool
        var ranges: [ClosedRange<UInt32>]

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) } != negated
        }
    }

    indirect enum Expression: Equatable {
        /// `'si'`, `"'"`: the characters written between the quotes.
        case terminal(String)
        case characterClass(CharacterClass)
        case reference(String)
        case sequence([Expression])
        case choice([Expression])
        case optional(Expression)
        case zeroOrMore(Expression)
        case oneOrMore(Expression)
        /// `A - B`: what matches A but not B.
        case exclusion(Expression, Expression)

        /// Every rule name this expression mentions.
        var references: Set<String> {
            switch self {
            case .terminal, .characterClass: return []
            case .reference(let name): return [name]
            case .sequence(let items), .choice(let items):
                return items.reduce(into: Set<String>()) { $0.formUnion($1.references) }
            case .optional(let e), .zeroOrMore(let e), .oneOrMore(let e): return e.references
            case .exclusion(let a, let b): return a.references.union(b.references)
            }
        }

        /// Every quoted terminal this expression mentions (without following references).
        var terminals: [String] {
            switch self {
            case .terminal(let text): return [text]
            case .characterClass, .reference: return []
            case .sequence(let items), .choice(let items): return items.flatMap(\.terminals)
            case .optional(let e), .zeroOrMore(let e), .oneOrMore(let e): return e.terminals
            case .exclusion(let a, let b): return a.terminals + b.terminals
            }
        }
    }

    struct Rule {
        let name: String
        let expression: Expression
        /// The line of the file where the rule starts (from 1).
        let line: Int

        /// W3C convention used by the Ardoise grammar: UPPER-CASE rules are lexical (characters),
        /// lower-case rules are syntactic (tokens).
        var isLexical: Bool { name.first.map { $0.isUppercase } ?? false }
    }

    struct ParseError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "grammaire, ligne \(line) : \(message)" }
    }

    /// The rules in file order; the first one is the start symbol.
    let rules: [Rule]
    private let index: [String: Int]

    var start: Rule { rules[0] }

    subscript(name: String) -> Rule? { index[name].map { rules[$0] } }

    init(text: String) throws {
        var tokenizer = Tokenizer(text: text)
        let tokens = try tokenizer.tokenize()
        var parser = RuleParser(tokens: tokens)
        rules = try parser.parseRules()
        var index: [String: Int] = [:]
        for (i, rule) in rules.enumerated() {
            if index[rule.name] != nil { throw ParseError(line: rule.line, message: "la règle \(rule.name) est définie deux fois") }
            index[rule.name] = i
        }
        self.index = index
    }

    /// Rule names that are referenced but never defined.
    var undefinedReferences: Set<String> {
        rules.reduce(into: Set<String>()) { $0.formUnion($1.expression.references) }.subtracting(index.keys)
    }

    /// Rule names reachable from the start symbol.
    var reachableRules: Set<String> {
        var seen: Set<String> = [start.name]
        var pending = [start.name]
        while let name = pending.popLast() {
            for next in self[name]?.expression.references ?? [] where !seen.contains(next) {
                seen.insert(next)
                pending.append(next)
            }
        }
        return seen
    }

    // MARK: - Reading the notation

    private enum Token: Equatable {
        case name(String)
        case definedAs
        case terminal(String)
        case characterClass(CharacterClass)
        case punctuation(Character)   // ( ) | ? * + -
    }

    private struct Tokenizer {
        let scalars: [Unicode.Scalar]
        var position = 0
        var line = 1

        init(text: String) { scalars = Array(text.unicodeScalars) }

        var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
        func peek(_ offset: Int) -> Unicode.Scalar? {
            position + offset < scalars.count ? scalars[position + offset] : nil
        }

        mutating func advance() {
            if current == "\n" { line += 1 }
            position += 1
        }

        func error(_ message: String) -> ParseError { ParseError(line: line, message: message) }

        mutating func tokenize() throws -> [(token: Token, line: Int)] {
            var tokens: [(Token, Int)] = []
            while let c = current {
                if c.properties.isWhitespace { advance(); continue }
                let startLine = line
                if c == "/" && peek(1) == "*" {
                    advance(); advance()
                    while current != nil && !(current == "*" && peek(1) == "/") { advance() }
                    guard current != nil else { throw error("commentaire jamais fermé") }
                    advance(); advance()
                    continue
                }
                if c == ":" && peek(1) == ":" && peek(2) == "=" {
                    advance(); advance(); advance()
                    tokens.append((.definedAs, startLine))
                    continue
                }
                if c == "'" || c == "\"" {
                    advance()
                    var text = String.UnicodeScalarView()
                    while let d = current, d != c {
                        if d == "\n" { throw error("terminal qui déborde de sa ligne") }
                        text.append(d)
                        advance()
                    }
                    guard current != nil else { throw error("terminal jamais fermé") }
                    advance()
                    if text.isEmpty { throw error("terminal vide") }
                    tokens.append((.terminal(String(text)), startLine))
                    continue
                }
                if c == "#" {
                    let value = try hexCharacter()
                    tokens.append((.characterClass(CharacterClass(negated: false, ranges: [value...value])), startLine))
                    continue
                }
                if c == "[" {
                    tokens.append((.characterClass(try characterClass()), startLine))
                    continue
                }
                if "()|?*+-".unicodeScalars.contains(c) {
                    advance()
                    tokens.append((.punctuation(Character(c)), startLine))
                    continue
                }
                if c.properties.isAlphabetic || c == "_" {
                    var name = String.UnicodeScalarView()
                    while let d = current, d.properties.isAlphabetic || d == "_" || ("0"..."9").contains(d) {
                        name.append(d)
                        advance()
                    }
                    tokens.append((.name(String(name)), startLine))
                    continue
                }
                throw error("caractère inattendu « \(c) »")
            }
            return tokens
        }

        /// `#xN`, the cursor on `#`.
        mutating func hexCharacter() throws -> UInt32 {
            guard current == "#", peek(1) == "x" else { throw error("« # » doit être suivi de « x » et d'un code hexadécimal") }
            advance(); advance()
            var digits = ""
            while let d = current, d.properties.isASCIIHexDigit {
                digits.unicodeScalars.append(d)
                advance()
            }
            guard let value = UInt32(digits, radix: 16), Unicode.Scalar(value) != nil else {
                throw error("code de caractère invalide « #x\(digits) »")
            }
            return value
        }

        /// `[a-z#xC0-#xD6_]` or `[^…]`, the cursor on `[`.
        mutating func characterClass() throws -> CharacterClass {
            advance()
            var negated = false
            if current == "^" { negated = true; advance() }
            var ranges: [ClosedRange<UInt32>] = []
            func single() throws -> UInt32 {
                guard let c = current, c != "\n" else { throw error("classe de caractères jamais fermée") }
                if c == "#" && peek(1) == "x" { return try hexCharacter() }
                advance()
                return c.value
            }
            while current != "]" {
                let low = try single()
                var high = low
                if current == "-" && peek(1) != "]" {
                    advance()
                    high = try single()
                }
                guard low <= high else { throw error("intervalle à l'envers dans une classe de caractères") }
                ranges.append(low...high)
            }
            advance()
            if ranges.isEmpty { throw error("classe de caractères vide") }
            return CharacterClass(negated: negated, ranges: ranges)
        }
    }

    /// Rules: `name ::= choice`, a rule ending where the next `name ::=` starts.
    private struct RuleParser {
        let tokens: [(token: Token, line: Int)]
        var position = 0

        init(tokens: [(token: Token, line: Int)]) { self.tokens = tokens }

        var current: Token? { position < tokens.count ? tokens[position].token : nil }
        var line: Int { position < tokens.count ? tokens[position].line : (tokens.last?.line ?? 1) }
        var atRuleStart: Bool {
            if case .name = current, position + 1 < tokens.count, tokens[position + 1].token == .definedAs { return true }
            return false
        }

        func error(_ message: String) -> ParseError { ParseError(line: line, message: message) }

        mutating func parseRules() throws -> [Rule] {
            var rules: [Rule] = []
            while current != nil {
                guard case .name(let name) = current, atRuleStart else { throw error("une règle doit commencer par « nom ::= »") }
                let line = self.line
                position += 2
                let expression = try parseChoice()
                guard current == nil || atRuleStart else { throw error("fin de règle inattendue dans \(name)") }
                rules.append(Rule(name: name, expression: expression, line: line))
            }
            if rules.isEmpty { throw error("aucune règle") }
            return rules
        }

        mutating func parseChoice() throws -> Expression {
            var alternatives = [try parseSequence()]
            while current == .punctuation("|") {
                position += 1
                alternatives.append(try parseSequence())
            }
            return alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
        }

        mutating func parseSequence() throws -> Expression {
            var items: [Expression] = []
            while let token = current, !atRuleStart, token != .punctuation("|"), token != .punctuation(")") {
                items.append(try parseExclusion())
            }
            if items.isEmpty { throw error("expression vide") }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func parseExclusion() throws -> Expression {
            let item = try parsePostfix()
            if current == .punctuation("-") {
                position += 1
                return .exclusion(item, try parsePostfix())
            }
            return item
        }

        mutating func parsePostfix() throws -> Expression {
            var item = try parsePrimary()
            while case .punctuation(let p) = current, "?*+".contains(p) {
                position += 1
                switch p {
                case "?": item = .optional(item)
                case "*": item = .zeroOrMore(item)
                default: item = .oneOrMore(item)
                }
            }
            return item
        }

        mutating func parsePrimary() throws -> Expression {
            guard let token = current else { throw error("expression inachevée à la fin du fichier") }
            position += 1
            switch token {
            case .name(let name): return .reference(name)
            case .terminal(let text): return .terminal(text)
            case .characterClass(let set): return .characterClass(set)
            case .punctuation("("):
                let inner = try parseChoice()
                guard current == .punctuation(")") else { throw error("« ) » attendue") }
                position += 1
                return inner
            default:
                position -= 1
                throw error("élément inattendu")
            }
        }
    }

    // MARK: - Matching characters

    /// Whether `text` matches the expression exactly, at the character level (lexical rules).
    /// `fold` is applied to the text and to every terminal before comparing.
    func matches(_ expression: Expression, _ text: String, fold: (String) -> String = { $0 }) -> Bool {
        let scalars = Array(fold(text).unicodeScalars)
        return ends(of: expression, in: scalars, from: [0], fold: fold).contains(scalars.count)
    }

    /// The positions where a match of `expression` starting at one of `starts` can end.
    private func ends(of expression: Expression, in scalars: [Unicode.Scalar], from starts: Set<Int>,
                      fold: (String) -> String, depth: Int = 0) -> Set<Int> {
        guard depth < 200, !starts.isEmpty else { return [] }
        switch expression {
        case .terminal(let text):
            let wanted = Array(fold(text).unicodeScalars)
            return Set(starts.filter { start in
                start + wanted.count <= scalars.count && Array(scalars[start..<start + wanted.count]) == wanted
            }.map { $0 + wanted.count })
        case .characterClass(let set):
            return Set(starts.filter { $0 < scalars.count && set.contains(scalars[$0]) }.map { $0 + 1 })
        case .reference(let name):
            guard let rule = self[name] else { return [] }
            return ends(of: rule.expression, in: scalars, from: starts, fold: fold, depth: depth + 1)
        case .sequence(let items):
            return items.reduce(starts) { ends(of: $1, in: scalars, from: $0, fold: fold, depth: depth + 1) }
        case .choice(let items):
            return items.reduce(into: Set<Int>()) { $0.formUnion(ends(of: $1, in: scalars, from: starts, fold: fold, depth: depth + 1)) }
        case .optional(let e):
            return starts.union(ends(of: e, in: scalars, from: starts, fold: fold, depth: depth + 1))
        case .zeroOrMore(let e):
            var all = starts
            var frontier = starts
            while !frontier.isEmpty {
                frontier = ends(of: e, in: scalars, from: frontier, fold: fold, depth: depth + 1).subtracting(all)
                all.formUnion(frontier)
            }
            return all
        case .oneOrMore(let e):
            let once = ends(of: e, in: scalars, from: starts, fold: fold, depth: depth + 1)
            return ends(of: .zeroOrMore(e), in: scalars, from: once, fold: fold, depth: depth + 1)
        case .exclusion(let a, let b):
            return Set(starts.flatMap { start in
                ends(of: a, in: scalars, from: [start], fold: fold, depth: depth + 1).filter { end in
                    !ends(of: b, in: Array(scalars[start..<end]), from: [0], fold: fold, depth: depth + 1).contains(end - start)
                }
            })
        }
    }
}
