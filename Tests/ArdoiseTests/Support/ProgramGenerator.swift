import Foundation

/// Writes random programs from an `EBNFGrammar` that has two levels, as `grammar/ardoise.ebnf`:
/// lower-case rules build sequences of tokens, UPPER-CASE rules build the characters of one
/// token. The same seed always gives the same program.
///
/// - Depth: every rule reference costs one level of `depthBudget`. An alternative (or one
///   more repetition) is taken only if it can still be finished within the budget, using each
///   rule's minimal derivation depth, computed first; past the budget the shortest way is taken.
/// - Size: once `tokenBudget` tokens are written, every choice is the shortest one, so that
///   the program closes what is open and ends.
/// - Repetitions (`*`, `+`) are small: 0 to 3 more, fewer more often. The start symbol's
///   repetition (the lines of the program) gets `programLines` instead.
/// - Tokens are laid out as a person could type them: a space where two tokens would merge
///   (`si x`, not `six`; `a < -5`, not `a <-5`), sometimes none where they would not; random
///   indentation; sometimes a line break (and a comment) inside `( )` and `[ ]`, and a line
///   break inside the braces of an interpolation, where the grammar says they are ignored.
/// - Keywords (the quoted terminals made of letters) are sometimes written in capitals,
///   without accents, or glued together (`finsi`) when the glued word is one of `gluedWords`.
struct ProgramGenerator {
    struct Options {
        var depthBudget: ClosedRange<Int> = 20...45
        var tokenBudget: ClosedRange<Int> = 20...250
        var programLines: ClosedRange<Int> = 1...8
        var maximumRepetitions = 3
        /// Whether a token made by a lexical rule may be used (the rule's name, the token):
        /// used to keep names away from keywords and from words that get an error hint.
        var acceptsToken: (String, String) -> Bool = { _, _ in true }
        /// Characters drawn for a negated class such as `[^#x22#x5C]`: the class keeps those
        /// it allows.
        var universe: [Unicode.Scalar] = (0x20...0x7E).compactMap(Unicode.Scalar.init)
        /// Keywords written glued together (`finsi`), compared after `fold`.
        var gluedWords: Set<String> = []
        /// How keywords compare (ignoring case and accents).
        var fold: (String) -> String = { $0 }
        /// The lexical rule whose tokens end a line, for the layout (indentation after them).
        var lineEndRule = "NEWLINE"
    }

    let grammar: EBNFGrammar
    let options: Options
    /// The fewest rule references needed to finish each rule.
    let minimalDepths: [String: Int]

    init(grammar: EBNFGrammar, options: Options = Options()) {
        self.grammar = grammar
        self.options = options
        var depths: [String: Int] = [:]
        var changed = true
        while changed {
            changed = false
            for rule in grammar.rules {
                let depth = Self.minimalDepth(of: rule.expression, depths)
                if depth < depths[rule.name] ?? Self.infinite {
                    depths[rule.name] = depth
                    changed = true
                }
            }
        }
        minimalDepths = depths
    }

    private static let infinite = Int.max / 4

    private static func minimalDepth(of expression: EBNFGrammar.Expression, _ depths: [String: Int]) -> Int {
        switch expression {
        case .terminal, .characterClass: return 0
        case .reference(let name): return min(infinite, (depths[name] ?? infinite) + 1)
        case .sequence(let items): return items.map { minimalDepth(of: $0, depths) }.max() ?? 0
        case .choice(let items): return items.map { minimalDepth(of: $0, depths) }.min() ?? infinite
        case .optional, .zeroOrMore: return 0
        case .oneOrMore(let e): return minimalDepth(of: e, depths)
        case .exclusion(let a, _): return minimalDepth(of: a, depths)
        }
    }

    func minimalDepth(of expression: EBNFGrammar.Expression) -> Int {
        Self.minimalDepth(of: expression, minimalDepths)
    }

    /// A program for this seed.
    func program(seed: UInt64) -> String {
        var run = Run(generator: self, random: SplitMix64(seed: seed))
        return run.program()
    }

