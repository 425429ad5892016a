/// How values print: with `afficher`, in interpolation, with `texte(x)`, and as the REPL echoes them.
extension Value {
    /// As `afficher` prints it: a text as itself, texts inside lists in quotes.
    public var displayText: String {
        var out = ""
        write(to: &out, quoted: false, depth: 0, path: [])
        return out
    }

    /// As the REPL echoes it: texts in quotes too.
    public var echoText: String {
        var out = ""
        write(to: &out, quoted: true, depth: 0, path: [])
        return out
    }

    /// Nested lists deeper than this, or a list that contains itself, print as `[…]`:
    /// printing never recurses without bound.
    static let maximumPrintDepth = 100

    private func write(to out: inout String, quoted: Bool, depth: Int, path: [ObjectIdentifier]) {
        switch self {
        case .integer(let i): out += String(i)
        case .bigInteger(let b): out += String(b.value)
        case .decimal(let d): out += Value.format(decimal: d)
        case .boolean(let b): out += b ? "vrai" : "faux"
        case .nothing, .unassigned: out += "rien"
        case .text(let t):
            if quoted { out += Value.quote(t.string) } else { out += t.string }
        case .list(let l):
            let id = ObjectIdentifier(l)
            if depth >= Value.maximumPrintDepth || path.contains(id) { out += "[…]"; return }
            out += "["
            var first = true
            for item in l.items {
                if !first { out += ", " }
                first = false
                item.write(to: &out, quoted: true, depth: depth + 1, path: path + [id])
            }
            out += "]"
        }
    }

    /// A text between quotes, with the escapes needed to read it back.
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    /// At most 15 significant digits, trailing zeros and point removed (`0.1 + 0.2` → `0.3`,
    /// `2.5 * 2` → `5`). Plain notation from 10⁻⁷ to 10²¹, like a calculator; beyond, `1.5e+300`.
    static func format(decimal value: Double) -> String {
        if value.isNaN { return "?" }
        if value.isInfinite { return value < 0 ? "-∞" : "∞" }
        guard var digits = DecimalDigits(value) else { return "0" }
        digits.round(significant: 15)
        return digits.text
    }

    /// How a value is named in an error message: `le texte "5"`, `l'entier 3`…
    var described: String {
        switch self {
        case .integer, .bigInteger: return "l'entier \(shortEcho)"
        case .decimal: return "le décimal \(shortEcho)"
        case .text: return "le texte \(shortEcho)"
        case .boolean: return "le booléen \(shortEcho)"
        case .list: return "la liste \(shortEcho)"
        case .nothing, .unassigned: return "rien"
        }
    }

    /// The echo, cut short for messages.
    var shortEcho: String {
        let full = echoText
        return full.count > 40 ? String(full.prefix(37)) + "…" : full
    }
}
