/// One problem found in a program: a stable code, where it is, and what to say about it.
/// The words themselves come from a `MessageCatalogue`, so the logic that raises a
/// diagnostic never holds French text.
public struct Diagnostic: Sendable, Error {
    public var code: DiagnosticCode
    public var location: SourceLocation
    /// Values for the catalogue's placeholders (`{nom}`, `{attendu}`…).
    public var arguments: [String: String]
    public var hint: Hint?
    /// For runtime errors inside functions: the calls that led there, innermost first.
    public var callStack: [CallFrame]
    /// A second place worth showing (where an unclosed block opened…).
    public var related: SourceLocation?
    /// Which of the session's sources the location is in (see `Session.source(of:)`).
    public var sourceIndex: Int?

    public init(_ code: DiagnosticCode, at location: SourceLocation, _ arguments: [String: String] = [:],
                hint: Hint? = nil, related: SourceLocation? = nil) {
        self.code = code
        self.location = location
        self.arguments = arguments
        self.hint = hint
        self.callStack = []
        self.related = related
        self.sourceIndex = nil
    }

    public var category: DiagnosticCategory { code.category }

    /// The French message (from the default catalogue).
    public var message: String { FrenchCatalogue.shared.message(for: self) }
    /// The French hint without its `Astuce :` prefix, if there is one.
    public var hintText: String? { hint.map { FrenchCatalogue.shared.text(of: $0) } }
}

/// One call in a runtime error's chain of calls.
public struct CallFrame: Sendable, Hashable {
    public var function: String
    public var location: SourceLocation   // where the call was made
}

/// A suggestion attached to a diagnostic. Each case is worded by the catalogue.
public enum Hint: Sendable, Hashable {
    case didYouMean(String)                  // a near name
    case sameNameOtherSpelling(String)       // same letters, other accents or case
    case useFrenchKeyword(typed: String, french: String)
    case writeAssignment(name: String)       // `x = 5` → `x <- 5`
    case addKeyword(String)                  // missing `alors`, `faire`, `fois`…
    case closeBlock(block: String, line: Int)
    case decimalPoint(String)                // `3,14` → `3.14`
    case passAsParameter(String)
    case useInterpolation(String)            // "Tu as {âge} ans"
    case convertWithNumber                   // "5" = 5 → nombre(…)
    case validRange(count: Int, what: String) // positions 1 à n
    case endlessRecursion
    case removeColon(String)                 // `si x > 3 :` → alors
    case callWithParentheses(String)
    case printToSee
    case noSpaceInName(String)               // `prix total <- 3` → `prix_total`
    case blockOnNextLines(header: String, block: String) // `si x alors afficher 1`
    case swapArguments(String)               // aléatoire(6, 1) → aléatoire(1, 6)
    case renameVariable(String)              // `somme <- 0` → `total <- 0`
    case useComparisonEquals                 // `si x <- 3` → `si x = 3`
    case usePlainText(String)                // free-form hint from the catalogue key
}
