import ArdoiseLessons
import ArgumentParser
import Foundation
import Testing
@testable import ArdoiseCommandLine

/// End-to-end tests of the lesson commands on a temporary learner folder, with the course's lessons.
private final class Workspace {
    let root: URL
    let environment: LessonEnvironment

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-cmd-\(UUID().uuidString)")
        let work = root.appendingPathComponent("travail")
        try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/lessons").path
        environment = LessonEnvironment(lessonsDirectory: lessons, workingDirectory: work.path,
                                        progressStore: ProgressStore(url: root.appendingPathComponent("donnees/ardoise/progression.json")),
                                        color: false)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var work: URL { URL(fileURLWithPath: environment.workingDirectory) }

    func write(_ text: String, to name: String) throws {
        let url = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: work.appendingPathComponent(name), encoding: .utf8)
    }

    var progress: LearnerProgress { environment.progressStore.load().progress }
}

@Suite("Lesson commands, end to end")
struct LessonCommandsTests {
    @Test func listsLessonsWithProgress() throws {
        let workspace = Workspace()
        let before = LessonCommands.list(workspace.environment)
        #expect(before.exitCode == 0)
        #expect(before.standardOutput.contains(" 1. Afficher du texte"))
        #expect(before.standardOutput.contains("premier-message  — Ton premier message  à faire"))
        try workspace.write("afficher \"Bonjour le monde !\"\n", to: "premier-message.ard")
        _ = LessonCommands.check("premier-message.ard", workspace.environment)
        let after = LessonCommands.list(workspace.environment)
        #expect(after.standardOutput.contains("premier-message  — Ton premier message  ✓ réussi"))
        #expect(after.standardOutput.contains("exercices réussis : 1/3"))
    }

    @Test func showsALessonButNeverHintsTestsOrSolutions() throws {
        let workspace = Workspace()
        let shown = LessonCommands.show("9", workspace.environment)
        #expect(shown.exitCode == 0)
        let text = shown.standardOutput
        #expect(text.contains("Leçon 9 — Fonctions"))
        #expect(text.contains("Exercice : Le plus grand des deux"))
        #expect(text.contains("ardoise commencer plus-grand"))
        #expect(text.contains("Interdit dans cet exercice : max, min."))
        #expect(!text.contains("retourner b"))          // plus-grand's solution
        #expect(!text.contains("aléatoire(1, 6)"))      // lancer-de-de's hint and solution
        #expect(!text.contains("vérifier plus_grand"))  // its tests
        #expect(!text.contains("Indice"))
        #expect(LessonCommands.show("fonctions", workspace.environment).standardOutput == text)
        let unknown = LessonCommands.show("zzz", workspace.environment)
        #expect(unknown.exitCode == 2)
        #expect(unknown.standardError.contains("Les leçons sont : 1 (afficher)"))
    }

    @Test func colorsCodeOnlyWhenAsked() {
        let workspace = Workspace()
        var colored = workspace.environment
        colored.style = TerminalStyle(enabled: true)
        #expect(LessonCommands.show("1", colored).standardOutput.contains("\u{1B}[1;34mafficher\u{1B}[0m"))
        #expect(!LessonCommands.show("1", workspace.environment).standardOutput.contains("\u{1B}"))
    }

    @Test func startsAnExerciseWithoutEverOverwriting() throws {
        let workspace = Workspace()
        let started = LessonCommands.start("double", workspace.environment)
        #expect(started.exitCode == 0)
        #expect(started.standardOutput.contains("J'ai créé « double.ard »"))
        let content = try workspace.read("double.ard")
        #expect(content.hasPrefix("# Exercice : double — Le double (leçon 9 : Fonctions)\n"))
        #expect(content.contains("retourner 0"))

        try workspace.write("# mon travail précieux\n", to: "double.ard")
        let again = LessonCommands.start("double", workspace.environment)
        #expect(again.exitCode == 1)
        #expect(again.standardError.contains("existe déjà"))
        #expect(try workspace.read("double.ard") == "# mon travail précieux\n")

        let unknown = LessonCommands.start("doubel", workspace.environment)
        #expect(unknown.exitCode == 2)
        #expect(unknown.standardError.contains("Voulais-tu dire « double » ?"))
    }

