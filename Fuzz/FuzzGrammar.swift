import Foundation

/// The program generator of the grammar tests, set up for fuzzing: any name may come out
/// (keywords and words with a hint included), and texts and comments draw from a wide set
/// of characters (controls, combining marks, escapes, right-to-left, emoji).
enum FuzzGrammar {
    static let show = ProcessInfo.processInfo.environment["ARDOISE_FUZZ_SHOW"] == "1"

    /// nil when the grammar file cannot be read (the byte-level fuzzing goes on without it).
    static let generator: ProgramGenerator? = {
        let path = ProcessInfo.processInfo.environment["ARDOISE_GRAMMAR"] ?? "grammar/ardoise.ebnf"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let grammar = try? EBNFGrammar(text: text) else {
            FileHandle.standardError.write(Data("fuzz : grammaire introuvable (\(path)), programmes dérivés désactivés\n".utf8))
            return nil
        }
        var options = ProgramGenerator.Options()
        options.maximumTokens = 600
        var universe = (0x20...0x7E).compactMap(Unicode.Scalar.init)
        universe += ["\t", "\n", "\r", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{200B}",
                     "\u{202E}", "\u{301}", "\u{FEFF}", "\u{FFFD}"]
        universe += "éèêàâçùûôîïëœæÉÈÀÇŒ«»’…€←≤≥≠×÷−😀👩‍👩‍👧中ßñ".unicodeScalars
        options.universe = universe
        let folded = FoldCache()
        let fold: (String) -> String = { folded.fold($0) }
        options.fold = fold
        options.gluedWords = Set((grammar["GLUED_KEYWORD"]?.expression.terminals ?? []).map(fold))
        return ProgramGenerator(grammar: grammar, options: options)
    }()
}

/// Folding (case and accents) is slow in Foundation and asked again and again for the same
/// keywords: remembered, and forgotten when it grows (identifiers are drawn at random).
final class FoldCache {
    private var cache: [String: String] = [:]

    func fold(_ word: String) -> String {
        if let known = cache[word] { return known }
        if cache.count > 4_096 { cache.removeAll(keepingCapacity: true) }
        let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        cache[word] = folded
        return folded
    }
}
