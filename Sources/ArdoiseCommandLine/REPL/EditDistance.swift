/// The number of characters to insert, delete or replace to turn one word
/// into another (Levenshtein), for "did you mean" suggestions.
func editDistance(_ first: String, _ second: String) -> Int {
    let a = Array(first), b = Array(second)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let replace = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(replace, previous[j] + 1, current[j - 1] + 1)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
