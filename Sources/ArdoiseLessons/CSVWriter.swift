import FoundationEssentials

/// Writes CSV as French spreadsheets open it without a question: `;` between cells
/// (the comma is the French decimal separator), a UTF-8 byte order mark so accents show,
/// and CRLF line ends (RFC 4180). Every cell goes through `SafeText.csvCellValue`.
public struct CSVWriter {
    public static let separator = ";"
    private var rows: [[String]] = []

    public init(header: [String]) { rows.append(header) }

    public mutating func append(_ row: [String]) { rows.append(row) }

    public var text: String {
        "\u{FEFF}" + rows.map { $0.map(Self.cell).joined(separator: Self.separator) + "\r\n" }.joined()
    }

    static func cell(_ raw: String) -> String {
        let value = SafeText.csvCellValue(raw)
        guard value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "," }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
