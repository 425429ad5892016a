import FoundationEssentials
import Glibc

/// Which part of a run the table shows: some variables, some lines.
struct TraceFilter: Equatable {
    /// Names of the variables to show (in any function); nil shows them all.
    var variables: Set<String>?
    /// Lines whose steps are shown; nil shows every line.
    var lines: Set<Int>?

    init(variables: Set<String>? = nil, lines: Set<Int>? = nil) {
        self.variables = variables
        self.lines = lines
    }

    func showsVariable(_ name: String) -> Bool { variables?.contains(name) ?? true }
    func showsLine(_ line: Int) -> Bool { lines?.contains(line) ?? true }

    /// `somme,i` (and repeated options): names, spaces around commas ignored.
    static func variableNames(_ arguments: [String]) -> Set<String>? {
        let names = arguments.flatMap { $0.split(separator: ",") }
            .map { $0.trimmed(.whitespaces) }
            .filter { !$0.isEmpty }
        return names.isEmpty ? nil : Set(names)
    }

    /// `3,5-8` → {3, 5, 6, 7, 8}; nil for none; a failure when a part is not a line or a range.
    static func lineNumbers(_ arguments: [String]) -> Result<Set<Int>?, LineListError> {
        var lines = Set<Int>()
        for part in arguments.flatMap({ $0.split(separator: ",") }) {
            let item = part.trimmed(.whitespaces)
            if item.isEmpty { continue }
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.trimmed(.whitespaces) }
            guard bounds.count <= 2, let first = Int(bounds[0]), first >= 1,
                  let last = bounds.count == 2 ? Int(bounds[1]) : first, last >= first else {
                return .failure(LineListError(item: item))
            }
            // A range past any program's length is a slip, not a request for a million lines.
            guard last - first < 100_000 else { return .failure(LineListError(item: item)) }
            lines.formUnion(first...last)
        }
        return .success(lines.isEmpty ? nil : lines)
    }

    struct LineListError: Error, Equatable {
        var item: String
        var message: String {
            "« \(item) » n'est pas une ligne ni un intervalle de lignes : écris par exemple --lignes 3,5-8"
        }
    }
}
