import Glibc
/// Numbers and the operators on them. Integers are exact: a machine-word fast path that
/// moves to a big integer on overflow. `/` is exact division; `div` and `mod` round
/// towards minus infinity, so `a = b * (a div b) + a mod b`.
enum Arithmetic {
    /// An integer result with more bits than this is refused (E0319) rather than computed for minutes.
    static let maximumIntegerBits = 100_000

    static func add(_ a: Value, _ b: Value, site: Int) throws -> Value {
        switch (a, b) {
        case (.integer(let x), .integer(let y)):
            let (r, overflow) = x.addingReportingOverflow(y)
            return overflow ? .integer(BigInt(x) + BigInt(y)) : .integer(r)
        case (.decimal(let x), .decimal(let y)):
            return try decimal(x + y, site: site)
        default:
            return try slowAdd(a, b, site: site)
        }
    }

    private static func slowAdd(_ a: Value, _ b: Value, site: Int) throws -> Value {
        if let x = a.bigValue, let y = b.bigValue { return try capped(x + y, site: site) }
        if let x = a.doubleValue, let y = b.doubleValue { return try decimal(x + y, site: site) }
        switch (a, b) {
        case (.text(let x), .text(let y)):
            return .text(x.joined(with: y))
        case (.list(let x), .list(let y)):
            return .list(x.items + y.items)
        case (.text, _) where b.isNumber || b.isBoolean, (_, .text) where a.isNumber || a.isBoolean:
            let example = a.isText ? "\"…{\(b.shortEcho)}\"" : "\"{\(a.shortEcho)}…\""
            throw RuntimeFailure(.E0307, site: site, ["gauche": a.described, "droite": b.described],
                                 hint: .useInterpolation(example))
        default:
            throw RuntimeFailure(.E0303, site: site, ["opération": "+", "gauche": a.described, "droite": b.described])
        }
    }

    static func subtract(_ a: Value, _ b: Value, site: Int) throws -> Value {
        switch (a, b) {
        case (.integer(let x), .integer(let y)):
            let (r, overflow) = x.subtractingReportingOverflow(y)
            return overflow ? .integer(BigInt(x) - BigInt(y)) : .integer(r)
        case (.decimal(let x), .decimal(let y)):
            return try decimal(x - y, site: site)
        default:
            if let x = a.bigValue, let y = b.bigValue { return try capped(x - y, site: site) }
            if let x = a.doubleValue, let y = b.doubleValue { return try decimal(x - y, site: site) }
            throw mismatch("-", a, b, site: site)
        }
    }

    static func multiply(_ a: Value, _ b: Value, site: Int) throws -> Value {
        switch (a, b) {
        case (.integer(let x), .integer(let y)):
            let (r, overflow) = x.multipliedReportingOverflow(by: y)
            return overflow ? .integer(BigInt(x) * BigInt(y)) : .integer(r)
        case (.decimal(let x), .decimal(let y)):
            return try decimal(x * y, site: site)
        default:
            if let x = a.bigValue, let y = b.bigValue {
                if x.bitWidth + y.bitWidth > maximumIntegerBits { throw tooLarge(site: site) }
                return .integer(x * y)
            }
            if let x = a.doubleValue, let y = b.doubleValue { return try decimal(x * y, site: site) }
            throw mismatch("*", a, b, site: site)
        }
    }

    /// Exact division: an integer when it divides exactly (`6 / 3` is `2`), a decimal otherwise.
    static func divide(_ a: Value, _ b: Value, site: Int) throws -> Value {
        if case .integer(let x) = a, case .integer(let y) = b, y != 0, !(x == .min && y == -1) {
            if x % y == 0 { return .integer(x / y) }
            return try decimal(Double(x) / Double(y), site: site)
        }
        if let x = a.bigValue, let y = b.bigValue {
            if y == 0 { throw divisionByZero(site: site) }
            let (q, r) = x.quotientAndRemainder(dividingBy: y)
            if r == 0 { return .integer(q) }
            return try decimal(ratio(x, y), site: site)
        }
        if let x = a.doubleValue, let y = b.doubleValue {
            if y == 0 { throw divisionByZero(site: site) }
            return try decimal(x / y, site: site)
        }
        throw mismatch("/", a, b, site: site)
    }

    /// `x / y` as a decimal for big integers, without overflowing to infinity when both are huge.
    private static func ratio(_ x: BigInt, _ y: BigInt) -> Double {
        let shift = max(0, max(x.bitWidth, y.bitWidth) - 1000)
        return Double(x >> shift) / Double(y >> shift)
    }