    @Test func checksRecordsProgressAndRevealsHintsOneByOne() throws {
        let workspace = Workspace()
        _ = LessonCommands.start("minutes-en-heures", workspace.environment)
        let first = LessonCommands.check("minutes-en-heures.ard", workspace.environment)
        #expect(first.exitCode == 1)
        #expect(first.standardOutput.contains("✗ plus de deux heures"))
        #expect(first.standardOutput.contains("attendu : 2 h 5 min"))
        #expect(first.standardOutput.contains("affiché : 0 h 0 min"))
        #expect(first.standardOutput.contains("Indice 1 sur 3 :"))
        let second = LessonCommands.check("minutes-en-heures.ard", workspace.environment)
        #expect(second.standardOutput.contains("Indice 2 sur 3 :"))
        #expect(workspace.progress["minutes-en-heures"].attempts == 2)
        #expect(workspace.progress["minutes-en-heures"].hintsRevealed == 2)

        let solution = """
        minutes <- demander_nombre("Combien de minutes ?")
        afficher "{minutes div 60} h {minutes mod 60} min"
        """
        try workspace.write(solution, to: "minutes-en-heures.ard")
        let passed = LessonCommands.check("minutes-en-heures.ard", workspace.environment)
        #expect(passed.exitCode == 0)
        #expect(passed.standardOutput.contains("Bravo ! Les 3 tests sont réussis."))
        #expect(passed.standardOutput.contains("persévéré (3 essais)"))
        #expect(!passed.standardOutput.contains("Indice"))
        #expect(passed.standardOutput.contains("Exercice suivant : ardoise commencer double"))
        #expect(workspace.progress["minutes-en-heures"].completed)
    }

    @Test func findsTheExerciseOfARenamedFileFromItsHeader() throws {
        let workspace = Workspace()
        _ = LessonCommands.start("premier-message", workspace.environment)
        try FileManager.default.moveItem(at: workspace.work.appendingPathComponent("premier-message.ard"),
                                         to: workspace.work.appendingPathComponent("mon essai.ard"))
        let checked = LessonCommands.check("mon essai.ard", workspace.environment)
        #expect(checked.standardOutput.contains("Exercice « premier-message »"))
        try workspace.write("afficher 1\n", to: "inconnu.ard")
        let unknown = LessonCommands.check("inconnu.ard", workspace.environment)
        #expect(unknown.exitCode == 2)
        #expect(unknown.standardError.contains("--exercice"))
        let explicit = LessonCommands.check("inconnu.ard", exerciseID: "premier-message", workspace.environment)
        #expect(explicit.exitCode == 1)
    }

    @Test func reportsFilesThatCannotBeChecked() throws {
        let workspace = Workspace()
        let missing = LessonCommands.check("absent.ard", workspace.environment)
        #expect(missing.exitCode == 2)
        #expect(missing.standardError.contains("« absent.ard » n'existe pas"))
        try FileManager.default.createDirectory(at: workspace.work.appendingPathComponent("dossier.ard"), withIntermediateDirectories: true)
        #expect(LessonCommands.check("dossier.ard", workspace.environment).standardError.contains("est un dossier"))
        try Data([0x61, 0xFF, 0xFE]).write(to: workspace.work.appendingPathComponent("double.ard"))
        #expect(LessonCommands.check("double.ard", workspace.environment).standardError.contains("UTF-8"))
    }

    @Test func printsVersionedJSONResults() throws {
        let workspace = Workspace()
        try workspace.write("fonction double(n)\n    retourner n + n + 1\nfin fonction\n", to: "double.ard")
        let checked = LessonCommands.check("double.ard", format: .json, workspace.environment)
        #expect(checked.exitCode == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(checked.standardOutput.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        #expect(json["status"] as? String == "fail")
        #expect((json["hint"] as? [String: Any])?["number"] as? Int == 1)
        let tests = try #require(json["tests"] as? [[String: Any]])
        let checks = try #require(tests.first?["checks"] as? [[String: Any]])
        #expect(checks.first?["actual"] as? String == "9")
        #expect(checks.first?["expected"] as? String == "8")
    }

    @Test func showsTheNextHintThenAllOfThem() throws {
        let workspace = Workspace()
        #expect(LessonCommands.hint("double", workspace.environment).standardOutput.hasPrefix("Indice 1 sur 2"))
        #expect(LessonCommands.hint("double", workspace.environment).standardOutput.hasPrefix("Indice 2 sur 2"))
        let all = LessonCommands.hint("double", workspace.environment).standardOutput
        #expect(all.hasPrefix("Tu as vu tous les indices"))
        #expect(all.contains("Indice 1 :") && all.contains("Indice 2 :"))
    }

    @Test func setsACorruptProgressFileAsideAndGoesOn() throws {
        let workspace = Workspace()
        let url = workspace.environment.progressStore.url
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ pas du json".utf8).write(to: url)
        try workspace.write("afficher \"Bonjour le monde !\"\n", to: "premier-message.ard")
        let checked = LessonCommands.check("premier-message.ard", workspace.environment)
        #expect(checked.exitCode == 0)
        #expect(checked.standardError.contains("mise de côté"))
        #expect(workspace.progress["premier-message"].completed)
    }

