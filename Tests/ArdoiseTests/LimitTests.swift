import Foundation
import Testing
@testable import Ardoise

/// Every limit of a run (docs/fiabilite.md), each hit by a program: the program stops with
/// its clear message, never a crash or a hang.
@Suite("Limits")
struct LimitTests {
    private func stop(_ program: String, _ limits: Limits) -> Diagnostic? {
        let (result, _) = run(program, limits: limits)
        #expect(result.outcome == .failed)
        return result.diagnostics.first
    }

    @Test("Steps: an endless loop stops after maxSteps (E0401)")
    func steps() {
        let d = stop("tant que vrai faire\nfin tant que\n", Limits(maxSteps: 10_000))
        #expect(d?.code == .E0401)
        #expect(d?.message.contains("10000") == true || d?.message.contains("10 000") == true)
    }

    @Test("Time: an endless loop with no step budget stops after maxSeconds (E0402)")
    func time() {
        let start = Date()
        let d = stop("i <- 0\ntant que vrai faire\n  i <- i + 1\nfin tant que\n", Limits(maxSeconds: 0.3))
        #expect(d?.code == .E0402)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("Time: products of big integers are counted between checkpoints, so the time limit holds")
    func timeWithBigIntegers() {
        // Each product of two 14 000-digit numbers takes milliseconds: before they were counted,
        // the first time check came after 4 096 of them (seconds past the limit).
        let program = """
            x <- 10 ^ 14000 + 7
            i <- 0
            tant que vrai faire
              y <- x * x
              i <- i + 1
              afficher i
            fin tant que
            """
        let (result, printed) = run(program, limits: Limits(maxSeconds: 0.2))
        #expect(result.diagnostics.first?.code == .E0402)
        let products = printed.split(separator: "\n").count
        #expect(products < 1_000, "\(products) products before the time check")
    }

    @Test("Output: a flood stops after maxOutputBytes (E0403), and no more than that is printed")
    func outputFlood() {
        let (result, printed) = run("tant que vrai faire\n  afficher \"inondation\"\nfin tant que\n",
                                    limits: Limits(maxOutputBytes: 1_000))
        #expect(result.diagnostics.first?.code == .E0403)
        #expect(printed.utf8.count <= 1_000)
    }

    @Test("List size: a list that grows forever stops at maxCollectionLength (E0404)",
          arguments: [
            "l <- []\ntant que vrai faire\n  ajouter(l, 1)\nfin tant que\n",
            "l <- [0]\ntant que vrai faire\n  l <- l + l\nfin tant que\n",
            "l <- [0]\ntant que vrai faire\n  insérer(l, 1, l[1])\nfin tant que\n",
          ])
    func listSize(program: String) {
        #expect(stop(program, Limits(maxCollectionLength: 5_000))?.code == .E0404)
    }

    @Test("Text size: a text that grows forever stops at maxCollectionLength (E0404)",
          arguments: [
            "t <- \"a\"\ntant que vrai faire\n  t <- t + t\nfin tant que\n",
            "t <- \"ab\" * 100000\n",
            "t <- \"a\"\ntant que vrai faire\n  t <- \"{t}{t}\"\nfin tant que\n",
            "l <- [\"abc\"] \nrépéter 12 fois\n  l <- l + l\nfin répéter\nt <- joindre(l, \"-\")\n",
            "t <- texte([1, 2, 3] )\nl <- [t]\nrépéter 20 fois\n  l <- l + l\nfin répéter\nt <- texte(l)\n",
          ])
    func textSize(program: String) {
        #expect(stop(program, Limits(maxCollectionLength: 5_000))?.code == .E0404)
    }

    @Test("Recursion depth: a runaway recursion stops at maxCallDepth (E0321)")
    func callDepth() {
        let d = stop("fonction f(n)\n  retourner f(n + 1)\nfin fonction\nafficher f(0)\n", Limits(maxCallDepth: 100))
        #expect(d?.code == .E0321)
        #expect(d?.callStack.isEmpty == false)
    }

    @Test("Recursion depth: the default depth is reached without a crash, in debug and release builds")
    func defaultCallDepth() {
        let d = stop("fonction f(n)\n  retourner 1 + f(n + 1)\nfin fonction\nafficher f(0)\n", .file)
        #expect(d?.code == .E0321)
    }

    @Test("Source size: a program longer than Session.maximumSourceCharacters is refused (E0004)")
    func sourceSize() {
        let text = String(repeating: "# commentaire\n", count: Session.maximumSourceCharacters / 14 + 1)
        let (result, _) = run(text)
        #expect(result.outcome == .rejected)
        #expect(result.diagnostics.first?.code == .E0004)
    }

    @Test("Expression depth: a chain of 300 000 additions is a syntax error (E0118), not a stack overflow")
    func expressionDepth() {
        for program in ["x <- 1" + String(repeating: " + 1", count: 300_000),
                        "x <- [1]" + String(repeating: "[1]", count: 100_000),
                        "x <- vrai" + String(repeating: " et vrai", count: 100_000),
                        "x <- 1" + String(repeating: " < 1", count: 100_000)] {
            let (result, _) = run(program + "\nafficher x\n")
            #expect(result.outcome == .rejected)
            #expect(result.diagnostics.map(\.code) == [.E0118])
        }
        // A long but reasonable chain still runs.
        #expect(output(of: "afficher 0" + String(repeating: " + 1", count: 500) + "\n") == "500\n")
    }

    /// The limits of LANGUAGE.md and docs/fiabilite.md: change both together.
    @Test("The documented defaults")
    func defaults() {
        #expect(Limits.file.maxSteps == nil)
        #expect(Limits.file.maxSeconds == nil)
        #expect(Limits.file.maxOutputBytes == 10_000_000)
        #expect(Limits.file.maxCollectionLength == 10_000_000)
        #expect(Limits.file.maxCallDepth == 20_000)
        #expect(Limits.grading.maxSteps == 5_000_000)
        #expect(Limits.grading.maxCallDepth == 10_000)
        #expect(Limits.file.maxMemoryBytes == 1_000_000_000)
        #expect(Limits.grading.maxMemoryBytes == 500_000_000)
        #expect(Limits.grading.maxSeconds == 5)
        #expect(Limits.grading.maxOutputBytes == 100_000)
        #expect(Limits.grading.maxCollectionLength == 1_000_000)
        #expect(Limits.interactive == Limits.file)
        #expect(Session.maximumSourceCharacters == 2_000_000)
    }

    /// Total memory: each list is under the size limit (2^19 elements, under the grader's
    /// 1 000 000), but together 40 of them hold about 350 MB: the memory limit (here 100 MB)
    /// stops it. No step or time budget, so that only a memory limit can stop it.
    @Test("Total memory: many lists, each under the size limit, stop with a limit error")
    func totalMemory() {
        let program = """
            g <- [0]
            répéter 19 fois
              g <- g + g
            fin répéter
            tout <- []
            répéter 40 fois
              ajouter(tout, g + [])
            fin répéter
            afficher longueur(tout)
            """
        var limits = Limits.grading
        limits.maxSteps = nil
        limits.maxSeconds = nil
        limits.maxMemoryBytes = 100_000_000
        let (result, _) = run(program, limits: limits)
        #expect(result.outcome == .failed)
        #expect(result.diagnostics.first?.code == .E0406)
    }
}
