#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit

/// The C side of Tab completion. libedit calls plain C function pointers
/// that cannot capture anything, so the Swift handler and the candidates of
/// the completion in progress live here. Only the main thread edits lines,
/// so only it touches this state.
enum CompletionBridge {
    nonisolated(unsafe) private static var handler: (CompletionRequest) -> CompletionAnswer = { _ in .candidates([]) }
    nonisolated(unsafe) fileprivate static var pending: [String] = []
    nonisolated(unsafe) fileprivate static var nextIndex = 0

    static func install(_ handler: @escaping (CompletionRequest) -> CompletionAnswer) {
        self.handler = handler
        ardoise_rl_set_completer_word_break_characters()
        ardoise_rl_set_attempted_completion_function(attemptCompletion)
    }

    fileprivate static func answer(word: String, line: String) -> CompletionAnswer {
        handler(CompletionRequest(word: word, line: line))
    }
}

/// rl_attempted_completion_function: our candidates, or NULL to let libedit
/// fall back to file names (only for `:charger`).
private let attemptCompletion: @convention(c) (
    UnsafePointer<CChar>?, Int32, Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
    let word = text.map { String(cString: $0) } ?? ""
    let line = ardoise_rl_line_buffer().map { String(cString: $0) } ?? ""
    switch CompletionBridge.answer(word: word, line: line) {
    case .fileNames:
        ardoise_rl_set_attempted_completion_over(0)
        ardoise_rl_set_completion_append_character(0)
        return nil
    case .candidates(let candidates):
        ardoise_rl_set_attempted_completion_over(1)
        // No space after `longueur(`: the argument follows directly.
        let single = candidates.count == 1 ? candidates.first : nil
        let appendsSpace = !(single?.hasSuffix("(") ?? false)
        ardoise_rl_set_completion_append_character(appendsSpace ? 32 : 0)
        guard let text, !candidates.isEmpty else { return nil }
        CompletionBridge.pending = candidates
        CompletionBridge.nextIndex = 0
        return rl_completion_matches(text, nextCandidate)
    }
}

/// rl_compentry_func_t: hands out the pending candidates one by one,
/// `strdup`ed because libedit frees them.
private let nextCandidate: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
    if state == 0 { CompletionBridge.nextIndex = 0 }
    guard CompletionBridge.nextIndex < CompletionBridge.pending.count else { return nil }
    let candidate = CompletionBridge.pending[CompletionBridge.nextIndex]
    CompletionBridge.nextIndex += 1
    return strdup(candidate)
}
