/// Turns a diagnostic into what a learner reads, in the style of Rust's and Elm's messages:
///
///     Erreur [E0201] : la variable « compteru » n'existe pas : elle ne reçoit jamais de valeur
///      --> programme.ard:3:10
///       |
///     3 |     afficher compteru
///       |              ^^^^^^^^
///       = Astuce : tu voulais peut-être dire « compteur » ?
public struct DiagnosticRenderer: Sendable {
    public var color: Bool
    public var catalogue: any MessageCatalogue

    public init(color: Bool, catalogue: any MessageCatalogue = FrenchCatalogue.shared) {
        self.color = color
        self.catalogue = catalogue
    }

    public func render(_ diagnostic: Diagnostic, source: Source) -> String {
        let lines = source.lines
        let shownLines = [diagnostic.location.line] + (diagnostic.related.map { [$0.line] } ?? [])
        let gutterWidth = String(shownLines.max() ?? 1).count
        let pad = String(repeating: " ", count: gutterWidth)
        // Notes (`= Astuce : …`) line up under the gutter's bar.
        let note = pad + " "

        var out = paint(catalogue.label(.category(diagnostic.category)) + " [\(diagnostic.code.rawValue)]", .red)
        out += paint(" : " + catalogue.message(for: diagnostic), .bold) + "\n"
        let location = diagnostic.location
        out += paint(pad + "--> ", .blue) + "\(source.name):\(location.line):\(location.column)\n"

        if let related = diagnostic.related, related.line < location.line {
            out += snippet(related, lines: lines, gutterWidth: gutterWidth, marker: "-",
                           note: catalogue.label(.blockOpenedHere), tone: .blue)
        }
        out += snippet(location, lines: lines, gutterWidth: gutterWidth, marker: "^", note: nil, tone: .red)
        if let related = diagnostic.related, related.line >= location.line, related != location {
            out += snippet(related, lines: lines, gutterWidth: gutterWidth, marker: "-",
                           note: catalogue.label(.blockOpenedHere), tone: .blue)
        }
        if let hint = diagnostic.hint {
            out += note + paint("= " + catalogue.label(.hint) + " : ", .cyan) + catalogue.text(of: hint) + "\n"
        }
        // A runaway recursion repeats the same call thousands of times: say it once, with the count.
        var index = 0
        var shown = 0
        let frames = diagnostic.callStack
        while index < frames.count, shown < Self.maximumFramesShown {
            var repeats = 1
            while index + repeats < frames.count, frames[index + repeats] == frames[index] { repeats += 1 }
            let label = catalogue.label(.calledFrom(function: frames[index].function, line: frames[index].location.line))
            out += note + paint("= ", .cyan) + label + (repeats > 1 ? " (× \(repeats))" : "") + "\n"
            index += repeats
            shown += 1
        }
        if index < frames.count {
            out += note + paint("= ", .cyan) + "…\n"
        }
        return out
    }

    /// The source line, then a marker line under the culprit.
    private func snippet(_ location: SourceLocation, lines: [Substring], gutterWidth: Int,
                         marker: Character, note: String?, tone: Tone) -> String {
        let pad = String(repeating: " ", count: gutterWidth)
        var out = paint(pad + " |", .blue) + "\n"
        guard location.line >= 1, location.line <= lines.count else { return out }
        var raw = Array(lines[location.line - 1])
        var location = location
        // A very long line is shown as a window around the culprit.
        if raw.count > Self.maximumLineWidth {
            let start = max(0, min(location.column - 1 - Self.maximumLineWidth / 2, raw.count - Self.maximumLineWidth))
            let window = Array(raw[start..<min(raw.count, start + Self.maximumLineWidth)])
            raw = (start > 0 ? ["…"] : []) + window + (start + Self.maximumLineWidth < raw.count ? ["…"] : [])
            location.column = location.column - start + (start > 0 ? 1 : 0)
        }
        // Tabs become spaces so that the marker lines up whatever the terminal's tab width.
        let shown = raw.map { $0 == "\t" ? "    " : Self.printable($0) }.joined()
        let number = String(location.line)
        out += paint(String(repeating: " ", count: gutterWidth - number.count) + number + " |", .blue) + " " + shown + "\n"
        let before = raw.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "    " : " " }.joined()
        let available = max(1, raw.count - (location.column - 1))
        let width = min(location.length, available)
        var markLine = paint(pad + " |", .blue) + " " + before + paint(String(repeating: marker, count: width), tone)
        if let note { markLine += " " + paint(note, tone) }
        return out + markLine + "\n"
    }

    /// Control characters never reach the terminal as they are.
    static func printable(_ c: Character) -> String {
        if let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
           scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            return "?"
        }
        return String(c)
    }

    static let maximumFramesShown = 12
    static let maximumLineWidth = 120

    enum Tone: String { case red = "31", blue = "34", cyan = "36", bold = "1" }

    private func paint(_ text: String, _ tone: Tone) -> String {
        color ? "\u{1B}[\(tone.rawValue)m\(text)\u{1B}[0m" : text
    }
}

extension DiagnosticRenderer {
    /// For problems with a file as a whole: the message and the hint, no source line.
    public func renderWithoutSource(_ diagnostic: Diagnostic) -> String {
        var out = catalogue.label(.category(diagnostic.category)) + " [\(diagnostic.code.rawValue)] : "
            + catalogue.message(for: diagnostic) + "\n"
        if let hint = diagnostic.hint {
            out += "  = " + catalogue.label(.hint) + " : " + catalogue.text(of: hint) + "\n"
        }
        return out
    }
}
