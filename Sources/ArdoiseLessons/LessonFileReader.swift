import FoundationEssentials

/// Reads a text file a person gave us (a lesson, a submission) and says in French why it cannot be read.
public enum TextFileReader {
    /// Beyond this, a file is certainly not a lesson or a beginner's program; refusing it keeps the tool fast.
    public static let maximumBytes = 2_000_000

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missing(String), isFolder(String), unreadable(String), tooLarge(String, Int), notUTF8(String)

        public var description: String {
            switch self {
            case .missing(let path): return "le fichier « \(path) » n'existe pas."
            case .isFolder(let path): return "« \(path) » est un dossier, pas un fichier."
            case .unreadable(let path): return "le fichier « \(path) » ne peut pas être lu (droits d'accès ?)."
            case .tooLarge(let path, let bytes):
                return "le fichier « \(path) » est trop gros (\(bytes / 1_000_000) Mo ; au plus \(TextFileReader.maximumBytes / 1_000_000) Mo)."
            case .notUTF8(let path):
                return "le fichier « \(path) » n'est pas du texte UTF-8 ; enregistre-le en UTF-8 dans ton éditeur."
            }
        }
    }

    public static func read(_ path: String) -> Result<String, Failure> {
        let status = FileStatus.of(path)
        guard status.exists else { return .failure(.missing(path)) }
        if status.isFolder { return .failure(.isFolder(path)) }
        // Only regular files: reading a device (/dev/zero, a pipe) would never end.
        if !status.isRegularFile { return .failure(.unreadable(path)) }
        if status.size > maximumBytes { return .failure(.tooLarge(path, status.size)) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable(path)) }
        guard data.count <= maximumBytes else { return .failure(.tooLarge(path, data.count)) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.notUTF8(path)) }
        return .success(text)
    }
}
