// TEMPORARY, branch `repl` only: a stand-in for the language module that
// follows /work/notes/api-contract.md, so the REPL can be built and tried
// before the real `Ardoise` module lands on main. Deleted at the merge.
// It understands only: `afficher "texte"`, `afficher N`, `x <- N`, a lone
// number or name (echoed), `tant que vrai faire fin tant que` (loops until
// interrupted), and `si … fin si` / `tant que … fin tant que` for completeness.
import Foundation
import Synchronization

public struct Source: Sendable {
    public let name: String
    public let text: String
    public init(name: String, text: String) { self.name = name; self.text = text }
}

public protocol Console: AnyObject {
    func write(_ text: String)
    func ask(_ question: String) -> String?
    var isInteractive: Bool { get }
}

public struct Limits: Sendable {
    public var maxSteps: Int?
    public var maxSeconds: Double?
    public var maxOutputBytes: Int?
    public var maxCollectionLength: Int = 1_000_000
    public var maxCallDepth: Int = 10_000
    public static var file: Limits { Limits() }
    public static var interactive: Limits { Limits() }
    public static var grading: Limits { Limits(maxSteps: 1_000_000, maxSeconds: 2) }
}

public struct RunOptions: Sendable {
    public var limits: Limits
    public var seed: UInt64?
    public var forbiddenBuiltins: Set<String>
    public init(limits: Limits = .file, seed: UInt64? = nil, forbiddenBuiltins: Set<String> = []) {
        self.limits = limits; self.seed = seed; self.forbiddenBuiltins = forbiddenBuiltins
    }
}

public enum Value {
    case integer(Int), text(String)
    public var displayText: String {
        switch self { case .integer(let n): return String(n); case .text(let t): return t }
    }
    public var echoText: String {
        switch self { case .integer(let n): return String(n); case .text(let t): return "\"\(t)\"" }
    }
}

public struct FunctionInfo {
    public var name: String
    public var parameters: [String]
    public var line: Int
}

public struct SourceLocation { public var line: Int; public var column: Int; public var length: Int }

public enum DiagnosticCategory { case syntax, `static`, runtime, check, limit }

public struct Diagnostic {
    public var category: DiagnosticCategory
    public var location: SourceLocation
    public var message: String
    public var hint: String?
}

public struct DiagnosticRenderer {
    let color: Bool
    public init(color: Bool) { self.color = color }
    public func render(_ diagnostic: Diagnostic, source: Source) -> String {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = diagnostic.location.line <= lines.count ? String(lines[diagnostic.location.line - 1]) : ""
        let head = color ? "\u{1B}[1;31mErreur\u{1B}[0m" : "Erreur"
        var text = "\(head) (\(source.name), ligne \(diagnostic.location.line)) : \(diagnostic.message)\n  \(line)\n"
        if let hint = diagnostic.hint { text += "Astuce : \(hint)\n" }
        return text
    }
}

public struct RunResult {
    public enum Outcome { case completed, rejected, failed, interrupted }
    public var outcome: Outcome = .completed
    public var diagnostics: [Diagnostic] = []
    public var echo: Value?
    public var checksPassed = 0, checksFailed = 0
    public var exitStatus: Int32 {
        switch outcome { case .completed: 0; case .failed: 1; case .rejected: 2; case .interrupted: 130 }
    }
}

public enum Completeness { case complete, incomplete(open: [String]) }

public func completeness(of text: String) -> Completeness {
    var open: [String] = []
    for raw in text.split(separator: "\n") {
        let line = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if line.hasPrefix("fin") { if !open.isEmpty { open.removeLast() }; if line.hasSuffix("tant que") && line != "fin tant que" { } }
        else if line.hasPrefix("si ") { open.append("si") }
        else if line.hasPrefix("tant que") { open.append("tant que") }
        if line.hasPrefix("tant que") && line.hasSuffix("fin tant que") { open.removeLast() }
    }
    if text.filter({ $0 == "\"" }).count % 2 == 1 { open.append("\"") }
    return open.isEmpty ? .complete : .incomplete(open: open)
}

