/// What the step-by-step mode says to the learner, in French, in one place.
enum StepMessages {
    static let prompt = "pas à pas> "

    static let keys = "Entrée : instruction suivante · c LIGNE : continuer jusqu'à cette ligne · c : jusqu'à la fin · q : arrêter"

    static let help = """
        Pas à pas : le programme s'arrête avant chaque instruction.
          Entrée           exécute l'instruction marquée ▶ et s'arrête avant la suivante
          c 12             continue jusqu'à la ligne 12 (s'arrête chaque fois qu'elle va s'exécuter)
          c                continue jusqu'à la fin du programme
          q                arrête le programme ici
          ?                cette aide
        Ctrl-C arrête aussi le programme, même pendant un « c ».

        """

    static func title(step: Int, line: Int, function: String?, depth: Int) -> String {
        var title = "Étape \(step) · ligne \(line)"
        if let function {
            title += depth > 1 ? " · dans \(function) (\(depth) appels en cours)" : " · dans \(function)"
        }
        return title
    }

    static let since = "Depuis le pas précédent :"
    static let variables = "Variables :"
    static let noVariables = "Variables : aucune pour l'instant"
    static let printed = "Affiché :"
    static let nothingPrinted = "Affiché : rien pour l'instant"
    static let newValue = "nouvelle"
    static func previousValue(_ value: String) -> String { "avant : \(value)" }
    static func earlierLines(_ count: Int) -> String {
        count == 1 ? "  (1 ligne avant)" : "  (\(TraceMessages.count(count)) lignes avant)"
    }
    static let earlierEvents = "  …"

    static func condition(line: Int, holds: Bool) -> String {
        "ligne \(line) : la condition est \(holds ? "vraie" : "fausse")"
    }
    static func loopTurn(line: Int, turn: Int) -> String { "ligne \(line) : tour \(turn) de la boucle" }
    static func call(_ function: String, arguments: [String], line: Int) -> String {
        "ligne \(line) : → appel de \(function)(\(arguments.joined(separator: ", ")))"
    }
    static func callReturn(_ function: String, result: String) -> String { "← \(function) renvoie \(result)" }

    static func unknownKey(_ typed: String) -> String {
        "Je ne comprends pas « \(typed) ». Tape Entrée pour avancer, c LIGNE, c ou q (et ? pour l'aide).\n"
    }
    static func noSuchLine(_ line: Int, count: Int) -> String {
        "Le programme n'a pas de ligne \(line) : il va de la ligne 1 à la ligne \(count).\n"
    }
    static func noStoppingPoint(_ line: Int) -> String {
        "Le programme ne s'arrête jamais à la ligne \(line) (ligne vide, commentaire, « fin … », « sinon », "
            + "« fonction … ») : choisis une ligne avec une instruction, ou la ligne du « si ».\n"
    }

    static func finished(steps: Int) -> String {
        "Fin du programme, après \(TraceMessages.count(steps)) étape\(steps > 1 ? "s" : "")."
    }
    static let stoppedOnError = "Le programme s'est arrêté sur une erreur :"
    static func stopped(step: Int) -> String { "Pas à pas arrêté à l'étape \(step).\n" }

    static func introduction(_ programName: String) -> String {
        "Pas à pas de \(programName) : le programme s'arrête avant chaque instruction. Tape ? pour l'aide.\n"
    }
}
