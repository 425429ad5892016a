import FoundationEssentials
import Glibc

/// The trace table as JSON, for tools. The schema is versioned and described in
/// docs/tableau-de-suivi.md; a change that could break a reader raises `version`.
struct JSONTableRenderer {
    static let schema = "ardoise/tableau-de-suivi"
    static let version = 1

    func render(_ table: TraceTable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(table)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var schema = JSONTableRenderer.schema
        var version = JSONTableRenderer.version
        var program: String
        /// A handout: the values were left out.
        var blank: Bool?
        var columns: [Column]
        var rows: [Row]
        var end: End
        var trailingOutput: String?

        init(_ table: TraceTable) {
            program = table.programName
            blank = table.isBlank ? true : nil
            columns = table.columns.map { Column(key: $0.key, name: $0.name, function: $0.function) }
            rows = table.rows.map { Row($0, table: table) }
            end = End(table.ending)
            trailingOutput = table.trailingOutput.isEmpty ? nil : table.trailingOutput
        }
    }

    private struct Column: Encodable {
        var key: String
        var name: String
        var function: String?
    }

    private struct Row: Encodable {
        var step: Int?
        /// statement, condition, loopTurn, call or return.
        var kind: String
        var line: Int
        var depth: Int
        var function: String?
        var instruction: String?
        var condition: Bool?
        var turn: Int?
        var arguments: [String]?
        var result: String?
        var values: [String: String]
        var changed: [String]
        var printed: String

        init(_ row: TraceTable.Row, table: TraceTable) {
            step = row.step
            line = row.line
            depth = row.depth
            function = row.function
            instruction = row.source.isEmpty ? nil : row.source
            switch row.kind {
            case .statement: kind = "statement"
            case .condition(let holds): kind = "condition"; condition = holds
            case .loopTurn(let n): kind = "loopTurn"; turn = n
            case .call(_, let args): kind = "call"; arguments = args
            case .callReturn(_, let value): kind = "return"; result = value
            }
            values = row.values
            changed = table.columns.map(\.key).filter(row.changed.contains)
            printed = row.printed
        }
    }

    private struct End: Encodable {
        /// completed, cut, tooLong, error or interrupted.
        var status: String
        var rows: Int?
        var steps: Int?
        var error: ErrorInfo?

        init(_ ending: TraceTable.Ending) {
            switch ending {
            case .completed: status = "completed"
            case .cut(let n): status = "cut"; rows = n
            case .tooLong(let n): status = "tooLong"; steps = n
            case .error(let code, let line, let message):
                status = "error"
                error = ErrorInfo(code: code, line: line, message: message)
            case .interrupted: status = "interrupted"
            }
        }
    }

    private struct ErrorInfo: Encodable {
        var code: String
        var line: Int
        var message: String
    }
}
