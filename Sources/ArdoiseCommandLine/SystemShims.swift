import Dispatch
import FoundationEssentials
import Glibc

// The few pieces of Foundation the command line used that FoundationEssentials leaves out,
// written on the C library: loading the whole of Foundation (and its ICU data) more than
// doubles the memory of every run (docs/performance.md).

/// A file descriptor to read or write whole buffers.
final class FileHandle: @unchecked Sendable {
    let descriptor: Int32
    private let closesOnDeinit: Bool

    init(descriptor: Int32, closesOnDeinit: Bool = false) {
        self.descriptor = descriptor
        self.closesOnDeinit = closesOnDeinit
    }

    convenience init?(forReadingAtPath path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.init(descriptor: fd, closesOnDeinit: true)
    }

    deinit { if closesOnDeinit { Glibc.close(descriptor) } }

    static let standardInput = FileHandle(descriptor: STDIN_FILENO)
    static let standardOutput = FileHandle(descriptor: STDOUT_FILENO)
    static let standardError = FileHandle(descriptor: STDERR_FILENO)

    /// Writes everything, retrying after interruptions and short writes.
    func write(_ data: Data) {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var pointer = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(descriptor, pointer, left)
                if written < 0 { if errno == EINTR { continue }; return }
                left -= written
                pointer += written
            }
        }
    }

    /// Reads up to `count` bytes (fewer at the end of the file).
    func read(upToCount count: Int) throws -> Data? {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while data.count < count {
            let wanted = min(chunk.count, count - data.count)
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if got < 0 { if errno == EINTR { continue }; break }
            if got == 0 { break }
            data.append(contentsOf: chunk[0..<got])
        }
        return data
    }

    func readDataToEndOfFile() -> Data {
        (try? read(upToCount: Int.max)) ?? Data()
    }

    func close() throws {}
}

/// A lock around a value shared between the main thread and a running program.
final class Lock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}

/// The work handed to a new thread.
private final class ThreadJob {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

/// Starts `body` on a new thread of its own (not a shared pool: a pool of two threads on a
/// two-core machine can be taken by runs that wait, and a new run would never start).
func startThread(_ body: @escaping @Sendable () -> Void) {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    var thread = pthread_t()
    let job = Unmanaged.passRetained(ThreadJob(body)).toOpaque()
    let started = pthread_create(&thread, &attributes, { raw in
        guard let raw else { return nil }
        Unmanaged<ThreadJob>.fromOpaque(raw).takeRetainedValue().body()
        return nil
    }, job)
    if started != 0 {
        // No thread to be had: run here rather than never.
        Unmanaged<ThreadJob>.fromOpaque(job).takeRetainedValue().body()
    }
}

/// Waits, in seconds.
func sleepSeconds(_ seconds: Double) {
    usleep(useconds_t(max(0, seconds) * 1_000_000))
}
