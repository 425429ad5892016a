import Glibc

/// Each session reserves its arena and its value stack at once, about 300 MB of addresses of
/// which only the pages touched use memory (docs/fiabilite.md). Under a smaller `ulimit -v`,
/// the first allocation would abort with an English stack trace; this says it in French,
/// before anything starts.
public enum AddressSpace {
    /// Measured: the release build starts under `ulimit -v` 320 MB and aborts under 300 MB.
    static let minimumMegabytes = 400

    public static func refuseIfTooSmall() {
        // RLIM_INFINITY is all ones on Linux (the C macro does not import).
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0,
              limit.rlim_cur != rlim_t.max, limit.rlim_cur < rlim_t(minimumMegabytes) << 20 else { return }
        fputs("""
            Ardoise ne peut pas démarrer : la mémoire virtuelle est limitée à \(limit.rlim_cur >> 20) Mo \
            (ulimit -v), il lui en faut au moins \(minimumMegabytes).
              Astuce : relève la limite avant de lancer Ardoise (par exemple « ulimit -v 1000000 »).

            """, stderr)
        exit(1)
    }
}
