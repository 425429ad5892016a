import FoundationEssentials

/// The lesson's "fiche", between the two `---` lines at the top of the file:
///
///     ---
///     titre : Afficher du texte
///     ordre : 1
///     objectifs :
///       - écrire ton premier programme
///     ---
///
/// Deliberately not YAML: only `clé : valeur` lines and `- élément` lines under `objectifs`,
/// so that every mistake gets a precise French message with its line number.
struct FrontMatter: Equatable {
    var title: String?
    var order: Int?
    var objectives: [String] = []
}

struct FrontMatterParser {
    static let knownKeys = ["titre", "ordre", "objectifs"]

    let path: String
    private(set) var issues: [LessonIssue] = []

    init(path: String) { self.path = path }

    /// Parses the fiche at the top of `lines`. Returns the fiche and the index of the first body line.
    mutating func parse(_ lines: [String]) -> (FrontMatter, bodyStart: Int) {
        var fiche = FrontMatter()
        guard let first = lines.first, first.trimmed(.whitespaces) == "---" else {
            issues.append(LessonIssue(path: path, line: 1,
                message: "la leçon doit commencer par sa fiche, entre deux lignes « --- ».",
                hint: "copie le début du modèle de docs/ecrire-une-lecon.md : ---, titre, ordre, objectifs, ---."))
            return (fiche, 0)
        }
        guard let closing = lines.indices.dropFirst().first(where: {
            lines[$0].trimmed(.whitespaces) == "---"
        }) else {
            issues.append(LessonIssue(path: path, line: 1,
                message: "la fiche de la leçon commence ici mais n'est jamais fermée.",
                hint: "ajoute une ligne « --- » après les objectifs."))
            return (fiche, lines.count)
        }

        var currentListKey: String?
        var seen: [String: Int] = [:]
        for index in 1..<closing {
            let number = index + 1
            let raw = lines[index]
            let trimmed = raw.trimmed(.whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }

            if trimmed.hasPrefix("- ") || trimmed == "-" {
                let item = FrenchText.unquoted(String(trimmed.dropFirst()).trimmed(.whitespaces))
                guard currentListKey == "objectifs" else {
                    issues.append(LessonIssue(path: path, line: number,
                        message: "cet élément de liste n'appartient à aucune liste.",
                        hint: "seuls les objectifs s'écrivent en liste, sous une ligne « objectifs : »."))
                    continue
                }
                if item.isEmpty {
                    issues.append(LessonIssue(path: path, line: number, message: "cet objectif est vide."))
                } else {
                    fiche.objectives.append(item)
                }
                continue
            }

            guard let (rawKey, rawValue) = FrenchText.keyValue(trimmed) else {
                issues.append(LessonIssue(path: path, line: number,
                    message: "ligne incompréhensible dans la fiche : « \(trimmed) ».",
                    hint: "chaque ligne de la fiche s'écrit « clé : valeur », par exemple « ordre : 3 »."))
                continue
            }
            let key = FrenchText.fold(rawKey)
            let value = FrenchText.unquoted(rawValue)
            currentListKey = nil
            guard Self.knownKeys.contains(key) else {
                let suggestion = FrenchText.suggestion(for: key, among: Self.knownKeys)
                issues.append(LessonIssue(path: path, line: number,
                    message: "champ inconnu « \(rawKey) » dans la fiche de la leçon.",
                    hint: suggestion.map { "voulais-tu écrire « \($0) » ?" }
                        ?? "les champs possibles sont : titre, ordre, objectifs."))
                continue
            }
            if let previous = seen[key] {
                issues.append(LessonIssue(path: path, line: number,
                    message: "le champ « \(key) » est déjà donné ligne \(previous).",
                    hint: "garde une seule ligne « \(key) »."))
                continue
            }
            seen[key] = number
            switch key {
            case "titre":
                if value.isEmpty {
                    issues.append(LessonIssue(path: path, line: number, message: "le titre est vide."))
                } else {
                    fiche.title = value
                }
            case "ordre":
                if let order = FrenchText.integer(value), order > 0 {
                    fiche.order = order
                } else {
                    issues.append(LessonIssue(path: path, line: number,
                        message: "l'ordre doit être un nombre entier positif, pas « \(value) ».",
                        hint: "écris par exemple « ordre : 3 » pour la troisième leçon."))
                }
            default: // objectifs: a list below, or a single objective on the same line
                currentListKey = key
                if !value.isEmpty { fiche.objectives.append(value) }
            }
        }

        if fiche.title == nil && seen["titre"] == nil {
            issues.append(LessonIssue(path: path, line: closing + 1, message: "la fiche n'a pas de titre.",
                                      hint: "ajoute une ligne « titre : … » entre les deux « --- »."))
        }
        if fiche.order == nil && seen["ordre"] == nil {
            issues.append(LessonIssue(path: path, line: closing + 1, message: "la fiche n'a pas d'ordre.",
                                      hint: "ajoute une ligne « ordre : … » (1 pour la première leçon)."))
        }
        if fiche.objectives.isEmpty {
            issues.append(LessonIssue(path: path, line: seen["objectifs"] ?? closing + 1,
                message: "la fiche ne donne aucun objectif.",
                hint: "ajoute « objectifs : » puis un objectif par ligne, chacun précédé de « - »."))
        }
        return (fiche, closing + 1)
    }
}
