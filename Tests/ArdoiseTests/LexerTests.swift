import Testing
@testable import Ardoise

/// The lexer's edge cases: accents and case in keywords, glued `finsi`, contextual words
/// used as names, `←` `≤` `≠`, interpolation with nested braces and quotes.
@Suite("Lexer")
struct LexerTests {
    private func kinds(_ text: String) -> [String] {
        var lexer = Lexer(text)
        return lexer.tokenize().map { token in
            switch token.kind {
            case .identifier(let name): return "id:\(name)"
            case .keyword(let k): return k.rawValue
            case .integer(let i): return "int:\(i)"
            case .decimal(let d): return "dec:\(d)"
            case .text: return "text"
            case .symbol(let s): return s.rawValue
            case .newline: return "⏎"
            case .endOfInput: return "$"
            }
        }
    }

    private func diagnostics(_ text: String) -> [Diagnostic] {
        var lexer = Lexer(text)
        _ = lexer.tokenize()
        return lexer.diagnostics
    }

    @Test("Keywords ignore case and accents", arguments: ["répéter", "repeter", "RÉPÉTER", "Répéter", "REPETER"])
    func keywordSpellings(_ word: String) {
        #expect(kinds(word) == ["répéter", "$"])
    }

    @Test("Glued textbook spellings stand for two keywords")
    func gluedEnds() {
        #expect(kinds("finsi") == ["fin", "si", "$"])
        #expect(kinds("FinTantQue") == ["fin", "tant", "que", "$"])
        #expect(kinds("finpour finrepeter finfonction") == ["fin", "pour", "fin", "répéter", "fin", "fonction", "$"])
        #expect(kinds("sinonsi tantque") == ["sinon", "si", "tant", "que", "$"])
    }

    @Test("Contextual words are names, marked as such")
    func contextualWords() {
        var lexer = Lexer("de à pas fois dans allant a")
        let tokens = lexer.tokenize()
        #expect(tokens.dropLast().allSatisfy { $0.identifier != nil })
        #expect(tokens[0].contextual == .de)
        #expect(tokens[1].contextual == .à)
        #expect(tokens[6].contextual == .à)    // accents are optional in keywords: `de 1 a 10`
    }

    @Test("Operator spellings")
    func operators() {
        #expect(kinds("x ← 1") == ["id:x", "<-", "int:1", "$"])
        #expect(kinds("x <- 1") == ["id:x", "<-", "int:1", "$"])
        #expect(kinds("a ≤ b <= c") == ["id:a", "≤", "id:b", "≤", "id:c", "$"])
        #expect(kinds("a ≥ b >= c") == ["id:a", "≥", "id:b", "≥", "id:c", "$"])
        #expect(kinds("a ≠ b != c <> d") == ["id:a", "≠", "id:b", "≠", "id:c", "≠", "id:d", "$"])
        #expect(kinds("a<b") == ["id:a", "<", "id:b", "$"])
    }

    @Test("Identifiers hold any letter; they keep their case and accents")
    func identifiers() {
        #expect(kinds("prénom âge Âge _x x2") == ["id:prénom", "id:âge", "id:Âge", "id:_x", "id:x2", "$"])
    }

    @Test("Numbers")
    func numbers() {
        #expect(kinds("42 3.14 0") == ["int:42", "dec:3.14", "int:0", "$"])
        #expect(kinds("123456789012345678901234567890") == ["int:123456789012345678901234567890", "$"])
        #expect(diagnostics("x <- 1.2.3").first?.code == .E0124)
        #expect(diagnostics("x <- 3.").first?.code == .E0124)
        #expect(diagnostics("x <- 2eme").first?.code == .E0124)
    }

    @Test("An integer of more than 30 000 digits is refused before being read (E0126)")
    func overlongInteger() {
        #expect(diagnostics("x <- " + String(repeating: "9", count: 30_000)).isEmpty)
        let found = diagnostics("x <- " + String(repeating: "7", count: 1_000_000))
        #expect(found.map(\.code) == [.E0126])
        #expect(found.first?.location.line == 1 && found.first?.location.column == 6)
        #expect(found.first?.message.contains("1 000 000 chiffres") == true)
        #expect(found.first?.hintText?.contains("10 ^ 100") == true)
    }

