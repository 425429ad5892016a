import Foundation
@testable import Ardoise

/// Writes random programs from an `EBNFGrammar` that has two levels, as `grammar/ardoise.ebnf`:
/// lower-case rules build sequences of tokens, UPPER-CASE rules build the characters of one
/// token. The same seed always gives the same program.
///
/// - Depth: every rule reference costs one level of a depth budget. An alternative (or one
///   more repetition) is taken only if it can still be finished within the budget, using each
///   rule's minimal derivation depth, computed first; past the budget the shortest way is taken.
/// - Size: each line (a repetition of something that holds a line end, as the lines of a
///   block) gets a token budget of its own; once it is spent, choices take the shortest
///   alternative and repetitions inside the line stop, so that the line ends soon. The lines
///   of a nested block have their own budget, and the rest of the enclosing line (`sinon`,
///   `fin si`) gets what was left of its own. `maximumTokens` caps the whole program.
/// - Repetitions (`*`, `+`) are small: 0 to 3 more, fewer more often. The start symbol's
///   repetition (the lines of the program) gets `programLines` instead. An alternative that
///   refers to the rule being derived (`'-' opposite`) is taken less often than the others.
/// - Tokens are laid out as a person could type them: a space where two tokens would merge
///   (`si x`, not `six`; `a < -5`, not `a <-5`), sometimes none where they would not; random
///   indentation; sometimes a line break (and a comment) inside `( )` and `[ ]`, and a line
///   break inside the braces of an interpolation, where the grammar says they are ignored.
/// - Keywords (the quoted terminals made of letters) are sometimes written in capitals,
///   without accents, or glued together (`finsi`) when the glued word is one of `gluedWords`.
struct ProgramGenerator {
    struct Options {
        var depthBudget: ClosedRange<Int> = 25...50
        var lineTokenBudget: ClosedRange<Int> = 8...60
        var maximumTokens = 3000
        var programLines: ClosedRange<Int> = 2...10
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
    /// The rules, ready to derive, in the grammar's order.
    private let rules: [CompiledRule]

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
        let numbers = Dictionary(uniqueKeysWithValues: grammar.rules.enumerated().map { ($1.name, $0) })
        rules = grammar.rules.map { rule in
            CompiledRule(name: rule.name, isLexical: rule.isLexical,
                         node: Node(rule.expression, rule: rule.name, depths: depths, numbers: numbers, options: options))
        }
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

    /// A program for this seed.
    func program(seed: UInt64) -> String {
        program(random: SplitMix64(seed: seed))
    }

    /// A program drawn from `random` (the fuzzer's bytes as a script: `Fuzz/`).
    func program(random: SplitMix64) -> String {
        var run = Run(generator: self, random: random)
        return run.program()
    }

    // MARK: - The grammar, ready to derive

    private struct CompiledRule {
        let name: String
        let isLexical: Bool
        let node: Node
    }

    /// An expression of the grammar with what the derivation needs to know about it.
    private final class Node {
        enum Kind {
            case terminal(String, isWord: Bool)
            /// The characters to draw from: a negated class keeps those of `universe` it allows.
            case characters(EBNFGrammar.CharacterClass, allowed: [Unicode.Scalar])
            case reference(Int)
            case sequence
            case choice(weights: [Double])
            case optional
            case zeroOrMore
            case oneOrMore
            /// The first child, except what matches this expression.
            case exclusion(EBNFGrammar.Expression)
        }
        let kind: Kind
        let children: [Node]
        let minimalDepth: Int
        /// Whether it holds a line end directly (a line of a block, of the program).
        let isLine: Bool

