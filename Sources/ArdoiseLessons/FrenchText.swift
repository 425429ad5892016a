import Ardoise
import FoundationEssentials

/// Small text helpers for reading what a formateur typed: field names and section titles
/// are recognised whatever their case and accents, as the language does for its keywords.
public enum FrenchText {
    /// Lowercased, accents removed, inner spaces collapsed: `Code de  Départ` → `code de depart`.
    public static func fold(_ text: String) -> String {
        let words = TextFolding.fold(text)
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{202F}" })
        return words.joined(separator: " ")
    }

    /// The candidate closest to `word` (at most a third of its letters wrong), for "voulais-tu écrire …".
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let folded = fold(word)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(folded, fold(candidate))
            if distance <= max(1, folded.count / 3), distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }

    /// A whole number as a French writer types it: `100000`, `100 000`, `100 000` (thin space).
    static func integer(_ text: String) -> Int? {
        let digits = text.filter { !$0.isWhitespace && $0 != "_" && $0 != "." && $0 != "'" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// A decimal number with a point or a French comma: `2`, `0,5`, `1.5`.
    static func decimal(_ text: String) -> Double? {
        let cleaned = text.filter { !$0.isWhitespace }.replacing(",", with: ".")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Double(cleaned)
    }

    /// Removes one pair of surrounding quotes, as a YAML habit would add: `"Afficher"` → `Afficher`.
    static func unquoted(_ text: String) -> String {
        for quote in ["\"", "'", "«"] {
            let closing = quote == "«" ? "»" : quote
            if text.count >= 2, text.hasPrefix(quote), text.hasSuffix(closing) {
                return String(text.dropFirst().dropLast()).trimmed(.whitespaces)
            }
        }
        return text
    }

    /// Splits `clé : valeur` at the first colon; nil when there is no colon.
    static func keyValue(_ line: String) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmed(.whitespaces)
        let value = line[line.index(after: colon)...].trimmed(.whitespaces)
        return (key, value)
    }
}

extension FrenchText {
    /// Whether two titles are the same words, whatever the case, accents and spacing.
    public static func sameWords(_ a: String, _ b: String) -> Bool { fold(a) == fold(b) }
}
