import Foundation
import Testing
@testable import ArdoiseCommandLine

@Suite("History file")
final class HistoryTests {
    let folder: URL
    var file: URL { folder.appendingPathComponent("ardoise/historique") }

    init() throws {
        folder = try ArdoiseInTerminal.makeFolder()
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test("lives in XDG_DATA_HOME, else in ~/.local/share")
    func location() {
        #expect(History.defaultFile(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"])?.path
                == "/d/ardoise/historique")
        #expect(History.defaultFile(environment: ["HOME": "/h"])?.path
                == "/h/.local/share/ardoise/historique")
        // The XDG specification says to ignore a relative path.
        #expect(History.defaultFile(environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"])?.path
                == "/h/.local/share/ardoise/historique")
    }

    @Test("what one session saves, the next one loads, in order")
    func roundTrip() throws {
        let first = History(file: file)
        #expect(first.load() == nil)
        first.add("x <- 5")
        first.add("afficher \"é ≠ ←\"")
        #expect(first.save() == nil)

        let second = History(file: file)
        #expect(second.load() == nil)
        #expect(second.entries == ["x <- 5", "afficher \"é ≠ ←\""])
    }

    @Test("blank lines and an immediate repeat are not kept")
    func skipsBlankAndRepeats() {
        let history = History(file: nil)
        history.add("x")
        history.add("   ")
        history.add("x")
        history.add("y")
        history.add("x")
        #expect(history.entries == ["x", "y", "x"])
    }

    @Test("keeps only the most recent entries")
    func bounded() throws {
        let history = History(file: file, limit: 3)
        for n in 1...5 { history.add("afficher \(n)") }
        history.save()
        let reloaded = History(file: file, limit: 3)
        reloaded.load()
        #expect(reloaded.entries == ["afficher 3", "afficher 4", "afficher 5"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "afficher 3\nafficher 4\nafficher 5\n")
    }

    @Test("two sessions open at once both keep their lines")
    func concurrentSessions() throws {
        let one = History(file: file)
        let two = History(file: file)
        one.load()
        two.load()
        one.add("de la première")
        two.add("de la deuxième")
        one.save()
        two.save()
        let reloaded = History(file: file)
        reloaded.load()
        #expect(reloaded.entries == ["de la première", "de la deuxième"])
    }

    @Test("a file that is not UTF-8 is set aside with a warning, and a new one started")
    func corruptFileSetAside() throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0x78, 0xC3, 0x28, 0x0A]).write(to: file)
        let history = History(file: file)
        let warning = try #require(history.load())
        #expect(warning.contains("illisible"))
        #expect(history.entries.isEmpty)
        #expect(FileManager.default.fileExists(atPath: file.path + ".illisible"))
        history.add("afficher 1")
        #expect(history.save() == nil)
        #expect(try String(contentsOf: file, encoding: .utf8) == "afficher 1\n")
    }

    @Test("a folder where the file should be is set aside too")
    func folderInTheWay() throws {
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        let history = History(file: file)
        #expect(history.load() != nil)
        history.add("afficher 2")
        #expect(history.save() == nil)
        #expect(try String(contentsOf: file, encoding: .utf8) == "afficher 2\n")
    }

    @Test("when it cannot be written, one warning, and the session goes on")
    func unwritable() throws {
        // A file where the folder should be: the folder cannot be created.
        try Data("x".utf8).write(to: folder.appendingPathComponent("ardoise"))
        let history = History(file: file)
        history.add("a")
        let warning = try #require(history.save())
        #expect(warning.contains("pas pu enregistrer"))
        history.add("b")
        #expect(history.save() == nil, "the warning is given once")
        #expect(history.entries == ["a", "b"])
    }

    @Test("the write leaves no temporary file behind")
    func noTemporaryFiles() throws {
        let history = History(file: file)
        history.add("afficher 3")
        history.save()
        let names = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(names == ["historique"])
    }
}
