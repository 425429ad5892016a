import Dispatch
import FoundationEssentials
import Glibc

/// Carries `demander`'s questions from the thread running the learner's code
/// to the main thread, which owns the terminal and the line editor, and the
/// answers back.
final class QuestionMailbox: @unchecked Sendable {
    private let lock = Lock()
    private var question: String?
    private var answer: String?
    private let answered = DispatchSemaphore(value: 0)
    /// Signalled when a question arrives, to wake the main thread's wait.
    private let wakeMain: DispatchSemaphore

    init(wakeMain: DispatchSemaphore) {
        self.wakeMain = wakeMain
    }

    /// On the running thread: posts the question and waits for the answer.
    func ask(_ prompt: String) -> String? {
        lock.withLock { question = prompt }
        wakeMain.signal()
        answered.wait()
        return lock.withLock { answer }
    }

    /// On the main thread: the question waiting for an answer, if any.
    func takeQuestion() -> String? {
        lock.withLock {
            defer { question = nil }
            return question
        }
    }

    /// On the main thread: nil when there is no answer (Ctrl-C, Ctrl-D).
    func reply(_ text: String?) {
        lock.withLock { answer = text }
        answered.signal()
    }
}