    // MARK: - One generation

    /// A token of the syntax level.
    struct Token {
        enum Kind: Equatable {
            /// A quoted terminal made of letters: a keyword (reserved or contextual).
            case word
            /// Another quoted terminal: punctuation, an operator.
            case symbol
            /// Made by a lexical rule.
            case lexical(String)
        }
        var text: String
        var kind: Kind
    }

    private struct Run {
        let generator: ProgramGenerator
        var random: SplitMix64
        let depthBudget: Int
        let tokenBudget: Int
        var tokensWritten = 0

        init(generator: ProgramGenerator, random: SplitMix64) {
            self.generator = generator
            self.random = random
            depthBudget = Int.random(in: generator.options.depthBudget, using: &self.random)
            tokenBudget = Int.random(in: generator.options.tokenBudget, using: &self.random)
        }

        var grammar: EBNFGrammar { generator.grammar }
        var options: Options { generator.options }
        var exhausted: Bool { tokensWritten >= tokenBudget }

        mutating func program() -> String {
            var tokens: [Token] = []
            let start = grammar.start
            if case .zeroOrMore(let line) = start.expression {
                let count = Int.random(in: options.programLines, using: &random)
                for _ in 0..<count { syntax(line, depth: 1, into: &tokens) }
            } else {
                syntax(start.expression, depth: 1, into: &tokens)
            }
            var text = layout(glue(tokens), inInterpolation: false)
            if random.chance(0.05) { text = "\u{FEFF}" + text }
            // The end of the file counts as a final line break.
            if random.chance(0.2), let last = text.unicodeScalars.last, last == "\n" || last == "\r" {
                text.unicodeScalars.removeLast()
                if text.unicodeScalars.last == "\r" { text.unicodeScalars.removeLast() }
            }
            return text
        }

        // MARK: Choices

        /// Alternatives that can still be finished within the budget; the shortest when none
        /// can or when the program is long enough.
        mutating func choose(_ alternatives: [EBNFGrammar.Expression], depth: Int) -> EBNFGrammar.Expression {
            let remaining = depthBudget - depth
            let depths = alternatives.map { generator.minimalDepth(of: $0) }
            let shortest = alternatives[depths.firstIndex(of: depths.min()!)!]
            if exhausted { return shortest }
            let fitting = zip(alternatives, depths).filter { $0.1 <= remaining }.map(\.0)
            return fitting.randomElement(using: &random) ?? shortest
        }

        /// How many times to repeat `expression`, at least `minimum`.
        mutating func repetitions(of expression: EBNFGrammar.Expression, minimum: Int, maximum: Int, depth: Int) -> Int {
            if exhausted || generator.minimalDepth(of: expression) > depthBudget - depth { return minimum }
            var count = minimum
            // 0 more: 1/2, 1 more: 1/4, 2 more: 1/8...
            while count < maximum && random.chance(0.5) { count += 1 }
            return count
        }

        // MARK: Syntax level (tokens)

