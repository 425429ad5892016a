import ArdoiseLessons
import FoundationEssentials
import Glibc

/// The lesson commands as plain functions: the `ardoise` subcommands call them, and so does the REPL
/// (`:leçons` → `list`, `:exercice ID` → `exercise`, `:vérifier FICHIER` → `check`).
/// Each returns its text and exit status instead of printing, so it can be shown anywhere and tested.
public enum LessonCommands {
    /// Exit statuses: 0 success, 1 graded failure or invalid lessons, 2 cannot do it (missing file, unknown exercise).
    public static let failureStatus: Int32 = 1
    public static let unusableStatus: Int32 = 2

    // MARK: - Learners

    /// `ardoise leçons`: every lesson in order, with the learner's progress.
    public static func list(_ env: LessonEnvironment) -> CommandOutput {
        let library = LessonLibrary.load(directory: env.lessonsDirectory)
        let (progress, warning) = env.progressStore.load()
        let style = env.style
        guard !library.lessons.isEmpty else {
            return CommandOutput(error: (warning.map { $0 + "\n" } ?? "")
                + "Aucune leçon trouvée dans « \(env.lessonsDirectory) ».\n"
                + libraryProblems(library), exitCode: unusableStatus)
        }
        var out: [String] = [style.title("Les leçons d'Ardoise"), ""]
        for lesson in library.lessons {
            let done = lesson.exercises.filter { progress[$0.id].completed }.count
            let total = lesson.exercises.count
            let mark = total > 0 && done == total ? style.green("✓") : done > 0 ? style.yellow("…") : " "
            out.append("\(mark) \(style.bold((lesson.order < 10 ? " \(lesson.order)" : "\(lesson.order)"))). \(lesson.title)  "
                       + style.dim("exercices réussis : \(done)/\(total)"))
            for exercise in lesson.exercises {
                let entry = progress[exercise.id]
                let state = entry.completed ? style.green("✓ réussi")
                    : entry.attempts > 0 ? style.yellow("en cours (\(entry.bestPassed)/\(entry.testCount) tests)")
                    : style.dim("à faire")
                out.append("      \(exercise.id)  \(style.dim("—")) \(exercise.title)  \(state)")
            }
        }
        out.append("")
        out.append(style.dim("Lire une leçon : ardoise lire NUMÉRO    Commencer un exercice : ardoise commencer IDENTIFIANT"))
        var error = warning.map { $0 + "\n" } ?? ""
        if !library.brokenFiles.isEmpty {
            error += "\(library.brokenFiles.count) leçon(s) illisible(s) ignorée(s) ; ta formatrice ou ton formateur peut lancer « ardoise valider ».\n"
        }
        return CommandOutput(out.joined(separator: "\n") + "\n", error: error)
    }

    /// `ardoise lire LEÇON`: a lesson rendered for the terminal (never hints, tests or solutions).
    public static func show(_ name: String, _ env: LessonEnvironment) -> CommandOutput {
        let library = LessonLibrary.load(directory: env.lessonsDirectory)
        guard let lesson = library.lesson(named: name) else {
            if let (lesson, exercise) = library.exercise(withID: name) {
                // An exercise identifier: show the lesson it belongs to.
                return show(lesson.id, env).prefixed(by: "« \(exercise.id) » est un exercice de la leçon \(lesson.order).\n\n")
            }
            let names = library.lessons.map { "\($0.order) (\($0.shortName))" }.joined(separator: ", ")
            return CommandOutput(error: "Je ne trouve pas de leçon « \(name) ». Les leçons sont : \(names).\n", exitCode: unusableStatus)
        }
        let (progress, warning) = env.progressStore.load()
        let text = LessonRenderer(style: env.style).render(lesson, progress: progress)
        return CommandOutput(text, error: warning.map { $0 + "\n" } ?? "")
    }

