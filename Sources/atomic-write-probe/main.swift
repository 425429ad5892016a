// atomic-write-probe: a helper of the "nothing lost" tests (docs/fiabilite.md), not a tool for
// learners. It rewrites one file again and again, alternating two versions, until it is
// killed; the test kills it with SIGKILL at random moments and checks that the file is always
// one whole version, never a mix or a truncated one.
//
//   atomic-write-probe fichier CHEMIN       AtomicFile.write of two 4 MB texts (“A…”, “B…”)
//   atomic-write-probe progression CHEMIN   ProgressStore.save of two progress files
//
// After each completed write it prints the version written (“A” or “B”) on its own line.
import ArdoiseLessons
import Foundation

enum AtomicWriteProbe {
    static func text(_ version: String) -> Data {
        Data(String(repeating: version + String(repeating: "-", count: 63) + "\n", count: 65_536).utf8)
    }

    static func progress(_ version: String) -> LearnerProgress {
        var progress = LearnerProgress()
        let attempts = version == "A" ? 1 : 2
        for number in 0..<5_000 {
            progress.recordAttempt(exerciseID: "exercice-\(number)", passed: attempts, total: 2,
                                   at: Date(timeIntervalSince1970: 1_700_000_000))
        }
        return progress
    }

    static func main() -> Int32 {
        let arguments = CommandLine.arguments
        guard arguments.count == 3, ["fichier", "progression"].contains(arguments[1]) else {
            FileHandle.standardError.write(Data("usage : atomic-write-probe fichier|progression CHEMIN\n".utf8))
            return 64
        }
        let url = URL(fileURLWithPath: arguments[2])
        let store = ProgressStore(url: url)
        let versions = ["A", "B"]
        let texts = versions.map(text)
        let progresses = versions.map(progress)
        var turn = 0
        while true {
            do {
                if arguments[1] == "fichier" {
                    try AtomicFile.write(texts[turn % 2], to: url)
                } else {
                    try store.save(progresses[turn % 2])
                }
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                return 1
            }
            FileHandle.standardOutput.write(Data((versions[turn % 2] + "\n").utf8))
            turn += 1
        }
    }
}

exit(AtomicWriteProbe.main())
