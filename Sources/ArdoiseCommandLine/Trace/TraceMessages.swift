/// The French words of trace tables, in one place.
enum TraceMessages {
    static let stepHeader = "Étape"
    static let lineHeader = "Ligne"
    static let instructionHeader = "Instruction"
    static let printedHeader = "Affiché"

    static func title(_ programName: String) -> String { "Tableau de suivi de \(programName)" }

    /// The note under the table; nil when the program simply ran to its end.
    static func ending(_ ending: TraceTable.Ending) -> String? {
        switch ending {
        case .completed:
            return nil
        case .cut(let rows):
            return "Tableau coupé après \(count(rows)) lignes (le programme n'a pas été exécuté plus loin). "
                + "Pour en voir plus : --max-lignes."
        case .tooLong(let steps):
            return "Tableau arrêté : le programme tournait encore après \(count(steps)) étapes "
                + "sans passer par les lignes demandées (une boucle sans fin ?)."
        case .error(let code, let line, let message):
            return "Le programme s'est arrêté sur une erreur à la ligne \(line) [\(code)] : \(message)"
        case .interrupted:
            return "Le programme a été interrompu."
        }
    }

    /// What was printed after the last step (the checks' summary, an unanswered question).
    static func trailingOutput(_ text: String) -> String { "Affiché ensuite : \(text)" }

    static let changedLegendColor = "En couleur : la valeur que l'étape vient de changer. ? : pas encore de valeur."
    static let changedLegendStar = "* : la valeur que l'étape vient de changer. ? : pas encore de valeur."
    static let changedLegendBold = "En gras : la valeur que l'étape vient de changer. ? : pas encore de valeur."
    static let tooWide = "(Le tableau est plus large que l'écran : --variables en garde quelques-unes.)"

    /// 1 000 000, as the language's messages write counts.
    static func count(_ n: Int) -> String {
        var digits = Array(String(n))
        var out = ""
        while digits.count > 3 {
            out = " " + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return String(digits) + out
    }
}
