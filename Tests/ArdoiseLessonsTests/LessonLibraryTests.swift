import Foundation
import Testing
@testable import ArdoiseLessons

@Suite("Lesson library")
struct LessonLibraryTests {
    @Test func theCourseLessonsParseWithoutError() throws {
        let library = LessonLibrary.load(directory: TestSupport.lessonsDirectory)
        #expect(library.errors.isEmpty, "\(library.errors.map(\.description).joined(separator: "\n"))")
        #expect(library.brokenFiles.isEmpty)
        #expect(library.lessons.count >= 2)
        #expect(library.lessons.map(\.order) == library.lessons.map(\.order).sorted())
        for exercise in library.allExercises {
            #expect(!exercise.tests.isEmpty, "\(exercise.id)")
            #expect(exercise.hints.count >= 2, "\(exercise.id) : deux indices au moins")
        }
    }

    @Test func findsLessonsByOrderFileNameOrName() throws {
        let library = LessonLibrary.load(directory: TestSupport.fixtureLessonsDirectory)
        #expect(library.lesson(named: "1")?.id == "01-afficher")
        #expect(library.lesson(named: "01-afficher")?.id == "01-afficher")
        #expect(library.lesson(named: "Afficher")?.id == "01-afficher")
        #expect(library.exercise(withID: "premier-message")?.lesson.id == "01-afficher")
        #expect(library.suggestedExerciseID(for: "premier-mesage") == "premier-message")
    }

    @Test func reportsAnIdentifierUsedInTwoLessons() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        let source = URL(fileURLWithPath: TestSupport.fixtureLessonsDirectory).appendingPathComponent("01-afficher.md")
        let text = try String(contentsOf: source, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("01-afficher.md"), atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "ordre : 1", with: "ordre : 2")
            .write(to: folder.appendingPathComponent("02-copie.md"), atomically: true, encoding: .utf8)
        let library = LessonLibrary.load(directory: folder.path)
        let issue = try #require(library.errors.first)
        #expect(issue.path.hasSuffix("02-copie.md"))
        #expect(issue.message.contains("déjà pris par l'exercice de"))
        #expect(library.lessons.map(\.id) == ["01-afficher"])
    }

    @Test func reportsUnreadableFiles() throws {
        let folder = TestSupport.temporaryFolder()
        defer { TestSupport.cleanUp(folder) }
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("casse.md"))
        let library = LessonLibrary.load(directory: folder.path)
        #expect(library.errors.first?.message.contains("UTF-8") == true)
        #expect(LessonLibrary.load(directory: folder.appendingPathComponent("absent").path).errors.count == 1)
    }
}
