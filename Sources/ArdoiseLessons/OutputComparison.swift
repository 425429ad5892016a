import FoundationEssentials

/// One line of the comparison between the expected and the obtained output.
public enum DiffLine: Equatable, Sendable {
    /// Printed as expected.
    case same(String)
    /// Expected but not printed (or printed differently).
    case missing(String)
    /// Printed but not expected.
    case extra(String)
}

/// Compares what a program printed with what a test expects, as the lesson format promises:
/// trailing spaces on each line and blank lines at the very end are ignored, nothing else is.
public enum OutputComparison {
    /// The printed text cut into lines, each without trailing spaces, and without the final blank lines.
    public static func normalizedLines(_ output: String) -> [String] {
        normalized(output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    public static func normalized(_ lines: [String]) -> [String] {
        var result = lines.map { line in
            String(line.reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
        }
        while result.last == "" { result.removeLast() }
        return result
    }

    public static func matches(expected: [String], obtained: [String]) -> Bool {
        normalized(expected) == normalized(obtained)
    }

    /// A line diff (longest common subsequence). Past a few thousand lines, where the quadratic
    /// table would be too big, it compares line by line instead: a flood is already a failure.
    public static func diff(expected: [String], obtained: [String]) -> [DiffLine] {
        let a = normalized(expected), b = normalized(obtained)
        guard a.count * b.count <= 4_000_000 else { return positionalDiff(a, b) }
        // lengths[i][j]: length of the longest common subsequence of a[i...] and b[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result: [DiffLine] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append(.same(a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] > lengths[i + 1][j] {
                result.append(.extra(b[j])); j += 1
            } else {
                result.append(.missing(a[i])); i += 1
            }
        }
        return result
    }

    private static func positionalDiff(_ a: [String], _ b: [String]) -> [DiffLine] {
        var result: [DiffLine] = []
        for index in 0..<max(a.count, b.count) {
            switch (index < a.count ? a[index] : nil, index < b.count ? b[index] : nil) {
            case let (x?, y?) where x == y: result.append(.same(x))
            case let (x?, y?): result.append(.missing(x)); result.append(.extra(y))
            case let (x?, nil): result.append(.missing(x))
            case let (nil, y?): result.append(.extra(y))
            default: break
            }
        }
        return result
    }

    /// The first difference in plain French, for a learner: which line, what was expected, what came.
    public static func firstDifference(expected: [String], obtained: [String]) -> String? {
        let a = normalized(expected), b = normalized(obtained)
        guard a != b else { return nil }
        if b.isEmpty { return "Ton programme n'a rien affiché." }
        for index in 0..<max(a.count, b.count) {
            let number = index + 1
            switch (index < a.count ? a[index] : nil, index < b.count ? b[index] : nil) {
            case let (x?, y?) where x == y: continue
            case let (x?, y?):
                var text = "Ligne \(number) : il fallait « \(x) », ton programme a affiché « \(y) »."
                if let detail = closeMatchDetail(expected: x, obtained: y) { text += " " + detail }
                return text
            case let (x?, nil):
                return "Il manque des lignes : ton programme s'arrête après la ligne \(index), il fallait ensuite « \(x) »."
            case let (nil, y?):
                return "Ton programme affiche une ligne de trop (ligne \(number)) : « \(y) »."
            default: continue
            }
        }
        return nil
    }

    /// Points at the kind of slip a beginner makes: case, accents, spaces.
    private static func closeMatchDetail(expected: String, obtained: String) -> String? {
        if expected.lowercased() == obtained.lowercased() { return "Regarde les majuscules." }
        if expected.filter({ $0 != " " }) == obtained.filter({ $0 != " " }) { return "Regarde les espaces." }
        if FrenchText.fold(expected) == FrenchText.fold(obtained) { return "Regarde les accents." }
        return nil
    }
}
