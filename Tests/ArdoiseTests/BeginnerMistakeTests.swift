import Testing
@testable import Ardoise

/// Typical beginner mistakes: each must give its stable code, at the right line and column,
/// with the hint that helps. These are the words learners read; they are the product.
struct Mistake: CustomTestStringConvertible, Sendable {
    let name: String
    let program: String
    let code: DiagnosticCode
    let line: Int
    let column: Int
    /// Words the hint must contain (nil: no hint required).
    let hint: String?
    var input: [String] = []
    var testDescription: String { name }
}

@Suite("Beginner mistakes")
struct BeginnerMistakeTests {
    static let mistakes: [Mistake] = [
        Mistake(name: "misspelt variable", program: "compteur <- 0\nafficher compteru", code: .E0201, line: 2, column: 10, hint: "compteur"),
        Mistake(name: "variable with other accents", program: "âge <- 17\nafficher age", code: .E0201, line: 2, column: 10, hint: "âge"),
        Mistake(name: "variable with other case", program: "Total <- 3\nafficher total", code: .E0201, line: 2, column: 10, hint: "Total"),
        Mistake(name: "= used to assign", program: "x = 5", code: .E0109, line: 1, column: 3, hint: "x <- …"),
        Mistake(name: "= used to assign a position", program: "l <- [1]\nl[1] = 5", code: .E0109, line: 2, column: 6, hint: "l[1] <- …"),
        Mistake(name: "if instead of si", program: "x <- 1\nif x > 0 alors\n  afficher x\nfin si", code: .E0110, line: 2, column: 1, hint: "« si »"),
        Mistake(name: "while instead of tant que", program: "x <- 1\nwhile x < 3 faire\n  x <- x + 1\nfin tant que", code: .E0110, line: 2, column: 1, hint: "« tant que »"),
        Mistake(name: "print instead of afficher", program: "print(\"bonjour\")", code: .E0110, line: 1, column: 1, hint: "« afficher »"),
        Mistake(name: "for instead of pour", program: "for i de 1 à 3 faire\n  afficher i\nfin pour", code: .E0110, line: 1, column: 1, hint: "« pour »"),
        Mistake(name: "écrire instead of afficher", program: "écrire \"bonjour\"", code: .E0110, line: 1, column: 1, hint: "« afficher »"),
        Mistake(name: "lire x", program: "lire x", code: .E0111, line: 1, column: 1, hint: "demander"),
        Mistake(name: "prend la valeur", program: "x prend la valeur 5", code: .E0111, line: 1, column: 3, hint: "x <- 5"),
        Mistake(name: "missing alors", program: "x <- 1\nsi x > 0\n  afficher x\nfin si", code: .E0105, line: 2, column: 9, hint: "alors"),
        Mistake(name: "missing faire after tant que", program: "x <- 1\ntant que x < 3\n  x <- x + 1\nfin tant que", code: .E0106, line: 2, column: 15, hint: "faire"),
        Mistake(name: "missing faire after pour", program: "pour i de 1 à 3\n  afficher i\nfin pour", code: .E0106, line: 1, column: 16, hint: "faire"),
        Mistake(name: "colon after a condition", program: "x <- 1\nsi x > 0:\n  afficher x\nfin si", code: .E0112, line: 2, column: 9, hint: "alors"),
        Mistake(name: "missing fin si", program: "x <- 1\nsi x > 0 alors\n  afficher x\n", code: .E0107, line: 2, column: 1, hint: "fin si"),
        Mistake(name: "fin pour closing a si", program: "pour i de 1 à 3 faire\n  si i > 1 alors\n    afficher i\nfin pour",
                code: .E0108, line: 4, column: 1, hint: "fin si"),
        Mistake(name: "fin without block", program: "afficher 1\nfin si", code: .E0115, line: 2, column: 1, hint: nil),
        Mistake(name: "decimal comma", program: "prix <- 3,14", code: .E0104, line: 1, column: 10, hint: "3.14"),
        Mistake(name: "missing fois", program: "répéter 3\n  afficher 1\nfin répéter", code: .E0119, line: 1, column: 10, hint: "fois"),
        Mistake(name: "unclosed parenthesis", program: "afficher (1 + 2\nx <- 3", code: .E0114, line: 1, column: 10, hint: nil),
        Mistake(name: "retourner outside a function", program: "retourner 3", code: .E0204, line: 1, column: 1, hint: nil),
        Mistake(name: "function declared twice", program: "fonction f()\nfin fonction\nfonction f()\nfin fonction",
                code: .E0205, line: 3, column: 10, hint: nil),
        Mistake(name: "function named like a built-in", program: "fonction longueur(l)\n  retourner 0\nfin fonction",
                code: .E0206, line: 1, column: 10, hint: nil),
        Mistake(name: "wrong argument count", program: "fonction carré(n)\n  retourner n * n\nfin fonction\nafficher carré(2, 3)",
                code: .E0203, line: 4, column: 10, hint: nil),
        Mistake(name: "wrong argument count to a built-in", program: "afficher longueur()", code: .E0203, line: 1, column: 10, hint: nil),
        Mistake(name: "unknown function with near name", program: "afficher longeur(\"abc\")", code: .E0202, line: 1, column: 10, hint: "longueur"),
        Mistake(name: "Python's len", program: "afficher len(\"abc\")", code: .E0202, line: 1, column: 10, hint: "longueur"),
        Mistake(name: "main variable read in a function", program: "taux <- 2\nfonction f(x)\n  retourner x * taux\nfin fonction\nafficher f(3)",
                code: .E0208, line: 3, column: 17, hint: "paramètre"),
        Mistake(name: "assigning to a function name", program: "fonction f()\nfin fonction\nf <- 3", code: .E0207, line: 3, column: 1, hint: nil),
        Mistake(name: "variable named like a built-in", program: "somme <- 0", code: .E0207, line: 1, column: 1, hint: "total"),
        Mistake(name: "function used without parentheses", program: "fonction f()\n  retourner 1\nfin fonction\nx <- f", code: .E0210, line: 4, column: 6, hint: "f(…)"),
        Mistake(name: "lone expression", program: "x <- 1\nx + 1", code: .E0117, line: 2, column: 1, hint: "afficher"),
        Mistake(name: "division by zero", program: "x <- 0\nafficher 10 / x", code: .E0301, line: 2, column: 10, hint: nil),
        Mistake(name: "position zero", program: "l <- [1, 2, 3]\nafficher l[0]", code: .E0302, line: 2, column: 10, hint: nil),
        Mistake(name: "text plus number", program: "âge <- 17\nafficher \"Tu as \" + âge + \" ans\"", code: .E0307, line: 2, column: 10, hint: "{âge}"),
        Mistake(name: "comparing demander's answer with a number", program: "r <- demander(\"Âge ?\")\nsi r > 18 alors\n  afficher 1\nfin si",
                code: .E0308, line: 2, column: 4, hint: "nombre(…)", input: ["20"]),
        Mistake(name: "condition that is a number", program: "x <- 1\nsi x alors\n  afficher x\nfin si", code: .E0306, line: 2, column: 4, hint: nil),
        Mistake(name: "variable read before it has a value", program: "si faux alors\n  x <- 1\nfin si\nafficher x", code: .E0305, line: 4, column: 10, hint: nil),
        Mistake(name: "endless recursion", program: "fonction f(n)\n  retourner f(n + 1)\nfin fonction\nafficher f(1)",
                code: .E0321, line: 2, column: 13, hint: "sans fin"),
        Mistake(name: "répéter a negative number of times", program: "répéter -1 fois\nfin répéter", code: .E0312, line: 1, column: 9, hint: nil),
        Mistake(name: "pour with step 0", program: "pour i de 1 à 3 pas 0 faire\nfin pour", code: .E0313, line: 1, column: 21, hint: nil),
        Mistake(name: "square root of a negative", program: "afficher racine(-4)", code: .E0311, line: 1, column: 10, hint: nil),
        Mistake(name: "nombre of a word", program: "afficher nombre(\"douze\")", code: .E0310, line: 1, column: 10, hint: nil),
        Mistake(name: "demander with no input left", program: "x <- demander(\"Nom ?\")", code: .E0309, line: 1, column: 6, hint: nil),
        Mistake(name: "changing a character of a text", program: "t <- \"abc\"\nt[1] <- \"z\"", code: .E0316, line: 2, column: 1, hint: nil),
    ]