    @Test func replHooksShowAnExercise() {
        let workspace = Workspace()
        let shown = LessonCommands.exercise("plus-grand", workspace.environment)
        #expect(shown.combined.contains("Écris la fonction `plus_grand(a, b)`"))
        #expect(!shown.combined.contains("retourner b"))
    }
}

@Suite("Formateur commands, end to end")
struct FormateurCommandsTests {
    @Test func validatesTheCourse() {
        let workspace = Workspace()
        let validated = LessonCommands.validate(nil, workspace.environment)
        #expect(validated.exitCode == 0, "\(validated.standardOutput)")
        #expect(validated.standardOutput.contains("tout est bon"))
    }

    @Test func reportsLessonErrorsWithLineNumbers() throws {
        let workspace = Workspace()
        let lesson = """
        ---
        titre : Essai
        ordre : 1
        objectifs :
          - essayer
        ---

        ## Exercice : Essai

        - identifiant : essai

        ### Code de départ

        ```ardoise
        afficher 1
        ```

        ### Test

        ```sortie
        1
        ```

        ### Solution

        ```ardoise
        afficher 1
        ```
        """
        try workspace.write(lesson, to: "lecons/01-essai.md")
        let validated = LessonCommands.validate("lecons", workspace.environment)
        #expect(validated.exitCode == 1)
        #expect(validated.standardOutput.contains("lecons/01-essai.md, ligne 14 : erreur : le code de départ de « essai » réussit déjà tous les tests."))
        #expect(validated.standardOutput.contains("avertissement : l'exercice « essai » n'a aucun indice"))
        let json = LessonCommands.validate("lecons", format: .json, workspace.environment)
        #expect(json.standardOutput.contains("\"severity\" : \"error\""))
    }

    @Test func gradesAGroupWithHostileSubmissions() throws {
        let workspace = Workspace()
        try workspace.write("afficher \"Bonjour le monde !\"\n", to: "groupe/amine/premier-message.ard")
        try workspace.write("fonction double(n)\n    retourner n * 2\nfin fonction\n", to: "groupe/amine/double.ard")
        let flood = "tant que vrai faire\n    afficher \"=SOMME(A1)\"\nfin tant que\n"
        try workspace.write(flood, to: "groupe/bob/premier-message.ard")
        // A list that doubles forever: stopped by the size limit (recursion is covered by the grader's tests).
        try workspace.write("fonction double(n)\n    l <- [n]\n    tant que vrai faire\n        l <- l + l\n    fin tant que\nfin fonction\n",
                            to: "groupe/bob/double.ard")
        try workspace.write("afficher \"\u{1B}[2J\u{1B}[31mpirate\"\n", to: "groupe/=chloé/premier-message.ard")
        try workspace.write("si x alors afficher 1\n", to: "groupe/=chloé/double.ard")
        try workspace.write("brouillon\n", to: "groupe/=chloé/notes.ard")

        let graded = LessonCommands.gradeGroup("groupe", outputDirectory: "rapports", workspace.environment)
        #expect(graded.exitCode == 0, "\(graded.standardError)")
        let table = graded.standardOutput
        #expect(!table.contains("\u{1B}"))
        let rows = table.components(separatedBy: "\n")
        #expect(rows[2].hasPrefix("=chloé"))
        #expect(rows[3].hasPrefix("amine"))
        #expect(rows[3].contains("1/1") && rows[3].contains("2/2"))
        #expect(rows[4].hasPrefix("bob"))
        #expect(table.contains("« notes.ard »"))

        let csv = try workspace.read("rapports/rapport-groupe.csv")
        #expect(csv.contains("\r\n'=chloé;premier-message;01-afficher;premier-message.ard;échoué;0;1;0;"))
        #expect(!csv.contains("\u{1B}"))
        #expect(csv.contains("bob;premier-message;01-afficher;premier-message.ard;échoué;0;1;0;"))
        #expect(csv.contains("trop affiché"))
        #expect(csv.contains("bob;double;09-fonctions;double.ard;échoué;0;2;0;"))
        #expect(csv.contains("=chloé;double;09-fonctions;double.ard;erreur;0;2;0;ligne 1"))

        // Deterministic, and the submissions are untouched.
        let json = try workspace.read("rapports/rapport-groupe.json")
        _ = LessonCommands.gradeGroup("groupe", outputDirectory: "rapports", workspace.environment)
        #expect(try workspace.read("rapports/rapport-groupe.json") == json)
        #expect(try workspace.read("rapports/rapport-groupe.csv") == csv)
        #expect(try workspace.read("groupe/bob/premier-message.ard") == flood)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.work.appendingPathComponent("groupe/bob").path).sorted()
                == ["double.ard", "premier-message.ard"])
    }

    @Test func neverOpensLinksPipesOrDevices() throws {
        let workspace = Workspace()
        try workspace.write("afficher \"Bonjour le monde !\"\n", to: "groupe/zoé/premier-message.ard")
        let folder = workspace.work.appendingPathComponent("groupe/max").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A pipe nobody writes to would block the grader forever; a link could read anything.
        #expect(mkfifo(folder + "/premier-message.ard", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/double.ard", withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: folder + "/ailleurs", withDestinationPath: workspace.work.path)

        let graded = LessonCommands.gradeGroup("groupe", outputDirectory: "rapports", workspace.environment)
        #expect(graded.exitCode == 0, "\(graded.standardError)")
        #expect(graded.standardOutput.contains("max : pas un fichier ordinaire (lien, tube…), non ouvert(s) : « double.ard », « premier-message.ard »."))
        let csv = try workspace.read("rapports/rapport-groupe.csv")
        #expect(csv.contains("max;;;double.ard;ignoré;"))
        #expect(csv.contains("zoé;premier-message;01-afficher;premier-message.ard;réussi;1;1;100;"))
        let json = try JSONSerialization.jsonObject(with: Data(try workspace.read("rapports/rapport-groupe.json").utf8)) as? [String: Any]
        let learners = json?["learners"] as? [[String: Any]] ?? []
        #expect(learners.first { $0["name"] as? String == "max" }?["ignoredFiles"] as? [String] == ["double.ard", "premier-message.ard"])
    }

    @Test func refusesAGroupThatIsNotAFolder() {
        let workspace = Workspace()
        let graded = LessonCommands.gradeGroup("absent", workspace.environment)
        #expect(graded.exitCode == 2)
        #expect(graded.standardError.contains("n'est pas un dossier"))
    }
}

