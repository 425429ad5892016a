import ArdoiseLessons
import FoundationEssentials
import Glibc

/// `ardoise valider --format json`.
struct ValidationDocument: Encodable {
    var schema = "ardoise/validation"
    var version = 1
    var lessons: Int
    var exercises: Int
    var issues: [Issue]

    struct Issue: Encodable {
        var severity: String
        var path: String
        var line: Int
        var message: String
        var hint: String?

        init(_ issue: LessonIssue) {
            severity = issue.isError ? "error" : "warning"
            path = issue.path
            line = issue.line
            message = issue.message
            hint = issue.hint
        }
    }

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }
}
