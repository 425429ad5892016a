import FoundationEssentials

/// Cuts a lesson file's body into headings, fenced code blocks and other lines.
/// Only the small part of Markdown the lesson format needs is recognised (see docs/ecrire-une-lecon.md):
/// ATX headings (`## Titre`), fenced code blocks (``` or ~~~) and whole-line HTML comments
/// (`<!-- … -->`, dropped). Everything else is prose, kept as written.
enum MarkdownElement: Equatable {
    case heading(level: Int, text: String, line: Int)
    case code(CodeBlock, openingLine: Int)
    case line(String, line: Int)

    var line: Int {
        switch self {
        case .heading(_, _, let line), .line(_, let line): return line
        case .code(_, let openingLine): return openingLine
        }
    }
}

struct MarkdownScanner {
    private(set) var issues: [LessonIssue] = []
    let path: String

    init(path: String) { self.path = path }

    /// `lines` are the file's lines; `firstLineNumber` is the number of `lines[0]` in the file.
    mutating func scan(_ lines: [String], firstLineNumber: Int) -> [MarkdownElement] {
        var elements: [MarkdownElement] = []
        var index = 0
        while index < lines.count {
            let text = lines[index]
            let number = firstLineNumber + index
            if text.trimmed(.whitespaces).hasPrefix("<!--") {
                // An HTML comment is a note for formateurs: dropped, never shown, whatever it contains.
                while index < lines.count, !lines[index].contains("-->") { index += 1 }
                if index == lines.count {
                    issues.append(LessonIssue(path: path, line: number,
                        message: "le commentaire ouvert ici par <!-- n'est jamais fermé.",
                        hint: "termine le commentaire par -->."))
                }
                index += 1
                continue
            }
            if let fence = Self.openingFence(text) {
                var content: [String] = []
                var closed = false
                index += 1
                while index < lines.count {
                    if Self.isClosingFence(lines[index], matching: fence) { closed = true; break }
                    content.append(Self.removingIndent(lines[index], upTo: fence.indent))
                    index += 1
                }
                if !closed {
                    issues.append(LessonIssue(path: path, line: number,
                        message: "le bloc de code ouvert ici par \(fence.marker) n'est jamais fermé.",
                        hint: "termine le bloc par une ligne qui contient seulement \(fence.marker)."))
                }
                let block = CodeBlock(info: fence.info, text: content.joined(separator: "\n"), firstLine: number + 1,
                                      lineCount: content.count)
                elements.append(.code(block, openingLine: number))
            } else if let heading = Self.heading(text) {
                elements.append(.heading(level: heading.level, text: heading.text, line: number))
            } else {
                elements.append(.line(text, line: number))
            }
            index += 1
        }
        return elements
    }

    struct Fence { var marker: String; var indent: Int; var info: String }

    static func openingFence(_ line: String) -> Fence? {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let marker = rest.prefix(while: { $0 == first })
        guard marker.count >= 3 else { return nil }
        let info = rest.dropFirst(marker.count).trimmed(.whitespaces)
        if first == "`" && info.contains("`") { return nil }   // inline code, as CommonMark says
        return Fence(marker: String(marker), indent: indent, info: FrenchText.fold(info))
    }

    static func isClosingFence(_ line: String, matching fence: Fence) -> Bool {
        let trimmed = line.trimmed(.whitespaces)
        guard let first = fence.marker.first, trimmed.count >= fence.marker.count else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    static func removingIndent(_ line: String, upTo count: Int) -> String {
        let spaces = min(count, line.prefix(while: { $0 == " " }).count)
        return String(line.dropFirst(spaces))
    }

    /// `## Titre ##` → (2, "Titre"). A `#` not followed by a space is not a heading (`#hashtag`).
    static func heading(_ line: String) -> (level: Int, text: String)? {
        let indent = line.prefix(while: { $0 == " " }).count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let hashes = rest.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let afterHashes = rest.dropFirst(hashes)
        guard afterHashes.isEmpty || afterHashes.first == " " || afterHashes.first == "\t" else { return nil }
        var text = afterHashes.trimmed(.whitespaces)
        // A closing sequence of # is decoration.
        if text.hasSuffix("#") {
            let stripped = String(text.reversed().drop(while: { $0 == "#" }).reversed())
            if stripped.isEmpty || stripped.hasSuffix(" ") { text = stripped.trimmed(.whitespaces) }
        }
        return (hashes, text)
    }
}