    /// `:exercice ID` in the REPL: one exercise's statement and how to start it.
    public static func exercise(_ id: String, _ env: LessonEnvironment) -> CommandOutput {
        let library = LessonLibrary.load(directory: env.lessonsDirectory)
        guard let (lesson, exercise) = library.exercise(withID: id) else { return unknownExercise(id, library) }
        let (progress, _) = env.progressStore.load()
        var lines = [env.style.dim("Leçon \(lesson.order) — \(lesson.title)"), ""]
        lines += LessonRenderer(style: env.style).renderExercise(exercise, progress: progress[exercise.id])
        lines.append(env.style.dim("Puis, pour vérifier : ardoise vérifier \(exercise.starterFileName)"))
        return CommandOutput(lines.joined(separator: "\n") + "\n")
    }

    /// `ardoise commencer ID`: writes the starter file into the working folder, never over an existing file.
    public static func start(_ id: String, _ env: LessonEnvironment) -> CommandOutput {
        let library = LessonLibrary.load(directory: env.lessonsDirectory)
        guard let (lesson, exercise) = library.exercise(withID: id) else { return unknownExercise(id, library) }
        let url = URL(fileURLWithPath: env.workingDirectory).appendingPathComponent(exercise.starterFileName)
        let content = SubmissionIdentifier.header(for: exercise, lesson: lesson) + "\n"
            + "# Pour vérifier ton travail : ardoise vérifier \(exercise.starterFileName)\n\n"
            + exercise.starter.text + "\n"
        do {
            try AtomicFile.create(Data(content.utf8), at: url)
        } catch let error as AtomicFile.WriteError where error.alreadyExists {
            return CommandOutput(error: "Le fichier « \(exercise.starterFileName) » existe déjà : je n'y touche pas, ton travail est en sécurité.\n"
                + "Pour le vérifier : ardoise vérifier \(exercise.starterFileName)\n"
                + "Pour repartir de zéro, renomme-le d'abord (par exemple en « \(exercise.id)-ancien.ard »).\n",
                exitCode: failureStatus)
        } catch {
            return CommandOutput(error: "Je n'arrive pas à écrire « \(url.path) » : \(error).\n", exitCode: unusableStatus)
        }
        let style = env.style
        var lines = LessonRenderer(style: style).renderExercise(exercise, progress: ExerciseProgress())
        lines.removeLast(2) // the "Pour commencer" line: it is done.
        lines.append("")
        lines.append(style.green("J'ai créé « \(exercise.starterFileName) ».") + " Ouvre-le, écris ton programme, puis :")
        lines.append("  " + style.bold("ardoise vérifier \(exercise.starterFileName)") + style.dim("    (ou « ardoise surveiller \(exercise.starterFileName) » pour vérifier à chaque enregistrement)"))
        return CommandOutput(lines.joined(separator: "\n") + "\n")
    }

    /// `ardoise vérifier FICHIER`: grades the file, records progress, and after a failure reveals the next hint.
    public static func check(_ file: String, exerciseID: String? = nil, format: OutputFormat = .text,
                             revealHint: Bool = true, _ env: LessonEnvironment) -> CommandOutput {
        let library = LessonLibrary.load(directory: env.lessonsDirectory)
        let path = env.absolute(file)
        let text: String
        switch TextFileReader.read(path) {
        case .failure(let failure):
            return CommandOutput(error: "Je ne peux pas vérifier : \(failure.description.replacing(path, with: file))\n",
                                 exitCode: unusableStatus)
        case .success(let content):
            text = content
        }
        let id: String
        if let exerciseID {
            id = exerciseID
        } else if let found = SubmissionIdentifier.exerciseID(fileName: file, text: text, library: library) {
            id = found
        } else {
            return CommandOutput(error: "Je ne sais pas à quel exercice correspond « \(file) ».\n"
                + "Garde la première ligne que « ardoise commencer » a écrite (# Exercice : …), nomme le fichier comme l'exercice,\n"
                + "ou précise-le : ardoise vérifier \(file) --exercice IDENTIFIANT\n", exitCode: unusableStatus)
        }
        guard let (_, exercise) = library.exercise(withID: id) else { return unknownExercise(id, library) }

        let result = Grader().grade(text, fileName: file, exercise: exercise)
        var revealed: GradingReportRenderer.RevealedHint?
        var attempt = 1
        var allHintsSeen = false
        let warning: String?
        do {
            warning = try env.progressStore.update { progress in
                progress.recordAttempt(exerciseID: id, passed: result.passedCount, total: result.tests.count)
                attempt = progress[id].attempts
                if result.status != .pass && revealHint,
                   let index = progress.revealNextHint(exerciseID: id, available: exercise.hints.count) {
                    revealed = .init(number: index + 1, count: exercise.hints.count,
                                     text: Feedback.plainText(of: exercise.hints[index]))
                }
                allHintsSeen = progress[id].hintsRevealed >= exercise.hints.count
            }
        } catch {
            warning = "Attention : ta progression n'a pas pu être enregistrée (\(error))."
        }
        let status: Int32 = result.status == .pass ? 0 : failureStatus
        let errorText = warning.map { $0 + "\n" } ?? ""
        switch format {
        case .json:
            let hint = revealed.map { ResultsDocument.Hint(number: $0.number, count: $0.count, text: $0.text) }
            let json = String(decoding: ResultsDocument(result: result, hint: hint).encoded(), as: UTF8.self)
            return CommandOutput(json, error: errorText, exitCode: status)
        case .text:
            let next = result.status == .pass ? nextExercise(after: id, library) : nil
            let text = GradingReportRenderer(style: env.style).render(result, exercise: exercise, attempt: attempt,
                                                                      hint: revealed, allHintsSeen: allHintsSeen,
                                                                      nextExercise: next)
            return CommandOutput(text, error: errorText, exitCode: status)
        }
    }

