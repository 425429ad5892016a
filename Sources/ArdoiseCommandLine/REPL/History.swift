#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArdoiseLessons
import FoundationEssentials

/// The lines typed in earlier sessions, kept in a file so ↑ finds them again
/// tomorrow. One line per entry, UTF-8, the most recent last, at most `limit`.
///
/// Never fatal: a file that cannot be read is set aside with a warning and a
/// new one started; a file that cannot be written costs only the history.
final class History {
    let file: URL?
    let limit: Int
    /// Everything known: what was loaded, then what was typed since.
    private(set) var entries: [String] = []
    /// Typed since the last save, to add to whatever the file holds then
    /// (another session may have saved in between).
    private var unsaved: [String] = []
    private var saveFailureReported = false
    private var savingDisabled = false

    init(file: URL?, limit: Int = 1000) {
        self.file = file
        self.limit = max(1, limit)
    }

    /// `$XDG_DATA_HOME/ardoise/historique`, or `~/.local/share/ardoise/historique`.
    /// A relative XDG_DATA_HOME is ignored, as the XDG specification says.
    static func defaultFile(environment: [String: String]) -> URL? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("ardoise/historique")
        }
        guard let home = environment["HOME"].flatMap({ $0.isEmpty ? nil : $0 }) ?? homeFromPasswordFile() else {
            return nil
        }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/ardoise/historique")
    }

    private static func homeFromPasswordFile() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }

    /// Reads the file. Returns a warning (French) when it had to be set aside.
    @discardableResult
    func load() -> String? {
        guard let file else { return nil }
        switch Self.read(file) {
        case .missing:
            return nil
        case .entries(let lines):
            entries = Array(lines.suffix(limit))
            return nil
        case .unreadable:
            // Never over an earlier set-aside copy: nothing is lost.
            var asidePath = file.path + ".illisible"
            var suffix = 2
            while FileManager.default.fileExists(atPath: asidePath) {
                asidePath = file.path + ".illisible-\(suffix)"
                suffix += 1
            }
            if rename(file.path, asidePath) == 0 {
                return "Attention : ton historique (\(file.path)) était illisible. "
                    + "Je l'ai mis de côté dans \(asidePath) et j'en commence un nouveau.\n"
            }
            savingDisabled = true
            return "Attention : ton historique (\(file.path)) est illisible et je ne peux pas le mettre de côté. "
                + "Les lignes de cette session ne seront pas gardées.\n"
        }
    }

    /// Remembers a typed line; blank lines and a repeat of the last one are skipped.
    func add(_ line: String) {
        let entry = line.replacing("\n", with: " ")
        guard !entry.allSatisfy(\.isWhitespace), entry != entries.last else { return }
        entries.append(entry)
        unsaved.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }

    /// Writes the file atomically (`AtomicFile`: temporary file, fsync, rename, folder fsync),
    /// so a crash, a `kill -9` or a full disk leaves the old history rather than half a new one.
    /// Returns a warning (French) the first time saving fails.
    @discardableResult
    func save() -> String? {
        guard let file, !savingDisabled, !unsaved.isEmpty else { return nil }
        var base = entries.dropLast(unsaved.count).map { $0 }
        if case .entries(let onDisk) = Self.read(file) { base = onDisk }
        let merged = Array((base + unsaved).suffix(limit))
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            try AtomicFile.write(Data(merged.map { $0 + "\n" }.joined().utf8), to: file, permissions: 0o600)
            unsaved = []
            return nil
        } catch {
            if saveFailureReported { return nil }
            saveFailureReported = true
            let reason = (error as? AtomicFile.WriteError)?.reason ?? "\(error)"
            return "Attention : je n'ai pas pu enregistrer ton historique dans \(file.path) (\(reason)).\n"
        }
    }

    private enum FileContent {
        case missing
        case entries([String])
        case unreadable
    }

    private static func read(_ file: URL) -> FileContent {
        guard FileManager.default.fileExists(atPath: file.path) else { return .missing }
        guard let data = FileManager.default.contents(atPath: file.path),
              let text = String(data: data, encoding: .utf8),
              !text.contains("\0")
        else { return .unreadable }
        return .entries(text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) })
    }
}
