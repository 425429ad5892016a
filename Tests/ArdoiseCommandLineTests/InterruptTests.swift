#if canImport(Glibc)
import Glibc
#endif
import Ardoise
import Foundation
import Synchronization
import Testing
@testable import ArdoiseCommandLine

/// The REPL's interrupt path, across threads: a real SIGINT goes to the handler (an atomic
/// counter), the main thread's runner forwards it to the session (an atomic flag), and the
/// evaluation thread polls it. Run under ThreadSanitizer (docs/fiabilite.md):
/// `swift test --sanitize=thread --scratch-path .build-tsan --filter InterruptTests`.
@Suite("Interrupting running code", .serialized)
struct InterruptTests {
    /// Program output arrives on the evaluation thread and is read on the test's thread.
    final class LockedOutput: REPLOutput, @unchecked Sendable {
        private let lock = NSLock()
        private var standardText = ""
        private var errorText = ""
        func standard(_ text: String) { lock.withLock { standardText += text } }
        func error(_ text: String) { lock.withLock { errorText += text } }
        var shown: String { lock.withLock { standardText + errorText } }
    }

    @Test("Ctrl-C (a real SIGINT) stops an endless loop; the session goes on")
    func signalStopsALoop() {
        InterruptHandler.install()
        defer {
            _ = InterruptHandler.takePending()
            InterruptHandler.uninstall()
        }
        let output = LockedOutput()
        let console = REPLConsole(output: output) { _ in nil }
        let session = Session(console: console, options: RunOptions(limits: .interactive))
        let runner = BackgroundCodeRunner(session: session, console: console, lines: ScriptedLines([]),
                                          output: output, abandon: { fatalError("the runner gave up") })
        for round in 0..<3 {
            // Ctrl-C once the program runs (it has printed), as a person would.
            let presser = Thread {
                while !output.shown.contains("parti \(round)") { usleep(2_000) }
                usleep(UInt32(20_000 + round * 30_000))
                kill(getpid(), SIGINT)
            }
            presser.start()
            let result = runner.run {
                session.runEntry(Source(name: "<entrée \(round)>",
                                        text: "afficher \"parti \(round)\"\nn <- 0\ntant que vrai faire\n  n <- n + 1\nfin tant que"))
            }
            #expect(result.outcome == .interrupted)
            while !presser.isFinished { usleep(1_000) }
            let after = runner.run { session.runEntry(Source(name: "<suite>", text: "n > 0")) }
            #expect(after.echo?.echoText == "vrai")
        }
    }

    @Test("The runner forgets an old Ctrl-C before starting a run, and keeps one pressed as the run starts")
    func interruptionAtTheStart() {
        let output = LockedOutput()
        let console = REPLConsole(output: output) { _ in nil }
        let session = Session(console: console, options: RunOptions(limits: .interactive))
        let runner = BackgroundCodeRunner(session: session, console: console, lines: ScriptedLines([]),
                                          output: output, abandon: { fatalError("the runner gave up") })
        // Raised by an earlier run: forgotten by the runner, the new run goes to its end.
        session.interrupt()
        let fresh = runner.run { session.runEntry(Source(name: "<a>", text: "1 + 1")) }
        #expect(fresh.echo?.echoText == "2")
        // Raised once the runner has started the run's thread but before the run itself
        // begins (here: inside the work, before runEntry): it stops the run.
        let stopped = runner.run {
            session.interrupt()
            // A loop that ends (so that a lost Ctrl-C fails the test rather than hanging it).
            return session.runEntry(Source(name: "<b>", text: "pour i de 1 à 3000000 faire\nfin pour"))
        }
        #expect(stopped.outcome == .interrupted)
    }

    @Test("interrupt() from another thread, at random moments, many times")
    func interruptFromAnotherThread() {
        let session = Session(console: BufferConsole(), options: RunOptions(limits: .interactive))
        for round in 0..<40 {
            let done = Atomic<Bool>(false)
            let stopper = Thread {
                usleep(UInt32(round % 7) * 3_000)
                // A raise that lands before the run starts is cleared by it: raise until it ends.
                while !done.load(ordering: .relaxed) {
                    session.interrupt()
                    usleep(1_000)
                }
            }
            stopper.start()
            let result = session.run(Source(name: "boucle.ard", text: "l <- []\ntant que vrai faire\n  ajouter(l, 1)\n  si longueur(l) > 1000 alors\n    l <- []\n  fin si\nfin tant que\n"))
            done.store(true, ordering: .relaxed)
            #expect(result.outcome == .interrupted)
            while !stopper.isFinished { usleep(500) }
        }
    }
}
