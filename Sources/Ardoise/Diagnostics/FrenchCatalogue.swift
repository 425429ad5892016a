/// The French messages: the learners' language, and the default.
public struct FrenchCatalogue: MessageCatalogue {
    public static let shared = FrenchCatalogue()

    public func template(for code: DiagnosticCode) -> String {
        switch code {
        // Input
        case .E0001: return "le fichier « {fichier} » est introuvable"
        case .E0002: return "le fichier « {fichier} » n'est pas un texte lisible (UTF-8)"
        case .E0003: return "« {fichier} » est un dossier, pas un fichier de programme"
        case .E0005: return "le fichier « {fichier} » existe mais ne peut pas être lu ({raison})"
        case .E0004: return "le fichier « {fichier} » est trop gros ({taille}) : un programme Ardoise fait au plus {maximum}"
        // Syntax
        case .E0101: return "le caractère « {caractère} » n'a pas de sens ici"
        case .E0102: return "ce texte n'est jamais fermé : il manque le guillemet « \" » final"
        case .E0103: return "« {séquence} » n'est pas un caractère spécial connu dans un texte"
        case .E0104: return "je ne m'attendais pas à {trouvé} ici"
        case .E0105: return "il manque « alors » après la condition du « si »"
        case .E0106: return "il manque « faire » à la fin de la ligne du « {bloc} »"
        case .E0107: return "le bloc « {bloc} » ouvert ligne {ligne} n'est jamais fermé"
        case .E0108: return "« fin {trouvé} » ne ferme pas le bloc en cours : le bloc « {attendu} » ouvert ligne {ligne} est encore ouvert"
        case .E0109: return "« = » compare deux valeurs : il ne range pas une valeur dans « {nom} »"
        case .E0110: return "« {mot} » n'est pas un mot d'Ardoise"
        case .E0111: return "« {mot} » n'est pas une instruction d'Ardoise"
        case .E0112: return "en Ardoise, une ligne de « {bloc} » ne se termine pas par « : »"
        case .E0113: return "il manque une valeur {où}"
        case .E0114: return "« {ouvrant} » ouvert ici n'est jamais refermé par « {fermant} »"
        case .E0115: return "ce « fin » ne ferme aucun bloc"
        case .E0116: return "on ne peut ranger une valeur que dans une variable ou une position de liste, pas dans {cible}"
        case .E0117: return "cette ligne calcule une valeur mais n'en fait rien"
        case .E0118: return "le programme est imbriqué trop profondément (plus de {limite} niveaux)"
        case .E0119: return "il manque « fois » après le nombre de tours du « répéter »"
        case .E0120: return "la boucle « pour » est mal écrite : {détail}"
        case .E0121: return "une fonction se déclare en dehors de tout bloc, pas à l'intérieur d'un « {bloc} »"
        case .E0122: return "accolades mal placées dans ce texte : {détail}"
        case .E0123: return "il manque « dans » après la variable du « pour chaque »"
        case .E0124: return "« {nombre} » n'est pas un nombre bien écrit"
        case .E0126: return "ce nombre a {chiffres} chiffres : Ardoise n'en accepte pas plus de {limite}"
        case .E0125: return "« {mot} » ne peut pas venir après le « sinon » final du bloc « si »"
        // Static
        case .E0201: return "la variable « {nom} » n'existe pas : elle ne reçoit jamais de valeur"
        case .E0202: return "la fonction « {nom} » n'existe pas"
        case .E0203: return "« {nom} » attend {attendu}, mais reçoit {reçu}"
        case .E0204: return "« retourner » ne sert qu'à l'intérieur d'une fonction"
        case .E0205: return "la fonction « {nom} » est déjà déclarée ligne {ligne}"
        case .E0206: return "« {nom} » est déjà une fonction d'Ardoise : choisis un autre nom"
        case .E0207: return "on ne peut pas ranger une valeur dans « {nom} » : c'est {quoi}"
        case .E0208: return "la fonction « {fonction} » ne voit pas la variable « {nom} » du programme principal"
        case .E0209: return "la fonction « {nom} » est interdite dans cet exercice"
        case .E0210: return "« {nom} » est une fonction : on l'appelle avec des parenthèses"
        case .E0211: return "le paramètre « {nom} » apparaît deux fois"
        // Runtime
        case .E0301: return "division par zéro"
        case .E0302: return "la position {position} n'existe pas : {étendue}"
        case .E0303: return "« {opération} » ne s'applique pas à {gauche} et {droite}"
        case .E0304: return "« {fonction} » attend {attendu}, mais reçoit {reçu}"
        case .E0305: return "la variable « {nom} » n'a pas encore de valeur ici"
        case .E0306: return "la condition du « {bloc} » doit être vrai ou faux, mais elle vaut {valeur} ({type})"
        case .E0307: return "on ne peut pas additionner {gauche} et {droite}"
        case .E0308: return "on ne peut pas comparer un texte et un nombre ({gauche} {opération} {droite})"
        case .E0309: return "« {fonction} » attend une réponse, mais il n'y a plus rien à lire"
        case .E0310: return "le texte {texte} ne contient pas un nombre"
        case .E0311: return "pas de racine carrée pour un nombre négatif ({valeur})"
        case .E0312: return "« répéter » attend un nombre entier de tours, positif ou nul, mais reçoit {valeur}"
        case .E0313: return "{détail}"
        case .E0314: return "une position doit être un nombre entier, mais reçoit {valeur} ({type})"
        case .E0315: return "on ne peut prendre une position que dans une liste ou un texte, pas dans {valeur} ({type})"
        case .E0316: return "un texte ne se modifie pas : on ne peut pas changer son caractère {position}"
        case .E0317: return "on ne peut pas ranger dans l'ordre {gauche} et {droite}"
        case .E0318: return "« aléatoire({a}, {b}) » : le premier nombre doit être plus petit que le second"
        case .E0319: return "ce nombre serait beaucoup trop grand ({détail})"
        case .E0320: return "« demander_nombre » attend un nombre, mais la réponse est {texte}"
        case .E0321: return "trop d'appels imbriqués : plus de {limite} appels de fonction en cours"
        case .E0322: return "« {fonction} » a besoin d'au moins une valeur, mais la liste est vide"
        case .E0323: return "cette liste est imbriquée trop profondément (ou se contient elle-même) pour être {action}"
        // Limits
        case .E0401: return "le programme a fait trop d'étapes (plus de {limite}) : il tourne peut-être sans fin"
        case .E0402: return "le programme a dépassé le temps permis ({limite})"
        case .E0403: return "le programme a trop affiché (plus de {limite})"
        case .E0404: return "{quoi} dépasse la taille permise ({limite} {unités} au plus)"
        case .E0405: return "programme interrompu"
        case .E0406: return "le programme utilise trop de mémoire (plus de {limite})"
        // Checks
        case .E0501: return "vérification échouée : {détail}"
        }
    }

