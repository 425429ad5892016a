#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard output or error, written unbuffered so that the
/// program's output, the diagnostics and the line editor's prompt come out
/// in the order they were produced, from whichever thread writes.
enum StandardStream {
    case output, error

    var fileDescriptor: Int32 {
        switch self {
        case .output: return STDOUT_FILENO
        case .error: return STDERR_FILENO
        }
    }

    var isTerminal: Bool { isatty(fileDescriptor) == 1 }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                #if canImport(Glibc)
                return Glibc.write(fileDescriptor, base + offset, buffer.count - offset)
                #else
                return Darwin.write(fileDescriptor, base + offset, buffer.count - offset)
                #endif
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue  // Ctrl-C landed mid-write: carry on
            } else {
                return  // closed pipe or full disk: nothing sensible left to do
            }
        }
    }

    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
