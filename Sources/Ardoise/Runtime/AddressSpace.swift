import Glibc

/// The process's `ulimit -v`, if any. Each session reserves its arena and value stack at once,
/// about 300 MB of addresses of which only the touched pages use memory (docs/fiabilite.md):
/// under a tight limit the command line refuses to start, and a run's memory limit is lowered
/// so that it stops with E0406 before an allocation fails (which would end the process).
public enum AddressSpace {
    /// The limit in bytes, nil when there is none. RLIM_INFINITY is all ones on Linux (the C
    /// macro does not import).
    public static let limitBytes: Int? = {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else {
            return nil
        }
        return Int(clamping: limit.rlim_cur)
    }()

    /// Measured: the release build starts under `ulimit -v` 320 MB and aborts under 300 MB.
    public static let minimumBytes = 400 << 20

    /// What the limit leaves to a program's own values, after the session's reserves and the
    /// executable: Int.max without a limit.
    static let programBudget: Int = limitBytes.map { max($0 - 450_000_000, 20_000_000) } ?? Int.max
}
