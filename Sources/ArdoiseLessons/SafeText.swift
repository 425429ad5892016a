import FoundationEssentials

/// Makes text that came from a learner (program output, file names) harmless before it reaches
/// a formateur's terminal or spreadsheet: escape sequences could move the cursor, rewrite the
/// screen or hide a line; a spreadsheet cell starting with `=` would run as a formula.
public enum SafeText {
    /// Replaces control characters by visible symbols (ESC → ␛, other C0 controls → their ␀…␟ picture,
    /// C1 controls and DEL → �) and removes bidirectional overrides. `\n` and `\t` are kept when asked.
    public static func neutralized(_ text: String, keepLineBreaks: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepLineBreaks, 0x09 where keepLineBreaks:
                result.append(scalar)
            case 0x00...0x1F:
                result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F:
                result.append("\u{2421}")
            case 0x80...0x9F:
                result.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F:
                break   // bidi controls could make a line read differently from what it is
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A value for a CSV cell: neutralised, on one line, and never read as a formula
    /// (a leading `=`, `+`, `-`, `@`, tab or return gets a `'` before it, as spreadsheets advise).
    public static func csvCellValue(_ text: String) -> String {
        let flat = neutralized(text.replacing("\r\n", with: " ")
            .replacing("\n", with: " "))
        if let first = flat.unicodeScalars.first, "=+-@\u{2409}\u{240D}".unicodeScalars.contains(first) {
            return "'" + flat
        }
        return flat
    }

    /// At most `limit` characters, with "…" when cut.
    public static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(0, limit - 1))) + "…"
    }
}
