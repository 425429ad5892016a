import Ardoise

/// Colours Ardoise code for the terminal: keywords, built-ins, texts, numbers, comments.
/// A light scanner of its own (the language module exposes no tokens): it only decides colours,
/// so a mistake here can make a word the wrong colour, never change what the code means.
struct CodeHighlighter {
    let style: TerminalStyle

    private static let keywords: Set<String> = Set(Language.keywords.flatMap { $0.split(separator: " ") }.map { fold(String($0)) })
    private static let builtins: Set<String> = Set(Language.builtinNames.map(fold))

    static func fold(_ word: String) -> String {
        TextFolding.fold(word)
    }

    func highlight(_ line: String) -> String {
        guard style.enabled else { return line }
        var result = ""
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "#" {
                result += style.dim(String(characters[index...]))
                break
            } else if character == "\"" {
                var end = index + 1
                while end < characters.count, characters[end] != "\"" {
                    end += characters[end] == "\\" ? 2 : 1
                }
                end = min(end + 1, characters.count)
                result += style.green(String(characters[index..<end]))
                index = end
                continue
            } else if character.isNumber {
                var end = index
                while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
                result += style.magenta(String(characters[index..<end]))
                index = end
                continue
            } else if character.isLetter || character == "_" {
                var end = index
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
                let word = String(characters[index..<end])
                let folded = Self.fold(word)
                if Self.keywords.contains(folded) {
                    result += style.keyword(word)
                } else if Self.builtins.contains(folded) {
                    result += style.cyan(word)
                } else {
                    result += word
                }
                index = end
                continue
            } else if character == "←" || (character == "<" && index + 1 < characters.count && characters[index + 1] == "-") {
                let arrow = character == "←" ? "←" : "<-"
                result += style.yellow(arrow)
                index += arrow.count
                continue
            }
            result.append(character)
            index += 1
        }
        return result
    }
}

import FoundationEssentials
import Glibc
