import Testing
@testable import Ardoise

/// The search behind `contient`, `position` and `découper`, against the obvious one.
@Suite("Text search")
struct TextSearchTests {
    private func naive(_ needle: [Character], _ haystack: [Character], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return needle.isEmpty && start <= haystack.count ? start : nil }
        var position = start
        while position + needle.count <= haystack.count {
            if Array(haystack[position..<(position + needle.count)]) == needle { return position }
            position += 1
        }
        return nil
    }

    @Test("Same answers as the naive search on 3 000 random texts over small alphabets")
    func againstNaive() {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<3_000 {
            let alphabet: [Character] = Array("abé".prefix(Int.random(in: 1...3, using: &random)))
            let haystack = (0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let needle = (0..<Int.random(in: 0...5, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let start = Int.random(in: 0...max(0, haystack.count), using: &random)
            #expect(TextSearch(needle).firstOccurrence(in: haystack, from: start) == naive(needle, haystack, from: start),
                    "\(String(needle)) in \(String(haystack)) from \(start)")
        }
    }

    @Test("contient, position and découper on the texts that made the naive search quadratic")
    func hostileTexts() {
        let program = """
            t <- "a" * 200000
            m <- "a" * 100000 + "b"
            afficher contient(t, m), position(t + "b", m), longueur(découper(t + "b" + t, m))
            afficher découper("a--b----c", "--"), découper("aaa", "aa"), position("abc", "")
            """
        #expect(output(of: program) == "faux 100001 2\n[\"a\", \"b\", \"\", \"c\"] [\"\", \"a\"] 1\n")
    }
}
