/// A trace table (*tableau de suivi*): one row per executed instruction, one column per
/// variable, as a learner fills it by hand. Built by `TraceRecorder`, drawn by the renderers.
/// Every value is already text: a list changes after the step, its row must not.
struct TraceTable: Equatable {
    /// A variable's column. A function's variables have their own columns, filled only
    /// in the rows of that function's calls.
    struct Column: Equatable {
        var name: String
        /// The function the variable belongs to; nil for the main program.
        var function: String?

        /// Unique in a table: `somme`, or `carré.n` (no name contains a dot).
        var key: String { function.map { "\($0).\(name)" } ?? name }
        /// The column's title: `somme`, or `n (carré)`.
        var title: String { function.map { "\(name) (\($0))" } ?? name }
    }

    enum RowKind: Equatable {
        /// An instruction ran.
        case statement
        /// The condition of a `si` or `tant que` was tested.
        case condition(Bool)
        /// A loop began its n-th turn (from 1).
        case loopTurn(Int)
        /// A call begins: `→ appel de carré(3)`.
        case call(function: String, arguments: [String])
        /// A call ends: `← carré renvoie 9`.
        case callReturn(function: String, result: String)
    }

    struct Row: Equatable {
        /// The step's number; nil for the rows that mark a call's start or end.
        var step: Int?
        var kind: RowKind
        /// The line of the instruction (of the call, for call rows).
        var line: Int
        /// The function whose variables the row shows; nil for the main program.
        var function: String?
        /// Calls in progress (0 in the main program).
        var depth: Int
        /// The instruction's source, trimmed (empty for call rows).
        var source: String
        /// Column key → the variable's value, for the variables that have one.
        var values: [String: String]
        /// Keys of the values this step changed.
        var changed: Set<String>
        /// What the program printed during the step (questions and answers included).
        var printed: String
    }

    /// How the run ended, as a note under the table.
    enum Ending: Equatable {
        case completed
        /// The row limit was reached: the rest of the run was stopped.
        case cut(rows: Int)
        /// So many steps went by without a shown row that the run was stopped (an endless loop
        /// outside the lines asked for).
        case tooLong(steps: Int)
        /// A runtime error or a limit stopped the program.
        case error(code: String, line: Int, message: String)
        /// Ctrl-C.
        case interrupted
    }

    var programName: String
    var columns: [Column] = []
    var rows: [Row] = []
    var ending: Ending = .completed
    /// Printed after the last step (the checks' summary).
    var trailingOutput = ""
    /// A handout to fill in: the cells are left empty (see `blanked()`).
    var isBlank = false

    /// The cell of a variable column in a row: its value, `?` when the variable has none yet,
    /// nil when the column belongs to another function (or to the main program).
    func cell(_ column: Column, in row: Row) -> String? {
        guard column.function == row.function else { return nil }
        if isBlank { return "" }
        return row.values[column.key] ?? Self.noValue
    }

    /// What a variable without a value shows.
    static let noValue = "?"

    /// The instruction column's indentation for a row: one `unit` per call in progress, up
    /// to ten, so that a deep recursion still leaves room for the instruction.
    static func indentation(of row: Row, unit: String) -> String {
        String(repeating: unit, count: min(row.depth, 10))
    }

    /// The instruction column: the source, with what the step decided, or the call marker.
    func instruction(of row: Row) -> String {
        let parts = instructionParts(of: row)
        return parts.text + parts.outcome
    }

    /// The instruction and what came of it (` → vrai`, ` renvoie 9`), apart: a narrow column
    /// abbreviates the first and keeps the second.
    func instructionParts(of row: Row) -> (text: String, outcome: String) {
        switch row.kind {
        case .statement: return (row.source, "")
        case .condition(let holds): return (row.source, " → \(holds ? "vrai" : "faux")")
        case .loopTurn(let turn): return (row.source, " → tour \(turn)")
        case .call(let function, let arguments): return ("→ appel de \(function)(\(arguments.joined(separator: ", ")))", "")
        case .callReturn(let function, let result): return ("← \(function)", " renvoie \(result)")
        }
    }

    /// The same table with every value and output left blank, and conditions not answered:
    /// a handout where learners predict the values.
    func blanked() -> TraceTable {
        var blank = self
        blank.isBlank = true
        blank.rows = rows.map { row in
            var r = row
            r.values = [:]
            r.changed = []
            r.printed = ""
            switch r.kind {
            case .condition: r.kind = .statement
            case .call(let function, let arguments): r.kind = .call(function: function, arguments: arguments.map { _ in "…" })
            case .callReturn(let function, _): r.kind = .callReturn(function: function, result: "…")
            default: break
            }
            return r
        }
        blank.trailingOutput = ""
        return blank
    }
}
