/// The decimal digits of a `Double` as Swift writes it (the shortest text that reads back
/// as the same number), to round and print decimals the way a person reads them.
/// The value is `0.d₁d₂d₃… × 10^point`.
struct DecimalDigits {
    var negative: Bool
    /// No leading zeros; empty for zero.
    var digits: [UInt8]
    var point: Int

    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        negative = value < 0
        let text = String(value.magnitude.description)        // "123.456", "1e-05", "1.2345e+20"
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = parts.first ?? "0"
        let fraction = parts.count > 1 ? parts[1] : ""
        digits = (integerPart + fraction).compactMap { $0.wholeNumberValue.map(UInt8.init) }
        point = integerPart.count + exponent
        while digits.first == 0 { digits.removeFirst(); point -= 1 }
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { point = 0 }
    }

    /// Keeps `count` digits, rounding halves away from zero.
    mutating func round(keeping count: Int) {
        guard digits.count > count else { return }
        if count < 0 { digits = []; point = 0; return }
        let roundUp = digits[count] >= 5
        digits.removeSubrange(count...)
        if roundUp {
            var i = digits.count - 1
            while i >= 0 && digits[i] == 9 { digits[i] = 0; i -= 1 }
            if i >= 0 {
                digits[i] += 1
            } else {
                digits.insert(1, at: 0)
                point += 1
            }
        }
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { point = 0 }
    }

    mutating func round(significant count: Int) { round(keeping: count) }

    /// Rounds to `places` digits after the point, halves away from zero.
    mutating func round(fractionDigits places: Int) {
        let keep = point + places
        if keep == 0, let first = digits.first, first >= 5 {
            digits = [1]
            point += 1
            return
        }
        if keep <= 0 { digits = []; point = 0; return }
        round(keeping: keep)
    }

    var isZero: Bool { digits.isEmpty }

    /// `123.45`, `0.001`, `1200`; with an exponent (`1.5e+300`) outside 10⁻⁷…10²¹.
    var text: String {
        if digits.isEmpty { return "0" }
        let sign = negative ? "-" : ""
        let d = digits.map { String($0) }.joined()
        let exponent = point - 1
        if exponent >= 21 || exponent < -7 {
            let mantissa = digits.count > 1 ? "\(d.prefix(1)).\(d.dropFirst())" : d
            return "\(sign)\(mantissa)e\(exponent < 0 ? "-" : "+")\(abs(exponent))"
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + d }
        if point >= digits.count { return sign + d + String(repeating: "0", count: point - digits.count) }
        return sign + d.prefix(point) + "." + d.dropFirst(point)
    }

    /// The integer part as digits (for a value already rounded to a whole number).
    var integerText: String {
        if digits.isEmpty || point <= 0 { return "0" }
        let d = digits.map { String($0) }.joined()
        let whole = point >= digits.count ? d + String(repeating: "0", count: point - digits.count) : String(d.prefix(point))
        return (negative ? "-" : "") + whole
    }
}
