import Foundation
import Testing
@testable import ArdoiseLessons

/// "Nothing lost": a real process rewriting a file (`atomic-write-probe`) is killed with SIGKILL
/// at random moments, again and again; each time the file must be one whole version, the old
/// or the new, never a truncated or mixed one. The REPL history goes through the same
/// `AtomicFile.write`.
@Suite("Killed in the middle of a write", .serialized)
struct KilledWriteTests {
    /// The probe, built with the tests (next to the test executable).
    static var probe: URL? {
        guard let test = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let url = URL(fileURLWithPath: test).deletingLastPathComponent().appendingPathComponent("atomic-write-probe")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    /// Starts the probe, lets it write for a random while (at least one whole write when
    /// `afterFirstWrite`), kills it with SIGKILL and waits for it.
    private func killMidWrite(mode: String, path: URL, afterFirstWrite: Bool, round: Int) throws {
        let probe = try #require(Self.probe, "atomic-write-probe introuvable à côté des tests")
        let process = Process()
        process.executableURL = probe
        process.arguments = [mode, path.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        if afterFirstWrite {
            // Wait for the first whole write, then a little more: the kill lands at various
            // points of the next writes (data, fsync, rename).
            _ = output.fileHandleForReading.availableData
        }
        usleep(UInt32((round * 7_919) % 40_000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
    }

    @Test("A plain file killed mid-write is always one whole version")
    func plainFile() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let file = folder.appendingPathComponent("f.txt")
        let versions = [Data(String(repeating: "A" + String(repeating: "-", count: 63) + "\n", count: 65_536).utf8),
                        Data(String(repeating: "B" + String(repeating: "-", count: 63) + "\n", count: 65_536).utf8)]
        for round in 0..<12 {
            try killMidWrite(mode: "fichier", path: file, afterFirstWrite: round > 0, round: round)
            guard FileManager.default.fileExists(atPath: file.path) else {
                #expect(round == 0, "the file disappeared after a kill (round \(round))")
                continue
            }
            let data = try Data(contentsOf: file)
            #expect(versions.contains(data), "round \(round): \(data.count) bytes, not a whole version")
        }
        // The next write removes what the killed writers left behind.
        try AtomicFile.write(Data("fin".utf8), to: file)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["f.txt"])
    }

    @Test("The progress file killed mid-save always loads without a warning")
    func progressFile() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let store = ProgressStore(url: folder.appendingPathComponent("ardoise/progression.json"))
        for round in 0..<12 {
            try killMidWrite(mode: "progression", path: store.url, afterFirstWrite: true, round: round)
            let (progress, warning) = store.load()
            #expect(warning == nil, "round \(round): \(warning ?? "")")
            #expect(progress.exercises.count == 5_000)
            let attempts = Set(progress.exercises.values.map(\.bestPassed))
            #expect(attempts == [1] || attempts == [2], "round \(round): a mix of two versions")
        }
    }
}
