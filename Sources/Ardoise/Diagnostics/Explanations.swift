/// The long explanation of an error code, for `ardoise expliquer CODE` and docs/erreurs.md.
public struct Explanation: Sendable {
    public var title: String
    /// A few short sentences, one per line: what it means, why Ardoise refuses it, how to fix it.
    public var details: String
    /// A program that raises the code, and the same program fixed (nil for codes about files or
    /// interruptions, that no short program shows).
    public var wrong: String?
    public var fixed: String?
    /// The limits under which `wrong` (and `fixed`) run, when `wrong` only stops under a small
    /// budget (E0401–E0404); nil: those of `ardoise FICHIER` (`Limits.file`).
    public var limits: Limits?
    /// The answers given to `demander`, one per question, when `wrong` needs some (E0320).
    public var input: [String]
    /// The built-ins an exercise forbids, when `wrong` is about one (E0209).
    public var forbiddenBuiltins: Set<String>

    /// `wrong` as shown to a reader: a line too long to read (the 30 001 digits of E0126) is
    /// cut after 60 characters, with « … ».
    public var shownWrong: String? {
        wrong.map { program in
            program.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.count > 100 ? line.prefix(60) + "…" : String(line)
            }.joined(separator: "\n")
        }
    }

    public init(title: String, details: String, wrong: String? = nil, fixed: String? = nil, limits: Limits? = nil,
                input: [String] = [], forbiddenBuiltins: Set<String> = []) {
        self.title = title
        self.details = details
        self.wrong = wrong
        self.fixed = fixed
        self.limits = limits
        self.input = input
        self.forbiddenBuiltins = forbiddenBuiltins
    }

    /// The options a run of the examples takes (the test suite and docs/erreurs.md rely on it).
    public var runOptions: RunOptions {
        RunOptions(limits: limits ?? .file, seed: 1, forbiddenBuiltins: forbiddenBuiltins)
    }
}