        mutating func syntax(_ expression: EBNFGrammar.Expression, depth: Int, into tokens: inout [Token]) {
            switch expression {
            case .terminal(let text):
                tokens.append(Token(text: text, kind: text.allSatisfy(\.isLetter) ? .word : .symbol))
                tokensWritten += 1
            case .characterClass:
                var text = String.UnicodeScalarView()
                lexical(expression, depth: depth, into: &text)
                tokens.append(Token(text: String(text), kind: .symbol))
                tokensWritten += 1
            case .reference(let name):
                guard let rule = grammar[name] else { return }
                if rule.isLexical {
                    tokens.append(Token(text: token(of: rule, depth: depth + 1), kind: .lexical(name)))
                    tokensWritten += 1
                } else {
                    syntax(rule.expression, depth: depth + 1, into: &tokens)
                }
            case .sequence(let items):
                for item in items { syntax(item, depth: depth, into: &tokens) }
            case .choice(let alternatives):
                syntax(choose(alternatives, depth: depth), depth: depth, into: &tokens)
            case .optional(let e):
                for _ in 0..<repetitions(of: e, minimum: 0, maximum: 1, depth: depth) { syntax(e, depth: depth, into: &tokens) }
            case .zeroOrMore(let e):
                for _ in 0..<repetitions(of: e, minimum: 0, maximum: options.maximumRepetitions, depth: depth) {
                    syntax(e, depth: depth, into: &tokens)
                }
            case .oneOrMore(let e):
                for _ in 0..<repetitions(of: e, minimum: 1, maximum: options.maximumRepetitions, depth: depth) {
                    syntax(e, depth: depth, into: &tokens)
                }
            case .exclusion(let a, let b):
                for attempt in 0..<100 {
                    var candidate: [Token] = []
                    syntax(a, depth: depth, into: &candidate)
                    let text = candidate.map(\.text).joined(separator: " ")
                    if attempt == 99 || !grammar.matches(b, text, fold: options.fold) {
                        tokens += candidate
                        return
                    }
                }
            }
        }

        /// One token made by a lexical rule, drawn again while `acceptsToken` refuses it.
        mutating func token(of rule: EBNFGrammar.Rule, depth: Int) -> String {
            var text = ""
            for _ in 0..<100 {
                var scalars = String.UnicodeScalarView()
                lexical(rule.expression, depth: depth, into: &scalars)
                text = String(scalars)
                if options.acceptsToken(rule.name, text) { break }
            }
            return text
        }

        // MARK: Lexical level (characters)

        mutating func lexical(_ expression: EBNFGrammar.Expression, depth: Int, into text: inout String.UnicodeScalarView) {
            switch expression {
            case .terminal(let terminal):
                text.append(contentsOf: terminal.unicodeScalars)
            case .characterClass(let set):
                text.append(character(in: set))
            case .reference(let name):
                guard let rule = grammar[name] else { return }
                if rule.isLexical {
                    lexical(rule.expression, depth: depth + 1, into: &text)
                } else {
                    // Back at the token level, inside a token (an interpolation in a text).
                    var tokens: [Token] = []
                    syntax(rule.expression, depth: depth + 1, into: &tokens)
                    text.append(contentsOf: layout(glue(tokens), inInterpolation: true).unicodeScalars)
                }
            case .sequence(let items):
                for item in items { lexical(item, depth: depth, into: &text) }
            case .choice(let alternatives):
                lexical(choose(alternatives, depth: depth), depth: depth, into: &text)
            case .optional(let e):
                for _ in 0..<repetitions(of: e, minimum: 0, maximum: 1, depth: depth) { lexical(e, depth: depth, into: &text) }
            case .zeroOrMore(let e):
                for _ in 0..<repetitions(of: e, minimum: 0, maximum: options.maximumRepetitions, depth: depth) {
                    lexical(e, depth: depth, into: &text)
                }
            case .oneOrMore(let e):
                for _ in 0..<repetitions(of: e, minimum: 1, maximum: options.maximumRepetitions, depth: depth) {
                    lexical(e, depth: depth, into: &text)
                }
            case .exclusion(let a, let b):
                for attempt in 0..<100 {
                    var candidate = String.UnicodeScalarView()
                    lexical(a, depth: depth, into: &candidate)
                    if attempt == 99 || !grammar.matches(b, String(candidate), fold: options.fold) {
                        text.append(contentsOf: candidate)
                        return
                    }
                }
            }
        }

        mutating func character(in set: EBNFGrammar.CharacterClass) -> Unicode.Scalar {
            if set.negated {
                let allowed = options.universe.filter(set.contains)
                return allowed.randomElement(using: &random) ?? " "
            }
            for _ in 0..<100 {
                let range = set.ranges.randomElement(using: &random)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { return scalar }
            }
            return Unicode.Scalar(set.ranges[0].lowerBound) ?? " "
        }

        // MARK: Spelling and layout

