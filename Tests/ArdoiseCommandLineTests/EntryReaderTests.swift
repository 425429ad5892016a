import Ardoise
import Testing
@testable import ArdoiseCommandLine

@Suite("Reading entries")
struct EntryReaderTests {
    @Test("one complete line is one entry")
    func singleLine() {
        let reader = EntryReader(lines: ScriptedLines(lines: ["afficher 1"]))
        #expect(reader.next() == .code("afficher 1"))
        #expect(reader.next() == .endOfInput)
    }

    @Test("an open block continues until its fin, the prompt naming what is open")
    func block() {
        let lines = ScriptedLines(lines: ["pour i de 1 à 3 faire", "si i = 2 alors", "afficher i", "fin si", "fin pour"])
        let reader = EntryReader(lines: lines)
        #expect(reader.next() == .code("pour i de 1 à 3 faire\nsi i = 2 alors\nafficher i\nfin si\nfin pour"))
        #expect(lines.prompts == ["ardoise> ", "... pour> ", "... pour si> ", "... pour si> ", "... pour> "])
    }

    @Test("an empty line inside a block is kept, an empty entry is skipped")
    func emptyLines() {
        let lines = ScriptedLines(lines: ["", "si vrai alors", "", "afficher 1", "fin si"])
        let reader = EntryReader(lines: lines)
        #expect(reader.next() == .code("si vrai alors\n\nafficher 1\nfin si"))
        #expect(lines.remembered == ["si vrai alors", "afficher 1", "fin si"])
    }

    @Test("open parentheses, brackets and texts continue too")
    func brackets() {
        #expect(EntryReader(lines: ScriptedLines(lines: ["l <- [1,", "2]"])).next() == .code("l <- [1,\n2]"))
        #expect(EntryReader(lines: ScriptedLines(lines: ["afficher max(1,", "2)"])).next() == .code("afficher max(1,\n2)"))
        let text = ScriptedLines(lines: ["afficher \"a", "b\""])
        #expect(EntryReader(lines: text).next() == .code("afficher \"a\nb\""))
        #expect(text.prompts.last == "... \"> ")
    }

    @Test("Ctrl-C drops the unfinished entry")
    func interrupt() {
        let reader = EntryReader(lines: ScriptedLines([.line("si vrai alors"), .line("afficher 1"), .interrupted, .line("afficher 2")]))
        #expect(reader.next() == .interrupted(droppedLines: 2))
        #expect(reader.next() == .code("afficher 2"))
    }

    @Test("Ctrl-D in an unfinished block runs it, so the missing fin is explained")
    func endOfInputInBlock() {
        let reader = EntryReader(lines: ScriptedLines([.line("si vrai alors"), .endOfInput]))
        #expect(reader.next() == .code("si vrai alors"))
        #expect(reader.next() == .endOfInput)
    }

    @Test("a meta-command inside a block leaves the block as it was")
    func metaInsideBlock() {
        let reader = EntryReader(lines: ScriptedLines(lines: ["si vrai alors", ":vars", "fin si"]))
        #expect(reader.next() == .meta(.command(.variables)))
        #expect(reader.next() == .code("si vrai alors\nfin si"))
    }

    @Test("a block on one line is complete (the language then explains it)")
    func oneLineBlock() {
        let reader = EntryReader(lines: ScriptedLines(lines: ["tant que faux faire fin tant que"]))
        #expect(reader.next() == .code("tant que faux faire fin tant que"))
    }
}
