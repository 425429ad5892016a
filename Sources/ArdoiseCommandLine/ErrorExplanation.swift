import Ardoise

/// The text `ardoise expliquer CODE` prints.
enum ErrorExplanation {
    static func text(for code: DiagnosticCode) -> String {
        let explanation = FrenchCatalogue.shared.explanation(for: code)
        var out = "\(code.rawValue) — \(explanation.title)\n\n\(explanation.details)\n"
        if let wrong = explanation.shownWrong {
            out += "\nExemple faux :\n\n" + indent(wrong) + "\n"
        }
        if let fixed = explanation.fixed {
            out += "\nCorrigé :\n\n" + indent(fixed) + "\n"
        }
        return out
    }

    private static func indent(_ code: String) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
