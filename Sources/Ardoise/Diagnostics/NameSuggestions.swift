/// Finds what a learner probably meant when a name is unknown.
enum NameSuggestions {
    /// Lowercased, without accents: `Âge` and `age` fold to the same key.
    static func fold(_ name: String) -> String {
        TextFolding.fold(name)
    }

    /// The best hint for `name` among `candidates`: the same name spelled with other accents
    /// or case first, then the nearest name by edit distance (at most a third of its length).
    static func hint(for name: String, among candidates: [String]) -> Hint? {
        let folded = fold(name)
        if let same = candidates.first(where: { $0 != name && fold($0) == folded }) {
            return .sameNameOtherSpelling(same)
        }
        let limit = max(1, min(3, name.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let d = editDistance(folded, fold(candidate), limit: limit)
            if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best.map { .didYouMean($0.name) }
    }

    /// Damerau–Levenshtein distance (adjacent swaps count as one), stopping early past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
