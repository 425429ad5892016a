/// What a person would read in the bytes a terminal program wrote, roughly:
/// escape sequences (colours, cursor moves) and carriage returns removed.
enum TerminalText {
    static func readable(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                skipEscapeSequence(&scalars)
            case "\r", "\u{07}":
                continue
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// CSI (`ESC [ … letter`), OSC (`ESC ] … BEL`), or ESC and one character.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = scalars.next() else { return }
        switch introducer {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "]":
            while let next = scalars.next(), next != "\u{07}" {}
        default:
            return
        }
    }
}