        init(_ expression: EBNFGrammar.Expression, rule: String, depths: [String: Int], numbers: [String: Int], options: Options) {
            minimalDepth = ProgramGenerator.minimalDepth(of: expression, depths)
            isLine = expression.references.contains(options.lineEndRule)
            func compile(_ e: EBNFGrammar.Expression) -> Node {
                Node(e, rule: rule, depths: depths, numbers: numbers, options: options)
            }
            switch expression {
            case .terminal(let text):
                kind = .terminal(text, isWord: text.allSatisfy(\.isLetter))
                children = []
            case .characterClass(let set):
                kind = .characters(set, allowed: set.negated ? options.universe.filter(set.contains) : [])
                children = []
            case .reference(let name):
                kind = .reference(numbers[name] ?? -1)
                children = []
            case .sequence(let items):
                kind = .sequence
                children = items.map(compile)
            case .choice(let items):
                kind = .choice(weights: items.map { $0.references.contains(rule) ? 1 : 4 })
                children = items.map(compile)
            case .optional(let e):
                kind = .optional
                children = [compile(e)]
            case .zeroOrMore(let e):
                kind = .zeroOrMore
                children = [compile(e)]
            case .oneOrMore(let e):
                kind = .oneOrMore
                children = [compile(e)]
            case .exclusion(let a, let b):
                kind = .exclusion(b)
                children = [compile(a)]
            }
        }
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
        let rules: [CompiledRule]
        let grammar: EBNFGrammar
        let options: Options
        var random: SplitMix64
        let depthBudget: Int
        let lineTokenBudget: Int
        var tokensWritten = 0
        var lineTokensWritten = 0

        init(generator: ProgramGenerator, random: SplitMix64) {
            rules = generator.rules
            grammar = generator.grammar
            options = generator.options
            self.random = random
            depthBudget = Int.random(in: options.depthBudget, using: &self.random)
            lineTokenBudget = Int.random(in: options.lineTokenBudget, using: &self.random)
        }

        var lineSpent: Bool { lineTokensWritten >= lineTokenBudget }
        var programSpent: Bool { tokensWritten >= options.maximumTokens }

