import FoundationEssentials

/// Reads one exercise: from its `## Exercice : Titre` heading to the next level-1 or level-2 heading.
///
///     ## Exercice : Dire bonjour
///     - identifiant : dire-bonjour          ← the exercise's fiche: a list right under the heading
///     - interdit : trier
///     Statement (prose, examples)…
///     ### Code de départ                    ← one code block
///     ### Test : un prénom                  ← code blocks ```entrée, ```sortie and/or ```ardoise
///     ### Indice                            ← free text, one section per hint
///     ### Solution                          ← one code block
struct ExerciseParser {
    let path: String
    let lessonID: String
    private(set) var issues: [LessonIssue] = []

    init(path: String, lessonID: String) {
        self.path = path
        self.lessonID = lessonID
    }

    static func isExerciseHeading(_ text: String) -> Bool {
        let folded = FrenchText.fold(text)
        guard folded.hasPrefix("exercice") else { return false }
        let rest = folded.dropFirst("exercice".count)
        return rest.isEmpty || rest.first == " " || rest.first == ":" || rest.first == "s" && rest.count == 1
    }

    enum SectionKind: Equatable {
        case statement, starter, test(name: String?), hint, solution
    }

    /// The level-3 titles an exercise understands, folded; used for "voulais-tu écrire".
    static let sectionTitles = ["Énoncé", "Code de départ", "Test", "Indice", "Solution"]

