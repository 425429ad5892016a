import Foundation
import Testing
@testable import Ardoise

/// A learner's program reads and writes no file, no environment, no process, no network:
/// its only input is `demander`, its only output `afficher` (LANGUAGE.md, "Limits, for
/// sandboxing"). docs/fiabilite.md lists the built-ins that touch the console; this suite
/// keeps that list true.
@Suite("Isolation of learners' programs")
struct IsolationTests {
    /// Built-ins that compute from their arguments only (`aléatoire` from the run's seed).
    static let pureBuiltins: Set<String> = [
        "nombre", "texte", "entier", "arrondi", "abs", "racine", "min", "max", "somme", "aléatoire",
        "longueur", "ajouter", "insérer", "retirer", "contient", "position", "trier", "découper",
        "joindre", "majuscules", "minuscules", "type",
    ]
    /// Built-ins that use the console (the `Console` the host gives): nothing else of the outside world.
    static let consoleBuiltins: Set<String> = ["demander", "demander_nombre"]

    @Test("Every built-in is either pure or a console one; a new one must be reviewed and listed here and in docs/fiabilite.md")
    func builtinsAreKnown() {
        let unknown = Set(Language.builtinNames).subtracting(Self.pureBuiltins.union(Self.consoleBuiltins))
        #expect(unknown.isEmpty, "fonctions à examiner (accès au monde extérieur ?) : \(unknown.sorted())")
        #expect(Set(Language.builtinNames).isSuperset(of: Self.consoleBuiltins))
    }

    @Test("docs/fiabilite.md lists the console built-ins and afficher")
    func documented() throws {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/fiabilite.md"), encoding: .utf8)
        for name in Self.consoleBuiltins.sorted() + ["afficher"] {
            #expect(doc.contains("`\(name)`"), "docs/fiabilite.md ne cite pas `\(name)`")
        }
    }

    /// The language module has no way to the outside: no file, process, environment or
    /// network API appears in its sources (the console is a protocol its hosts implement).
    @Test("The language module's sources use no file, process, environment or network API")
    func noOutsideAPIs() throws {
        let forbidden = ["FileManager", "FileHandle", "Process(", "ProcessInfo", "getenv", "setenv", "fopen", "popen",
                         "URLSession", "URLRequest", "socket(", "system(", "posix_spawn", "dlopen", "execv",
                         "contentsOfFile", "contentsOf: URL", "Data(contentsOf", "String(contentsOf", "readLine("]
        let folder = repositoryRoot.appendingPathComponent("Sources/Ardoise")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for word in forbidden {
                #expect(!text.contains(word), "Sources/Ardoise/\(file) utilise \(word)")
            }
        }
    }

    @Test("A program's only output goes to the console it is given")
    func outputGoesToTheConsole() {
        let (result, printed) = run("afficher \"a\"\nx <- demander(\"q\")\nafficher x\n", input: ["b"])
        #expect(result.outcome == .completed)
        #expect(printed == "a\nq b\nb\n")
    }
}
