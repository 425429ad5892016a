import Foundation

/// Turns the bytes of a program (a file, stdin) into its text.
enum ProgramText {
    /// nil when the bytes are not UTF-8. A byte-order mark, which some
    /// Windows editors put first, is dropped; Windows line ends become "\n".
    static func decode(_ data: Data) -> String? {
        guard var text = String(data: data, encoding: .utf8) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is a single Character in Swift, so replace on the scalars.
        if text.unicodeScalars.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        return text
    }
}
