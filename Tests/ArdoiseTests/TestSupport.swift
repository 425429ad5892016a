import Foundation
@testable import Ardoise

/// The repository's root, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs a program in memory with the given input lines; gives the result and what was shown.
func run(_ program: String, input: [String] = [], limits: Limits = .file, seed: UInt64 = 1,
         forbidden: Set<String> = []) -> (result: RunResult, output: String) {
    let console = BufferConsole(input: input)
    let session = Session(console: console, options: RunOptions(limits: limits, seed: seed, forbiddenBuiltins: forbidden))
    let result = session.run(Source(name: "programme.ard", text: program))
    session.dismantleLists()
    return (result, console.transcript)
}

/// The output of a program that must run without error.
func output(of program: String, input: [String] = []) -> String {
    let (result, output) = run(program, input: input)
    if !result.diagnostics.isEmpty {
        return output + result.diagnostics.map { "!! \($0.code.rawValue) \($0.message)" }.joined(separator: "\n")
    }
    return output
}

/// The first diagnostic of a program, if any.
func firstDiagnostic(of program: String, input: [String] = []) -> Diagnostic? {
    run(program, input: input).result.diagnostics.first
}

extension Session {
    /// Empties every list the session's variables reach. A list that contains itself
    /// (`ajouter(a, a)`, the E0323 example) is never freed by reference counting
    /// (`MemoryReclaimTests.cyclicList`, a known issue): tests that make one take their lists
    /// apart, so that LeakSanitizer reports only new leaks (`make test-asan`).
    func dismantleLists() {
        var pending: [ListStorage] = variables.compactMap { if case .list(let list) = $0.value { return list } else { return nil } }
        var seen = Set<ObjectIdentifier>()
        while let list = pending.popLast() {
            guard seen.insert(ObjectIdentifier(list)).inserted else { continue }
            for item in list.items { if case .list(let inner) = item { pending.append(inner) } }
            list.items.removeAll()
        }
    }
}
