/// What a session has compiled so far: its sources, sites, top-level variables and functions.
/// The resolver adds to it; the evaluator reads it. In the REPL it grows entry by entry.
final class ProgramContext {
    var sources: [Source] = []
    var sites: [Site] = []
    /// Top-level variables: their slots in the top-level frame, in order of first assignment.
    var globalNames: [String] = []
    var globalSlots: [String: Int] = [:]
    /// Declared functions; a REPL redefinition replaces the function at the same index.
    var functions: [CompiledFunction] = []
    var functionIndex: [String: Int] = [:]
    /// The resolved tree of everything compiled so far.
    let code = ResolvedCode()

    func addSite(_ site: Site) -> Int {
        sites.append(site)
        return sites.count - 1
    }
}