    /// `ardoise indice ID`: the next hint; once all are seen, all of them again.
    public static func hint(_ id: String, _ env: LessonEnvironment) -> CommandOutput {
        let library = LessonLibrary.load(directory: env.lessonsDirectory)
        guard let (_, exercise) = library.exercise(withID: id) else { return unknownExercise(id, library) }
        guard !exercise.hints.isEmpty else {
            return CommandOutput("Cet exercice n'a pas d'indice. Relis l'énoncé avec : ardoise lire \(exercise.lessonID)\n")
        }
        let style = env.style
        var revealed: Int?
        let warning = try? env.progressStore.update { progress in
            revealed = progress.revealNextHint(exerciseID: id, available: exercise.hints.count)
        }
        var lines: [String] = []
        if let index = revealed {
            lines.append(style.bold("Indice \(index + 1) sur \(exercise.hints.count) pour « \(exercise.title) » :"))
            lines += Feedback.plainText(of: exercise.hints[index]).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            if index + 1 < exercise.hints.count {
                lines.append("")
                lines.append(style.dim("Encore bloqué ? Relance « ardoise indice \(id) » pour l'indice suivant."))
            }
        } else {
            lines.append(style.bold("Tu as vu tous les indices de « \(exercise.title) » :"))
            for (index, hint) in exercise.hints.enumerated() {
                lines.append("")
                lines.append(style.bold("Indice \(index + 1) :"))
                lines += Feedback.plainText(of: hint).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            }
        }
        return CommandOutput(lines.joined(separator: "\n") + "\n", error: (warning ?? nil).map { $0 + "\n" } ?? "")
    }

    // MARK: - Formateurs

    /// `ardoise valider [DOSSIER]`: every problem of every lesson, with its line; status 1 if any error.
    public static func validate(_ directory: String?, format: OutputFormat = .text, _ env: LessonEnvironment) -> CommandOutput {
        let folder = (directory.map(env.absolute) ?? env.lessonsDirectory).standardizingPath
        let library = LessonLibrary.load(directory: folder)
        let issues = LessonValidator().validate(library)
        let errors = issues.filter(\.isError)
        let status: Int32 = errors.isEmpty && !library.lessons.isEmpty ? 0 : failureStatus
        if format == .json {
            let document = ValidationDocument(lessons: library.lessons.count, exercises: library.allExercises.count,
                                              issues: issues.map(ValidationDocument.Issue.init))
            return CommandOutput(String(decoding: document.encoded(), as: UTF8.self), exitCode: status)
        }
        let style = env.style
        var lines: [String] = []
        for issue in issues {
            let path = env.displayPath(issue.path)
            let place = issue.line > 0 ? "\(path), ligne \(issue.line)" : path
            let label = issue.isError ? style.red("erreur") : style.yellow("avertissement")
            lines.append("\(style.bold(place)) : \(label) : \(issue.message)")
            if let hint = issue.hint { lines.append("  " + style.dim("Astuce : ") + hint) }
        }
        if !lines.isEmpty { lines.append("") }
        let lessons = library.lessons.count, exercises = library.allExercises.count
        let counted = "\(lessons) leçon\(lessons > 1 ? "s" : ""), \(exercises) exercice\(exercises > 1 ? "s" : "")"
        let warnings = issues.count - errors.count
        if errors.isEmpty && lessons > 0 {
            lines.append(style.green("\(counted) : tout est bon.") + (warnings > 0 ? " (\(warnings) avertissement\(warnings > 1 ? "s" : ""))" : ""))
        } else if lessons == 0 && errors.isEmpty {
            lines.append(style.red("Aucune leçon dans « \(folder) »."))
        } else {
            lines.append(style.red("\(errors.count) erreur\(errors.count > 1 ? "s" : "") à corriger") + " (\(counted) lisibles).")
        }
        return CommandOutput(lines.joined(separator: "\n") + "\n", exitCode: status)
    }

