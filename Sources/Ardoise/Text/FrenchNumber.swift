/// Whole numbers as French messages write them: thousands apart with a space (`30 000`).
/// Used by the lexer, the resolver's limits and the evaluator alike.
enum FrenchNumber {
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n))
        var out = ""
        while digits.count > 3 { out = " " + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }
}
