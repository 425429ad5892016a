/// Finds a text inside another (`contient`, `position`, `découper`) in time proportional to
/// their lengths: Knuth–Morris–Pratt. The naive search is quadratic on texts such as
/// `"a" * 2000000` and `"a" * 1000000 + "b"`, where it ran for minutes inside one call, past
/// every time check.
struct TextSearch {
    let needle: [Character]
    /// `border[k]`: the length of the longest proper prefix of `needle[0...k]` that is also
    /// a suffix of it.
    private let border: [Int]

    init(_ needle: [Character]) {
        self.needle = needle
        var border = [Int](repeating: 0, count: needle.count)
        var length = 0
        var k = 1
        while k < needle.count {
            if needle[k] == needle[length] {
                length += 1
                border[k] = length
                k += 1
            } else if length > 0 {
                length = border[length - 1]
            } else {
                k += 1
            }
        }
        self.border = border
    }

    /// Where `needle` first starts in `haystack` at or after `start`; `start` itself for an
    /// empty needle.
    func firstOccurrence(in haystack: [Character], from start: Int = 0) -> Int? {
        if needle.isEmpty { return start <= haystack.count ? start : nil }
        var matched = 0
        var i = start
        while i < haystack.count {
            if haystack[i] == needle[matched] {
                matched += 1
                i += 1
                if matched == needle.count { return i - matched }
            } else if matched > 0 {
                matched = border[matched - 1]
            } else {
                i += 1
            }
        }
        return nil
    }
}
