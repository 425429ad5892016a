import Foundation
import Testing
@testable import ArdoiseLessons

@Suite("Progress store")
struct ProgressStoreTests {
    @Test func followsXDGDataHome() {
        #expect(ProgressStore.defaultURL(environment: ["XDG_DATA_HOME": "/tmp/donnees", "HOME": "/home/samia"]).path
                == "/tmp/donnees/ardoise/progression.json")
        #expect(ProgressStore.defaultURL(environment: ["HOME": "/home/samia"]).path
                == "/home/samia/.local/share/ardoise/progression.json")
        // A relative XDG_DATA_HOME is invalid by the specification and ignored.
        #expect(ProgressStore.defaultURL(environment: ["XDG_DATA_HOME": "relatif", "HOME": "/home/samia"]).path
                == "/home/samia/.local/share/ardoise/progression.json")
    }

    @Test func startsEmptyWhenThereIsNoFile() {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let (progress, warning) = ProgressStore(url: folder.appendingPathComponent("a/progression.json")).load()
        #expect(progress == LearnerProgress())
        #expect(warning == nil)
    }

    @Test func savesAndLoadsBack() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let store = ProgressStore(url: folder.appendingPathComponent("ardoise/progression.json"))
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        try store.update { progress in
            progress.recordAttempt(exerciseID: "double", passed: 1, total: 2, at: date)
            progress.recordAttempt(exerciseID: "double", passed: 2, total: 2, at: date)
            _ = progress.revealNextHint(exerciseID: "double", available: 2)
        }
        let (progress, warning) = store.load()
        #expect(warning == nil)
        let entry = progress["double"]
        #expect(entry.attempts == 2)
        #expect(entry.bestPassed == 2)
        #expect(entry.completed)
        #expect(entry.firstCompletedAt == date)
        #expect(entry.hintsRevealed == 1)
        // No temporary file is left beside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("ardoise").path)
        #expect(names == ["progression.json"])
    }

    @Test func keepsTheBestScoreAndTheFirstSuccess() {
        var progress = LearnerProgress()
        let first = Date(timeIntervalSince1970: 1_000), later = Date(timeIntervalSince1970: 2_000)
        progress.recordAttempt(exerciseID: "x", passed: 3, total: 3, at: first)
        progress.recordAttempt(exerciseID: "x", passed: 1, total: 3, at: later)
        #expect(progress["x"].bestPassed == 3)
        #expect(progress["x"].completed)
        #expect(progress["x"].firstCompletedAt == first)
        #expect(progress["x"].lastAttemptAt == later)
        // The lesson gained a test: the old best no longer counts.
        progress.recordAttempt(exerciseID: "x", passed: 2, total: 4, at: later)
        #expect(progress["x"].bestPassed == 2)
    }

    @Test func revealsHintsOneByOneUpToTheLast() {
        var progress = LearnerProgress()
        #expect(progress.revealNextHint(exerciseID: "x", available: 2) == 0)
        #expect(progress.revealNextHint(exerciseID: "x", available: 2) == 1)
        #expect(progress.revealNextHint(exerciseID: "x", available: 2) == nil)
        #expect(progress["x"].hintsRevealed == 2)
    }

    @Test func setsACorruptFileAsideWithAWarning() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let url = folder.appendingPathComponent("progression.json")
        try Data("{ \"version\": 1, \"exercises\": { tronqué".utf8).write(to: url)
        let store = ProgressStore(url: url)
        let (progress, warning) = store.load()
        #expect(progress == LearnerProgress())
        #expect(warning?.contains("mise de côté") == true)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count == 1)
        #expect(names.first?.hasPrefix("progression.corrompue-") == true)
        // The set-aside copy keeps the original bytes: nothing is lost.
        let aside = try Data(contentsOf: folder.appendingPathComponent(names[0]))
        #expect(String(decoding: aside, as: UTF8.self).contains("tronqué"))
        // And progress goes on.
        let secondWarning = try store.update { $0.recordAttempt(exerciseID: "x", passed: 0, total: 1) }
        #expect(secondWarning == nil)
        #expect(store.load().progress["x"].attempts == 1)
    }

    @Test func toleratesAnEmptyFile() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let url = folder.appendingPathComponent("progression.json")
        try Data().write(to: url)
        let (_, warning) = ProgressStore(url: url).load()
        #expect(warning != nil)
    }
}

@Suite("Atomic files")
struct AtomicFileTests {
    @Test func replacesAFileAtomically() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let url = folder.appendingPathComponent("sous/dossier/f.txt")
        try AtomicFile.write(Data("un".utf8), to: url)
        try AtomicFile.write(Data("deux".utf8), to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "deux")
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["f.txt"])
    }

    @Test func neverReplacesWhenCreating() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let url = folder.appendingPathComponent("exercice.ard")
        try AtomicFile.create(Data("mon travail".utf8), at: url)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.create(Data("départ".utf8), at: url) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "mon travail")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["exercice.ard"])
    }
}
