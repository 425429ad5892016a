import Testing
@testable import ArdoiseCommandLine

@Suite("Meta-commands")
struct MetaCommandTests {
    @Test("French names and English aliases", arguments: [
        (":aide", MetaCommand.help), (":help", .help),
        (":vars", .variables), (":variables", .variables),
        (":fonctions", .functions), (":functions", .functions),
        (":effacer", .reset), (":reset", .reset),
        (":quitter", .quit), (":quit", .quit), (":exit", .quit),
    ])
    func names(line: String, command: MetaCommand) {
        #expect(MetaCommand.parse(line) == .command(command))
    }

    @Test("case, accents and spaces around do not matter")
    func lenient() {
        #expect(MetaCommand.parse("  :Aide  ") == .command(.help))
        #expect(MetaCommand.parse(":FONCTIONS") == .command(.functions))
        #expect(MetaCommand.parse(":éffacer") == .command(.reset))
    }

    @Test(":charger takes the rest of the line as the file, quotes optional")
    func load() {
        #expect(MetaCommand.parse(":charger jeu.ard") == .command(.load(path: "jeu.ard")))
        #expect(MetaCommand.parse(":load  mon jeu.ard ") == .command(.load(path: "mon jeu.ard")))
        #expect(MetaCommand.parse(":charger \"mon jeu.ard\"") == .command(.load(path: "mon jeu.ard")))
        #expect(MetaCommand.parse(":charger") == .missingArgument(name: "charger"))
    }

    @Test("commands without argument refuse one")
    func unexpectedArgument() {
        #expect(MetaCommand.parse(":vars x") == .unexpectedArgument(name: "vars"))
    }

    @Test("program lines are not meta-commands")
    func notMeta() {
        #expect(MetaCommand.parse("afficher \":aide\"") == nil)
        #expect(MetaCommand.parse("x <- 5") == nil)
    }

    @Test("did you mean", arguments: [
        ("quiter", "quitter"), ("quiiter", "quitter"), ("fonction", "fonctions"), ("fonc", "fonctions"),
        ("var", "vars"), ("aid", "aide"), ("charge", "charger"), ("efface", "effacer"),
        ("hepl", "help"), ("q", "quitter"), ("lod", "load"),
    ])
    func suggestions(typed: String, suggested: String) {
        #expect(MetaCommand.parse(":" + typed) == .unknown(name: typed, suggestion: suggested))
    }

    @Test("no suggestion when nothing is close")
    func noSuggestion() {
        #expect(MetaCommand.parse(":xyzzy") == .unknown(name: "xyzzy", suggestion: nil))
        #expect(MetaCommand.parse(":") == .unknown(name: "", suggestion: nil))
    }

    @Test("edit distance counts characters, not bytes")
    func distance() {
        #expect(editDistance("quiter", "quitter") == 1)
        #expect(editDistance("répéter", "repeter") == 2)
        #expect(editDistance("", "abc") == 3)
        #expect(editDistance("≠", "=") == 1)
    }
}
