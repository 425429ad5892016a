#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit

/// Line editing at the terminal through libedit's readline-compatible API:
/// cursor keys, ↑/↓ through earlier lines, Ctrl-R search, Tab completion.
final class LineEditor: LineReading {
    /// Also keeps the remembered lines for the next sessions, when set.
    private let history: History?

    init(history: History?) {
        self.history = history
        LineEditor.useUTF8Locale()
        ardoise_rl_set_readline_name()
        ardoise_rl_set_streams(ardoise_stdin(), ardoise_stdout())
        rl_initialize()
        using_history()
        for entry in history?.entries ?? [] { add_history(entry) }
    }

    /// What Tab offers, asked afresh at each press.
    func complete(with handler: @escaping (CompletionRequest) -> CompletionAnswer) {
        CompletionBridge.install(handler)
    }

    func readLine(prompt: String) -> LineInput {
        // A Ctrl-C pressed while the previous entry was printing is not
        // meant for this line.
        _ = InterruptHandler.takePending()
        errno = 0
        guard let raw = readline(prompt) else {
            // libedit answers NULL both for Ctrl-D and, with errno EINTR,
            // for Ctrl-C: only the second must not end the session.
            let interruptedBySignal = errno == EINTR
            if InterruptHandler.takePending() > 0 || interruptedBySignal {
                return .interrupted
            }
            return .endOfInput
        }
        defer { free(raw) }
        return .line(String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self))
    }

    func remember(_ line: String) {
        add_history(line)
        history?.add(line)
    }

    /// libedit drops multibyte input (`répéter` arrives as `rpter`) unless the
    /// process has a UTF-8 locale. Ardoise is always UTF-8, so when the
    /// environment names none (LANG unset, `C`), fall back to C.UTF-8.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if localeIsUTF8 { return }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "fr_FR.UTF-8"] {
            if setlocale(LC_CTYPE, candidate) != nil, localeIsUTF8 { return }
        }
    }

    private static var localeIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
