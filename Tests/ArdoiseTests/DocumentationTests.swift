import Foundation
import Testing
@testable import Ardoise

/// An ```` ```ardoise ```` block of `docs/*.md`, with the output the page shows after it, if any.
struct DocumentationExample: CustomTestStringConvertible, Sendable {
    /// The file, relative to the repository (`docs/langage.md`).
    let file: String
    /// The line of the block's opening fence.
    let line: Int
    let program: String
    /// The plain block right after « Affiche : », when there is one.
    let expectedOutput: String?

    var testDescription: String { "\(file):\(line)" }

    static let folder = repositoryRoot.appendingPathComponent("docs")

    /// Every ardoise block of every `docs/*.md` file.
    static let all: [DocumentationExample] = {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .flatMap { examples(in: $0) }
    }()

    static func examples(in url: URL) -> [DocumentationExample] {
        guard let markdown = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let blocks = MarkdownCodeBlock.blocks(in: markdown)
        return blocks.indices.filter { blocks[$0].language == "ardoise" }.map { i in
            var output: String?
            if i + 1 < blocks.count, blocks[i + 1].language.isEmpty, blocks[i + 1].textBefore == ["Affiche :"] {
                output = blocks[i + 1].content
            }
            return DocumentationExample(file: "docs/" + url.lastPathComponent, line: blocks[i].line,
                                        program: blocks[i].content + "\n", expectedOutput: output)
        }
    }

    /// The examples of the learner's reference whose output can be checked: those followed by
    /// « Affiche : », except the ones that draw random numbers or read answers.
    static let runnable: [DocumentationExample] = all.filter { example in
        let folded = example.program.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return example.file == "docs/langage.md" && example.expectedOutput != nil
            && !folded.contains("aleatoire") && !folded.contains("demander")
    }
}

@Suite("Documentation examples")
struct DocumentationTests {
    @Test("Every ardoise block of docs/*.md parses", arguments: DocumentationExample.all)
    func blockParses(_ example: DocumentationExample) {
        let source = Source(name: example.file, text: example.program)
        let diagnostics = syntaxDiagnostics(of: source)
        let rendered = diagnostics.map { DiagnosticRenderer(color: false).render($0, source: source) }.joined()
        #expect(diagnostics.isEmpty, "\(example.file):\(example.line) (bloc ardoise) :\n\(rendered)")
    }

    @Test("The reference has its examples")
    func examplesAreThere() {
        #expect(DocumentationExample.all.count >= 50)
        #expect(DocumentationExample.runnable.count >= 40, "\(DocumentationExample.runnable.count) exemples vérifiés")
    }

    @Test("Each example of docs/langage.md prints what the page says", arguments: DocumentationExample.runnable)
    func examplePrintsItsOutput(_ example: DocumentationExample) {
        let (result, transcript) = run(example.program)
        let source = Source(name: example.file, text: example.program)
        let rendered = result.diagnostics.map { DiagnosticRenderer(color: false).render($0, source: source) }.joined()
        let expected = example.expectedOutput.map { $0.isEmpty ? "" : $0 + "\n" } ?? ""
        #expect(transcript == expected, "\(example.file):\(example.line)\n\(rendered)")
        #expect(result.outcome == .completed, "\(example.file):\(example.line)\n\(rendered)")
    }
}