    /// `ardoise corriger DOSSIER`: grades a group, prints the table, writes `rapport-GROUPE.csv` and `.json`.
    /// The reports are written atomically, only once complete.
    public static func gradeGroup(_ directory: String, outputDirectory: String? = nil, format: OutputFormat = .text,
                                  _ env: LessonEnvironment) -> CommandOutput {
        let library = LessonLibrary.load(directory: env.lessonsDirectory)
        guard !library.lessons.isEmpty else {
            return CommandOutput(error: "Aucune leçon lisible dans « \(env.lessonsDirectory) ».\n" + libraryProblems(library),
                                 exitCode: unusableStatus)
        }
        let report: GroupReport
        switch GroupGrader().grade(groupFolder: env.absolute(directory), library: library) {
        case .failure(let failure): return CommandOutput(error: failure.description + "\n", exitCode: unusableStatus)
        case .success(let graded): report = graded
        }
        let outputFolder = URL(fileURLWithPath: outputDirectory.map(env.absolute) ?? env.workingDirectory)
        let base = "rapport-" + ReportFileName.slug(report.group)
        let csvURL = outputFolder.appendingPathComponent(base + ".csv")
        let jsonURL = outputFolder.appendingPathComponent(base + ".json")
        let json = GroupReportWriters.json(report)
        do {
            try AtomicFile.write(Data(GroupReportWriters.csv(report).utf8), to: csvURL)
            try AtomicFile.write(json, to: jsonURL)
        } catch {
            return CommandOutput(error: "Je n'arrive pas à écrire le rapport : \(error).\n", exitCode: unusableStatus)
        }
        if format == .json {
            return CommandOutput(String(decoding: json, as: UTF8.self))
        }
        var text = GroupReportWriters.table(report, color: env.style.enabled)
        if report.learners.isEmpty { text += "Aucun dossier d'apprenant dans « \(directory) ».\n" }
        text += "\nRapports écrits : \(csvURL.path) et \(jsonURL.path)\n"
        return CommandOutput(text)
    }

    // MARK: - Shared

    static func unknownExercise(_ id: String, _ library: LessonLibrary) -> CommandOutput {
        var text = "Je ne connais pas d'exercice « \(id) »."
        if let suggestion = library.suggestedExerciseID(for: id) { text += " Voulais-tu dire « \(suggestion) » ?" }
        text += "\nLa liste des exercices : ardoise leçons\n"
        if library.lessons.isEmpty { text += libraryProblems(library) }
        return CommandOutput(error: text, exitCode: unusableStatus)
    }

    static func libraryProblems(_ library: LessonLibrary) -> String {
        library.errors.prefix(5).map { $0.description + "\n" }.joined()
    }

    static func nextExercise(after id: String, _ library: LessonLibrary) -> Exercise? {
        let all = library.allExercises
        guard let index = all.firstIndex(where: { $0.id == id }), index + 1 < all.count else { return nil }
        return all[index + 1]
    }
}

extension CommandOutput {
    func prefixed(by text: String) -> CommandOutput {
        var copy = self
        copy.standardOutput = text + copy.standardOutput
        return copy
    }
}
