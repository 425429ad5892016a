import Ardoise
import FoundationEssentials
import Glibc

/// What Tab was pressed on: the word under the cursor and the whole line.
struct CompletionRequest: Equatable {
    var word: String
    var line: String
}

enum CompletionAnswer: Equatable {
    /// The words that may replace the one being typed (possibly none).
    case candidates([String])
    /// The argument of `:charger`: let libedit complete file names.
    case fileNames
}

/// The words Tab offers: keywords, built-ins, the learner's own variables and
/// functions, and the meta-commands at the start of a line.
struct Completion {
    var keywords: [String]
    var builtins: [String]
    var variables: [String] = []
    var functions: [String] = []
    var metaCommands: [String] = MetaCommand.completionNames

    /// The words that follow `fin`, so `fin t⇥` gives `fin tant que`.
    static let blockNames = ["si", "tant que", "pour", "répéter", "fonction"]

    func answer(for request: CompletionRequest) -> CompletionAnswer {
        let line = request.line.drop { $0 == " " || $0 == "\t" }
        if line.hasPrefix(":") {
            if request.word.hasPrefix(":") {
                return .candidates(matching(request.word, in: metaCommands))
            }
            let command = line.prefix { $0 != " " && $0 != "\t" }
            if MetaCommand.takesFileArgument(String(command)) { return .fileNames }
            return .candidates([])
        }
        if Self.previousWord(in: request) == "fin" {
            return .candidates(matching(request.word, in: Self.blockNames))
        }
        // Calls get their parenthesis: `longueur(` is what comes next anyway.
        let callables = (builtins + functions).map { $0 + "(" }
        return .candidates(matching(request.word, in: keywords + callables + variables))
    }

    /// Candidates whose beginning matches the word, ignoring case and accents
    /// as the language does for keywords (`repe⇥` gives `répéter`).
    private func matching(_ word: String, in words: [String]) -> [String] {
        let typed = Self.fold(word)
        var seen = Set<String>()
        return words
            .filter { Self.fold($0).hasPrefix(typed) && seen.insert($0).inserted }
            .sorted()
    }

    static func fold(_ text: String) -> String {
        TextFolding.fold(text)
    }

    /// The word before the one being completed, folded (`Fin` → `fin`).
    private static func previousWord(in request: CompletionRequest) -> String? {
        var before = Substring(request.line)
        if !request.word.isEmpty, let range = before.lastRange(of: request.word) {
            before = before[..<range.lowerBound]
        }
        let words = before.split { $0 == " " || $0 == "\t" }
        return words.last.map { fold(String($0)) }
    }
}
