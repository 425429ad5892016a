import Foundation

/// Where the `ardoise` executable under test is.
enum ArdoiseBinary {
    /// In order: `ARDOISE_BIN`; next to the running test executable (the build
    /// that compiled these tests); `.build/debug/ardoise` (CI's default build
    /// folder); `.build-repl/debug/ardoise`.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["ARDOISE_BIN"], !explicit.isEmpty { return explicit }
        var candidates: [String] = []
        if let testExecutable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: testExecutable).deletingLastPathComponent()
                .appendingPathComponent("ardoise").path)
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // ArdoiseCommandLineTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        for scratch in [".build", ".build-repl"] {
            candidates.append(packageRoot.appendingPathComponent("\(scratch)/debug/ardoise").path)
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