extension FrenchCatalogue {
    /// One entry per code: a `switch`, so that a new code cannot be left unexplained.
    public func explanation(for code: DiagnosticCode) -> Explanation {
        switch code {
        // MARK: Input
        case .E0001:
            return Explanation(
                title: "Fichier introuvable",
                details: lines(
                    "Ardoise ne trouve pas le fichier que tu lui as donné.",
                    "Vérifie son nom (accents, majuscules, extension « .ard ») et le dossier où tu te trouves : la commande « ls » montre les fichiers du dossier."))
        case .E0002:
            return Explanation(
                title: "Fichier qui n'est pas du texte",
                details: lines(
                    "Le fichier existe, mais ce n'est pas du texte lisible : une image, un document de traitement de texte (.docx, .odt), ou un texte enregistré dans un autre codage que UTF-8.",
                    "Un programme Ardoise s'écrit dans un éditeur de texte simple.",
                    "Ouvre le fichier dans ton éditeur et enregistre-le en UTF-8."))
        case .E0003:
            return Explanation(
                title: "Dossier au lieu d'un fichier",
                details: lines(
                    "Tu as donné le nom d'un dossier, pas celui d'un fichier de programme.",
                    "Ardoise exécute un seul fichier à la fois.",
                    "Donne le chemin du fichier, par exemple « ardoise exercices/jeu.ard »."))
        case .E0004:
            return Explanation(
                title: "Fichier trop gros",
                details: lines(
                    "Le fichier dépasse 2 Mo : c'est bien plus qu'un programme écrit à la main.",
                    "Ardoise le refuse pour ne pas bloquer l'ordinateur.",
                    "Tu t'es sans doute trompé de fichier : vérifie le nom que tu as donné."))

        case .E0005:
            return Explanation(
                title: "Fichier illisible",
                details: lines(
                    "Le fichier existe, mais Ardoise n'a pas le droit de le lire : il appartient à quelqu'un d'autre, ou ses droits ne permettent pas la lecture.",
                    "La commande « ls -l » montre les droits du fichier ; « chmod u+r FICHIER » te donne le droit de lire un fichier qui est à toi.",
                    "Si le fichier n'est pas à toi, demande à ta formatrice ou à ton formateur."))

        // MARK: Syntax
        case .E0101:
            return Explanation(
                title: "Caractère inconnu",
                details: lines(
                    "Ce caractère ne fait pas partie d'Ardoise.",
                    "C'est souvent une habitude d'un autre langage : « ; » en fin de ligne, « % » pour le reste (en Ardoise : « mod »), « & » ou « | » (en Ardoise : « et », « ou »).",
                    "Enlève-le, ou remplace-le par le mot d'Ardoise.",
                    "Entre guillemets, dans un texte, tous les caractères sont permis."),
                wrong: """
                    x <- 5;
                    afficher x
                    """,
                fixed: """
                    x <- 5
                    afficher x
                    """)
        case .E0102:
            return Explanation(
                title: "Texte jamais fermé",
                details: lines(
                    "Un texte commence et finit par un guillemet « \" ».",
                    "Ici, le guillemet de la fin manque : Ardoise lirait tout le reste du fichier comme du texte.",
                    "Ajoute le guillemet qui ferme le texte."),
                wrong: """
                    afficher "Bonjour
                    """,
                fixed: """
                    afficher "Bonjour"
                    """)
        case .E0103:
            return Explanation(
                title: "Caractère spécial inconnu dans un texte",
                details: lines(
                    #"Dans un texte, la barre « \ » annonce un caractère spécial : « \n » (retour à la ligne), « \t » (tabulation), « \" » (guillemet) ou « \\ » (la barre elle-même)."#,
                    "Ce qui suit la barre ici n'en est pas un.",
                    #"Pour écrire une barre « \ » dans un texte, double-la : « \\ »."#),
                wrong: #"""
                    afficher "C:\dossier"
                    """#,
                fixed: #"""
                    afficher "C:\\dossier"
                    """#)
        case .E0104:
            return Explanation(
                title: "Élément inattendu",
                details: lines(
                    "Ardoise a trouvé un mot ou un symbole là où il n'a pas de sens : souvent deux instructions sur la même ligne, ou un opérateur oublié.",
                    "Un nombre décimal s'écrit avec un point, « 2.50 », pas avec une virgule : la virgule sépare des valeurs.",
                    "Regarde ce qui est souligné et lis l'astuce : elle dit souvent quoi écrire.",
                    "Chaque instruction va sur sa propre ligne."),
                wrong: """
                    prix <- 2,50
                    afficher prix
                    """,
                fixed: """
                    prix <- 2.50
                    afficher prix
                    """)
        case .E0105:
            return Explanation(
                title: "« alors » manquant",
                details: lines(
                    "La ligne d'un « si » se termine par « alors » : « si condition alors ».",
                    "Ce mot marque la fin de la condition, là où commence ce qu'il faut faire.",
                    "Ajoute « alors » à la fin de la ligne ; c'est pareil pour « sinon si … alors »."),
                wrong: """
                    x <- 5
                    si x > 3
                        afficher "grand"
                    fin si
                    """,
                fixed: """
                    x <- 5
                    si x > 3 alors
                        afficher "grand"
                    fin si
                    """)
        case .E0106:
            return Explanation(
                title: "« faire » manquant",
                details: lines(
                    "La ligne d'un « tant que » ou d'un « pour » se termine par « faire » : « tant que x < 3 faire », « pour i de 1 à 10 faire ».",
                    "Ce mot marque la fin de la ligne de la boucle, là où commence ce qu'elle répète.",
                    "Ajoute « faire » à la fin de la ligne."),
                wrong: """
                    x <- 0
                    tant que x < 3
                        x <- x + 1
                    fin tant que
                    """,
                fixed: """
                    x <- 0
                    tant que x < 3 faire
                        x <- x + 1
                    fin tant que
                    """)
        case .E0107:
            return Explanation(
                title: "Bloc jamais fermé",
                details: lines(
                    "Un bloc (« si », « tant que », « pour », « répéter », « fonction ») se ferme par « fin » suivi de son mot : « fin si », « fin tant que »…",
                    "Ici, le fichier se termine alors que le bloc est encore ouvert : Ardoise ne sait pas où il s'arrête.",
                    "Ajoute le « fin » à l'endroit où le bloc doit s'arrêter.",
                    "Décaler vers la droite les lignes d'un bloc aide à voir où il commence et où il finit."),
                wrong: """
                    x <- 5
                    si x > 3 alors
                        afficher "grand"
                    """,
                fixed: """
                    x <- 5
                    si x > 3 alors
                        afficher "grand"
                    fin si
                    """)
        case .E0108:
            return Explanation(
                title: "« fin » qui ne ferme pas le bon bloc",
                details: lines(
                    "Ce « fin » ne correspond pas au dernier bloc ouvert.",
                    "Les blocs s'emboîtent comme des poupées russes : on ferme d'abord celui qui a été ouvert en dernier.",
                    "Vérifie le mot après « fin » (« fin si » pour un « si », « fin pour » pour un « pour »…) et l'ordre de tes « fin »."),
                wrong: """
                    x <- 5
                    si x > 3 alors
                        afficher "grand"
                    fin pour
                    """,
                fixed: """
                    x <- 5
                    si x > 3 alors
                        afficher "grand"
                    fin si
                    """)
        case .E0109:
            return Explanation(
                title: "« = » au lieu de la flèche",
                details: lines(
                    "En Ardoise, « = » compare deux valeurs, comme en maths : « x = 5 » veut dire « x est-il égal à 5 ? ».",
                    "Pour ranger une valeur dans une variable, on écrit la flèche : « x <- 5 » (ou « x ← 5 »).",
                    "Remplace « = » par « <- »."),
                wrong: """
                    x = 5
                    afficher x
                    """,
                fixed: """
                    x <- 5
                    afficher x
                    """)
        case .E0110:
            return Explanation(
                title: "Mot d'un autre langage",
                details: lines(
                    "Ce mot vient d'un autre langage (Python, l'anglais) ou d'une autre façon d'écrire le pseudo-code : « écrire », « print », « if »…",
                    "Ardoise ne connaît que ses propres mots, en français.",
                    "L'astuce donne le mot d'Ardoise à écrire à la place."),
                wrong: """
                    écrire "Bonjour"
                    """,
                fixed: """
                    afficher "Bonjour"
                    """)
        case .E0111:
            return Explanation(
                title: "Instruction d'un manuel, pas d'Ardoise",
                details: lines(
                    "« x prend la valeur 5 », « lire x » ou « saisir x » s'écrivent autrement en Ardoise.",
                    "Pour ranger une valeur : « x <- 5 ».",
                    "Pour lire la réponse de la personne : « x <- demander(\"Ta question ?\") », ou « demander_nombre » pour un nombre."),
                wrong: """
                    x prend la valeur 5
                    afficher x
                    """,
                fixed: """
                    x <- 5
                    afficher x
                    """)
        case .E0112:
            return Explanation(
                title: "Deux-points en fin de ligne",
                details: lines(
                    "En Python, la ligne d'un « if » ou d'un « while » finit par « : ».",
                    "En Ardoise, ces lignes finissent par un mot : « alors » pour « si », « faire » pour « tant que » et « pour », « fois » pour « répéter ».",
                    "Remplace « : » par le bon mot."),
                wrong: """
                    x <- 5
                    si x > 3 :
                        afficher "grand"
                    fin si
                    """,
                fixed: """
                    x <- 5
                    si x > 3 alors
                        afficher "grand"
                    fin si
                    """)
        case .E0113:
            return Explanation(
                title: "Valeur manquante",
                details: lines(
                    "Il manque une valeur : le calcul s'arrête au milieu, par exemple juste après un « + » ou une flèche « <- ».",
                    "Ardoise ne peut pas deviner ce qui manque.",
                    "Complète le calcul, ou enlève l'opérateur en trop."),
                wrong: """
                    x <- 1 +
                    afficher x
                    """,
                fixed: """
                    x <- 1 + 2
                    afficher x
                    """)
        case .E0114:
            return Explanation(
                title: "Parenthèse ou crochet jamais refermé",
                details: lines(
                    "Une parenthèse « ( » ou un crochet « [ » est ouvert, mais jamais refermé.",
                    "Ardoise ne sait pas où s'arrête ce qu'il contient.",
                    "Ajoute le « ) » ou le « ] » qui manque : il doit y avoir autant de fermants que d'ouvrants."),
                wrong: """
                    afficher (1 + 2
                    afficher 3
                    """,
                fixed: """
                    afficher (1 + 2)
                    afficher 3
                    """)
        case .E0115:
            return Explanation(
                title: "« fin » qui ne ferme aucun bloc",
                details: lines(
                    "Ce « fin » ne ferme rien : aucun « si », « tant que », « pour »… n'est ouvert à cet endroit.",
                    "C'est souvent un « fin » en trop, ou bien la ligne qui ouvre le bloc contient une autre erreur.",
                    "Enlève ce « fin », ou corrige d'abord l'erreur signalée sur la ligne qui ouvre le bloc."),
                wrong: """
                    x <- 5
                    si x > 3 alors
                        afficher "grand"
                    fin si
                    fin si
                    """,
                fixed: """
                    x <- 5
                    si x > 3 alors
                        afficher "grand"
                    fin si
                    """)
        case .E0116:
            return Explanation(
                title: "On ne peut rien ranger ici",
                details: lines(
                    "À gauche de la flèche « <- », il faut une variable (« x <- 5 ») ou une position de liste (« notes[2] <- 15 »).",
                    "Un calcul ne peut pas recevoir de valeur : Ardoise ne résout pas les équations.",
                    "Calcule toi-même la valeur cherchée et range-la dans la variable."),
                wrong: """
                    2 * x <- 10
                    afficher x
                    """,
                fixed: """
                    x <- 10 / 2
                    afficher x
                    """)
        case .E0117:
            return Explanation(
                title: "Valeur calculée mais pas utilisée",
                details: lines(
                    "Cette ligne calcule une valeur, puis n'en fait rien : elle ne l'affiche pas et ne la range pas.",
                    "Ce n'est sûrement pas ce que tu voulais, alors Ardoise le signale.",
                    "Écris « afficher » devant pour voir la valeur, ou « variable <- » pour la garder."),
                wrong: """
                    prix <- 4
                    prix * 2
                    """,
                fixed: """
                    prix <- 4
                    afficher prix * 2
                    """)
        case .E0118:
            return Explanation(
                title: "Imbrication trop profonde",
                details: lines(
                    "Le programme met plus de 200 niveaux les uns dans les autres : parenthèses, crochets ou blocs.",
                    "Ardoise refuse, pour ne jamais se bloquer en lisant un programme.",
                    "Découpe le calcul en étapes, avec des variables intermédiaires ou des fonctions."),
                wrong: "afficher " + String(repeating: "(", count: 201) + "1 + 1" + String(repeating: ")", count: 201),
                fixed: """
                    afficher 1 + 1
                    """)
        case .E0119:
            return Explanation(
                title: "« fois » manquant",
                details: lines(
                    "Un « répéter » s'écrit « répéter n fois » : le mot « fois » suit le nombre de tours.",
                    "Ajoute « fois » à la fin de la ligne."),
                wrong: """
                    répéter 3
                        afficher "Bonjour"
                    fin répéter
                    """,
                fixed: """
                    répéter 3 fois
                        afficher "Bonjour"
                    fin répéter
                    """)
        case .E0120:
            return Explanation(
                title: "Boucle « pour » mal écrite",
                details: lines(
                    "Une boucle « pour » qui compte s'écrit « pour i de 1 à 10 faire ».",
                    "Pour parcourir les éléments d'une liste ou les lettres d'un texte, on écrit « pour chaque x dans liste faire ».",
                    "Le message dit ce qui manque : le nom de la variable, « de » ou « à ».",
                    "Le « fin pour » de la boucle est alors signalé aussi : il disparaît quand la première ligne est corrigée."),
                wrong: """
                    notes <- [12, 15, 9]
                    pour n dans notes faire
                        afficher n
                    fin pour
                    """,
                fixed: """
                    notes <- [12, 15, 9]
                    pour chaque n dans notes faire
                        afficher n
                    fin pour
                    """)
        case .E0121:
            return Explanation(
                title: "Fonction déclarée dans un bloc",
                details: lines(
                    "Une fonction se déclare au niveau principal du programme, jamais à l'intérieur d'un « si », d'une boucle ou d'une autre fonction.",
                    "Sors la déclaration du bloc, par exemple au début du fichier.",
                    "Tu peux ensuite appeler la fonction où tu veux, même dans le bloc."),
                wrong: """
                    x <- 4
                    si x > 0 alors
                        fonction double(n)
                            retourner 2 * n
                        fin fonction
                        afficher double(x)
                    fin si
                    """,
                fixed: """
                    fonction double(n)
                        retourner 2 * n
                    fin fonction

                    x <- 4
                    si x > 0 alors
                        afficher double(x)
                    fin si
                    """)
        case .E0122:
            return Explanation(
                title: "Accolades mal placées dans un texte",
                details: lines(
                    "Dans un texte, les accolades entourent une valeur à insérer : « \"Bonjour {prénom}\" ».",
                    "Ici, une accolade n'est jamais refermée, ou elle entoure du vide.",
                    "Pour écrire une vraie accolade dans un texte, double-la : « {{ » ou « }} »."),
                wrong: """
                    afficher "L'ensemble vide s'écrit {}"
                    """,
                fixed: """
                    afficher "L'ensemble vide s'écrit {{}}"
                    """)
        case .E0123:
            return Explanation(
                title: "« dans » manquant",
                details: lines(
                    "Un « pour chaque » s'écrit « pour chaque x dans liste faire » : le mot « dans » suit le nom de la variable.",
                    "« de » sert à l'autre boucle, celle qui compte : « pour i de 1 à 10 faire ».",
                    "Ajoute « dans » après la variable."),
                wrong: """
                    notes <- [12, 15, 9]
                    pour chaque n de notes faire
                        afficher n
                    fin pour
                    """,
                fixed: """
                    notes <- [12, 15, 9]
                    pour chaque n dans notes faire
                        afficher n
                    fin pour
                    """)
        case .E0124:
            return Explanation(
                title: "Nombre mal écrit",
                details: lines(
                    "Ce nombre est mal écrit : des lettres sont collées aux chiffres (« 3x », « 2eme ») ou il a plusieurs points (« 1.2.3 »).",
                    "En Ardoise, une multiplication s'écrit toujours avec « * » : « 3 * x », pas « 3x ».",
                    "Un nombre décimal a un seul point : « 3.5 »."),
                wrong: """
                    x <- 2
                    y <- 3x + 1
                    afficher y
                    """,
                fixed: """
                    x <- 2
                    y <- 3 * x + 1
                    afficher y
                    """)
        case .E0125:
            return Explanation(
                title: "Cas après le « sinon » final",
                details: lines(
                    "Dans un « si », le « sinon » seul attrape tous les cas qui restent : il vient donc en dernier.",
                    "Un « sinon si » ou un autre « sinon » placé après lui ne serait jamais atteint.",
                    "Place les « sinon si » avant le « sinon » final."),
                wrong: """
                    x <- 3
                    si x > 3 alors
                        afficher "grand"
                    sinon
                        afficher "petit"
                    sinon si x = 3 alors
                        afficher "pile trois"
                    fin si
                    """,
                fixed: """
                    x <- 3
                    si x > 3 alors
                        afficher "grand"
                    sinon si x = 3 alors
                        afficher "pile trois"
                    sinon
                        afficher "petit"
                    fin si
                    """)
        case .E0126:
            return Explanation(
                title: "Nombre trop long",
                details: lines(
                    "Un nombre écrit dans le programme a plus de 30 000 chiffres.",
                    "Les entiers d'Ardoise peuvent être très grands, mais pas au-delà d'environ 30 000 chiffres : au-delà, les calculs prendraient des minutes.",
                    "Si tu as besoin d'un très grand nombre, calcule-le (par exemple « 10 ^ 100 ») plutôt que de l'écrire en entier."),
                wrong: "x <- " + String(repeating: "9", count: 30_001) + "\nafficher x",
                fixed: """
                    x <- 10 ^ 100
                    afficher x
                    """)

        // MARK: Static
        case .E0201:
            return Explanation(
                title: "Variable inconnue",
                details: lines(
                    "Tu lis une variable qui ne reçoit jamais de valeur, ni dans le programme, ni dans la fonction où tu es.",
                    "C'est souvent une faute de frappe, un accent ou une majuscule : « âge » et « age » sont deux noms différents.",
                    "Vérifie l'orthographe (l'astuce propose le nom le plus proche), ou donne d'abord une valeur à la variable avec « <- »."),
                wrong: """
                    compteur <- 0
                    compteur <- compteur + 1
                    afficher compteru
                    """,
                fixed: """
                    compteur <- 0
                    compteur <- compteur + 1
                    afficher compteur
                    """)
        case .E0202:
            return Explanation(
                title: "Fonction inconnue",
                details: lines(
                    "Tu appelles une fonction qui n'existe ni dans Ardoise ni dans ton programme.",
                    "Vérifie son nom : l'astuce propose le plus proche, ou le nom français d'une fonction d'un autre langage (« longueur » pour « len »).",
                    "Si c'est ta propre fonction, déclare-la avec « fonction nom(…) » et « fin fonction »."),
                wrong: """
                    afficher carré(3)
                    """,
                fixed: """
                    fonction carré(x)
                        retourner x * x
                    fin fonction

                    afficher carré(3)
                    """)
        case .E0203:
            return Explanation(
                title: "Mauvais nombre de valeurs dans un appel",
                details: lines(
                    "Une fonction attend un nombre précis de valeurs entre ses parenthèses, séparées par des virgules.",
                    "Par exemple, « ajouter(liste, valeur) » en attend 2 : la liste, et ce qu'on lui ajoute.",
                    "Compare ton appel à la déclaration de la fonction (ou à la liste des fonctions d'Ardoise) et donne exactement les valeurs attendues."),
                wrong: """
                    notes <- [12, 15]
                    ajouter(notes)
                    afficher notes
                    """,
                fixed: """
                    notes <- [12, 15]
                    ajouter(notes, 9)
                    afficher notes
                    """)
        case .E0204:
            return Explanation(
                title: "« retourner » hors d'une fonction",
                details: lines(
                    "« retourner » donne le résultat d'une fonction et la termine : il n'a de sens qu'entre « fonction » et « fin fonction ».",
                    "Dans le programme principal, il n'y a personne à qui rendre la valeur.",
                    "Pour montrer un résultat, utilise « afficher »."),
                wrong: """
                    a <- 3
                    b <- 4
                    retourner a + b
                    """,
                fixed: """
                    a <- 3
                    b <- 4
                    afficher a + b
                    """)
        case .E0205:
            return Explanation(
                title: "Fonction déclarée deux fois",
                details: lines(
                    "Deux fonctions portent le même nom : Ardoise ne saurait pas laquelle appeler.",
                    "Garde une seule déclaration, ou donne un autre nom à la seconde."),
                wrong: """
                    fonction double(n)
                        retourner 2 * n
                    fin fonction

                    fonction double(n)
                        retourner n + n
                    fin fonction

                    afficher double(4)
                    """,
                fixed: """
                    fonction double(n)
                        retourner 2 * n
                    fin fonction

                    afficher double(4)
                    """)
        case .E0206:
            return Explanation(
                title: "Nom déjà pris par une fonction d'Ardoise",
                details: lines(
                    "Ce nom est celui d'une fonction d'Ardoise (« longueur », « somme », « max »…), que tout programme peut utiliser.",
                    "Ta fonction ne peut pas la remplacer : on ne saurait plus laquelle tu appelles.",
                    "Choisis un autre nom, par exemple « ma_somme »."),
                wrong: """
                    fonction somme(liste)
                        total <- 0
                        pour chaque x dans liste faire
                            total <- total + x
                        fin pour
                        retourner total
                    fin fonction

                    afficher somme([1, 2, 3])
                    """,
                fixed: """
                    fonction ma_somme(liste)
                        total <- 0
                        pour chaque x dans liste faire
                            total <- total + x
                        fin pour
                        retourner total
                    fin fonction

                    afficher ma_somme([1, 2, 3])
                    """)
        case .E0207:
            return Explanation(
                title: "Variable qui porte le nom d'une fonction",
                details: lines(
                    "Ce nom est déjà celui d'une fonction, d'Ardoise (« somme », « longueur », « max »…) ou de ton programme : une variable ou un paramètre ne peut pas le prendre.",
                    "Sinon, le même nom voudrait dire deux choses, et la fonction ne serait plus utilisable.",
                    "Choisis un autre nom pour la variable : l'astuce en propose un, par exemple « total » au lieu de « somme »."),
                wrong: """
                    somme <- 0
                    pour i de 1 à 3 faire
                        somme <- somme + i
                    fin pour
                    afficher somme
                    """,
                fixed: """
                    total <- 0
                    pour i de 1 à 3 faire
                        total <- total + i
                    fin pour
                    afficher total
                    """)
        case .E0208:
            return Explanation(
                title: "Variable du programme principal invisible dans une fonction",
                details: lines(
                    "Une fonction ne voit que ses paramètres et les variables qu'elle crée elle-même : celles du programme principal lui sont cachées.",
                    "C'est voulu : une fonction doit pouvoir servir partout, avec n'importe quelles valeurs.",
                    "Donne la valeur à la fonction comme paramètre : « fonction prix_ttc(prix, taux) »."),
                wrong: """
                    taux <- 0.2
                    fonction prix_ttc(prix)
                        retourner prix * (1 + taux)
                    fin fonction

                    afficher prix_ttc(100)
                    """,
                fixed: """
                    taux <- 0.2
                    fonction prix_ttc(prix, taux)
                        retourner prix * (1 + taux)
                    fin fonction

                    afficher prix_ttc(100, taux)
                    """)
        case .E0209:
            return Explanation(
                title: "Fonction interdite dans cet exercice",
                details: lines(
                    "Cet exercice interdit une fonction d'Ardoise pour que tu écrives toi-même ce qu'elle fait : par exemple trier une liste sans « trier ».",
                    "Écris l'algorithme avec des boucles, des comparaisons et des échanges.",
                    "En dehors de cet exercice, la fonction reste permise."),
                wrong: """
                    # exercice : trier la liste sans utiliser « trier »
                    notes <- [15, 9, 12]
                    afficher trier(notes)
                    """,
                fixed: """
                    # exercice : trier la liste sans utiliser « trier »
                    notes <- [15, 9, 12]
                    n <- longueur(notes)
                    pour i de 1 à n - 1 faire
                        pour j de 1 à n - i faire
                            si notes[j] > notes[j + 1] alors
                                échange <- notes[j]
                                notes[j] <- notes[j + 1]
                                notes[j + 1] <- échange
                            fin si
                        fin pour
                    fin pour
                    afficher notes
                    """,
                forbiddenBuiltins: ["trier"])
        case .E0210:
            return Explanation(
                title: "Fonction utilisée sans parenthèses",
                details: lines(
                    "Ce nom est celui d'une fonction, mais tu l'utilises comme une variable.",
                    "Sans parenthèses, la fonction n'est pas appelée et ne donne aucune valeur.",
                    "Écris des parenthèses après son nom, avec les valeurs dedans : « longueur(notes) »."),
                wrong: """
                    notes <- [12, 15, 9]
                    n <- longueur
                    afficher n
                    """,
                fixed: """
                    notes <- [12, 15, 9]
                    n <- longueur(notes)
                    afficher n
                    """)
        case .E0211:
            return Explanation(
                title: "Paramètre en double",
                details: lines(
                    "Deux paramètres de la fonction ont le même nom : à l'intérieur, on ne saurait pas duquel tu parles.",
                    "Donne un nom différent à chaque paramètre."),
                wrong: """
                    fonction aire(côté, côté)
                        retourner côté * côté
                    fin fonction

                    afficher aire(3, 4)
                    """,
                fixed: """
                    fonction aire(largeur, hauteur)
                        retourner largeur * hauteur
                    fin fonction

                    afficher aire(3, 4)
                    """)

        // MARK: Runtime
        case .E0301:
            return Explanation(
                title: "Division par zéro",
                details: lines(
                    "Diviser par zéro n'a pas de sens, en maths comme en Ardoise : c'est vrai pour « / », « div » et « mod ».",
                    "Le diviseur vaut 0 à ce moment du programme, souvent parce qu'un compteur n'a pas encore augmenté.",
                    "Vérifie avec un « si » que le diviseur n'est pas 0 avant de diviser."),
                wrong: """
                    total <- 0
                    nombre_de_notes <- 0
                    afficher total / nombre_de_notes
                    """,
                fixed: """
                    total <- 0
                    nombre_de_notes <- 0
                    si nombre_de_notes > 0 alors
                        afficher total / nombre_de_notes
                    sinon
                        afficher "Pas encore de note"
                    fin si
                    """)
        case .E0302:
            return Explanation(
                title: "Position qui n'existe pas",
                details: lines(
                    "Les positions d'une liste ou d'un texte vont de 1 à sa longueur : une liste de 3 éléments a les positions 1, 2 et 3.",
                    "La position 0, une position négative ou plus grande que la longueur n'existent pas.",
                    "Le message donne les positions valides ; « longueur(liste) » donne la dernière."),
                wrong: """
                    notes <- [12, 15, 9]
                    pour i de 0 à 2 faire
                        afficher notes[i]
                    fin pour
                    """,
                fixed: """
                    notes <- [12, 15, 9]
                    pour i de 1 à longueur(notes) faire
                        afficher notes[i]
                    fin pour
                    """)
        case .E0303:
            return Explanation(
                title: "Opération impossible sur ces valeurs",
                details: lines(
                    "Cet opérateur ne s'applique pas à ces types de valeurs : diviser une liste, soustraire deux textes, mettre un nombre dans un « et »…",
                    "Ardoise ne devine jamais ce que tu voulais dire ; le message dit quelles valeurs l'opérateur a reçues.",
                    "Vérifie que chaque côté a le type attendu (« type(x) » te le dit), ou utilise la fonction qui fait ce que tu veux."),
                wrong: """
                    notes <- [12, 15]
                    moyenne <- notes / 2
                    afficher moyenne
                    """,
                fixed: """
                    notes <- [12, 15]
                    moyenne <- somme(notes) / longueur(notes)
                    afficher moyenne
                    """)
        case .E0304:
            return Explanation(
                title: "Mauvais type de valeur pour une fonction",
                details: lines(
                    "Cette fonction d'Ardoise a reçu une valeur d'un type qu'elle ne sait pas traiter : « longueur » d'un nombre, « racine » d'un texte…",
                    "Le message dit ce qu'elle attend et ce qu'elle a reçu.",
                    "Convertis d'abord la valeur, avec « texte(x) » ou « nombre(t) », ou donne-lui la bonne variable."),
                wrong: """
                    code <- 12345
                    afficher longueur(code)
                    """,
                fixed: """
                    code <- 12345
                    afficher longueur(texte(code))
                    """)
        case .E0305:
            return Explanation(
                title: "Variable encore sans valeur",
                details: lines(
                    "Cette variable reçoit bien une valeur quelque part, mais pas encore au moment où tu la lis.",
                    "Souvent, elle la reçoit dans un « si » qui n'a pas été pris, ou plus bas dans le programme.",
                    "Donne-lui une valeur avant, par exemple juste avant le « si »."),
                wrong: """
                    note <- 8
                    si note >= 10 alors
                        mention <- "admis"
                    fin si
                    afficher mention
                    """,
                fixed: """
                    note <- 8
                    mention <- "ajourné"
                    si note >= 10 alors
                        mention <- "admis"
                    fin si
                    afficher mention
                    """)
        case .E0306:
            return Explanation(
                title: "Condition qui n'est ni vrai ni faux",
                details: lines(
                    "La condition d'un « si », d'un « tant que » ou d'un « vérifier » doit valoir vrai ou faux.",
                    "En Ardoise, un nombre ou un texte n'est jamais « vrai » tout seul : il faut dire ce que tu compares.",
                    "Écris une comparaison : « si vies > 0 alors », « tant que mot ≠ \"\" faire »."),
                wrong: """
                    vies <- 3
                    si vies alors
                        afficher "Tu peux rejouer"
                    fin si
                    """,
                fixed: """
                    vies <- 3
                    si vies > 0 alors
                        afficher "Tu peux rejouer"
                    fin si
                    """)
        case .E0307:
            return Explanation(
                title: "Texte et nombre additionnés",
                details: lines(
                    "« + » ne colle pas un texte et un nombre : Ardoise ne transforme jamais une valeur sans te le dire.",
                    "Pour mettre un nombre dans un texte, écris-le entre accolades : « \"Tu as {âge} ans\" ».",
                    "Tu peux aussi le convertir d'abord avec « texte(âge) »."),
                wrong: """
                    âge <- 18
                    afficher "Tu as " + âge + " ans"
                    """,
                fixed: """
                    âge <- 18
                    afficher "Tu as {âge} ans"
                    """)
        case .E0308:
            return Explanation(
                title: "Texte comparé à un nombre",
                details: lines(
                    "Un texte et un nombre ne se comparent pas : le texte « \"42\" » n'est pas le nombre 42.",
                    "Cela arrive surtout avec une réponse de « demander », qui est toujours un texte.",
                    "Transforme le texte en nombre avec « nombre(…) », ou lis la réponse avec « demander_nombre »."),
                wrong: """
                    réponse <- "42"
                    si réponse = 42 alors
                        afficher "Bravo"
                    fin si
                    """,
                fixed: """
                    réponse <- "42"
                    si nombre(réponse) = 42 alors
                        afficher "Bravo"
                    fin si
                    """)
        case .E0309:
            return Explanation(
                title: "Plus rien à lire",
                details: lines(
                    "Le programme pose une question avec « demander » ou « demander_nombre », mais il n'y a plus de réponse à lire.",
                    "Cela arrive quand les réponses viennent d'un fichier (« ardoise jeu.ard < réponses.txt ») ou du correcteur d'exercices, et qu'il y en a moins que de questions.",
                    "Donne autant de réponses que le programme pose de questions.",
                    "Pour essayer ton programme sans rien taper, range directement une valeur dans la variable."),
                wrong: """
                    # lancé sans réponse à lire : ardoise exemple.ard < /dev/null
                    prénom <- demander("Ton prénom ?")
                    afficher "Bonjour {prénom}"
                    """,
                fixed: """
                    # pour essayer sans rien taper, la valeur est écrite dans le programme
                    prénom <- "Inès"
                    afficher "Bonjour {prénom}"
                    """)
        case .E0310:
            return Explanation(
                title: "Texte qui ne contient pas un nombre",
                details: lines(
                    "« nombre(…) » transforme un texte écrit en chiffres en nombre : « \"42\" » donne 42, « \"3.5\" » donne 3.5.",
                    "Ce texte-ci ne contient pas un nombre écrit en chiffres : des lettres, des espaces au milieu, un texte vide…",
                    "Vérifie la valeur que tu donnes à « nombre »."),
                wrong: """
                    âge <- nombre("dix-huit")
                    afficher âge + 1
                    """,
                fixed: """
                    âge <- nombre("18")
                    afficher âge + 1
                    """)
        case .E0311:
            return Explanation(
                title: "Racine carrée d'un nombre négatif",
                details: lines(
                    "La racine carrée d'un nombre négatif n'existe pas parmi les nombres que connaît Ardoise.",
                    "Vérifie le signe du nombre avec un « si » avant d'appeler « racine », ou prends sa valeur absolue avec « abs »."),
                wrong: """
                    # x² + x + 1 = 0
                    delta <- 1 ^ 2 - 4 * 1 * 1
                    afficher racine(delta)
                    """,
                fixed: """
                    # x² + x + 1 = 0
                    delta <- 1 ^ 2 - 4 * 1 * 1
                    si delta >= 0 alors
                        afficher racine(delta)
                    sinon
                        afficher "Pas de solution"
                    fin si
                    """)
        case .E0312:
            return Explanation(
                title: "Nombre de tours de « répéter » invalide",
                details: lines(
                    "« répéter n fois » attend un nombre entier de tours, positif ou nul : 0, 1, 2…",
                    "Un nombre décimal comme 2.5, un nombre négatif ou un texte ne conviennent pas.",
                    "Utilise « div » pour une division entière (« n div 2 ») ou « entier(…) » pour enlever la partie décimale."),
                wrong: """
                    n <- 5
                    répéter n / 2 fois
                        afficher "*"
                    fin répéter
                    """,
                fixed: """
                    n <- 5
                    répéter n div 2 fois
                        afficher "*"
                    fin répéter
                    """)
        case .E0313:
            return Explanation(
                title: "Boucle « pour » avec un début, une fin ou un pas invalide",
                details: lines(
                    "Le début, la fin et le pas d'une boucle « pour » doivent être des nombres entiers.",
                    "Le pas ne peut pas être 0 : la boucle n'avancerait jamais.",
                    "Pour avancer de 0.1 en 0.1, compte avec des entiers et divise : « pour i de 0 à 10 faire », puis « i / 10 »."),
                wrong: """
                    pour x de 0 à 1 pas 0.1 faire
                        afficher x
                    fin pour
                    """,
                fixed: """
                    pour i de 0 à 10 faire
                        afficher i / 10
                    fin pour
                    """)
        case .E0314:
            return Explanation(
                title: "Position qui n'est pas un nombre entier",
                details: lines(
                    "Une position dans une liste ou un texte est un nombre entier : 1, 2, 3…",
                    "Une position comme 2.5, ou le texte « \"2\" », ne désigne aucun élément.",
                    "Utilise « div » pour une division entière, « entier(…) » pour arrondir vers le bas, ou « nombre(…) » pour un texte."),
                wrong: """
                    notes <- [12, 15, 9, 11, 14]
                    milieu <- notes[longueur(notes) / 2]
                    afficher milieu
                    """,
                fixed: """
                    notes <- [12, 15, 9, 11, 14]
                    milieu <- notes[longueur(notes) div 2 + 1]
                    afficher milieu
                    """)
        case .E0315:
            return Explanation(
                title: "Position dans une valeur qui n'en a pas",
                details: lines(
                    "On ne prend une position, comme « x[1] », que dans une liste ou un texte.",
                    "Un nombre, un booléen ou rien n'ont pas de positions.",
                    "Pour les chiffres d'un nombre, transforme-le d'abord en texte : « texte(code)[1] »."),
                wrong: """
                    code <- 12345
                    afficher code[1]
                    """,
                fixed: """
                    code <- 12345
                    afficher texte(code)[1]
                    """)
        case .E0316:
            return Explanation(
                title: "Texte modifié à une position",
                details: lines(
                    "Un texte ne se modifie pas : « mot[1] <- … » ne peut pas remplacer une de ses lettres.",
                    "Seules les listes se modifient position par position.",
                    "Construis un nouveau texte et range-le dans la variable, par exemple en passant par une liste de lettres avec « découper » et « joindre »."),
                wrong: """
                    mot <- "chat"
                    mot[1] <- "C"
                    afficher mot
                    """,
                fixed: """
                    mot <- "chat"
                    lettres <- découper(mot, "")
                    lettres[1] <- "C"
                    mot <- joindre(lettres, "")
                    afficher mot
                    """)
        case .E0317:
            return Explanation(
                title: "Valeurs impossibles à ranger dans l'ordre",
                details: lines(
                    "« < », « > », « ≤ », « ≥ », « min », « max » et « trier » rangent des nombres entre eux, ou des textes entre eux (par ordre alphabétique).",
                    "Des listes, des booléens ou des types mélangés n'ont pas d'ordre.",
                    "Compare des valeurs du même type : par exemple la somme de chaque liste plutôt que les listes elles-mêmes."),
                wrong: """
                    équipe_a <- [12, 15]
                    équipe_b <- [10, 14]
                    si équipe_a > équipe_b alors
                        afficher "L'équipe A gagne"
                    fin si
                    """,
                fixed: """
                    équipe_a <- [12, 15]
                    équipe_b <- [10, 14]
                    si somme(équipe_a) > somme(équipe_b) alors
                        afficher "L'équipe A gagne"
                    fin si
                    """)
        case .E0318:
            return Explanation(
                title: "« aléatoire » avec les nombres à l'envers",
                details: lines(
                    "« aléatoire(a, b) » tire un nombre entier entre a et b compris.",
                    "Le premier nombre doit être le plus petit, sinon il n'y a aucun nombre entre les deux.",
                    "Écris « aléatoire(1, 6) » et non « aléatoire(6, 1) »."),
                wrong: """
                    dé <- aléatoire(6, 1)
                    afficher dé
                    """,
                fixed: """
                    dé <- aléatoire(1, 6)
                    afficher dé
                    """)
        case .E0319:
            return Explanation(
                title: "Nombre beaucoup trop grand",
                details: lines(
                    "Les nombres entiers d'Ardoise n'ont pas de limite fixe, mais un résultat de plus de 300 000 chiffres prendrait trop de temps et de mémoire.",
                    "Un nombre décimal, lui, ne peut pas dépasser environ 10 puissance 308.",
                    "Ardoise préfère s'arrêter : vérifie le calcul, souvent une puissance ou une boucle qui multiplie trop de fois."),
                wrong: """
                    # les grains de riz sur un échiquier… de dix millions de cases
                    afficher 2 ^ 10000000 - 1
                    """,
                fixed: """
                    # les grains de riz sur les 64 cases d'un échiquier
                    afficher 2 ^ 64 - 1
                    """)
        case .E0320:
            return Explanation(
                title: "Réponse qui n'est pas un nombre",
                details: lines(
                    "« demander_nombre » attend une réponse écrite en chiffres, comme 42 ou 3.5.",
                    "Au clavier, Ardoise repose la question ; mais quand les réponses viennent d'un fichier ou du correcteur d'exercices, il s'arrête sur cette erreur.",
                    "Vérifie les réponses données : « 18 » et non « dix-huit »."),
                wrong: """
                    # la réponse donnée est « dix-huit »
                    âge <- demander_nombre("Ton âge ?")
                    afficher "Tu as {âge} ans"
                    """,
                fixed: """
                    # la réponse est écrite en chiffres
                    âge <- nombre("18")
                    afficher "Tu as {âge} ans"
                    """,
                input: ["dix-huit"])
        case .E0321:
            return Explanation(
                title: "Trop d'appels de fonction imbriqués",
                details: lines(
                    "Une fonction qui s'appelle elle-même doit s'arrêter sur un cas simple ; ici, les appels s'empilent sans fin.",
                    "Ardoise s'arrête quand plus de 20 000 appels sont en cours à la fois ; l'option « --max-appels N » change cette limite.",
                    "Ajoute un « si » qui retourne un résultat sans rappeler la fonction, par exemple quand n vaut 1 ou moins."),
                wrong: """
                    fonction factorielle(n)
                        retourner n * factorielle(n - 1)
                    fin fonction

                    afficher factorielle(5)
                    """,
                fixed: """
                    fonction factorielle(n)
                        si n <= 1 alors
                            retourner 1
                        fin si
                        retourner n * factorielle(n - 1)
                    fin fonction

                    afficher factorielle(5)
                    """)
        case .E0322:
            return Explanation(
                title: "Liste vide",
                details: lines(
                    "« min » et « max » cherchent une valeur parmi celles de la liste : dans une liste vide, il n'y en a aucune.",
                    "Vérifie d'abord que la liste n'est pas vide, avec « longueur(liste) > 0 »."),
                wrong: """
                    notes <- []
                    afficher max(notes)
                    """,
                fixed: """
                    notes <- []
                    si longueur(notes) > 0 alors
                        afficher max(notes)
                    sinon
                        afficher "Aucune note"
                    fin si
                    """)
        case .E0323:
            return Explanation(
                title: "Liste trop imbriquée ou qui se contient elle-même",
                details: lines(
                    "Cette liste contient des listes, qui contiennent des listes… sur plus de 1 000 niveaux, ou bien elle se contient elle-même.",
                    "C'est ce que fait « ajouter(a, a) » : la liste a devient un de ses propres éléments, et Ardoise ne peut plus la comparer.",
                    "Pour coller deux listes, écris « a <- a + b », qui donne une nouvelle liste."),
                wrong: """
                    a <- [1, 2]
                    ajouter(a, a)
                    b <- [1, 2]
                    ajouter(b, b)
                    afficher a = b
                    """,
                fixed: """
                    a <- [1, 2]
                    a <- a + a
                    b <- [1, 2]
                    b <- b + b
                    afficher a = b
                    """)

        // MARK: Limits
        case .E0401:
            return Explanation(
                title: "Trop d'étapes",
                details: lines(
                    "Le programme a fait plus d'étapes (tours de boucle, appels) que permis : le plus souvent, une boucle dont la condition ne devient jamais fausse.",
                    "« ardoise FICHIER » n'a pas de limite d'étapes, sauf avec l'option « --max-etapes N » ; le correcteur d'exercices, lui, en fixe toujours une.",
                    "Vérifie que ta boucle change la variable de sa condition, dans le bon sens."),
                wrong: """
                    # lancé avec : ardoise --max-etapes 1000 exemple.ard
                    n <- 10
                    tant que n > 0 faire
                        n <- n + 1
                    fin tant que
                    afficher "Partez !"
                    """,
                fixed: """
                    # lancé avec : ardoise --max-etapes 1000 exemple.ard
                    n <- 10
                    tant que n > 0 faire
                        n <- n - 1
                    fin tant que
                    afficher "Partez !"
                    """,
                limits: Limits(maxSteps: 1000))
        case .E0402:
            return Explanation(
                title: "Temps dépassé",
                details: lines(
                    "Le programme a tourné plus longtemps que permis.",
                    "« ardoise FICHIER » n'a pas de limite de temps (Ctrl-C l'arrête), sauf avec l'option « --max-secondes S » ; le correcteur d'exercices, lui, en fixe toujours une.",
                    "Le plus souvent, c'est une boucle sans fin : vérifie que sa condition finit par devenir fausse."),
                wrong: """
                    # lancé avec : ardoise --max-secondes 0.2 exemple.ard
                    i <- 1
                    tant que i ≠ 10 faire
                        i <- i + 2
                    fin tant que
                    afficher i
                    """,
                fixed: """
                    # lancé avec : ardoise --max-secondes 0.2 exemple.ard
                    i <- 1
                    tant que i < 10 faire
                        i <- i + 2
                    fin tant que
                    afficher i
                    """,
                limits: Limits(maxSeconds: 0.2))
        case .E0403:
            return Explanation(
                title: "Trop d'affichage",
                details: lines(
                    "Le programme a affiché plus que permis : souvent un « afficher » dans une boucle sans fin.",
                    "« ardoise FICHIER » s'arrête après 10 Mo d'affichage ; l'option « --max-sortie N » change cette limite (en octets).",
                    "Vérifie que la boucle qui affiche s'arrête."),
                wrong: """
                    # lancé avec : ardoise --max-sortie 100 exemple.ard
                    i <- 1
                    tant que i <= 10 faire
                        afficher "Ligne {i}"
                    fin tant que
                    """,
                fixed: """
                    # lancé avec : ardoise --max-sortie 100 exemple.ard
                    i <- 1
                    tant que i <= 10 faire
                        afficher "Ligne {i}"
                        i <- i + 1
                    fin tant que
                    """,
                limits: Limits(maxOutputBytes: 100))
        case .E0404:
            return Explanation(
                title: "Liste ou texte trop long",
                details: lines(
                    "Une liste ou un texte a dépassé la taille permise : souvent un « ajouter » ou un « + » dans une boucle sans fin.",
                    "« ardoise FICHIER » permet 10 millions d'éléments ou de caractères ; l'option « --max-taille N » change cette limite.",
                    "Vérifie que la boucle qui fait grandir la liste s'arrête."),
                wrong: """
                    # lancé avec : ardoise --max-taille 100 exemple.ard
                    carrés <- []
                    i <- 1
                    tant que i <= 10 faire
                        ajouter(carrés, i * i)
                    fin tant que
                    afficher carrés
                    """,
                fixed: """
                    # lancé avec : ardoise --max-taille 100 exemple.ard
                    carrés <- []
                    i <- 1
                    tant que i <= 10 faire
                        ajouter(carrés, i * i)
                        i <- i + 1
                    fin tant que
                    afficher carrés
                    """,
                limits: Limits(maxCollectionLength: 100))
        case .E0406:
            return Explanation(
                title: "Trop de mémoire",
                details: lines(
                    "Le programme garde trop de listes ou de textes à la fois : « ardoise FICHIER » lui permet 1 Go de mémoire (500 Mo pour un exercice corrigé).",
                    "C'est presque toujours une boucle qui ne s'arrête pas et qui fait grandir des listes ; l'option « --max-memoire N » (en Mo) change la limite.",
                    "Vérifie que la boucle s'arrête, et que tu ne gardes pas des copies inutiles."),
                wrong: """
                    # lancé avec : ardoise --max-memoire 50 exemple.ard
                    pages <- []
                    n <- 0
                    tant que n < 10 faire
                        ajouter(pages, "x" * 10000)
                    fin tant que
                    afficher longueur(pages)
                    """,
                fixed: """
                    # lancé avec : ardoise --max-memoire 50 exemple.ard
                    pages <- []
                    n <- 0
                    tant que n < 10 faire
                        ajouter(pages, "x" * 10000)
                        n <- n + 1
                    fin tant que
                    afficher longueur(pages)
                    """,
                limits: Limits(maxCollectionLength: 100_000_000, maxMemoryBytes: 50_000_000))
        case .E0405:
            return Explanation(
                title: "Programme interrompu",
                details: lines(
                    "Le programme a été arrêté de l'extérieur : Ctrl-C dans la console interactive, ou l'outil qui le faisait tourner.",
                    "Ce n'est pas une erreur dans ton programme.",
                    "Si tu l'as arrêté parce qu'il ne finissait pas, cherche une boucle dont la condition reste toujours vraie."))

        // MARK: Checks
        case .E0501:
            return Explanation(
                title: "Vérification échouée",
                details: lines(
                    "Un « vérifier » a trouvé sa condition fausse : le programme ne donne pas le résultat attendu.",
                    "Le message montre la valeur obtenue et la valeur attendue ; le programme continue, puis se termine avec le statut 1.",
                    "Cherche d'où vient la différence : le calcul, ou la valeur que tu attendais."),
                wrong: """
                    fonction carré(x)
                        retourner x * 2
                    fin fonction

                    vérifier carré(3) = 9
                    """,
                fixed: """
                    fonction carré(x)
                        retourner x * x
                    fin fonction

                    vérifier carré(3) = 9
                    """)
        }
    }

    /// The sentences of `details`, one per line.
    private func lines(_ sentences: String...) -> String {
        sentences.joined(separator: "\n")
    }
}
