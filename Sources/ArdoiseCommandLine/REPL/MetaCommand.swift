import Ardoise
import FoundationEssentials
import Glibc

/// A REPL command that starts with `:` and is about the session rather than
/// the program: help, listing, loading, clearing, quitting.
enum MetaCommand: Equatable {
    case help
    case variables
    case functions
    case load(path: String)
    /// `:pas FICHIER` steps through a file; `:pas` alone, through the next entry.
    case step(path: String?)
    case reset
    case quit

    /// What reading a `:` line gave.
    enum Parsed: Equatable {
        case command(MetaCommand)
        /// `:charger` without a file name.
        case missingArgument(name: String)
        /// `:vars x`: this command takes nothing after it.
        case unexpectedArgument(name: String)
        /// Not a command; `suggestion` is a close name (without the `:`), if any.
        case unknown(name: String, suggestion: String?)
    }

    /// Every accepted name, French first: a suggestion prefers the first of equals.
    private static let names: [(name: String, kind: Kind)] = [
        ("aide", .help), ("vars", .variables), ("fonctions", .functions),
        ("charger", .load), ("pas", .step), ("effacer", .reset), ("quitter", .quit),
        ("help", .help), ("variables", .variables), ("functions", .functions),
        ("load", .load), ("step", .step), ("pas-a-pas", .step), ("reset", .reset), ("quit", .quit), ("exit", .quit),
    ]

    private enum Kind { case help, variables, functions, load, step, reset, quit }

    /// The names Tab completes, with their `:`.
    static var completionNames: [String] { names.map { ":" + $0.name } }

    /// Whether `:name` takes a file name (so Tab completes file names after it).
    static func takesFileArgument(_ command: String) -> Bool {
        guard command.hasPrefix(":") else { return false }
        let kind = kind(of: String(command.dropFirst()))
        return kind == .load || kind == .step
    }

    /// Reads a line typed at the prompt; nil when it is not a meta-command
    /// (program lines never start with `:`).
    static func parse(_ line: String) -> Parsed? {
        let trimmed = line.trimmed(.whitespaces)
        guard trimmed.hasPrefix(":") else { return nil }
        let body = trimmed.dropFirst()
        let name = String(body.prefix { !$0.isWhitespace })
        let argument = body.dropFirst(name.count).trimmed(.whitespaces)

        guard let kind = kind(of: name) else {
            return .unknown(name: name, suggestion: suggestion(for: name))
        }
        switch kind {
        case .load:
            let path = unquoted(argument)
            return path.isEmpty ? .missingArgument(name: name) : .command(.load(path: path))
        case .step:
            let path = unquoted(argument)
            return .command(.step(path: path.isEmpty ? nil : path))
        case .help, .variables, .functions, .reset, .quit:
            guard argument.isEmpty else { return .unexpectedArgument(name: name) }
            let command: MetaCommand = switch kind {
            case .help: .help
            case .variables: .variables
            case .functions: .functions
            case .reset: .reset
            default: .quit
            }
            return .command(command)
        }
    }

    /// Names match ignoring case and accents, like the language's keywords.
    private static func kind(of name: String) -> Kind? {
        let folded = fold(name)
        return names.first { fold($0.name) == folded }?.kind
    }

    /// A known name the typed one is probably a slip for: the only one it
    /// begins (`:fonc`), or the nearest within two typos (`:quiter`).
    static func suggestion(for typed: String) -> String? {
        let folded = fold(typed)
        guard !folded.isEmpty else { return nil }
        let starting = names.filter { fold($0.name).hasPrefix(folded) }
        if let first = starting.first,
           starting.allSatisfy({ $0.kind == first.kind }) {
            return first.name
        }
        let allowed = folded.count <= 3 ? 1 : 2
        var best: (name: String, distance: Int)?
        for entry in names {
            let distance = editDistance(folded, fold(entry.name))
            if distance <= allowed, distance < (best?.distance ?? .max) {
                best = (entry.name, distance)
            }
        }
        return best?.name
    }

    private static func fold(_ text: String) -> String {
        TextFolding.fold(text)
    }

    /// `:charger "mon programme.ard"` and `:charger mon programme.ard` name the same file.
    private static func unquoted(_ text: String) -> String {
        for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
