import ArgumentParser

/// How `ardoise trace` prints its table.
enum TraceFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned columns for reading at the terminal.
    case terminal
    /// For a handout (a document, a course page).
    case markdown
    /// For a spreadsheet.
    case csv
    /// For another program (schema in docs/tableau-de-suivi.md).
    case json

    init?(argument: String) {
        switch argument.lowercased() {
        case "terminal", "terminal-texte", "texte", "text": self = .terminal
        case "markdown", "md": self = .markdown
        case "csv", "tableur": self = .csv
        case "json": self = .json
        default: return nil
        }
    }
}
