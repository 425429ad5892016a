import Foundation
import Testing
@testable import Ardoise

/// What a run allocated is given back when the session forgets it: the REPL (`:reset`, a new
/// entry), the grader (a fresh session per test, many learners in one process) and
/// `ardoise surveiller` live long. Values are reference-counted, so a list that contains
/// itself (`ajouter(l, l)`) would never be freed; a hostile submission can make millions of
/// them within the grader's step budget: `ListCycleBreaker` empties such lists when the
/// session ends (docs/fiabilite.md).
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
        guard let kept = storage else { return false }
        // Break the cycle by hand, so that the test itself leaks nothing (LeakSanitizer).
        kept.items.removeAll()
        return true
    }

    @Test("A list is freed with its session")
    func plainList() {
        #expect(!survives("l <- [1, 2, 3]\najouter(l, [4])\n"))
    }

    @Test("A list that contains itself is freed with its session")
    func cyclicList() {
        #expect(!survives("l <- [1, 2, 3]\najouter(l, l)\n"))
        #expect(!survives("a <- [1]\nl <- [a]\najouter(a, l)\n"))
        #expect(!survives("a <- [1]\nl <- [0]\nl[1] <- a\na[1] <- l\n"))
        #expect(!survives("a <- [1]\nl <- [0]\ninsérer(a, 1, l)\nl <- l + [a]\n"))
        #expect(!survives("l <- [0]\nm <- [l]\nl <- l + m\n"))
    }

    @Test("Lists noted as maybe in a cycle are held weakly: a dropped one is freed at once")
    func notesAreWeak() {
        let breaker = ListCycleBreaker()
        weak var dropped: ListStorage?
        do {
            let list = ListStorage([])
            breaker.received(.list(ListStorage([])), into: list)
            dropped = list
        }
        #expect(dropped == nil)
        #expect(breaker.count == 0)
        let kept = ListStorage([.integer(1)])
        breaker.received(.integer(2), into: kept)      // not a list: nothing noted
        breaker.breakCycles()
        #expect(kept.items.count == 1)
        let cycle = ListStorage([])
        for _ in 0..<3000 {
            cycle.items.append(.list(cycle))
            breaker.received(.list(cycle), into: cycle)
        }
        breaker.breakCycles()
        #expect(cycle.items.isEmpty)
    }
}