    static func integerDivide(_ a: Value, _ b: Value, site: Int, remainder: Bool) throws -> Value {
        if case .integer(let x) = a, case .integer(let y) = b, y != 0, !(x == .min && y == -1) {
            var q = x / y, r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { q -= 1; r += y }
            return .integer(remainder ? r : q)
        }
        if let x = a.bigValue, let y = b.bigValue {
            if y == 0 { throw divisionByZero(site: site) }
            var (q, r) = x.quotientAndRemainder(dividingBy: y)
            if r != 0 && ((r.signum() < 0) != (y.signum() < 0)) { q -= 1; r += y }
            return .integer(remainder ? r : q)
        }
        if let x = a.doubleValue, let y = b.doubleValue {
            if y == 0 { throw divisionByZero(site: site) }
            let q = (x / y).rounded(.down)
            if remainder { return try decimal(x - y * q, site: site) }
            guard q.isFinite else { throw tooLarge(site: site) }
            return .integer(BigInt(q))
        }
        throw mismatch(remainder ? "mod" : "div", a, b, site: site)
    }

    /// `^`: an integer to a non-negative integer power stays exact.
    static func power(_ a: Value, _ b: Value, site: Int) throws -> Value {
        if let base = a.bigValue, let exponent = b.bigValue {
            if exponent >= 0 {
                if base == 0 || base == 1 { return .integer(exponent == 0 ? 1 : base) }
                if base == -1 { return .integer(exponent.isMultiple(of: 2) ? 1 : -1) }
                // log2|base| × e bits, refused before computing (10 ^ 30000 has 99 658 bits).
                guard let e = Int(exactly: exponent), e <= maximumIntegerBits,
                      base.log2Magnitude * Double(e) <= Double(maximumIntegerBits) else { throw tooLarge(site: site) }
                return try capped(base.power(e), site: site)
            }
            if base == 0 { throw divisionByZero(site: site) }
            guard let x = a.doubleValue, let y = b.doubleValue else { throw tooLarge(site: site) }
            return try decimal(Glibc.pow(x, y), site: site)
        }
        if let x = a.doubleValue, let y = b.doubleValue {
            if x == 0 && y < 0 { throw divisionByZero(site: site) }
            if x < 0 && y != y.rounded() {
                throw RuntimeFailure(.E0303, site: site, ["opération": "^", "gauche": a.described, "droite": b.described])
            }
            return try decimal(Glibc.pow(x, y), site: site)
        }
        throw mismatch("^", a, b, site: site)
    }

    /// A big integer result, refused past `maximumIntegerBits` (`x <- x + x` in an endless loop).
    private static func capped(_ x: BigInt, site: Int) throws -> Value {
        if x.bitWidth > maximumIntegerBits + 1 { throw tooLarge(site: site) }
        return .integer(x)
    }

    static func negate(_ a: Value, site: Int) throws -> Value {
        switch a {
        case .integer(let x): return x == .min ? .integer(-BigInt(x)) : .integer(-x)
        case .bigInteger(let b): return .integer(-b.value)
        case .decimal(let d): return .decimal(-d)
        default:
            throw RuntimeFailure(.E0303, site: site, ["opération": "-", "gauche": "rien", "droite": a.described])
        }
    }

    /// A decimal result; infinity means it no longer fits.
    @inline(__always)
    static func decimal(_ x: Double, site: Int) throws -> Value {
        guard x.isFinite else { throw tooLarge(site: site) }
        return .decimal(x)
    }

    static func divisionByZero(site: Int) -> RuntimeFailure {
        RuntimeFailure(.E0301, site: site, hint: .usePlainText("division-zero"))
    }

    static func tooLarge(site: Int) -> RuntimeFailure {
        RuntimeFailure(.E0319, site: site, ["détail": "plus de \(FrenchNumber.grouped(maximumIntegerBits * 3 / 10)) chiffres, ou au-delà des décimaux"])
    }

    static func mismatch(_ op: String, _ a: Value, _ b: Value, site: Int) -> RuntimeFailure {
        if op == "*", a.isText, !b.isText {
            return RuntimeFailure(.E0303, site: site, ["opération": op, "gauche": a.described, "droite": b.described],
                                  hint: .usePlainText("repeter-texte"))
        }
        if a.isText || b.isText, a.isNumber || b.isNumber {
            return RuntimeFailure(.E0303, site: site, ["opération": op, "gauche": a.described, "droite": b.described],
                                  hint: .convertWithNumber)
        }
        return RuntimeFailure(.E0303, site: site, ["opération": op, "gauche": a.described, "droite": b.described])
    }
}

extension Value {
    var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .bigInteger(let b): return Double(b.value)
        case .decimal(let d): return d
        default: return nil
        }
    }
    var isText: Bool { if case .text = self { return true }; return false }
    var isBoolean: Bool { if case .boolean = self { return true }; return false }
}
