import Foundation

/// The fenced code blocks of a Markdown file (```` ```lang ```` … ```` ``` ````), with the prose
/// between them, enough to read the examples of `docs/*.md`.
struct MarkdownCodeBlock {
    /// The word after the opening fence (`ardoise`), empty for a plain block.
    let language: String
    /// The lines between the fences, joined with line breaks, without a final one.
    let content: String
    /// The line of the opening fence (from 1).
    let line: Int
    /// The non-blank lines between the previous block's closing fence and this block's opening.
    let textBefore: [String]

    static func blocks(in markdown: String) -> [MarkdownCodeBlock] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        var blocks: [MarkdownCodeBlock] = []
        var prose: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```") else {
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { prose.append(line) }
                index += 1
                continue
            }
            let language = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            var content: [String] = []
            var end = index + 1
            while end < lines.count && !lines[end].hasPrefix("```") {
                content.append(lines[end])
                end += 1
            }
            blocks.append(MarkdownCodeBlock(language: language, content: content.joined(separator: "\n"),
                                            line: index + 1, textBefore: prose))
            prose = []
            index = end + 1
        }
        return blocks
    }
}