    static func sectionKind(_ title: String) -> SectionKind? {
        let folded = FrenchText.fold(title)
        let firstWord = folded.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init) ?? ""
        switch firstWord {
        case "enonce", "consigne": return .statement
        case "depart": return .starter
        case "code" where folded.hasPrefix("code de depart") || folded == "code": return .starter
        case "solution", "corrige": return .solution
        case "indice": return .hint
        case "test":
            // `Test : un prénom`, `Test 2 : un prénom`, `Test un prénom` or just `Test`.
            if let colon = title.firstIndex(of: ":") {
                let name = title[title.index(after: colon)...].trimmed(.whitespaces)
                return .test(name: name.isEmpty ? nil : name)
            }
            let rest = title.trimmed(.whitespaces).dropFirst(4).trimmed(.whitespaces)
            return .test(name: rest.isEmpty || rest.allSatisfy(\.isNumber) ? nil : rest)
        default: return nil
        }
    }

    static let ficheKeys: [String: String] = [
        "identifiant": "identifiant", "id": "identifiant",
        "interdit": "interdit", "interdits": "interdit", "interdites": "interdit",
        "fonctions interdites": "interdit", "fonction interdite": "interdit",
        "graine": "graine",
        "etapes maximum": "etapes", "etapes max": "etapes", "nombre d'etapes maximum": "etapes",
        "duree maximum": "duree", "duree max": "duree", "temps maximum": "duree", "temps max": "duree",
        "sortie maximum": "sortie", "sortie max": "sortie",
        "profondeur maximum": "profondeur", "profondeur max": "profondeur",
        "taille maximum": "taille", "taille max": "taille",
        "memoire maximum": "memoire", "memoire max": "memoire",
    ]
    static let ficheKeysShown = ["identifiant", "interdit", "graine", "étapes maximum", "durée maximum",
                                 "sortie maximum", "profondeur maximum", "taille maximum", "mémoire maximum"]

    mutating func parse(headingText: String, headingLine: Int, elements: [MarkdownElement]) -> Exercise? {
        let errorCountBefore = issues.filter(\.isError).count
        let title = Self.title(fromHeading: headingText)
        if title.isEmpty {
            issues.append(LessonIssue(path: path, line: headingLine, message: "cet exercice n'a pas de titre.",
                                      hint: "écris par exemple « ## Exercice : Dire bonjour »."))
        }

        // The fiche: the list right under the heading.
        var index = 0
        while index < elements.count, case .line(let text, _) = elements[index],
              text.trimmed(.whitespaces).isEmpty {
            index += 1
        }
        var id: String?
        var constraints = ExerciseConstraints()
        var seenKeys: [String: Int] = [:]
        while index < elements.count, case .line(let text, let line) = elements[index],
              let item = Self.listItem(text) {
            readFicheItem(item, line: line, id: &id, constraints: &constraints, seen: &seenKeys)
            index += 1
            // A blank line inside the fiche is forgiven when a known field follows it;
            // otherwise the blank line ends the fiche and the statement begins.
            var next = index
            while next < elements.count, case .line(let blank, _) = elements[next],
                  blank.trimmed(.whitespaces).isEmpty {
                next += 1
            }
            if next > index, next < elements.count, case .line(let following, _) = elements[next],
               let followingItem = Self.listItem(following), let (key, _) = FrenchText.keyValue(followingItem),
               Self.ficheKeys[FrenchText.fold(key)] != nil {
                index = next
            }
        }
        if id == nil && seenKeys["identifiant"] == nil {
            issues.append(LessonIssue(path: path, line: headingLine,
                message: "l'exercice « \(title) » n'a pas d'identifiant.",
                hint: "ajoute juste sous le titre une ligne « - identifiant : mon-exercice » (lettres sans accent, chiffres et tirets)."))
        }

        // Sections.
        var statement: [MarkdownElement] = []
        var starter: CodeBlock?
        var solution: CodeBlock?
        var tests: [ExerciseTest] = []
        var hints: [[LessonBlock]] = []
        var sectionLines: [String: Int] = [:]
        var current: (kind: SectionKind, line: Int)? = (.statement, headingLine)
        // A misspelt title already reported: no second message saying that part is missing.
        var misspeltSections: Set<String> = []
        var content: [MarkdownElement] = []

        func close() {
            guard let (kind, line) = current else { return }
            switch kind {
            case .statement: statement += content
            case .starter: starter = singleCode(in: content, section: "Code de départ", line: line) ?? starter
            case .solution: solution = singleCode(in: content, section: "Solution", line: line) ?? solution
            case .hint:
                let blocks = LessonBlocks.make(from: content)
                if blocks.isEmpty {
                    issues.append(LessonIssue(path: path, line: line, message: "cet indice est vide."))
                } else {
                    hints.append(blocks)
                }
            case .test(let name):
                if let test = readTest(name: name ?? "Test \(tests.count + 1)", line: line, content: content) {
                    tests.append(test)
                }
            }
            content = []
        }

        while index < elements.count {
            let element = elements[index]
            index += 1
            guard case .heading(let level, let text, let line) = element, level == 3 else {
                if case .heading(let level, _, _) = element, level < 3 { break }
                content.append(element)
                continue
            }
            close()
            guard let kind = Self.sectionKind(text) else {
                let suggestion = FrenchText.suggestion(for: text, among: Self.sectionTitles)
                if let suggestion { misspeltSections.insert(suggestion) }
                issues.append(LessonIssue(path: path, line: line,
                    message: "titre de partie inconnu dans un exercice : « \(text) ».",
                    hint: suggestion.map { "voulais-tu écrire « ### \($0) » ?" }
                        ?? "les parties d'un exercice sont : Code de départ, Test, Indice, Solution (et Énoncé, facultatif). Pour un sous-titre dans l'énoncé, utilise #### ."))
                current = nil
                continue
            }
            switch kind {
            case .starter, .solution:
                let key = kind == .starter ? "Code de départ" : "Solution"
                if let previous = sectionLines[key] {
                    issues.append(LessonIssue(path: path, line: line,
                        message: "cet exercice a déjà une partie « \(key) », ligne \(previous).",
                        hint: "garde une seule partie « \(key) » par exercice."))
                }
                sectionLines[key] = line
            default: break
            }
            current = (kind, line)
        }
        close()

        let exerciseName = id.map { "« \($0) »" } ?? "« \(title) »"
        if starter == nil && sectionLines["Code de départ"] == nil && !misspeltSections.contains("Code de départ") {
            issues.append(LessonIssue(path: path, line: headingLine,
                message: "l'exercice \(exerciseName) n'a pas de code de départ.",
                hint: "ajoute une partie « ### Code de départ » avec un bloc ```ardoise (il peut être presque vide)."))
        }
        if solution == nil && sectionLines["Solution"] == nil && !misspeltSections.contains("Solution") {
            issues.append(LessonIssue(path: path, line: headingLine,
                message: "l'exercice \(exerciseName) n'a pas de solution.",
                hint: "ajoute une partie « ### Solution » avec un bloc ```ardoise qui réussit tous les tests."))
        }
        if tests.isEmpty && !misspeltSections.contains("Test")
            && !issues.contains(where: { $0.isError && $0.message.contains("test") }) {
            issues.append(LessonIssue(path: path, line: headingLine,
                message: "l'exercice \(exerciseName) n'a aucun test.",
                hint: "ajoute au moins une partie « ### Test : … » avec un bloc ```sortie ou ```ardoise."))
        }
        if hints.isEmpty {
            issues.append(LessonIssue(.warning, path: path, line: headingLine,
                message: "l'exercice \(exerciseName) n'a aucun indice : un apprenant bloqué restera sans aide.",
                hint: "ajoute deux ou trois parties « ### Indice », du petit coup de pouce à la quasi-réponse."))
        } else if hints.count == 1 {
            issues.append(LessonIssue(.warning, path: path, line: headingLine,
                message: "l'exercice \(exerciseName) n'a qu'un indice ; deux ou trois aident mieux.",
                hint: "ajoute un indice plus précis après le premier."))
        }

        guard issues.filter(\.isError).count == errorCountBefore,
              let id, let starter, let solution else { return nil }
        return Exercise(id: id, title: title, lessonID: lessonID, line: headingLine,
                        statement: LessonBlocks.make(from: statement), starter: starter, tests: tests,
                        hints: hints, solution: solution, constraints: constraints)
    }

    /// `Exercice : Dire bonjour`, `Exercice 2 : Dire bonjour`, `Exercice — Dire bonjour` → `Dire bonjour`.
    static func title(fromHeading text: String) -> String {
        var rest = Substring(text.trimmed(.whitespaces).dropFirst("exercice".count))
        rest = rest.drop(while: { $0 == " " || $0.isNumber })
        rest = rest.drop(while: { $0 == ":" || $0 == "—" || $0 == "–" || $0 == "-" || $0 == " " || $0 == "." })
        return rest.trimmed(.whitespaces)
    }

    /// `- clé : valeur` or `* clé : valeur` → `clé : valeur`.
    static func listItem(_ line: String) -> String? {
        let trimmed = line.trimmed(.whitespaces)
        guard trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") else { return nil }
        return String(trimmed.dropFirst(2)).trimmed(.whitespaces)
    }

    private mutating func readFicheItem(_ item: String, line: Int, id: inout String?,
                                        constraints: inout ExerciseConstraints, seen: inout [String: Int]) {
        guard let (rawKey, rawValue) = FrenchText.keyValue(item) else {
            issues.append(LessonIssue(path: path, line: line,
                message: "ligne incompréhensible dans la fiche de l'exercice : « \(item) ».",
                hint: "la liste sous le titre d'un exercice est sa fiche : chaque ligne s'écrit « - clé : valeur ». Commence l'énoncé après une ligne vide, par du texte."))
            return
        }
        let value = FrenchText.unquoted(rawValue.trimmed(TextCharacters(charactersIn: "`")))
        guard let key = Self.ficheKeys[FrenchText.fold(rawKey)] else {
            let suggestion = FrenchText.suggestion(for: rawKey, among: Self.ficheKeysShown)
            issues.append(LessonIssue(path: path, line: line,
                message: "champ inconnu « \(rawKey) » dans la fiche de l'exercice.",
                hint: suggestion.map { "voulais-tu écrire « \($0) » ?" }
                    ?? "les champs possibles sont : \(Self.ficheKeysShown.joined(separator: ", "))."))
            return
        }
        if let previous = seen[key] {
            issues.append(LessonIssue(path: path, line: line,
                message: "le champ « \(rawKey) » est déjà donné ligne \(previous).",
                hint: "garde une seule ligne pour ce champ."))
            return
        }
        seen[key] = line
        func number(_ what: String, example: String) -> Int? {
            if let value = FrenchText.integer(value), value > 0 { return value }
            issues.append(LessonIssue(path: path, line: line,
                message: "« \(rawKey) » doit être un nombre entier positif, pas « \(value) ».",
                hint: "écris par exemple « - \(what) : \(example) »."))
            return nil
        }
        switch key {
        case "identifiant":
            if Self.isValidIdentifier(value) {
                id = value
            } else {
                let proposal = Self.identifierProposal(from: value)
                issues.append(LessonIssue(path: path, line: line,
                    message: value.isEmpty ? "l'identifiant est vide."
                        : "l'identifiant « \(value) » ne convient pas : il sert de nom de fichier et de commande.",
                    hint: "utilise seulement des lettres minuscules sans accent, des chiffres et des tirets"
                        + (proposal.isEmpty ? "." : ", par exemple « \(proposal) ».")))
            }
        case "interdit":
            let names = value.split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimmed(TextCharacters.whitespaces.union(TextCharacters(charactersIn: "`()"))) }
                .filter { !$0.isEmpty }
            if names.isEmpty {
                issues.append(LessonIssue(path: path, line: line, message: "la liste des fonctions interdites est vide.",
                                          hint: "écris par exemple « - interdit : trier, min, max »."))
            }
            constraints.forbiddenBuiltins = names
        case "graine":
            if let seed = UInt64(value.filter { !$0.isWhitespace }) {
                constraints.seed = seed
            } else {
                issues.append(LessonIssue(path: path, line: line,
                    message: "la graine doit être un nombre entier positif ou nul, pas « \(value) ».",
                    hint: "écris par exemple « - graine : 42 »."))
            }
        case "etapes": constraints.maxSteps = number("étapes maximum", example: "100 000")
        case "sortie": constraints.maxOutputBytes = number("sortie maximum", example: "10 000")
        case "profondeur": constraints.maxCallDepth = number("profondeur maximum", example: "1 000")
        case "taille": constraints.maxCollectionLength = number("taille maximum", example: "10 000")
        case "memoire":
            // In megabytes, as `--max-memoire`: `200`, `200 Mo`.
            let megabytes = value.replacing("Mo", with: "").replacing("mo", with: "")
            if let count = FrenchText.integer(megabytes), count > 0 {
                constraints.maxMemoryBytes = count * 1_000_000
            } else {
                issues.append(LessonIssue(path: path, line: line,
                    message: "« \(rawKey) » doit être un nombre entier de mégaoctets, pas « \(value) ».",
                    hint: "écris par exemple « - mémoire maximum : 200 Mo »."))
            }
        default: // durée, in seconds: `2`, `0,5`, `2 s`, `2 secondes`
            let digits = value.replacing("secondes", with: "")
                .replacing("seconde", with: "")
                .replacing("s", with: "")
            if let seconds = FrenchText.decimal(digits), seconds > 0 {
                constraints.maxSeconds = seconds
            } else {
                issues.append(LessonIssue(path: path, line: line,
                    message: "la durée maximum doit être un nombre de secondes, pas « \(value) ».",
                    hint: "écris par exemple « - durée maximum : 2 s » ou « 0,5 s »."))
            }
        }
    }

    static func isValidIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first != "-", text.last != "-" else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// `Dire Bonjour` → `dire-bonjour`: a valid identifier close to what was typed.
    static func identifierProposal(from text: String) -> String {
        let words = FrenchText.fold(text).map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : " " }
        return String(words).split(separator: " ").joined(separator: "-")
    }

    /// The one code block of a `Code de départ` or `Solution` section.
    private mutating func singleCode(in content: [MarkdownElement], section: String, line: Int) -> CodeBlock? {
        let blocks = content.compactMap { element -> (CodeBlock, Int)? in
            if case .code(let block, let opening) = element { return (block, opening) }
            return nil
        }
        guard let (block, opening) = blocks.first else {
            issues.append(LessonIssue(path: path, line: line,
                message: "la partie « \(section) » ne contient pas de bloc de code.",
                hint: "mets le code entre une ligne ```ardoise et une ligne ```."))
            return nil
        }
        if blocks.count > 1 {
            issues.append(LessonIssue(path: path, line: blocks[1].1,
                message: "la partie « \(section) » contient plusieurs blocs de code ; elle n'en prend qu'un.",
                hint: "réunis le code dans un seul bloc ```ardoise."))
        }
        if !(block.info.isEmpty || block.info.hasPrefix("ardoise")) {
            issues.append(LessonIssue(path: path, line: opening,
                message: "le code de la partie « \(section) » doit être un bloc ```ardoise, pas ```\(block.info).",
                hint: "écris ```ardoise sur la ligne qui ouvre le bloc."))
        }
        return block
    }

    /// A `### Test` section: its code blocks say what the learner types, what must be printed,
    /// and which checks to run. Any prose between them is a note for formateurs and is ignored.
    private mutating func readTest(name: String, line: Int, content: [MarkdownElement]) -> ExerciseTest? {
        var test = ExerciseTest(name: name, line: line)
        var seen: [String: Int] = [:]
        var ok = true
        for case .code(let block, let opening) in content {
            let kind = block.info.split(separator: " ").first.map(String.init) ?? ""
            let role: String
            switch kind {
            case "entree", "entrees", "entree:", "entrees:": role = "entrée"
            case "sortie", "sortie:", "sorties": role = "sortie"
            case "ardoise", "verifier", "verifications": role = "ardoise"
            default:
                issues.append(LessonIssue(path: path, line: opening,
                    message: kind.isEmpty ? "ce bloc du test « \(name) » ne dit pas ce qu'il contient."
                        : "bloc « ```\(block.info) » inconnu dans le test « \(name) ».",
                    hint: "ouvre le bloc par ```entrée (ce que l'apprenant tape), ```sortie (ce que le programme doit afficher) ou ```ardoise (des lignes vérifier)."))
                ok = false
                continue
            }
            if let previous = seen[role] {
                issues.append(LessonIssue(path: path, line: opening,
                    message: "le test « \(name) » a déjà un bloc ```\(role), ligne \(previous).",
                    hint: "un test a au plus un bloc de chaque sorte ; pour un autre cas, crée un autre « ### Test »."))
                ok = false
                continue
            }
            seen[role] = opening
            switch role {
            case "entrée": test.input = block.lines
            case "sortie": test.expectedOutput = block.lines
            default: test.checkCode = block
            }
        }
        if ok && test.expectedOutput == nil && test.checkCode == nil {
            issues.append(LessonIssue(path: path, line: line,
                message: "le test « \(name) » ne dit pas quoi vérifier.",
                hint: "ajoute un bloc ```sortie (les lignes que le programme doit afficher) ou un bloc ```ardoise (des lignes vérifier)."))
            ok = false
        }
        return ok ? test : nil
    }
}
