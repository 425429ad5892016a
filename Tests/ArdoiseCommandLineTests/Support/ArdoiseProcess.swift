import Foundation

/// Runs the real `ardoise` executable and collects what it printed and its exit status.
/// Standard input is written from another thread, so that a large input never blocks the
/// test when `ardoise` stops reading early (it then gets EPIPE, not a SIGPIPE).
enum ArdoiseProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `asUser`: run as this numeric user id through `setpriv` (the tests run as root on CI,
    /// where no file is unreadable; a plain user sees the permissions).
    /// `addressSpace`: run under this `ulimit -v` (in bytes), through `prlimit`.
    static func run(_ arguments: [String], stdin: Data? = nil, workingDirectory: URL? = nil,
                    asUser: UInt32? = nil, addressSpace: Int? = nil) throws -> Outcome {
        signal(SIGPIPE, SIG_IGN)
        guard let binary = ArdoiseBinary.locate() else { throw NotFound() }
        let process = Process()
        if let asUser {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(asUser)", "--regid=\(asUser)", "--clear-groups", binary] + arguments
        } else if let addressSpace {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            process.arguments = ["--as=\(addressSpace)", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let writer = Thread {
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errors = Collected()
        let errorsRead = DispatchSemaphore(value: 0)
        Thread {
            errors.data = err.fileHandleForReading.readDataToEndOfFile()
            errorsRead.signal()
        }.start()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errorsRead.wait()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                       stderr: String(decoding: errors.data, as: UTF8.self))
    }

    /// Filled by one thread, read by another after a semaphore.
    private final class Collected: @unchecked Sendable {
        var data = Data()
    }

    struct NotFound: Error, CustomStringConvertible {
        var description: String { "l'exécutable ardoise est introuvable (ARDOISE_BIN ?)" }
    }

    /// A new folder that every user can enter (for runs under another user id).
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ardoise-entrees-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        return folder
    }
}
