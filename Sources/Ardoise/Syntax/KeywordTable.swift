/// The words of one locale of the language. Keywords ignore case and accents, so the
/// table is keyed by the folded spelling (`répéter`, `Repeter`, `RÉPÉTER` → `repeter`).
/// A second locale is a second table, not a change to the lexer.
struct KeywordTable: Sendable {
    /// Folded word → the tokens it stands for (glued textbook forms stand for several).
    let words: [String: [Keyword]]
    let contextual: [String: ContextualWord]

    static func fold(_ word: String) -> String {
        TextFolding.fold(word)
    }

    func keywords(for word: String) -> [Keyword]? { words[Self.fold(word)] }
    func contextualWord(for word: String) -> ContextualWord? { contextual[Self.fold(word)] }

    static let french: KeywordTable = {
        var words: [String: [Keyword]] = [:]
        for k in Keyword.allCases { words[fold(k.rawValue)] = [k] }
        // Textbook spellings glued together.
        words["finsi"] = [.fin, .si]
        words["fintantque"] = [.fin, .tant, .que]
        words["finpour"] = [.fin, .pour]
        words["finrepeter"] = [.fin, .répéter]
        words["finfonction"] = [.fin, .fonction]
        words["tantque"] = [.tant, .que]
        words["sinonsi"] = [.sinon, .si]
        var contextual: [String: ContextualWord] = [:]
        for w in ContextualWord.allCases { contextual[fold(w.rawValue)] = w }
        return KeywordTable(words: words, contextual: contextual)
    }()

    /// `# langue: en`: the English keywords over the same grammar.
    static let english: KeywordTable = {
        let words: [String: [Keyword]] = [
            "if": [.si], "then": [.alors], "else": [.sinon], "end": [.fin],
            "while": [.tant, .que], "for": [.pour], "each": [.chaque], "do": [.faire],
            "repeat": [.répéter], "function": [.fonction], "return": [.retourner],
            "print": [.afficher], "check": [.vérifier], "true": [.vrai], "false": [.faux],
            "nothing": [.rien], "and": [.et], "or": [.ou], "not": [.non], "div": [.div], "mod": [.mod],
        ]
        let contextual: [String: ContextualWord] = [
            "from": .de, "to": .à, "step": .pas, "times": .fois, "in": .dans,
        ]
        return KeywordTable(words: words, contextual: contextual)
    }()

    /// The locale a source asks for on its first line (`# langue: en`), French otherwise.
    static func forSource(_ text: String) -> KeywordTable {
        guard let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first else {
            return .french
        }
        let line = TextFolding.trimmed(firstLine)
        guard line.hasPrefix("#") else { return .french }
        let body = String(fold(String(line.dropFirst())).filter { $0 != " " })
        return (body == "langue:en" || body == "language:en") ? .english : .french
    }
}
