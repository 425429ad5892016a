#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
            let asidePath = file.path + ".illisible"
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

    /// Writes the file atomically (temporary file, fsync, rename), so a crash
    /// or a full disk leaves the old history rather than half a new one.
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
            try Self.writeAtomically(merged.map { $0 + "\n" }.joined(), to: file)
            unsaved = []
            return nil
        } catch {
            if saveFailureReported { return nil }
            saveFailureReported = true
            return "Attention : je n'ai pas pu enregistrer ton historique dans \(file.path) (\(error)).\n"
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

    struct WriteError: Error, CustomStringConvertible {
        var step: String
        var code: Int32
        var description: String { "\(step) : \(String(cString: strerror(code)))" }
    }

    private static func writeAtomically(_ text: String, to file: URL) throws {
        let temporary = file.path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteError(step: "création", code: errno) }
        var failure: WriteError?
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty, failure == nil {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if !(written < 0 && errno == EINTR) {
                failure = WriteError(step: "écriture", code: errno)
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = WriteError(step: "fsync", code: errno) }
        close(descriptor)
        if failure == nil, rename(temporary, file.path) != 0 { failure = WriteError(step: "renommage", code: errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        // The rename itself is durable only once the directory is synced.
        let directory = open(file.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }
}
