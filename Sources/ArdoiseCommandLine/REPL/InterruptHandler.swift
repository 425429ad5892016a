#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C presses not yet handled. The signal handler only increments it:
/// an atomic store is async-signal-safe, whereas printing or calling into the
/// session from a handler is not. The REPL's main thread reads it.
private let pendingInterrupts = Atomic<Int>(0)

private func handleInterruptSignal(_ signal: Int32) {
    pendingInterrupts.add(1, ordering: .relaxed)
}

/// Turns Ctrl-C (SIGINT) into a counter the REPL polls, instead of ending the
/// process. Without SA_RESTART, a blocking read on the main thread returns
/// with EINTR, so the line editor wakes up on Ctrl-C.
enum InterruptHandler {
    static func install() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handleInterruptSignal
        #else
        action.__sigaction_u.__sa_handler = handleInterruptSignal
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Puts back the default behaviour (Ctrl-C ends the process).
    static func uninstall() {
        signal(SIGINT, SIG_DFL)
    }

    /// The presses since the last call, and forgets them.
    static func takePending() -> Int {
        pendingInterrupts.exchange(0, ordering: .relaxed)
    }

    /// Whether a press is waiting, without consuming it.
    static var hasPending: Bool {
        pendingInterrupts.load(ordering: .relaxed) > 0
    }
}
