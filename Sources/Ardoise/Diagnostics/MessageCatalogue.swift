/// Words for diagnostics, kept apart from the code that raises them:
/// a second language of messages is a new conforming table, not a code change.
public protocol MessageCatalogue: Sendable {
    /// The message template of a code, with `{placeholders}` for the diagnostic's arguments.
    func template(for code: DiagnosticCode) -> String
    /// The words of a hint.
    func text(of hint: Hint) -> String
    /// Fixed words of the rendering ("Astuce", "Erreur de syntaxe"…).
    func label(_ label: CatalogueLabel) -> String
}

public enum CatalogueLabel: Sendable {
    case category(DiagnosticCategory)
    case hint
    case calledFrom(function: String, line: Int)
    case blockOpenedHere
    /// `Vérification échouée (ligne 12) : carré(3) vaut 6, attendu 9`
    case checkFailed(line: Int, detail: String)
    case checkEquals(expression: String, actual: String, expected: String)
    case checkCompare(expression: String, actual: String, op: String, expected: String)
    case checkFalse(expression: String)
    /// `Vérifications : 4 réussies, 1 échouée`
    case checkSummary(passed: Int, failed: Int)
    /// `demander_nombre` on a terminal, after an answer that is not a number.
    case askAgainForNumber
    case interrupted
}

extension MessageCatalogue {
    /// The template of the diagnostic's code with its arguments filled in.
    public func message(for diagnostic: Diagnostic) -> String {
        fill(template(for: diagnostic.code), with: diagnostic.arguments)
    }

    /// Replaces each `{key}` by its argument; an unknown key is left as it is.
    func fill(_ template: String, with arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let key = String(rest[rest.index(after: open)..<close])
            result += arguments[key] ?? "{\(key)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
