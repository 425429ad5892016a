import Foundation
import Testing
@testable import Ardoise

/// What a run allocated is given back when the session forgets it: the REPL (`:reset`, a new
/// entry), the grader (a fresh session per test, many learners in one process) and
/// `ardoise surveiller` live long. Values are reference-counted, so a list that contains
/// itself (`ajouter(l, l)`) is never freed; a hostile submission can make millions of them
/// within the grader's step budget (≈ 170 bytes each). Reported for the evaluator (see
/// docs/fiabilite.md, "Ce qui reste").
@Suite("Memory given back")
struct MemoryReclaimTests {
    /// The list `name` holds after running `program` in a session that is then dropped.
    private func survives(_ program: String, name: String = "l") -> Bool {
        weak var storage: ListStorage?
        do {
            let session = Session(console: BufferConsole(), options: RunOptions(limits: .grading, seed: 1))
            _ = session.run(Source(name: "cycle.ard", text: program))
            if let value = session.variables.first(where: { $0.name == name })?.value, case .list(let list) = value {
                storage = list
            }
            #expect(storage != nil)
            session.reset()
        }
        return storage != nil
    }

    @Test("A list is freed with its session")
    func plainList() {
        #expect(!survives("l <- [1, 2, 3]\najouter(l, [4])\n"))
    }

    @Test("A list that contains itself is freed with its session")
    func cyclicList() {
        let kept = survives("l <- [1, 2, 3]\najouter(l, l)\n")
        withKnownIssue("reference counting never frees a cycle: the evaluator should break cycles when a session ends or forbid them") {
            #expect(!kept)
        }
    }
}
