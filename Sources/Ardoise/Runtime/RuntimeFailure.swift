/// An error while running, before it becomes a `Diagnostic`: the code, the site of the
/// node that failed, the message's arguments, and the calls it passed through.
struct RuntimeFailure: Error {
    var code: DiagnosticCode
    var site: Int
    var arguments: [String: String]
    var hint: Hint?
    /// Function name and call site, innermost first (appended while unwinding).
    var calls: [(function: String, site: Int)] = []

    init(_ code: DiagnosticCode, site: Int, _ arguments: [String: String] = [:], hint: Hint? = nil) {
        self.code = code
        self.site = site
        self.arguments = arguments
        self.hint = hint
    }
}