@Suite("Lesson subcommands")
struct LessonSubcommandParsingTests {
    @Test func acceptsFrenchNamesAndAliases() throws {
        for name in ["vérifier", "verifier", "check"] {
            let command = try LessonSubcommands.Root.parseAsRoot([name, "double.ard", "--format", "json"])
            let check = try #require(command as? CheckExerciseCommand)
            #expect(check.file == "double.ard")
            #expect(check.output.format == .json)
        }
        #expect(try LessonSubcommands.Root.parseAsRoot(["leçons"]) is LessonsCommand)
        #expect(try LessonSubcommands.Root.parseAsRoot(["lessons", "--lecons", "x"]) is LessonsCommand)
        #expect(try LessonSubcommands.Root.parseAsRoot(["show", "2"]) is ShowLessonCommand)
        #expect(try LessonSubcommands.Root.parseAsRoot(["start", "double"]) is StartExerciseCommand)
        #expect(try LessonSubcommands.Root.parseAsRoot(["watch"]) is WatchCommand)
        #expect(try LessonSubcommands.Root.parseAsRoot(["hint", "double"]) is HintCommand)
        #expect(try LessonSubcommands.Root.parseAsRoot(["validate"]) is ValidateLessonsCommand)
        #expect(try LessonSubcommands.Root.parseAsRoot(["grade", "groupe", "--sortie", "r"]) is GradeGroupCommand)
        #expect(LessonSubcommands.handles("corriger"))
        #expect(LessonSubcommands.handles("lecons"))
        #expect(!LessonSubcommands.handles("programme.ard"))
    }
}

@Suite("Watch mode")
struct WatchModeTests {
    @Test func noticesSavesAndChecksWithoutRevealingHints() throws {
        let workspace = Workspace()
        try workspace.write("afficher 1\n", to: "premier-message.ard")
        var watcher = FileWatcher(files: [], folder: workspace.environment.workingDirectory)
        #expect(watcher.poll() == ["premier-message.ard"])
        #expect(watcher.poll() == [])
        try workspace.write("afficher \"Bonjour le monde !\"\n", to: "premier-message.ard")
        #expect(watcher.poll() == ["premier-message.ard"])
        try workspace.write("afficher 2\n", to: "double.ard")
        #expect(watcher.poll() == ["double.ard"])

        try workspace.write("afficher 1\n", to: "premier-message.ard")
        let round = WatchLoop.check("premier-message.ard", workspace.environment)
        #expect(round.exitCode == 1)
        #expect(!round.standardOutput.contains("Indice 1"))
        #expect(round.standardOutput.contains("ardoise indice premier-message"))
        #expect(workspace.progress["premier-message"].hintsRevealed == 0)
    }
}
