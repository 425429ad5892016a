import Foundation

/// Helpers shared by the lesson tests.
enum TestSupport {
    /// The repository's root folder, found from this file's place.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The course itself: every lesson there must validate.
    static var lessonsDirectory: String { repositoryRoot.appendingPathComponent("lessons").path }
    /// A small fixed course for tests that rely on its exact content (the course keeps changing).
    static var fixtureLessonsDirectory: String { repositoryRoot.appendingPathComponent("Tests/Fixtures/lessons").path }

    /// A new empty folder, removed by the caller with `cleanUp`.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ardoise-tests-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func cleanUp(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}

extension TestSupport {
    /// The annotated template of docs/ecrire-une-lecon.md, as a formateur copies it.
    static func documentationTemplate() throws -> String {
        let doc = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/ecrire-une-lecon.md"), encoding: .utf8)
        guard let start = doc.range(of: "````markdown\n"),
              let end = doc.range(of: "\n````\n", range: start.upperBound..<doc.endIndex)
        else { return "" }
        return String(doc[start.upperBound..<end.lowerBound]) + "\n"
    }
}
