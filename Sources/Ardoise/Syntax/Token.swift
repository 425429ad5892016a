
/// Reserved words: never usable as names.
enum Keyword: String, CaseIterable, Sendable {
    case si, alors, sinon, fin, tant, que, pour, chaque, faire
    case répéter, fonction, retourner, afficher, vérifier
    case vrai, faux, rien, et, ou, non, div, mod
}

/// Words that are keywords only where the grammar expects them; elsewhere ordinary names.
enum ContextualWord: String, CaseIterable, Sendable {
    case de, à, pas, fois, dans, allant
}

enum Symbol: String, Sendable {
    case arrow = "<-", equal = "=", notEqual = "≠", less = "<", lessEqual = "≤", greater = ">", greaterEqual = "≥"
    case plus = "+", minus = "-", star = "*", slash = "/", caret = "^"
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case comma = ",", colon = ":"
}

/// A piece of a text literal: plain characters, or an interpolated `{expression}` already cut into tokens.
enum TextPiece: Sendable {
    case literal(String)
    case code([Token], SourceLocation)
}

enum TokenKind: Sendable {
    case identifier(String)
    case keyword(Keyword)
    case integer(BigInt)
    case decimal(Double)
    case text([TextPiece])
    case symbol(Symbol)
    case newline
    case endOfInput
}

struct Token: Sendable {
    var kind: TokenKind
    /// Exactly as written in the source.
    var lexeme: String
    var location: SourceLocation
    /// Set on identifiers that spell a contextual word (`de`, `à`, `pas`…).
    var contextual: ContextualWord?

    func isKeyword(_ k: Keyword) -> Bool {
        if case .keyword(let kw) = kind { return kw == k }
        return false
    }

    func isSymbol(_ s: Symbol) -> Bool {
        if case .symbol(let sym) = kind { return sym == s }
        return false
    }

    func isContextual(_ w: ContextualWord) -> Bool { contextual == w }

    var isNewline: Bool { if case .newline = kind { return true }; return false }
    var isEnd: Bool { if case .endOfInput = kind { return true }; return false }

    var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    /// How the token is named in a message: `« alors »`, `la fin de la ligne`…
    var described: String {
        switch kind {
        case .newline: return "la fin de la ligne"
        case .endOfInput: return "la fin du programme"
        case .text: return "un texte"
        case .integer, .decimal: return "le nombre « \(lexeme) »"
        default: return "« \(lexeme) »"
        }
    }
}