    public func text(of hint: Hint) -> String {
        switch hint {
        case .didYouMean(let name):
            return "tu voulais peut-être dire « \(name) » ?"
        case .sameNameOtherSpelling(let name):
            return "« \(name) » existe, écrit avec d'autres accents ou majuscules : un nom s'écrit toujours exactement pareil"
        case .useFrenchKeyword(let typed, let french):
            return "en Ardoise, « \(typed) » s'écrit « \(french) »"
        case .writeAssignment(let name):
            return "pour ranger une valeur, écris « \(name) <- … » (la flèche) ; « = » sert à comparer"
        case .addKeyword(let word):
            return "ajoute « \(word) » à la fin de la ligne"
        case .closeBlock(let block, let line):
            return "ajoute « fin \(block) » pour fermer le bloc ouvert ligne \(line)"
        case .decimalPoint(let number):
            return "un nombre décimal s'écrit avec un point : « \(number) »"
        case .passAsParameter(let name):
            return "donne « \(name) » à la fonction comme paramètre : fonction f(\(name))"
        case .useInterpolation(let example):
            return "pour mettre une valeur dans un texte, écris-la entre accolades : \(example)"
        case .convertWithNumber:
            return "une réponse de « demander » est un texte : transforme-la d'abord avec nombre(…)"
        case .validRange(let count, let what):
            return count == 0 ? "\(what) est vide : il n'a aucune position" : "les positions vont de 1 à \(count)"
        case .endlessRecursion:
            return "la fonction s'appelle peut-être sans fin : vérifie qu'un cas simple arrête les appels"
        case .removeColon(let word):
            return "remplace « : » par « \(word) »"
        case .callWithParentheses(let name):
            return "écris « \(name)(…) » pour appeler la fonction"
        case .renameVariable(let suggestion):
            return "choisis un autre nom pour ta variable, par exemple « \(suggestion) »"
        case .swapArguments(let example):
            return "écris le plus petit nombre en premier : \(example)"
        case .blockOnNextLines(let header, let block):
            return "va à la ligne après « \(header) » : les instructions du bloc vont sur les lignes suivantes, puis « fin \(block) »"
        case .noSpaceInName(let name):
            return "un nom ne contient pas d'espace : écris « \(name) »"
        case .printToSee:
            return "pour voir cette valeur, écris « afficher » devant"
        case .useComparisonEquals:
            return "pour comparer, écris « = » ; la flèche « <- » range une valeur"
        case .usePlainText(let key):
            return FrenchCatalogue.plainHints[key] ?? key
        }
    }