    @Test("Line breaks are ignored inside parentheses and brackets")
    func bracketsJoinLines() {
        #expect(kinds("f(1,\n2)\nx") == ["id:f", "(", "int:1", ",", "int:2", ")", "⏎", "id:x", "$"])
        #expect(kinds("[1,\n\n2]") == ["[", "int:1", ",", "int:2", "]", "$"])
    }

    @Test("Comments run to the end of the line")
    func comments() {
        #expect(kinds("x # si alors\ny") == ["id:x", "⏎", "id:y", "$"])
    }

    @Test("Texts: escapes, interpolation with nested braces and quotes")
    func texts() {
        #expect(output(of: #"afficher "a\tb\\c\"d""#) == "a\tb\\c\"d\n")
        #expect(output(of: #"afficher "l1\nl2""#) == "l1\nl2\n")
        #expect(output(of: #"x <- 2"# + "\n" + #"afficher "{x} + {x + 1} = {x * 2 + 1}""#) == "2 + 3 = 5\n")
        #expect(output(of: #"afficher "{{littéral}}""#) == "{littéral}\n")
        #expect(output(of: #"afficher "[{majuscules("a{"b"}c")}]""#) == "[ABC]\n")
        #expect(output(of: #"afficher "{"{{" + "}}"}""#) == "{}\n")
        #expect(output(of: #"afficher "{longueur("}}")}""#) == "1\n")
    }

    @Test("Unterminated and malformed texts")
    func badTexts() {
        #expect(diagnostics(#"afficher "abc"#).first?.code == .E0102)
        #expect(diagnostics(#"afficher "abc"#).first?.location == SourceLocation(line: 1, column: 10))
        #expect(diagnostics(#"afficher "a{}b""#).first?.code == .E0122)
        #expect(diagnostics(#"afficher "a{x"#).first?.code == .E0122)
        #expect(diagnostics(#"afficher "\q""#).first?.code == .E0103)
    }

    @Test("Columns count characters, not bytes")
    func columnsInCharacters() {
        var lexer = Lexer("âge <- été")
        let tokens = lexer.tokenize()
        #expect(tokens[1].location.column == 5)
        #expect(tokens[2].location.column == 8)
    }

    @Test("An unexpected character is reported where it is")
    func unexpectedCharacter() {
        let d = diagnostics("x <- 3 $ 4")
        #expect(d.first?.code == .E0101)
        #expect(d.first?.location.column == 8)
    }

    @Test("The first-line comment selects the English keywords")
    func englishLocale() {
        let program = "# langue: en\nfor i from 1 to 3 step 2 do\n  print i\nend for\nif true then\n  print \"ok\"\nend if\n"
        #expect(output(of: program) == "1\n3\nok\n")
    }
}

@Suite("Entry completeness (REPL)")
struct CompletenessTests {
    @Test func completeEntries() {
        #expect(completeness(of: "x <- 1") == .complete)
        #expect(completeness(of: "tant que vrai faire fin tant que") == .complete)
        #expect(completeness(of: "si x alors\n  afficher 1\nsinon si y alors\nfin si") == .complete)
        #expect(completeness(of: "afficher (1 +\n 2)") == .complete)
        #expect(completeness(of: "fin si") == .complete)   // an error, shown at once
    }

    @Test func incompleteEntries() {
        #expect(completeness(of: "si x alors") == .incomplete(open: ["si"]))
        #expect(completeness(of: "pour i de 1 à 3 faire\n  si i > 1 alors") == .incomplete(open: ["pour", "si"]))
        #expect(completeness(of: "si x alors\nsinon si y alors") == .incomplete(open: ["si"]))
        #expect(completeness(of: "afficher (1 +") == .incomplete(open: ["("]))
        #expect(completeness(of: "l <- [1,") == .incomplete(open: ["["]))
        #expect(completeness(of: "afficher \"abc") == .incomplete(open: ["\""]))
        #expect(completeness(of: "fonction f(x)\n\n") == .incomplete(open: ["fonction"]))
    }
}
