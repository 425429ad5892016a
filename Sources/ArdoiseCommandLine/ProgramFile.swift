import ArdoiseLessons
import Ardoise
import ArdoiseLessons
import FoundationEssentials
import Glibc

/// Reads a program file, refusing with a clear diagnostic what is not one:
/// a missing file, a folder, a binary or non-UTF-8 file, a file too large.
public enum ProgramFile {
    /// 2 MB: far above any learner's program, far below what could hurt the machine.
    public static let maximumBytes = 2_000_000

    /// File names are shown neutralised: a name may hold terminal escape sequences.
    public static func read(_ rawPath: String) -> Result<Source, Diagnostic> {
        let path = SafeText.neutralized(rawPath)
        let name = SafeText.neutralized(rawPath.lastPathComponent)
        let start = SourceLocation(line: 1, column: 1)
        let status = FileStatus.of(rawPath)
        guard status.exists else {
            return .failure(Diagnostic(.E0001, at: start, ["fichier": path]))
        }
        if status.isFolder { return .failure(Diagnostic(.E0003, at: start, ["fichier": path])) }
        guard let handle = FileHandle(forReadingAtPath: rawPath) else {
            let code = errno
            let reason = code == EACCES || code == EPERM ? "permission refusée" : "erreur système \(code)"
            return .failure(Diagnostic(.E0005, at: start, ["fichier": path, "raison": reason], hint: .usePlainText("fichier-illisible")))
        }
        defer { try? handle.close() }
        let data = readAtMost(maximumBytes + 1, from: handle)
        if data.count > maximumBytes {
            let size = max(FileStatus.of(rawPath).size, data.count)
            return .failure(Diagnostic(.E0004, at: start, ["fichier": path, "taille": byteCount(size),
                                                           "maximum": byteCount(maximumBytes)]))
        }
        return decode(data, name: name)
    }

    /// Reads until the end or `limit` bytes, whichever comes first (a pipe gives its data in pieces).
    static func readAtMost(_ limit: Int, from handle: FileHandle) -> Data {
        var data = Data()
        while data.count < limit {
            guard let piece = try? handle.read(upToCount: min(1 << 16, limit - data.count)), !piece.isEmpty else { break }
            data.append(piece)
        }
        return data
    }

    /// Text from bytes: UTF-8 without NUL bytes (a NUL means a binary file).
    public static func decode(_ data: Data, name: String) -> Result<Source, Diagnostic> {
        let start = SourceLocation(line: 1, column: 1)
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            return .failure(Diagnostic(.E0002, at: start, ["fichier": name]))
        }
        return .success(Source(name: name, text: text))
    }

    static func byteCount(_ n: Int) -> String {
        n >= 1_000_000 ? "\(n / 1_000_000) Mo" : (n >= 1_000 ? "\(n / 1_000) ko" : "\(n) octets")
    }
}

/// Runs a program and reports its diagnostics on standard error; gives the exit status.
public enum ProgramRunner {
    public static func run(_ source: Source, options: RunOptions, console: StandardConsole = StandardConsole()) -> Int32 {
        let session = Session(console: console, options: options)
        let result = session.run(source)
        console.flush()
        report(result, session: session, source: source)
        return result.exitStatus
    }

    /// Errors shown at most for one run: past that, a learner fixes the first ones first.
    public static let maximumShownDiagnostics = 100

    public static func report(_ result: RunResult, session: Session, source: Source) {
        let renderer = DiagnosticRenderer(color: StandardError.usesColor)
        for diagnostic in result.diagnostics.prefix(maximumShownDiagnostics) {
            StandardError.write(renderer.render(diagnostic, source: session.source(of: diagnostic) ?? source))
        }
        let hidden = result.diagnostics.count - maximumShownDiagnostics
        if hidden > 0 {
            StandardError.write("… et \(hidden) autre\(hidden > 1 ? "s" : "") erreur\(hidden > 1 ? "s" : "") : corrige d'abord les premières.\n")
        }
    }

    /// A diagnostic about the file itself (no source line to show).
    public static func reportInput(_ diagnostic: Diagnostic) {
        let renderer = DiagnosticRenderer(color: StandardError.usesColor)
        StandardError.write(renderer.renderWithoutSource(diagnostic))
    }
}
