import Ardoise
import Foundation
import Testing
@testable import ArdoiseCommandLine

@Suite("Step by step")
struct StepControllerTests {
    /// Steps through a program in a session like the REPL's: `keys` answer the step prompts
    /// and the questions alike, in order (nil: Ctrl-D).
    func step(_ program: String, keys: [String?], givenAnswers: [String] = [])
        -> (shown: String, outcome: SteppedRun.Outcome, prompts: [String], session: Session) {
        let output = CapturedOutput()
        var pending = keys
        var prompts: [String] = []
        let console = REPLConsole(output: output) { prompt in
            prompts.append(prompt)
            return pending.isEmpty ? nil : pending.removeFirst()
        }
        let session = Session(console: console, options: RunOptions(limits: .interactive))
        let outcome = SteppedRun.run(session: session, console: console, runner: DirectCodeRunner(), output: output,
                                     style: TerminalStyle(enabled: false), givenAnswers: givenAnswers) {
            $0.run(Source(name: "essai.ard", text: program))
        }
        #expect(console.redirect == nil && session.observer == nil, "the session is left as it was")
        return (output.standardText, outcome, prompts, session)
    }

    static let loop = "total <- 0\npour i de 1 à 3 faire\n    total <- total + i\nfin pour\nafficher total\n"

    @Test("a pause shows the line about to run among its neighbours, the variables and the output")
    func pauseView() {
        let (shown, outcome, prompts, _) = step(Self.loop, keys: [String?](repeating: "", count: 6))
        #expect(shown.contains("── Étape 1 · ligne 1 "))
        #expect(shown.contains(" ▶ 1 │ total <- 0\n   2 │ pour i de 1 à 3 faire\n   3 │     total <- total + i\n"))
        #expect(shown.contains("Variables : aucune pour l'instant"))
        #expect(shown.contains("Depuis le pas précédent :\n  ligne 2 : tour 1 de la boucle\n"))
        #expect(shown.contains("  total = 0\n  i     = 1   ← nouvelle\n"))
        #expect(shown.contains("  total = 1   ← avant : 0\n"))
        #expect(shown.contains("Fin du programme, après 6 étapes."))
        #expect(shown.hasSuffix("Affiché :\n  6\n"))
        #expect(prompts.allSatisfy { $0 == StepMessages.prompt })
        #expect(prompts.count == 6)
        #expect(outcome.result?.outcome == .completed && outcome.stopReason == nil)
    }

    @Test("c LIGNE runs until that line is about to run; c alone to the end")
    func runToALine() {
        let (shown, _, prompts, _) = step(Self.loop, keys: ["c 3", "c 3", "c"])
        #expect(prompts.count == 3)
        #expect(shown.contains("── Étape 3 · ligne 3 ") && shown.contains("── Étape 4 · ligne 3 "))
        #expect(shown.contains("  total = 1   ← avant : 0\n  i     = 2   ← avant : 1\n"))
        #expect(shown.contains("Fin du programme"))
    }

    @Test("c to a line that does not exist or holds no instruction is refused, and the prompt comes back")
    func refusedLines() {
        let (shown, _, prompts, _) = step(Self.loop, keys: ["c 99", "c 4", "zut", "?", "c"])
        #expect(shown.contains("Le programme n'a pas de ligne 99 : il va de la ligne 1 à la ligne 5."))
        #expect(shown.contains("Le programme ne s'arrête jamais à la ligne 4"))
        #expect(shown.contains("Je ne comprends pas « zut »"))
        #expect(shown.contains("c 12             continue jusqu'à la ligne 12"))
        #expect(prompts.count == 5)
    }

    @Test("q stops the program: nothing more runs, is printed or asked")
    func stop() {
        let program = "afficher 1\nafficher 2\nx <- demander(\"?\")\nafficher 3\n"
        let (shown, outcome, prompts, session) = step(program, keys: ["", "q", "encore"])
        #expect(shown.contains("Pas à pas arrêté à l'étape 2.\n"))
        #expect(!shown.contains("Fin du programme"))
        #expect(prompts.count == 2)
        #expect(outcome.result == nil && outcome.stopReason == .learner)
        #expect(session.variables.isEmpty)
    }

