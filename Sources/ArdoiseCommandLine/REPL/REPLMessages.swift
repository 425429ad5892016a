/// Everything the REPL itself says to the learner, in French, in one place.
enum REPLMessages {
    static func welcome(version: String) -> String {
        """
        Ardoise \(version) — essaie ton code ligne par ligne.
        Tape :aide pour l'aide, :quitter (ou Ctrl-D) pour sortir.

        """
    }

    static let help = """
        Tape une ligne de code puis Entrée : elle s'exécute tout de suite.
          x <- 5                 une instruction s'exécute
          x * 2                  une expression seule affiche sa valeur : 10
          si x > 3 alors         un bloc continue sur plusieurs lignes
              afficher "grand"   jusqu'à son « fin » (l'invite montre
          fin si                 les blocs encore ouverts)
        Tes variables et tes fonctions restent d'une ligne à l'autre.

        Commandes :
          :aide                  cette aide
          :vars                  tes variables et leurs valeurs
          :fonctions             tes fonctions
          :charger FICHIER       exécute un fichier ici ; ses variables et fonctions restent
          :pas FICHIER           exécute un fichier pas à pas (Entrée, c LIGNE, c, q)
          :pas                   exécute pas à pas la prochaine ligne que tu tapes
          :effacer               repart de zéro : oublie variables et fonctions
          :quitter               quitte Ardoise (Ctrl-D aussi)

        Touches :
          ↑ ↓                    retrouve les lignes déjà tapées (même hier)
          Ctrl-R                 cherche dans ces lignes
          Tab                    complète un mot : mot-clé, fonction, variable
          Ctrl-C                 arrête le programme en cours, ou efface la ligne

        Tout est expliqué dans le dossier docs/ : docs/console.md (cette console),
        docs/langage.md (le langage) et docs/erreurs.md (les messages d'erreur).

        """

    static let goodbye = "À bientôt !\n"

    static let interrupted = "Programme arrêté (Ctrl-C).\n"

    static let stillRunning = """
        Le programme ne s'arrête pas encore. Appuie encore sur Ctrl-C pour quitter Ardoise.

        """

    static let abandoning = "Le programme ne répond plus : Ardoise s'arrête.\n"

    static let howToQuit = "(Ctrl-C efface la ligne. Pour quitter Ardoise, tape :quitter ou Ctrl-D.)\n"

    static func droppedEntry(lines: Int) -> String {
        lines == 1 ? "(ligne abandonnée)\n" : "(les \(lines) lignes de ce bloc sont abandonnées)\n"
    }

    static let noVariables = "Aucune variable pour l'instant. Crée-en une, par exemple : x <- 5\n"
    static let noFunctions = """
        Aucune fonction pour l'instant. Par exemple :
          fonction carré(n)
              retourner n * n
          fin fonction

        """

    static let nextEntryStepByStep = """
        Ta prochaine entrée s'exécutera pas à pas : Entrée avance d'une instruction, q arrête.

        """

    static let cleared = "C'est tout propre : plus aucune variable ni fonction.\n"

    static func loaded(_ path: String) -> String {
        "\(path) est chargé : :vars et :fonctions montrent ce qu'il a défini.\n"
    }

    static func unknownCommand(_ name: String, suggestion: String?) -> String {
        if let suggestion {
            return "Je ne connais pas la commande :\(name). Voulais-tu dire :\(suggestion) ?\n"
        }
        return "Je ne connais pas la commande :\(name). Tape :aide pour voir les commandes.\n"
    }

    static func missingArgument(_ name: String) -> String {
        "Il manque le nom du fichier, par exemple : :\(name) programme.ard\n"
    }

    static func unexpectedArgument(_ name: String) -> String {
        "La commande :\(name) s'utilise seule, sans rien après.\n"
    }

    /// `quitter` typed without its `:` (the Python habit `exit`, too).
    static let quitWithoutColon = "Pour quitter, tape :quitter (avec les deux-points) ou Ctrl-D.\n"
    static let helpWithoutColon = "Pour l'aide, tape :aide (avec les deux-points).\n"
}
