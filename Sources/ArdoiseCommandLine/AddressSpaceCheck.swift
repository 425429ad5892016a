import Ardoise
import Glibc

extension ArdoiseCommand {
    /// Under a `ulimit -v` too small for a session (`AddressSpace`), says it in French before
    /// anything starts, rather than letting the first allocation abort with an English stack trace.
    public static func refuseTooSmallAddressSpace() {
        guard let limit = AddressSpace.limitBytes, limit < AddressSpace.minimumBytes else { return }
        fputs("""
            Ardoise ne peut pas démarrer : la mémoire virtuelle est limitée à \(limit >> 20) Mo \
            (ulimit -v), il lui en faut au moins \(AddressSpace.minimumBytes >> 20).
              Astuce : relève la limite avant de lancer Ardoise (par exemple « ulimit -v 1000000 »).

            """, stderr)
        Glibc.exit(1)
    }
}