    /// Hints that need no argument, by key.
    static let plainHints: [String: String] = [
        "lire": "pour lire une réponse, écris « x <- demander(\"Ta question ?\") »",
        "prend-la-valeur": "pour ranger une valeur, écris « x <- 5 »",
        "texte-immuable": "construis un nouveau texte, par exemple avec « + » ou des accolades",
        "pas-non-nul": "le pas doit être un nombre entier différent de 0",
        "nombre-long": "calcule un très grand nombre plutôt que de l'écrire en entier, par exemple « 10 ^ 100 »",
        "nombre-format": "écris le nombre avec des chiffres et, s'il le faut, un point : « 42 » ou « 3.5 »",
        "fin-bloc": "chaque bloc se ferme par « fin » suivi de son mot : « fin si », « fin pour »…",
        "booleen": "une condition est une comparaison, par exemple « x > 3 », ou vrai/faux",
        "etapes": "vérifie que la condition de ta boucle finit par devenir fausse",
        "accolades": "pour écrire une accolade dans un texte, double-la : « {{ » ou « }} »",
        "sinon-final": "le « sinon » final doit être le dernier cas du « si »",
        "declarer-haut": "déclare la fonction au niveau principal du programme, en dehors des autres blocs",
        "bornes-entieres": "le début, la fin et le pas d'un « pour » sont des nombres entiers : utilise entier(…) ou nombre(…) si besoin",
        "division-zero": "vérifie que le diviseur n'est pas 0 avant de diviser",
        "vide": "vérifie que la liste n'est pas vide avant, avec longueur(…)",
        "racine": "vérifie que le nombre est positif avant, ou utilise abs(…)",
        "position-entier": "utilise entier(…) pour obtenir une position entière",
        "valeur-avant": "donne une valeur à la variable avant de la lire, par exemple « total <- 0 » avant la boucle ou avant le « si »",
        "entree-manquante": "le programme demande plus de réponses qu'on ne lui en a donné",
        "nom-fonction": "choisis un autre nom pour la variable",
        "pas-un-nombre": "ce n'est pas un nombre, recommence",
        "repeter-texte": "« texte * entier » répète un texte, par exemple \"-\" * 20",
        "comparer-types": "on ne range dans l'ordre que des nombres entre eux, ou des textes entre eux",
        "fichier-illisible": "vérifie que tu as le droit de lire ce fichier",
        "guillemets": "pour mettre des guillemets dans un texte, écris \\\" : \"Il a dit \\\"bravo\\\"\"",
        "position-zero": "les positions commencent à 1 : le premier élément est à la position 1",
        "texte-entre-guillemets": "si c'est un texte, mets-le entre guillemets : \"Bonjour\"",
        "memoire": "le programme garde trop de listes ou de textes : une boucle qui ne s'arrête pas les fait peut-être grandir",
        "lignes-separees": "écris chaque instruction sur sa propre ligne",
        "calcul-decoupe": "découpe ce calcul en plusieurs lignes, avec des variables intermédiaires",
    ]

    public func label(_ label: CatalogueLabel) -> String {
        switch label {
        case .category(let category):
            switch category {
            case .input: return "Fichier illisible"
            case .syntax: return "Erreur de syntaxe"
            case .static: return "Erreur"
            case .runtime: return "Erreur d'exécution"
            case .limit: return "Programme arrêté"
            case .check: return "Vérification échouée"
            }
        case .hint: return "Astuce"
        case .calledFrom(let function, let line): return "dans « \(function) », appelée ligne \(line)"
        case .blockOpenedHere: return "bloc ouvert ici"
        case .checkFailed(let line, let detail): return "Vérification échouée (ligne \(line)) : \(detail)"
        case .checkEquals(let expression, let actual, let expected): return "\(expression) vaut \(actual), attendu \(expected)"
        case .checkCompare(let expression, let actual, let op, let expected):
            return "\(expression) vaut \(actual), attendu \(op) \(expected)"
        case .checkFalse(let expression): return "\(expression) est faux"
        case .checkSummary(let passed, let failed):
            return "Vérifications : \(passed) \(passed > 1 ? "réussies" : "réussie"), \(failed) \(failed > 1 ? "échouées" : "échouée")"
        case .askAgainForNumber: return "Ce n'est pas un nombre. Écris un nombre, par exemple 42 ou 3.5."
        case .interrupted: return "Programme interrompu."
        }
    }
}
