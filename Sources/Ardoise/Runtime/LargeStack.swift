import Glibc

/// Learner recursion is deep and the evaluator is recursive: it runs on a thread with a
/// large stack, and checks both a call-depth limit and the stack's actual use, so that a
/// runaway recursion becomes an ordinary error, never a crash of the host.
enum LargeStack {
    #if ARDOISE_SMALL_STACK
    /// The fuzzer's build (`Fuzz/build.sh`): under AddressSanitizer, every thread with a 1 GiB
    /// stack leaves shadow memory behind, and the fuzzer makes thousands of them.
    static let size = 256 << 20
    static let margin = 32 << 20
    #else
    /// Only the touched pages use memory.
    static let size = 1 << 30
    /// Stop this far before the end of the stack: one more learner call, a built-in, and printing fit.
    static let margin = 64 << 20
    #endif
}

/// The work handed to the thread; the thread drops its closure before it ends, and the
/// caller joins the thread, so the closure never outlives the call.
private final class LargeStackJob {
    var body: ((UInt) -> Void)?
    init(_ body: @escaping (UInt) -> Void) { self.body = body }
}

/// Runs `body` on a thread with a large stack and waits for it. `body` receives the
/// address below which the stack is nearly exhausted.
func runOnLargeStack<T>(withFloor body: (UInt) -> T) -> T {
    var result: T?
    withoutActuallyEscaping(body) { body in
        let job = LargeStackJob { floor in result = body(floor) }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, LargeStack.size)
        var thread = pthread_t()
        let started = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            let job = Unmanaged<LargeStackJob>.fromOpaque(raw).takeRetainedValue()
            let top = Interpreter.stackAddress()
            let floor = top > UInt(LargeStack.size) ? top - UInt(LargeStack.size) + UInt(LargeStack.margin) : 0
            job.body?(floor)
            job.body = nil
            return nil
        }, Unmanaged.passRetained(job).toOpaque())
        if started == 0 {
            pthread_join(thread, nil)
        } else {
            // No thread could be made: run here, with the depth limit as the only guard.
            job.body?(0)
        }
        job.body = nil
    }
    guard let result else { fatalError("the evaluation thread ended without a result") }
    return result
}

/// Runs `body` on a thread with a 1 GiB stack and waits for it.
public func runOnLargeStack<T>(_ body: () -> T) -> T {
    runOnLargeStack(withFloor: { _ in body() })
}
