import Synchronization

/// Raised from another thread (or a signal handler: it only stores an atomic) to stop
/// the running program; the evaluator polls it at loop turns and calls.
public final class InterruptFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    public init() {}

    public func raise() { raised.store(true, ordering: .relaxed) }
    public func clear() { raised.store(false, ordering: .relaxed) }
    public var isRaised: Bool { raised.load(ordering: .relaxed) }
}
