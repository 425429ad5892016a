import ArdoiseLessons
import FoundationEssentials
import Glibc

/// Where the lesson commands find lessons, write starter files and keep progress, and how they print.
/// The commands build it from the process; tests and the REPL build it directly.
public struct LessonEnvironment {
    public var lessonsDirectory: String
    /// The learner's folder: `commencer` writes there, relative file names are read from there.
    public var workingDirectory: String
    public var progressStore: ProgressStore
    public var style: TerminalStyle

    public init(lessonsDirectory: String, workingDirectory: String, progressStore: ProgressStore, color: Bool) {
        self.lessonsDirectory = lessonsDirectory
        self.workingDirectory = workingDirectory
        self.progressStore = progressStore
        self.style = TerminalStyle(enabled: color)
    }

    /// The environment of this process. Lessons are looked for, in order: `lessonsOption`
    /// (`--lecons`), `$ARDOISE_LECONS`, `./lessons`, the `lessons` folder of the source tree the
    /// executable was built in, then `share/ardoise/lessons` beside the installed executable.
    public static func current(lessonsOption: String? = nil, color: Bool? = nil) -> LessonEnvironment {
        let environment = ProcessInfo.processInfo.environment
        let workingDirectory = FileManager.default.currentDirectoryPath
        return LessonEnvironment(
            lessonsDirectory: findLessons(option: lessonsOption, environment: environment, workingDirectory: workingDirectory),
            workingDirectory: workingDirectory,
            progressStore: ProgressStore(environment: environment),
            color: color ?? TerminalStyle.forStandardOutput(environment: environment).enabled)
    }

    static func findLessons(option: String?, environment: [String: String], workingDirectory: String) -> String {
        if let option, !option.isEmpty { return absolute(option, in: workingDirectory) }
        if let variable = environment["ARDOISE_LECONS"], !variable.isEmpty { return absolute(variable, in: workingDirectory) }
        var candidates = [(workingDirectory).appendingPathComponent("lessons")]
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var folder = (executable).deletingLastPathComponent
            for _ in 0..<5 {
                candidates.append((folder).appendingPathComponent("lessons"))
                candidates.append((folder).appendingPathComponent("share/ardoise/lessons"))
                folder = (folder).deletingLastPathComponent
            }
        }
        return candidates.first(where: containsLessons) ?? candidates[0]
    }

    private static func containsLessons(_ folder: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { $0.hasSuffix(".md") }
    }

    static func absolute(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : (folder).appendingPathComponent(path)
    }

    func absolute(_ path: String) -> String { Self.absolute(path, in: workingDirectory) }

    /// A path as short as possible for messages: relative to the working folder when inside it.
    func displayPath(_ path: String) -> String {
        let standardized = (path).standardizingPath
        let folder = (workingDirectory).standardizingPath + "/"
        return standardized.hasPrefix(folder) ? String(standardized.dropFirst(folder.count)) : standardized
    }
}

/// What a lesson command produced: text for standard output, text for standard error, an exit status.
public struct CommandOutput: Equatable {
    public var standardOutput: String
    public var standardError: String
    public var exitCode: Int32

    public init(_ standardOutput: String = "", error standardError: String = "", exitCode: Int32 = 0) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.exitCode = exitCode
    }

    /// Both texts in one, for the REPL, which shows everything in the same place.
    public var combined: String { standardError + standardOutput }
}

/// `--format texte` (for people) or `--format json` (for programs).
public enum OutputFormat: String, CaseIterable, Sendable {
    case text = "texte"
    case json

    public init?(argument: String) {
        switch argument.lowercased() {
        case "texte", "text": self = .text
        case "json": self = .json
        default: return nil
        }
    }
}
