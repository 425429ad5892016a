/// The built-in functions, with the number of arguments each accepts.
/// Names ignore accents and case, as keywords do (`aleatoire`, `Longueur`).
enum Builtin: String, CaseIterable, Sendable {
    case demander, demanderNombre = "demander_nombre", nombre, texte, entier, arrondi, abs, racine
    case min, max, somme, aléatoire, longueur, ajouter, insérer, retirer, contient, position, trier
    case découper, joindre, majuscules, minuscules, type

    var name: String { rawValue }

    var arity: ClosedRange<Int> {
        switch self {
        case .demander, .demanderNombre: return 0...1
        case .nombre, .texte, .entier, .abs, .racine, .somme, .longueur, .trier, .majuscules, .minuscules, .type:
            return 1...1
        case .arrondi: return 1...2
        case .min, .max: return 1...Int.max
        case .aléatoire, .ajouter, .retirer, .contient, .position, .découper, .joindre: return 2...2
        case .insérer: return 3...3
        }
    }

    /// How a call of the wrong size is told: "1 valeur", "2 ou 3 valeurs", "au moins 1 valeur".
    var arityDescription: String {
        let range = arity
        if range.upperBound == Int.max { return "au moins " + Builtin.values(range.lowerBound) }
        if range.lowerBound == range.upperBound { return Builtin.values(range.lowerBound) }
        return "\(range.lowerBound) ou " + Builtin.values(range.upperBound)
    }

    static func values(_ n: Int) -> String { n <= 1 ? "\(n) valeur" : "\(n) valeurs" }

    private static let byFoldedName: [String: Builtin] = {
        var table: [String: Builtin] = [:]
        for b in Builtin.allCases { table[KeywordTable.fold(b.rawValue)] = b }
        return table
    }()

    /// The built-in a name refers to, ignoring accents and case.
    static func named(_ name: String) -> Builtin? { byFoldedName[KeywordTable.fold(name)] }
}

/// Names for completion and documentation.
public enum Language {
    public static var keywords: [String] {
        Keyword.allCases.map(\.rawValue) + ["fin si", "fin tant que", "fin pour", "fin répéter", "fin fonction", "tant que",
                                            "pour chaque", "sinon si"] + ContextualWord.allCases.map(\.rawValue)
    }
    public static var builtinNames: [String] { Builtin.allCases.map(\.rawValue) }
}
