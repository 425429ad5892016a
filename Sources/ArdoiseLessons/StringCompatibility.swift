import FoundationEssentials
import Glibc

// The few helpers of Foundation that FoundationEssentials leaves out. Ardoise avoids loading
// the whole of Foundation (and its ICU data): it more than doubles the memory of every run
// (docs/performance.md).

/// A set of characters, for trimming.
public struct TextCharacters: Sendable {
    private let test: @Sendable (Unicode.Scalar) -> Bool

    private init(_ test: @escaping @Sendable (Unicode.Scalar) -> Bool) { self.test = test }

    public init(charactersIn text: String) {
        let scalars = Set(text.unicodeScalars)
        self.init { scalars.contains($0) }
    }

    public static let whitespaces = TextCharacters { $0 == " " || $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    public static let newlines = TextCharacters { $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" || $0 == "\u{85}"
        || $0 == "\u{2028}" || $0 == "\u{2029}" }
    public static let whitespacesAndNewlines = whitespaces.union(newlines)

    public func contains(_ scalar: Unicode.Scalar) -> Bool { test(scalar) }

    public func union(_ other: TextCharacters) -> TextCharacters {
        let first = test, second = other.test
        return TextCharacters { first($0) || second($0) }
    }
}

extension StringProtocol {
    /// The text without the characters of `set` at either end.
    public func trimmed(_ set: TextCharacters = .whitespacesAndNewlines) -> String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first...last])
        return String(view)
    }

    /// Where `target` last stands.
    public func lastRange<T: StringProtocol>(of target: T) -> Range<Index>? {
        var found: Range<Index>?
        var from = startIndex
        while from < endIndex, let range = self[from...].firstRange(of: target) {
            found = range
            from = index(after: range.lowerBound)
        }
        return found
    }

}

/// Paths as texts, as NSString handled them.
extension String {
    public var lastPathComponent: String {
        let trimmed = hasSuffix("/") && count > 1 ? String(dropLast()) : self
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? trimmed
    }

    public var deletingLastPathComponent: String {
        let trimmed = hasSuffix("/") && count > 1 ? String(dropLast()) : self
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    public func appendingPathComponent(_ component: String) -> String {
        if isEmpty { return component }
        return hasSuffix("/") ? self + component : self + "/" + component
    }

    public var deletingPathExtension: String {
        let name = lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return self }
        return String(dropLast(name.distance(from: dot, to: name.endIndex)))
    }

    /// Without `.`, `..` and doubled slashes.
    public var standardizingPath: String {
        let absolute = hasPrefix("/")
        var parts: [Substring] = []
        for part in split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The path with its links followed (itself when it does not exist).
    public var resolvingSymlinksInPath: String {
        guard let resolved = realpath(self, nil) else { return self }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public var expandingTildeInPath: String {
        guard hasPrefix("~") else { return self }
        return FileStatus.homeDirectory + dropFirst()
    }
}

/// What a path is, from stat(2).
public struct FileStatus: Sendable {
    public var exists: Bool
    public var isFolder: Bool
    public var isRegularFile: Bool
    public var size: Int

    /// Follows links unless `followingLinks` is false (then a link is neither a folder nor a file).
    public static func of(_ path: String, followingLinks: Bool = true) -> FileStatus {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return FileStatus(exists: false, isFolder: false, isRegularFile: false, size: 0) }
        let type = info.st_mode & S_IFMT
        return FileStatus(exists: true, isFolder: type == S_IFDIR, isRegularFile: type == S_IFREG, size: Int(info.st_size))
    }

    public static var homeDirectory: String {
        if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir { return String(cString: dir) }
        return "/"
    }
}
