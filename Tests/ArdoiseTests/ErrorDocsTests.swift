import Foundation
import Testing
@testable import Ardoise

/// docs/erreurs.md: a hand-written introduction, then one section per code generated from
/// `FrenchCatalogue.explanation(for:)`. These tests check that the file follows the table.
///
/// After changing an explanation, regenerate the sections (the introduction is kept):
///
///     ARDOISE_REGENERER_DOCS=1 swift test --filter ErrorDocsTests/regenerate
enum ErrorDocs {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let file = root.appendingPathComponent("docs/erreurs.md")

    /// Everything after this line is generated.
    static let marker = "<!-- La suite est générée depuis Sources/Ardoise/Diagnostics/Explanations.swift : "
        + "ARDOISE_REGENERER_DOCS=1 swift test --filter ErrorDocsTests/regenerate -->"

    /// Prose goes through Markdown: a backslash or a star must stay as it is.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "*", with: "\\*")
    }

    static func heading(for code: DiagnosticCode) -> String {
        "## \(code.rawValue) — \(escaped(FrenchCatalogue.shared.explanation(for: code).title))"
    }

    /// A wrong example's fence says so (```` ```ardoise faux ````): it stays an ardoise block for
    /// Markdown renderers (the first word), and DocumentationTests, which expects every
    /// ```` ```ardoise ```` block of docs/ to parse, leaves it alone.
    static func codeBlock(_ program: String, wrong: Bool = false) -> String {
        "```ardoise\(wrong ? " faux" : "")\n\(program)\n```"
    }

    static func section(for code: DiagnosticCode) -> String {
        let explanation = FrenchCatalogue.shared.explanation(for: code)
        var out = "<a id=\"\(code.rawValue)\"></a>\n\n\(heading(for: code))\n\n\(escaped(explanation.details))\n"
        if let wrong = explanation.shownWrong {
            let what = code == .E0501 ? "Exemple dont la vérification échoue :" : "Exemple qui provoque l'erreur :"
            out += "\n\(what)\n\n\(codeBlock(wrong, wrong: true))\n"
        }
        if let fixed = explanation.fixed {
            out += "\nCorrigé :\n\n\(codeBlock(fixed))\n"
        }
        return out
    }

    static let categories: [(DiagnosticCategory, String)] = [
        (.input, "Le fichier lui-même"), (.syntax, "Syntaxe (avant l'exécution)"),
        (.static, "Noms et appels (avant l'exécution)"), (.runtime, "Pendant l'exécution"),
        (.limit, "Limites"), (.check, "Vérifications"),
    ]

    static var index: String {
        var out = "## Tous les codes\n"
        for (category, name) in categories {
            out += "\n\(name) :\n\n| Code | Ce que ça veut dire |\n|---|---|\n"
            for code in DiagnosticCode.allCases where code.category == category {
                let title = escaped(FrenchCatalogue.shared.explanation(for: code).title).replacingOccurrences(of: "|", with: "\\|")
                out += "| [\(code.rawValue)](#\(code.rawValue)) | \(title) |\n"
            }
        }
        return out
    }

    /// The generated part of docs/erreurs.md, from the marker to the end.
    static var generated: String {
        ([marker + "\n", index] + DiagnosticCode.allCases.map(section(for:))).joined(separator: "\n")
    }

    static func read() throws -> String {
        try String(contentsOf: file, encoding: .utf8)
    }
}

@Suite("docs/erreurs.md follows the explanations")
struct ErrorDocsTests {
    @Test(arguments: DiagnosticCode.allCases)
    func sectionIsInTheDocs(_ code: DiagnosticCode) throws {
        let docs = try ErrorDocs.read()
        let explanation = FrenchCatalogue.shared.explanation(for: code)
        #expect(docs.contains(ErrorDocs.heading(for: code) + "\n"), "heading of \(code.rawValue)")
        if let wrong = explanation.shownWrong {
            #expect(docs.contains(ErrorDocs.codeBlock(wrong, wrong: true)), "wrong example of \(code.rawValue)")
        }
        if let fixed = explanation.fixed { #expect(docs.contains(ErrorDocs.codeBlock(fixed)), "fixed example of \(code.rawValue)") }
        #expect(docs.contains(ErrorDocs.section(for: code)),
                "section \(code.rawValue) is stale: ARDOISE_REGENERER_DOCS=1 swift test --filter ErrorDocsTests/regenerate")
    }

    @Test func generatedPartIsUpToDate() throws {
        let docs = try ErrorDocs.read()
        let parts = docs.components(separatedBy: ErrorDocs.marker)
        #expect(parts.count == 2, "the marker appears once")
        #expect(docs.hasSuffix(ErrorDocs.generated),
                "docs/erreurs.md is stale: ARDOISE_REGENERER_DOCS=1 swift test --filter ErrorDocsTests/regenerate")
    }

    @Test func sectionsAreInOrder() throws {
        let docs = try ErrorDocs.read()
        let positions = DiagnosticCode.allCases.compactMap { docs.range(of: ErrorDocs.heading(for: $0) + "\n")?.lowerBound }
        #expect(positions.count == DiagnosticCode.allCases.count)
        #expect(positions == positions.sorted())
    }

    /// The introduction shows real messages: each ```` ```ardoise ```` block followed by a
    /// ```` ```text ```` block must print exactly that (output, then the rendered errors).
    @Test func introductionShowsRealMessages() throws {
        let introduction = try ErrorDocs.read().components(separatedBy: ErrorDocs.marker)[0]
        let blocks = MarkdownCodeBlock.blocks(in: introduction)
        var checked = 0
        for i in blocks.indices.dropLast() where blocks[i].language == "ardoise" && blocks[i + 1].language == "text" {
            let shown = blocks[i + 1].content
            let name = shown.split(separator: "\n").first { $0.contains("--> ") }
                .flatMap { $0.components(separatedBy: "--> ").last?.split(separator: ":").first }.map(String.init) ?? "programme.ard"
            let console = BufferConsole()
            let session = Session(console: console, options: RunOptions(seed: 1))
            let source = Source(name: name, text: blocks[i].content + "\n")
            let result = session.run(source)
            let rendered = result.diagnostics
                .map { DiagnosticRenderer(color: false).render($0, source: session.source(of: $0) ?? source) }.joined()
            #expect(console.output + rendered == shown + "\n", "docs/erreurs.md:\(blocks[i].line)")
            session.dismantleLists()
            checked += 1
        }
        #expect(checked == 3)
    }

    /// Rewrites the generated part, keeping the hand-written introduction above the marker.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ARDOISE_REGENERER_DOCS"] != nil))
    func regenerate() throws {
        let docs = (try? ErrorDocs.read()) ?? ""
        let introduction = docs.components(separatedBy: ErrorDocs.marker).first ?? ""
        try (introduction + ErrorDocs.generated).write(to: ErrorDocs.file, atomically: true, encoding: .utf8)
    }
}