        /// Keywords in another case or without accents, and some glued together (`finsi`).
        mutating func glue(_ tokens: [Token]) -> [Token] {
            var result: [Token] = []
            var i = 0
            while i < tokens.count {
                var token = tokens[i]
                if token.kind == .word {
                    // The longest run of keywords that is a glued word, if any and if chosen.
                    for length in stride(from: 3, through: 2, by: -1) where i + length <= tokens.count {
                        let run = tokens[i..<i + length]
                        guard run.allSatisfy({ $0.kind == .word }),
                              options.gluedWords.contains(options.fold(run.map(\.text).joined())),
                              random.chance(0.4) else { continue }
                        token = Token(text: run.map(\.text).joined(), kind: .word)
                        i += length - 1
                        break
                    }
                    token.text = respell(token.text)
                }
                result.append(token)
                i += 1
            }
            return result
        }

        mutating func respell(_ word: String) -> String {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: return word.uppercased()
            case 1: return word.prefix(1).uppercased() + word.dropFirst()
            case 2: return word.folding(options: .diacriticInsensitive, locale: nil)
            case 3: return String(word.map { random.chance(0.5) ? Character($0.uppercased()) : $0 })
            default: return word
            }
        }

        func endsLine(_ token: Token) -> Bool { token.kind == .lexical(options.lineEndRule) }

        /// The tokens as text: spaces where needed, random ones elsewhere, random indentation.
        mutating func layout(_ tokens: [Token], inInterpolation: Bool) -> String {
            var text = ""
            var brackets = 0
            var atLineStart = !inInterpolation
            var previous: Token?
            for token in tokens {
                if atLineStart {
                    text += ["", "", "    ", "        ", "\t", "  "].randomElement(using: &random)!
                } else if let previous {
                    if endsLine(token) {
                        text += ["", "", "", " ", "\t"].randomElement(using: &random)!
                    } else if (brackets > 0 || inInterpolation) && random.chance(0.08) {
                        // Line breaks are ignored inside ( ) and [ ] (with the comment before
                        // them) and inside the braces of an interpolation.
                        if !inInterpolation && random.chance(0.5) { text += " # " + comment() }
                        text += random.chance(0.8) ? "\n" : "\r\n"
                        text += ["", "    ", "\t"].randomElement(using: &random)!
                    } else if mustSeparate(previous.text, token.text) {
                        text += [" ", " ", "  ", "\t"].randomElement(using: &random)!
                    } else {
                        text += ["", "", " "].randomElement(using: &random)!
                    }
                }
                text += token.text
                if token.kind == .symbol {
                    if token.text == "(" || token.text == "[" { brackets += 1 }
                    if token.text == ")" || token.text == "]" { brackets -= 1 }
                }
                atLineStart = endsLine(token)
                previous = token
            }
            if inInterpolation {
                // Spaces may follow `{` and precede `}`.
                text = ["", "", " "].randomElement(using: &random)! + text + ["", "", " "].randomElement(using: &random)!
            }
            return text
        }

        mutating func comment() -> String {
            let letters = Array("abcdefghijklmnopqrstuvwxyzéèàç ,.;:!?\"'()[]{}<-#")
            return String((0..<Int.random(in: 0...12, using: &random)).map { _ in letters.randomElement(using: &random)! })
        }

        /// Whether two tokens written side by side would be read differently: two words or
        /// numbers (`si x`, not `six`), or symbols that make a longer one (`<` then `-`).
        func mustSeparate(_ left: String, _ right: String) -> Bool {
            guard let a = left.unicodeScalars.last, let b = right.unicodeScalars.first else { return false }
            func isWordPart(_ s: Unicode.Scalar) -> Bool {
                s.properties.isAlphabetic || s.properties.numericType != nil || s == "_"
                    || s.properties.generalCategory == .nonspacingMark
            }
            if isWordPart(a) && isWordPart(b) { return true }
            return ["<-", "<=", "<>", ">=", "!="].contains(String(a) + String(b))
        }
    }
}
