import FoundationEssentials
import Glibc

/// Keeps a learner's progress in `$XDG_DATA_HOME/ardoise/progression.json`
/// (by default `~/.local/share/ardoise/progression.json`).
/// Writes are atomic; a file that cannot be read is set aside (renamed, never deleted)
/// with a warning, and progress starts again: a broken file never stops a learner.
public struct ProgressStore: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// The store at its standard place for this environment.
    public init(environment: [String: String]) {
        self.init(url: Self.defaultURL(environment: environment))
    }

    public static func defaultURL(environment: [String: String]) -> URL {
        let dataHome: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileStatus.homeDirectory
            dataHome = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share", isDirectory: true)
        }
        return dataHome.appendingPathComponent("ardoise", isDirectory: true).appendingPathComponent("progression.json")
    }

    /// The progress, and a French warning when the file had to be set aside.
    public func load() -> (progress: LearnerProgress, warning: String?) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (LearnerProgress(), nil) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (LearnerProgress(), "Attention : ta progression (\(url.path)) ne peut pas être lue ; elle repart de zéro pour cette fois.")
        }
        if let progress = try? Self.decoder.decode(LearnerProgress.self, from: data) {
            return (progress, nil)
        }
        var aside = url.deletingLastPathComponent().appendingPathComponent("progression.corrompue-\(Self.stamp()).json")
        var suffix = 2
        while FileManager.default.fileExists(atPath: aside.path) {
            aside = url.deletingLastPathComponent().appendingPathComponent("progression.corrompue-\(Self.stamp())-\(suffix).json")
            suffix += 1
        }
        let moved = (try? FileManager.default.moveItem(at: url, to: aside)) != nil
        let warning = moved
            ? "Attention : ta progression était abîmée. Elle a été mise de côté dans \(aside.path) et repart de zéro."
            : "Attention : ta progression (\(url.path)) est abîmée et ne peut pas être mise de côté ; elle repart de zéro."
        return (LearnerProgress(), warning)
    }

    public func save(_ progress: LearnerProgress) throws {
        try AtomicFile.write(Self.encoded(progress), to: url)
    }

    /// Loads, changes and saves in one go; gives the load warning, if any.
    @discardableResult
    public func update(_ change: (inout LearnerProgress) -> Void) throws -> String? {
        var (progress, warning) = load()
        change(&progress)
        try save(progress)
        return warning
    }

    static func encoded(_ progress: LearnerProgress) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(progress) + Data("\n".utf8)
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    private static func stamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }
}
