/// The order of two values.
enum ComparisonResult { case orderedAscending, orderedSame, orderedDescending }

/// `=` compares deeply (lists element by element, `1 = 1.0` is vrai); `<` orders numbers,
/// and texts alphabetically. A text against a number is the classic bug after `demander`:
/// an error with a hint, never a silent `faux`.
enum Comparison {
    /// Lists nested deeper than this cannot be compared (an error, never a stack overflow).
    static let maximumDepth = 1_000

    static func equal(_ a: Value, _ b: Value, site: Int, op: ComparisonOperator = .equal) throws -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x == y
        case (.decimal(let x), .decimal(let y)): return x == y
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.text(let x), .text(let y)): return x === y || x.isEqual(to: y)
        case (.nothing, .nothing): return true
        default: break
        }
        if (a.isText && b.isNumber) || (a.isNumber && b.isText) {
            throw RuntimeFailure(.E0308, site: site, ["gauche": a.shortEcho, "opération": op.rawValue, "droite": b.shortEcho],
                                 hint: .convertWithNumber)
        }
        return try deepEqual(a, b, depth: 0, site: site)
    }

    private static func deepEqual(_ a: Value, _ b: Value, depth: Int, site: Int) throws -> Bool {
        switch (a, b) {
        case (.list(let x), .list(let y)):
            if x === y { return true }
            if x.items.count != y.items.count { return false }
            if depth >= maximumDepth {
                throw RuntimeFailure(.E0323, site: site, ["action": "comparée"])
            }
            for (p, q) in zip(x.items, y.items) where !(try deepEqual(p, q, depth: depth + 1, site: site)) {
                return false
            }
            return true
        case (.text(let x), .text(let y)): return x.isEqual(to: y)
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.nothing, .nothing): return true
        default:
            if a.isNumber && b.isNumber { return numericCompare(a, b) == .orderedSame }
            return false
        }
    }

    /// Exact comparison of two numbers, integers and decimals mixed.
    static func numericCompare(_ a: Value, _ b: Value) -> ComparisonResult {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
        case (.decimal(let x), .decimal(let y)): return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
        default: break
        }
        if let x = a.bigValue, let y = b.bigValue {
            return x < y ? .orderedAscending : (x > y ? .orderedDescending : .orderedSame)
        }
        // An integer against a decimal: compare exactly when the decimal is a whole number.
        let (d, other, flipped): (Double, Value, Bool) = {
            if case .decimal(let d) = a { return (d, b, false) }
            if case .decimal(let d) = b { return (d, a, true) }
            return (0, a, false)
        }()
        var result: ComparisonResult
        if d.isFinite, d == d.rounded(), let i = other.bigValue {
            let dd = BigInt(d)
            result = dd < i ? .orderedAscending : (dd > i ? .orderedDescending : .orderedSame)
        } else {
            let o = other.doubleValue ?? 0
            result = d < o ? .orderedAscending : (d > o ? .orderedDescending : .orderedSame)
        }
        if flipped {
            result = result == .orderedAscending ? .orderedDescending : (result == .orderedDescending ? .orderedAscending : .orderedSame)
        }
        return result
    }

    /// Alphabetical order: letters first compared without case and accents (`"a" < "B"`,
    /// `"été" < "étude"`), then exactly, so that the order is total.
    static func compareTexts(_ x: TextStorage, _ y: TextStorage) -> ComparisonResult {
        compareTextKeys(textKey(x), textKey(y))
    }

    /// What `compareTexts` compares: the folded text, then the text itself. `trier` makes each
    /// key once rather than twice per comparison (a million texts built and sorted: 7.5 s → 2.4 s).
    static func textKey(_ x: TextStorage) -> (folded: String, exact: String) {
        let exact = x.string
        return (TextFolding.fold(exact), exact)
    }

    static func compareTextKeys(_ a: (folded: String, exact: String), _ b: (folded: String, exact: String)) -> ComparisonResult {
        if a.folded != b.folded { return a.folded < b.folded ? .orderedAscending : .orderedDescending }
        return a.exact < b.exact ? .orderedAscending : (a.exact > b.exact ? .orderedDescending : .orderedSame)
    }

    /// Order of two values for `<`, `≤`, `>`, `≥`, `min`, `max` and `trier`.
    static func order(_ a: Value, _ b: Value, site: Int, op: String) throws -> ComparisonResult {
        if a.isNumber && b.isNumber { return numericCompare(a, b) }
        if case .text(let x) = a, case .text(let y) = b { return compareTexts(x, y) }
        if (a.isText && b.isNumber) || (a.isNumber && b.isText) {
            throw RuntimeFailure(.E0308, site: site, ["gauche": a.shortEcho, "opération": op, "droite": b.shortEcho],
                                 hint: .convertWithNumber)
        }
        throw RuntimeFailure(.E0317, site: site, ["gauche": a.described, "droite": b.described],
                             hint: .usePlainText("comparer-types"))
    }

    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value, site: Int) throws -> Bool {
        switch op {
        case .equal: return try equal(a, b, site: site, op: op)
        case .notEqual: return !(try equal(a, b, site: site, op: op))
        case .less:
            if case .integer(let x) = a, case .integer(let y) = b { return x < y }
            return try order(a, b, site: site, op: op.rawValue) == .orderedAscending
        case .lessEqual:
            if case .integer(let x) = a, case .integer(let y) = b { return x <= y }
            return try order(a, b, site: site, op: op.rawValue) != .orderedDescending
        case .greater:
            if case .integer(let x) = a, case .integer(let y) = b { return x > y }
            return try order(a, b, site: site, op: op.rawValue) == .orderedDescending
        case .greaterEqual:
            if case .integer(let x) = a, case .integer(let y) = b { return x >= y }
            return try order(a, b, site: site, op: op.rawValue) != .orderedAscending
        }
    }
}
