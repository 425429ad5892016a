import Glibc

/// An exact integer of any size, for when a machine integer overflows (`2 ^ 100`).
///
/// Sign and magnitude; the magnitude is in 64-bit limbs, least significant first, with no
/// zero limb at the top (zero has no limb). Written here rather than taken from a package
/// so that the language loads no Foundation (see docs/performance.md). Sizes are bounded
/// by `Arithmetic.maximumIntegerBits`, so the schoolbook algorithms are fast enough.
struct BigInt: Sendable, Hashable, Comparable, LosslessStringConvertible, ExpressibleByIntegerLiteral {
    private(set) var negative: Bool
    private(set) var limbs: [UInt64]

    private init(negative: Bool, limbs: [UInt64]) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        self.limbs = limbs
        self.negative = negative && !limbs.isEmpty
    }

    init(_ value: Int) {
        self.init(negative: value < 0, limbs: [value.magnitude.toUInt64])
    }

    init(integerLiteral value: Int) { self.init(value) }

    /// The whole part of a finite decimal (towards zero).
    init(_ value: Double) {
        let whole = value.rounded(.towardZero)
        guard whole.isFinite, whole != 0 else { self.init(0); return }
        if let small = Int(exactly: whole) { self.init(small); return }
        // |whole| ≥ 2⁶³: its significand shifted left by its exponent.
        let significand = (UInt64(1) << 52) | whole.significandBitPattern
        let shift = Int(whole.exponent) - 52
        self = BigInt(negative: whole < 0, limbs: [significand]).shiftedLeft(by: shift)
    }

    /// Decimal digits with an optional `-` or `+`.
    init?(_ text: String) {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" || digits.first == "+" { negative = digits.first == "-"; digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var result = BigInt(0)
        var chunkStart = digits.startIndex
        // 18 digits at a time: multiply by 10¹⁸ and add.
        let firstChunk = digits.count % 18 == 0 ? 18 : digits.count % 18
        var chunkEnd = digits.index(chunkStart, offsetBy: firstChunk)
        while true {
            let chunk = UInt64(digits[chunkStart..<chunkEnd]) ?? 0
            let scale = UInt64(pow10(chunkStart == digits.startIndex ? 0 : 18))
            result = BigInt(negative: false, limbs: Self.multiplyAdd(result.limbs, scale, chunk))
            if chunkEnd == digits.endIndex { break }
            chunkStart = chunkEnd
            chunkEnd = digits.index(chunkStart, offsetBy: 18)
        }
        self.init(negative: negative, limbs: result.limbs)
    }

    var description: String {
        if limbs.isEmpty { return "0" }
        var chunks: [UInt64] = []
        var rest = limbs
        while !rest.isEmpty {
            let (quotient, remainder) = Self.divide(rest, by: 1_000_000_000_000_000_000)
            chunks.append(remainder)
            rest = quotient
        }
        var text = negative ? "-" : ""
        text += String(chunks.removeLast())
        for chunk in chunks.reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 18 - digits.count) + digits
        }
        return text
    }

    var magnitude: BigInt { BigInt(negative: false, limbs: limbs) }
    func signum() -> Int { limbs.isEmpty ? 0 : (negative ? -1 : 1) }

    /// Bits of the magnitude, plus one for the sign.
    var bitWidth: Int {
        guard let top = limbs.last else { return 1 }
        return (limbs.count - 1) * 64 + (64 - top.leadingZeroBitCount) + 1
    }

    /// 64-bit words of the magnitude: the measure of an operation's cost.
    var limbCount: Int { limbs.count }

    /// log2 of the magnitude, from its top 64 bits (0 for 0 and 1).
    var log2Magnitude: Double {
        guard let top = limbs.last else { return 0 }
        let below = limbs.count >= 2 ? limbs[limbs.count - 2] : 0
        let shift = top.leadingZeroBitCount
        let leading = shift == 0 ? top : (top << UInt64(shift)) | (below >> UInt64(64 - shift))
        let exponent = (limbs.count - 1) * 64 - shift
        return Glibc.log2(Double(leading)) + Double(exponent)
    }

    func isMultiple(of other: BigInt) -> Bool {
        if other.limbs.isEmpty { return limbs.isEmpty }
        return quotientAndRemainder(dividingBy: other).remainder.limbs.isEmpty
    }

    // MARK: - Comparison

    static func < (a: BigInt, b: BigInt) -> Bool {
        if a.negative != b.negative { return a.negative }
        let order = compareMagnitudes(a.limbs, b.limbs)
        return a.negative ? order > 0 : order < 0
    }

    private static func compareMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    // MARK: - Arithmetic

    static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, limbs: a.limbs) }

    static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return BigInt(negative: a.negative, limbs: addMagnitudes(a.limbs, b.limbs)) }
        // Different signs: the larger magnitude minus the smaller, with its sign.
        if compareMagnitudes(a.limbs, b.limbs) >= 0 {
            return BigInt(negative: a.negative, limbs: subtractMagnitudes(a.limbs, b.limbs))
        }
        return BigInt(negative: b.negative, limbs: subtractMagnitudes(b.limbs, a.limbs))
    }

    static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }
    static func += (a: inout BigInt, b: BigInt) { a = a + b }
    static func -= (a: inout BigInt, b: BigInt) { a = a - b }

    static func * (a: BigInt, b: BigInt) -> BigInt {
        guard !a.limbs.isEmpty, !b.limbs.isEmpty else { return 0 }
        var product = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let (high, low) = x.multipliedFullWidth(by: y)
                let (sum1, c1) = low.addingReportingOverflow(product[i + j])
                let (sum2, c2) = sum1.addingReportingOverflow(carry)
                product[i + j] = sum2
                carry = high &+ (c1 ? 1 : 0) &+ (c2 ? 1 : 0)
            }
            product[i + b.limbs.count] = carry
        }
        return BigInt(negative: a.negative != b.negative, limbs: product)
    }

    /// Division rounding towards zero, as Swift's integers do.
    func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!divisor.limbs.isEmpty, "division by zero is checked before")
        if Self.compareMagnitudes(limbs, divisor.limbs) < 0 { return (0, self) }
        let (q, r): ([UInt64], [UInt64])
        if divisor.limbs.count == 1 {
            let (quotient, remainder) = Self.divide(limbs, by: divisor.limbs[0])
            (q, r) = (quotient, [remainder])
        } else {
            (q, r) = Self.longDivide(limbs, by: divisor.limbs)
        }
        return (BigInt(negative: negative != divisor.negative, limbs: q), BigInt(negative: negative, limbs: r))
    }

    func power(_ exponent: Int) -> BigInt {
        var result = BigInt(1), base = self, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }

    /// The magnitude shifted right (towards zero), keeping the sign.
    static func >> (a: BigInt, shift: Int) -> BigInt {
        guard shift > 0 else { return a }
        let limbShift = shift / 64, bitShift = shift % 64
        guard limbShift < a.limbs.count else { return 0 }
        var result = Array(a.limbs[limbShift...])
        if bitShift > 0 {
            for i in 0..<result.count {
                let high = i + 1 < result.count ? result[i + 1] << (64 - bitShift) : 0
                result[i] = (result[i] >> bitShift) | high
            }
        }
        return BigInt(negative: a.negative, limbs: result)
    }

    private func shiftedLeft(by shift: Int) -> BigInt {
        guard shift > 0 else { return self >> (-shift) }
        let limbShift = shift / 64, bitShift = shift % 64
        var result = [UInt64](repeating: 0, count: limbShift) + limbs + [0]
        if bitShift > 0 {
            var i = result.count - 1
            while i > limbShift {
                result[i] = (result[i] << bitShift) | (result[i - 1] >> (64 - bitShift))
                i -= 1
            }
            result[limbShift] <<= bitShift
        }
        return BigInt(negative: negative, limbs: result)
    }

    // MARK: - Magnitudes

    private static func addMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = long
        var carry = false
        for i in 0..<long.count {
            let (s1, c1) = result[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, c2) = s1.addingReportingOverflow(carry ? 1 : 0)
            result[i] = s2
            carry = c1 || c2
            if !carry && i >= short.count { break }
        }
        if carry { result.append(1) }
        return result
    }

    /// a - b, with a ≥ b.
    private static func subtractMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var result = a
        var borrow = false
        for i in 0..<a.count {
            let (d1, b1) = result[i].subtractingReportingOverflow(i < b.count ? b[i] : 0)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            result[i] = d2
            borrow = b1 || b2
            if !borrow && i >= b.count { break }
        }
        return result
    }

    private static func multiplyAdd(_ a: [UInt64], _ factor: UInt64, _ addend: UInt64) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(a.count + 1)
        var carry = addend
        for x in a {
            let (high, low) = x.multipliedFullWidth(by: factor)
            let (sum, c) = low.addingReportingOverflow(carry)
            result.append(sum)
            carry = high &+ (c ? 1 : 0)
        }
        if carry != 0 { result.append(carry) }
        return result
    }

    /// Division by one limb.
    private static func divide(_ a: [UInt64], by divisor: UInt64) -> (quotient: [UInt64], remainder: UInt64) {
        var quotient = [UInt64](repeating: 0, count: a.count)
        var remainder: UInt64 = 0
        var i = a.count - 1
        while i >= 0 {
            (quotient[i], remainder) = divisor.dividingFullWidth((remainder, a[i]))
            i -= 1
        }
        while quotient.last == 0 { quotient.removeLast() }
        return (quotient, remainder)
    }

    /// Binary long division for a divisor of several limbs (rare: both operands huge).
    private static func longDivide(_ a: [UInt64], by b: [UInt64]) -> (quotient: [UInt64], remainder: [UInt64]) {
        let dividend = BigInt(negative: false, limbs: a), divisor = BigInt(negative: false, limbs: b)
        var quotient = [UInt64](repeating: 0, count: a.count)
        var remainder = BigInt(0)
        var bit = dividend.bitWidth - 2
        while bit >= 0 {
            remainder = remainder.shiftedLeft(by: 1)
            if (a[bit / 64] >> (bit % 64)) & 1 == 1 { remainder = remainder + 1 }
            if compareMagnitudes(remainder.limbs, divisor.limbs) >= 0 {
                remainder = remainder - divisor
                quotient[bit / 64] |= 1 << (bit % 64)
            }
            bit -= 1
        }
        while quotient.last == 0 { quotient.removeLast() }
        return (quotient, remainder.limbs)
    }
}

private func pow10(_ n: Int) -> UInt64 {
    var result: UInt64 = 1
    for _ in 0..<n { result *= 10 }
    return result
}

private extension UInt {
    var toUInt64: UInt64 { UInt64(self) }
}

extension Int {
    /// The machine integer equal to a big one, if it fits.
    init?(exactly value: BigInt) {
        guard value.limbs.count <= 1 else { return nil }
        let magnitude = value.limbs.first ?? 0
        if value.negative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            self = magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        } else {
            guard magnitude <= UInt64(Int.max) else { return nil }
            self = Int(magnitude)
        }
    }
}

extension Double {
    /// The nearest decimal (infinity beyond the largest).
    init(_ value: BigInt) {
        var result = 0.0
        for limb in value.limbs.reversed() { result = result * 18_446_744_073_709_551_616.0 + Double(limb) }
        self = value.negative ? -result : result
    }
}
