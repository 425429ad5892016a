import Testing
@testable import ArdoiseCommandLine

@Suite("Tab completion")
struct CompletionTests {
    let completion = Completion(
        keywords: ["si", "alors", "sinon", "répéter", "retourner", "afficher"],
        builtins: ["longueur", "racine", "aléatoire"],
        variables: ["prénom", "compteur"],
        functions: ["carré"])

    func candidates(_ word: String, line: String? = nil) -> CompletionAnswer {
        completion.answer(for: CompletionRequest(word: word, line: line ?? word))
    }

    @Test("keywords ignore case and accents, as the language does")
    func keywords() {
        #expect(candidates("repe") == .candidates(["répéter"]))
        #expect(candidates("AFF") == .candidates(["afficher"]))
        #expect(candidates("si") == .candidates(["si", "sinon"]))
    }

    @Test("built-ins and the learner's functions come with their parenthesis")
    func functions() {
        #expect(candidates("lon") == .candidates(["longueur("]))
        #expect(candidates("car") == .candidates(["carré("]))
        #expect(candidates("ale", line: "x <- ale") == .candidates(["aléatoire("]))
    }

    @Test("the learner's variables")
    func variables() {
        #expect(candidates("pre", line: "afficher pre") == .candidates(["prénom"]))
        #expect(candidates("co", line: "afficher co") == .candidates(["compteur"]))
    }

    @Test("meta-commands at the start of a line")
    func metaCommands() {
        #expect(candidates(":ai") == .candidates([":aide"]))
        #expect(candidates(":f") == .candidates([":fonctions", ":functions"]))
        #expect(candidates("ai", line: "afficher ai") == .candidates([]))
    }

    @Test(":charger completes file names")
    func fileNames() {
        #expect(candidates("pro", line: ":charger pro") == .fileNames)
        #expect(candidates("pro", line: ":load pro") == .fileNames)
        #expect(candidates("x", line: ":vars x") == .candidates([]))
    }

    @Test("after fin, the names of blocks")
    func afterFin() {
        #expect(candidates("t", line: "fin t") == .candidates(["tant que"]))
        #expect(candidates("", line: "fin ") == .candidates(Completion.blockNames.sorted()))
    }
}
