import Testing
@testable import Ardoise

/// `s <- s + c` appends in place when nothing else sees the text or list: the result must be
/// exactly what a copy would give, whoever else holds the value.
@Suite("Appending in place")
struct AppendInPlaceTests {
    @Test func anotherVariableKeepsTheOldText() {
        #expect(output(of: "s <- \"ab\"\nt <- s\ns <- s + \"c\"\nafficher s, t") == "abc ab\n")
    }

    @Test func aListInsideAnotherKeepsItsValue() {
        #expect(output(of: "l <- [1]\ngrand <- [l]\nl <- l + [2]\nafficher l, grand") == "[1, 2] [[1]]\n")
    }

    @Test func aTextAddedToItself() {
        #expect(output(of: "s <- \"ab\"\ns <- s + s\nafficher s") == "abab\n")
    }

    @Test func theLoopSeesTheTextAsItWas() {
        #expect(output(of: "s <- \"ab\"\npour chaque c dans s faire\n  s <- s + c\nfin pour\nafficher s") == "abab\n")
    }

    @Test func theRightSideRunsOnce() {
        let (result, shown) = run("total <- 0\nrépéter 2 fois\n  total <- total + demander_nombre(\"n ?\")\nfin répéter\nafficher total",
                                  input: ["3", "4"])
        #expect(result.exitStatus == 0)
        #expect(shown == "n ? 3\nn ? 4\n7\n")
    }

    @Test func aTextPlusANumberIsStillAnError() {
        let (result, _) = run("s <- \"a\"\ns <- s + 1")
        #expect(result.diagnostics.first?.code == .E0307)
    }

    @Test func theSizeLimitHolds() {
        let (result, _) = run("s <- \"\"\nrépéter 20 fois\n  s <- s + \"x\"\nfin répéter", limits: Limits(maxCollectionLength: 10))
        #expect(result.diagnostics.first?.code == .E0404)
    }

    @Test("Appending grows the text where it is: its characters move about log2(n) times, not n",
          arguments: ["é", "x"])
    func appendingDoesNotCopy(_ piece: String) {
        let text = TextStorage("début")
        let added = TextStorage(piece)
        var moves = 0
        var address = text.bufferAddress
        for _ in 0..<2_000 {
            text.append(added)
            if text.bufferAddress != address { moves += 1; address = text.bufferAddress }
        }
        #expect(text.count == 2_005)
        #expect(moves < 40, "\(moves) moves for 2 000 appends")
        text.append(text)
        #expect(text.count == 4_010 && text.character(at: 4_009) == Character(piece))
    }

    @Test func buildingALongTextStaysLinear() {
        // 100 000 appends: quadratic copying would take minutes; linear takes a blink.
        let (result, shown) = run("s <- \"\"\npour i de 1 à 100000 faire\n  s <- s + \"é\"\nfin pour\nafficher longueur(s), s[100000]")
        #expect(result.exitStatus == 0)
        #expect(shown == "100000 é\n")
    }
}

@Suite("vérifier")
struct CheckTests {
    @Test func aCheckBetweenDifferentTypesFailsWithBothValues() {
        let (result, shown) = run("fonction poste()\n  retourner 450\nfin fonction\nvérifier poste() = \"Loyer\"")
        #expect(result.exitStatus == 1)
        #expect(result.diagnostics.isEmpty)
        #expect(shown == "Vérification échouée (ligne 4) : poste() vaut 450, attendu \"Loyer\"\nVérifications : 0 réussie, 1 échouée\n")
    }

    @Test func otherComparisonsShowTheOperator() {
        let (_, shown) = run("x <- 3\nvérifier x ≥ 5\nvérifier x < 4")
        #expect(shown == "Vérification échouée (ligne 2) : x vaut 3, attendu ≥ 5\nVérifications : 1 réussie, 1 échouée\n")
    }

    @Test func aConditionThatIsNotAComparison() {
        let (_, shown) = run("vérifier faux ou faux")
        #expect(shown == "Vérification échouée (ligne 1) : faux ou faux est faux\nVérifications : 0 réussie, 1 échouée\n")
    }
}
