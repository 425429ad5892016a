/// The kind of problem a diagnostic reports; it decides the exit status.
public enum DiagnosticCategory: String, Sendable {
    case input      // the file itself cannot be read as a program
    case syntax     // the text does not follow the grammar
    case `static`   // names, arity, scope: found before running
    case runtime    // found while running
    case limit      // a sandbox limit was reached
    case check      // a `vérifier` failed
}

/// Stable error codes. Never renumber one: learners, formateurs and `ardoise expliquer` rely on them.
/// E00xx input, E01xx syntax, E02xx static, E03xx runtime, E04xx limits, E05xx checks.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // Input
    case E0001, E0002, E0003, E0004, E0005
    // Syntax
    case E0101, E0102, E0103, E0104, E0105, E0106, E0107, E0108, E0109, E0110
    case E0111, E0112, E0113, E0114, E0115, E0116, E0117, E0118, E0119, E0120
    case E0121, E0122, E0123, E0124, E0125, E0126
    // Static
    case E0201, E0202, E0203, E0204, E0205, E0206, E0207, E0208, E0209, E0210, E0211
    // Runtime
    case E0301, E0302, E0303, E0304, E0305, E0306, E0307, E0308, E0309, E0310
    case E0311, E0312, E0313, E0314, E0315, E0316, E0317, E0318, E0319, E0320
    case E0321, E0322, E0323
    // Limits
    case E0401, E0402, E0403, E0404, E0405, E0406
    // Checks
    case E0501

    public var category: DiagnosticCategory {
        switch rawValue.dropFirst(2).first {
        case "0": return .input
        case "1": return .syntax
        case "2": return .static
        case "3": return .runtime
        case "4": return .limit
        default: return .check
        }
    }

    /// Parses `E0201`, `e0201` or `201`.
    public init?(lenient text: String) {
        var t = TextFolding.trimmed(text).uppercased()
        if !t.hasPrefix("E") { t = "E" + String(repeating: "0", count: max(0, 4 - t.count)) + t }
        self.init(rawValue: t)
    }
}