    @Test(arguments: mistakes)
    func mistake(_ m: Mistake) {
        let (result, _) = run(m.program, input: m.input)
        let first = result.diagnostics.first
        let rendered = result.diagnostics.map { DiagnosticRenderer(color: false).render($0, source: Source(name: "p.ard", text: m.program)) }.joined()
        #expect(first?.code == m.code, "\(rendered)")
        #expect(first?.location.line == m.line, "\(rendered)")
        #expect(first?.location.column == m.column, "\(rendered)")
        if let hint = m.hint {
            #expect(first?.hintText?.contains(hint) == true, "\(rendered)")
        }
        #expect(result.exitStatus == (m.code.category == .runtime ? 1 : 2))
    }

    @Test("A rendered diagnostic shows code, place, underlined line and hint")
    func rendering() {
        let program = "compteur <- 0\nafficher compteru"
        let (result, _) = run(program)
        let text = DiagnosticRenderer(color: false).render(result.diagnostics[0], source: Source(name: "p.ard", text: program))
        #expect(text == """
        Erreur [E0201] : la variable « compteru » n'existe pas : elle ne reçoit jamais de valeur
         --> p.ard:2:10
          |
        2 | afficher compteru
          |          ^^^^^^^^
          = Astuce : tu voulais peut-être dire « compteur » ?

        """)
    }

    @Test("Every static error is reported at once, in order")
    func allStaticErrors() {
        let (result, output) = run("afficher 1\nafficher a\nafficher b\nafficher f(1)")
        #expect(result.diagnostics.map(\.code) == [.E0201, .E0201, .E0202])
        #expect(output == "")   // nothing ran
    }

    @Test("A runtime error in a function lists the calls, innermost first")
    func callChain() {
        let program = "fonction g(x)\n  retourner 1 / x\nfin fonction\nfonction f(x)\n  retourner g(x - 1)\nfin fonction\nafficher f(1)"
        let (result, _) = run(program)
        let d = result.diagnostics[0]
        #expect(d.code == .E0301)
        #expect(d.location.line == 2)
        #expect(d.callStack.map(\.function) == ["g", "f"])
        #expect(d.callStack.map(\.location.line) == [5, 7])
    }

    @Test("Colour only when asked")
    func colour() {
        let program = "afficher x"
        let (result, _) = run(program)
        let plain = DiagnosticRenderer(color: false).render(result.diagnostics[0], source: Source(name: "p", text: program))
        let coloured = DiagnosticRenderer(color: true).render(result.diagnostics[0], source: Source(name: "p", text: program))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31m"))
    }
}