public enum Language {
    public static var keywords: [String] { ["si", "alors", "sinon", "fin", "tant", "que", "pour", "chaque", "faire", "répéter", "fonction", "retourner", "afficher", "vérifier", "vrai", "faux", "rien", "et", "ou", "non", "div", "mod"] }
    public static var builtinNames: [String] { ["demander", "demander_nombre", "nombre", "texte", "longueur", "ajouter", "aléatoire"] }
}

final class StubRunBox<T>: @unchecked Sendable { var work: (() -> T)?; var result: T? }

public func runOnLargeStack<T>(_ body: () -> T) -> T {
    return withoutActuallyEscaping(body) { body in
        let box = StubRunBox<T>()
        box.work = body
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { box.result = box.work?(); box.work = nil; done.signal() }
        thread.stackSize = 512 << 20
        thread.start()
        done.wait()
        return box.result!
    }
}

public final class Session {
    let console: Console
    public var options: RunOptions
    private let interruptRequested = Atomic<Bool>(false)
    public private(set) var variables: [(name: String, value: Value)] = []
    public var functions: [FunctionInfo] { [] }

    public init(console: Console, options: RunOptions = RunOptions()) { self.console = console; self.options = options }
    public func interrupt() { interruptRequested.store(true, ordering: .relaxed) }
    public func reset() { variables = [] }
    public func run(_ source: Source) -> RunResult { execute(source, echo: false) }
    public func runEntry(_ source: Source) -> RunResult { execute(source, echo: true) }

    private func execute(_ source: Source, echo: Bool) -> RunResult {
        interruptRequested.store(false, ordering: .relaxed)
        var result = RunResult()
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if line.hasPrefix("afficher ") {
                console.write(value(of: String(line.dropFirst(9)))?.displayText ?? "?" )
                console.write("\n")
            } else if line.hasPrefix("tant que vrai") {
                while !interruptRequested.load(ordering: .relaxed) { usleep(1000) }
                result.outcome = .interrupted
                return result
            } else if line.hasPrefix("x <- demander") {
                guard let answer = console.ask("Ton nom ?") else {
                    result.outcome = .failed
                    result.diagnostics = [Diagnostic(category: .runtime, location: SourceLocation(line: index + 1, column: 1, length: 1), message: "plus rien à lire", hint: nil)]
                    return result
                }
                variables.removeAll { $0.name == "x" }
                variables.append((name: "x", value: .text(answer)))
            } else if let arrow = line.range(of: "<-") {
                let name = line[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
                guard let v = value(of: String(line[arrow.upperBound...])) else { return failure(index, source, &result) }
                variables.removeAll { $0.name == name }
                variables.append((name: name, value: v))
            } else if echo && lines.count == 1, let v = value(of: line) {
                result.echo = v
            } else if line.hasPrefix("si ") || line.hasPrefix("fin") || line.hasPrefix("sinon") {
                continue
            } else {
                return failure(index, source, &result)
            }
        }
        return result
    }

    private func failure(_ index: Int, _ source: Source, _ result: inout RunResult) -> RunResult {
        result.outcome = .rejected
        result.diagnostics = [Diagnostic(category: .syntax, location: SourceLocation(line: index + 1, column: 1, length: 1), message: "je ne comprends pas cette ligne", hint: "la maquette ne connaît presque rien")]
        return result
    }

    private func value(of expression: String) -> Value? {
        let e = expression.trimmingCharacters(in: .whitespaces)
        if let n = Int(e) { return .integer(n) }
        if e.hasPrefix("\""), e.hasSuffix("\""), e.count >= 2 { return .text(String(e.dropFirst().dropLast())) }
        let parts = e.components(separatedBy: " + ")
        if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) { return .integer(a + b) }
        return variables.last { $0.name == e }?.value
    }
}
