#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The real `ardoise` binary in a pseudo-terminal the test opens itself, so
/// it sees a terminal even in CI, where there is none: it can be typed at,
/// sent Ctrl-C, and read.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Keys as a terminal sends them.
    enum Key: String {
        case enter = "\r"
        case tab = "\t"
        case backspace = "\u{7F}"
        case up = "\u{1B}[A"
        case down = "\u{1B}[B"
        case right = "\u{1B}[C"
        case left = "\u{1B}[D"
        case controlC = "\u{03}"
        case controlD = "\u{04}"
    }

    let processID: pid_t
    private let controller: Int32
    private var received: [UInt8] = []
    /// How much of `readable` earlier `expect` calls have consumed.
    private var consumed: String.Index?
    private var exitStatus: Int32?

    init(executable: String, arguments: [String] = [], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        let (controller, devicePath) = try Self.openController()
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(controller, UInt(TIOCSWINSZ), &size)
        self.controller = controller

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (the attribute below), the terminal becomes
        // the child's controlling terminal: Ctrl-C then reaches it as SIGINT.
        posix_spawn_file_actions_addopen(&actions, 0, devicePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, controller)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSessionFlag | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(controller)
            throw Failure(description: "posix_spawn \(executable): \(String(cString: strerror(status)))")
        }
        processID = pid
    }

    deinit {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            waitpid(processID, &status, 0)
        }
        close(controller)
    }

    /// glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module does not export.
    private static var spawnSetSessionFlag: Int32 {
        #if os(Linux)
        return 0x80
        #else
        return Int32(POSIX_SPAWN_SETSID)
        #endif
    }

    /// posix_openpt and friends are hidden from Swift's Glibc module (they
    /// need _XOPEN_SOURCE), so they are looked up in the C library directly.
    private static func openController() throws -> (Int32, String) {
        typealias OpenPT = @convention(c) (Int32) -> Int32
        typealias GrantPT = @convention(c) (Int32) -> Int32
        typealias PTSName = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
        let library = dlopen(nil, RTLD_NOW)
        guard let openSymbol = dlsym(library, "posix_openpt"),
              let grantSymbol = dlsym(library, "grantpt"),
              let unlockSymbol = dlsym(library, "unlockpt"),
              let nameSymbol = dlsym(library, "ptsname_r")
        else { throw Failure(description: "no posix_openpt in the C library") }
        let descriptor = unsafeBitCast(openSymbol, to: OpenPT.self)(O_RDWR | O_NOCTTY)
        guard descriptor >= 0,
              unsafeBitCast(grantSymbol, to: GrantPT.self)(descriptor) == 0,
              unsafeBitCast(unlockSymbol, to: GrantPT.self)(descriptor) == 0
        else { throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))") }
        var name = [CChar](repeating: 0, count: 256)
        guard unsafeBitCast(nameSymbol, to: PTSName.self)(descriptor, &name, name.count) == 0 else {
            throw Failure(description: "ptsname_r failed")
        }
        return (descriptor, String(cString: name))
    }

    // MARK: typing

    func type(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }

    func press(_ keys: Key...) {
        for key in keys { type(key.rawValue) }
    }

    /// Types a line and Enter.
    func typeLine(_ text: String) {
        type(text)
        press(.enter)
    }

    /// Waits until the program reads keys one by one (libedit's raw mode).
    /// The prompt is shown a moment before libedit switches the terminal
    /// over; keys typed in between would be handled by the terminal itself
    /// (backspace erasing, ← echoed as ^[[D).
    func waitForLineEditing(timeout: TimeInterval = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while Date() < deadline {
            // On Linux the controller side reports the terminal's settings.
            if tcgetattr(controller, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return }
            readMore(waitingUpTo: 0.01)
        }
        throw Failure(description: "the terminal never left line mode; it shows:\n\(readable)")
    }

    // MARK: reading

    /// Everything shown so far, escape sequences removed.
    var readable: String { TerminalText.readable(received) }

    /// What was shown after the previous successful `expect`.
    var unread: String {
        let text = readable
        guard let consumed, consumed <= text.endIndex else { return text }
        return String(text[consumed...])
    }

    /// Waits until `text` is shown (after what earlier calls matched), and
    /// returns what was shown up to and including it.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let all = readable
            let start = consumed.flatMap { $0 <= all.endIndex ? $0 : nil } ?? all.startIndex
            if let range = all.range(of: text, range: start..<all.endIndex) {
                consumed = range.upperBound
                return String(all[start..<range.upperBound])
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 || !readMore(waitingUpTo: remaining) && exitStatus != nil {
                throw Failure(description: "waited for \(text.debugDescription); the terminal shows:\n\(all)")
            }
        }
    }

    /// Reads what is available, waiting at most `seconds` for something.
    /// False once the program has ended and nothing more will come.
    @discardableResult
    func readMore(waitingUpTo seconds: TimeInterval) -> Bool {
        var gotSomething = false
        var wait = Int32(max(1, min(seconds, 0.2) * 1000))
        while true {
            var descriptor = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, wait) > 0 else { break }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(controller, &buffer, buffer.count)
            guard count > 0 else {
                // EIO: every copy of the terminal's other side is closed.
                return reapIfExited() ? gotSomething : true
            }
            received.append(contentsOf: buffer[0..<count])
            gotSomething = true
            wait = 0  // drain what is already there, without waiting again
        }
        return gotSomething || !reapIfExited()
    }

    /// Waits for the program to end and returns its exit status
    /// (128 + signal number when a signal ended it).
    func waitForExit(timeout: TimeInterval = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil {
            if Date() > deadline {
                throw Failure(description: "the program did not end; the terminal shows:\n\(readable)")
            }
            readMore(waitingUpTo: 0.05)
            _ = reapIfExited()
        }
        // Drain what it wrote just before ending.
        while readMore(waitingUpTo: 0.05) && received.count < 10_000_000 {}
        return exitStatus ?? -1
    }

    private func reapIfExited() -> Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        guard waitpid(processID, &status, WNOHANG) == processID else { return false }
        let signal = status & 0x7F
        exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return true
    }
}
