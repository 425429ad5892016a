import Testing
@testable import Ardoise

/// `trier`: texts in dictionary order (case and accents first ignored), stable.
@Suite("Sorting")
struct SortTests {
    @Test("Texts: the order of < between texts, equal ones kept in their order")
    func texts() {
        #expect(output(of: #"afficher trier(["b", "A", "été", "E", "e", "étude", "a", "É", "Zoé", "zoe"])"#)
                == #"["A", "a", "b", "E", "e", "É", "été", "étude", "Zoé", "zoe"]"# + "\n")
    }

    @Test("Texts: trier agrees with < on 500 random lists of accented words")
    func agreesWithLessThan() {
        var random = SplitMix64(seed: 7)
        let letters: [Character] = ["a", "A", "à", "e", "é", "È", "c", "ç", "z"]
        for _ in 0..<500 {
            let words = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                String((0..<Int.random(in: 0...3, using: &random)).map { _ in letters[Int.random(in: 0..<letters.count, using: &random)] })
            }
            let sorted = output(of: "afficher trier([\(words.map { "\"\($0)\"" }.joined(separator: ", "))])")
            // The same order by insertion with the language's own comparison of two texts.
            var expected: [String] = []
            for word in words {
                let place = expected.firstIndex { Comparison.compareTexts(TextStorage(word), TextStorage($0)) == .orderedAscending }
                expected.insert(word, at: place ?? expected.count)
            }
            #expect(sorted == "[\(expected.map { "\"\($0)\"" }.joined(separator: ", "))]\n")
        }
    }
}