    @Test("the end of the keys (Ctrl-D) stops like q")
    func endOfKeys() {
        let (shown, outcome, _, _) = step(Self.loop, keys: [""])
        #expect(shown.contains("Pas à pas arrêté à l'étape 2"))
        #expect(outcome.stopReason == .learner)
    }

    @Test("demander shows what was printed before, then asks the person; given answers are used first")
    func questions() {
        let program = "afficher \"Bienvenue\"\nprénom <- demander(\"Prénom ?\")\nâge <- demander(\"Âge ?\")\nafficher prénom, âge\n"
        let (shown, _, prompts, _) = step(program, keys: ["c", "17"], givenAnswers: ["Léa"])
        #expect(prompts == [StepMessages.prompt, "Âge ? "])
        #expect(shown.contains("Affiché :\n  Bienvenue\n  Prénom ? Léa\n  Âge ? 17\n  Léa 17\n"))
    }

    @Test("inside a call: the call's variables, and the call and its result as news")
    func calls() {
        let program = "fonction carré(n)\n    retourner n * n\nfin fonction\nx <- carré(4)\nafficher x\n"
        let (shown, _, _, _) = step(program, keys: ["", "", ""])
        #expect(shown.contains("── Étape 2 · ligne 2 · dans carré "))
        #expect(shown.contains("ligne 4 : → appel de carré(4)\n"))
        #expect(shown.contains("Variables :\n  n = 4\n"))
        #expect(shown.contains("← carré renvoie 16\n"))
        #expect(shown.contains("  x = 16   ← nouvelle\n"))
    }

    @Test("a runtime error ends the stepping with the variables and output, and is reported as usual")
    func runtimeError() {
        let (shown, outcome, _, _) = step("x <- 1\nafficher x\nx <- x / 0\n", keys: ["c"])
        #expect(shown.contains("Le programme s'est arrêté sur une erreur :"))
        #expect(outcome.result?.outcome == .failed)
        #expect(outcome.result?.diagnostics.first?.code == .E0301)
    }

    @Test("many events between pauses: only the last few are listed")
    func manyEvents() {
        let (shown, _, _, _) = step("pour i de 1 à 50 faire\nfin pour\nafficher i\n", keys: ["", "c 3", "c"])
        #expect(shown.contains("Depuis le pas précédent :\n  …\n  ligne 1 : tour 45 de la boucle\n"))
    }
}

@Suite("Step keys")
struct StepKeyTests {
    @Test("what the learner types", arguments: [
        ("", StepKey.next), ("  ", .next), ("s", .next), ("suivant", .next),
        ("c", .runToEnd), ("continuer", .runToEnd), ("c 12", .runTo(line: 12)), ("C 3", .runTo(line: 3)),
        ("c ligne 7", .runTo(line: 7)), ("c7", .runTo(line: 7)), ("continuer 4", .runTo(line: 4)),
        ("q", .stop), ("Quitter", .stop), ("arrêter", .stop), ("?", .help), ("aide", .help),
        ("c 0", .unknown("c 0")), ("c x", .unknown("c x")), ("c 1 2", .unknown("c 1 2")), ("x <- 1", .unknown("x <- 1")),
    ])
    func keys(_ typed: String, _ expected: StepKey) {
        #expect(StepKey(typed) == expected)
    }
}

@Suite("Stopping points")
struct StoppingPointTests {
    @Test("lines where the stepper never stops")
    func lines() {
        let program = ProgramLines(Source(name: "p", text: """
            # un commentaire
            fonction f(x)
                retourner x
            fin fonction

            final <- f(1)
            si final > 1 alors
                afficher 1
            sinon si final = 1 alors
                afficher 2
            sinon
                afficher 3
            FinSi
            """))
        let never = (1...program.count).filter(program.holdsNoStoppingPoint)
        #expect(never == [1, 2, 4, 5, 9, 11, 13])
    }
}
