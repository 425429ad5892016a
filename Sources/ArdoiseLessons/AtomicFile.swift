import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash, a full disk or a `kill -9` in the middle never leaves a half-written file:
/// the data goes to a temporary file in the same folder, is flushed to disk (fsync), then takes the
/// final name in one step (rename, or link when an existing file must not be replaced).
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var alreadyExists = false
        public var description: String { "impossible d'écrire « \(path) » : \(reason)" }
    }

    /// Replaces `url` (or creates it) atomically; creates the missing folders.
    /// `permissions` apply to the new file (0o600 for a private one such as the REPL history).
    public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644) throws {
        let temporary = try writeTemporary(data, beside: url, permissions: permissions)
        guard rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: url.path, reason: reason)
        }
        syncFolder(of: url)
    }

    /// Creates `url` atomically, and never replaces an existing file: a learner's work is never overwritten.
    public static func create(_ data: Data, at url: URL) throws {
        if FileManager.default.fileExists(atPath: url.path) {
            throw WriteError(path: url.path, reason: "le fichier existe déjà", alreadyExists: true)
        }
        let temporary = try writeTemporary(data, beside: url)
        defer { unlink(temporary) }
        // link() fails with EEXIST instead of replacing, even if the file appeared in the meantime.
        guard link(temporary, url.path) == 0 else {
            let exists = errno == EEXIST
            throw WriteError(path: url.path, reason: exists ? "le fichier existe déjà" : String(cString: strerror(errno)),
                             alreadyExists: exists)
        }
        syncFolder(of: url)
    }

    private static func writeTemporary(_ data: Data, beside url: URL, permissions: mode_t = 0o644) throws -> String {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, reason: "le dossier « \(folder.path) » ne peut pas être créé")
        }
        removeAbandonedTemporaries(beside: url)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw WriteError(path: url.path, reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno)); return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: url.path, reason: failure)
        }
        return temporary
    }

    /// The temporary files of earlier writes of `url` whose process died before the rename
    /// (`kill -9`, a power cut): `.NAME.PID.RANDOM.tmp` with no process PID any more.
    static func removeAbandonedTemporaries(beside url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let parts = name.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink(folder.appendingPathComponent(name).path)
            }
        }
    }

    /// Makes the new name itself durable (best effort: some file systems refuse to sync a folder).
    private static func syncFolder(of url: URL) {
        let descriptor = open(url.deletingLastPathComponent().path, O_RDONLY)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            close(descriptor)
        }
    }
}