        mutating func program() -> String {
            var tokens: [Token] = []
            let start = rules[0].node
            if case .zeroOrMore = start.kind {
                let line = start.children[0]
                for _ in 0..<Int.random(in: options.programLines, using: &random) {
                    asLine(line) { $0.syntax(line, depth: 1, into: &tokens) }
                }
            } else {
                syntax(start, depth: 1, into: &tokens)
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

        /// Runs `body` as a new line, with its own token budget.
        mutating func asLine(_ node: Node, _ body: (inout Run) -> Void) {
            guard node.isLine else { return body(&self) }
            let enclosing = lineTokensWritten
            lineTokensWritten = 0
            body(&self)
            lineTokensWritten = enclosing
        }

        mutating func wrote() {
            tokensWritten += 1
            lineTokensWritten += 1
        }

        // MARK: Choices

        /// Among the alternatives that can still be finished within the depth budget, a
        /// weighted draw; the shortest when none can or when the line is long enough.
        mutating func choose(_ node: Node, weights: [Double], depth: Int) -> Node {
            let alternatives = node.children
            var shortest = alternatives[0]
            for alternative in alternatives where alternative.minimalDepth < shortest.minimalDepth { shortest = alternative }
            if lineSpent || programSpent { return shortest }
            let remaining = depthBudget - depth
            var total = 0.0
            for (alternative, weight) in zip(alternatives, weights) where alternative.minimalDepth <= remaining { total += weight }
            guard total > 0 else { return shortest }
            var draw = Double.random(in: 0..<total, using: &random)
            for (alternative, weight) in zip(alternatives, weights) where alternative.minimalDepth <= remaining {
                if draw < weight { return alternative }
                draw -= weight
            }
            return shortest
        }

        /// How many times to repeat `node`, at least `minimum`: one more with probability 0.6
        /// for lines, 0.25 for the rest, up to `maximum`; an optional part is there with
        /// probability 0.5. Lines and optional parts (`pas s`, `sinon`, which come late in a
        /// line) are still drawn when the line's budget is spent, within the depth budget and
        /// the program's maximum.
        mutating func repetitions(of node: Node, minimum: Int, maximum: Int, depth: Int) -> Int {
            if node.minimalDepth > depthBudget - depth || programSpent { return minimum }
            if lineSpent && maximum > 1 && !node.isLine { return minimum }
            let more = maximum == 1 ? 0.5 : node.isLine ? 0.6 : 0.25
            var count = minimum
            while count < maximum && random.chance(more) { count += 1 }
            return count
        }

        // MARK: Syntax level (tokens)

        mutating func syntax(_ node: Node, depth: Int, into tokens: inout [Token]) {
            switch node.kind {
            case .terminal(let text, let isWord):
                tokens.append(Token(text: text, kind: isWord ? .word : .symbol))
                wrote()
            case .characters:
                var text = String.UnicodeScalarView()
                lexical(node, depth: depth, into: &text)
                tokens.append(Token(text: String(text), kind: .symbol))
                wrote()
            case .reference(let number):
                let rule = rules[number]
                if rule.isLexical {
                    tokens.append(Token(text: token(of: rule, depth: depth + 1), kind: .lexical(rule.name)))
                    wrote()
                } else {
                    syntax(rule.node, depth: depth + 1, into: &tokens)
                }
            case .sequence:
                for child in node.children { syntax(child, depth: depth, into: &tokens) }
            case .choice(let weights):
                syntax(choose(node, weights: weights, depth: depth), depth: depth, into: &tokens)
            case .optional, .zeroOrMore, .oneOrMore:
                let inner = node.children[0]
                for _ in 0..<count(node, depth: depth) {
                    asLine(inner) { $0.syntax(inner, depth: depth, into: &tokens) }
                }
            case .exclusion(let excluded):
                for attempt in 0..<100 {
                    var candidate: [Token] = []
                    syntax(node.children[0], depth: depth, into: &candidate)
                    let text = candidate.map(\.text).joined(separator: " ")
                    if attempt == 99 || !grammar.matches(excluded, text, fold: options.fold) {
                        tokens += candidate
                        return
                    }
                }
            }
        }

        mutating func count(_ node: Node, depth: Int) -> Int {
            switch node.kind {
            case .optional: return repetitions(of: node.children[0], minimum: 0, maximum: 1, depth: depth)
            case .zeroOrMore: return repetitions(of: node.children[0], minimum: 0, maximum: options.maximumRepetitions, depth: depth)
            default: return repetitions(of: node.children[0], minimum: 1, maximum: options.maximumRepetitions, depth: depth)
            }
        }

        /// One token made by a lexical rule, drawn again while `acceptsToken` refuses it.
        mutating func token(of rule: CompiledRule, depth: Int) -> String {
            var text = ""
            for _ in 0..<100 {
                var scalars = String.UnicodeScalarView()
                lexical(rule.node, depth: depth, into: &scalars)
                text = String(scalars)
                if options.acceptsToken(rule.name, text) { break }
            }
            return text
        }

        // MARK: Lexical level (characters)

        mutating func lexical(_ node: Node, depth: Int, into text: inout String.UnicodeScalarView) {
            switch node.kind {
            case .terminal(let terminal, _):
                text.append(contentsOf: terminal.unicodeScalars)
            case .characters(let set, let allowed):
                text.append(character(in: set, allowed: allowed))
            case .reference(let number):
                let rule = rules[number]
                if rule.isLexical {
                    lexical(rule.node, depth: depth + 1, into: &text)
                } else {
                    // Back at the token level, inside a token (an interpolation in a text).
                    var tokens: [Token] = []
                    syntax(rule.node, depth: depth + 1, into: &tokens)
                    text.append(contentsOf: layout(glue(tokens), inInterpolation: true).unicodeScalars)
                }
            case .sequence:
                for child in node.children { lexical(child, depth: depth, into: &text) }
            case .choice(let weights):
                lexical(choose(node, weights: weights, depth: depth), depth: depth, into: &text)
            case .optional, .zeroOrMore, .oneOrMore:
                for _ in 0..<count(node, depth: depth) { lexical(node.children[0], depth: depth, into: &text) }
            case .exclusion(let excluded):
                for attempt in 0..<100 {
                    var candidate = String.UnicodeScalarView()
                    lexical(node.children[0], depth: depth, into: &candidate)
                    if attempt == 99 || !grammar.matches(excluded, String(candidate), fold: options.fold) {
                        text.append(contentsOf: candidate)
                        return
                    }
                }
            }
        }

        mutating func character(in set: EBNFGrammar.CharacterClass, allowed: [Unicode.Scalar]) -> Unicode.Scalar {
            if set.negated { return allowed.randomElement(using: &random) ?? " " }
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
