
/// A value of an Ardoise program.
///
/// The common cases (integers that fit a machine word, decimals, booleans) carry no
/// reference-counted payload, which keeps the evaluation loop free of retain/release
/// for arithmetic. Integers move to `bigInteger` only when they leave the `Int` range,
/// and come back as soon as they fit again, so each integer has exactly one form.
public enum Value {
    case integer(Int)
    case bigInteger(BigIntBox)
    case decimal(Double)
    case text(TextStorage)
    case boolean(Bool)
    case list(ListStorage)
    case nothing
    /// The content of a variable slot before its first assignment; never seen by a program.
    case unassigned

    /// An exact integer in its canonical form.
    static func integer(_ value: BigInt) -> Value {
        if let small = Int(exactly: value) { return .integer(small) }
        return .bigInteger(BigIntBox(value))
    }

    static func text(_ string: String) -> Value { .text(TextStorage(string)) }
    static func text(_ characters: [Character]) -> Value { .text(TextStorage(characters)) }
    static func list(_ items: [Value]) -> Value { .list(ListStorage(items)) }

    /// The type's name as `type(x)` gives it.
    public var typeName: String {
        switch self {
        case .integer, .bigInteger: return "entier"
        case .decimal: return "décimal"
        case .text: return "texte"
        case .boolean: return "booléen"
        case .list: return "liste"
        case .nothing, .unassigned: return "rien"
        }
    }

    var isNumber: Bool {
        switch self {
        case .integer, .bigInteger, .decimal: return true
        default: return false
        }
    }

    var bigValue: BigInt? {
        switch self {
        case .integer(let i): return BigInt(i)
        case .bigInteger(let b): return b.value
        default: return nil
        }
    }
}

/// An integer outside the machine range.
public final class BigIntBox {
    let value: BigInt
    init(_ value: BigInt) { self.value = value }
}

/// A text: an array of user-perceived characters, so that `t[i]` and `longueur(t)` never rescan it.
/// A text of plain ASCII characters (the common case) is kept as bytes, a sixteenth of the
/// memory of `Character`s; it moves to characters when something else joins it.
public final class TextStorage {
    private var bytes: [UInt8]
    private var wide: [Character]?

    init(_ characters: [Character]) {
        if characters.allSatisfy({ $0.utf8.count == 1 }) {
            bytes = characters.map { $0.utf8.first ?? 0 }
            wide = nil
        } else {
            bytes = []
            wide = characters
        }
    }

    convenience init(_ string: String) { self.init(Array(string)) }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        self.wide = nil
    }

    /// A copy, for writing into while others still read the original.
    func copy() -> TextStorage {
        if let wide { return TextStorage(wide) }
        return TextStorage(bytes: bytes)
    }

    var count: Int { wide?.count ?? bytes.count }

    /// The character at a 0-based position (checked by the caller).
    func character(at index: Int) -> Character {
        if let wide { return wide[index] }
        return Character(Unicode.Scalar(bytes[index]))
    }

    /// The characters, as an array (built on demand for an ASCII text).
    var characters: [Character] {
        if let wide { return wide }
        return bytes.map { Character(Unicode.Scalar($0)) }
    }

    var string: String {
        if let wide { return String(wide) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// In place, in time proportional to what is added: `wide` is taken out of the object
    /// while it grows, so that the array is not shared and not copied (copying it made
    /// building an accented text one character at a time quadratic).
    func append(_ other: TextStorage) {
        if wide == nil, other.wide == nil {
            bytes.append(contentsOf: other.bytes)
            return
        }
        let added = other.characters   // before anything moves: `other` may be this text
        var characters = self.characters
        wide = nil
        bytes = []
        characters.append(contentsOf: added)
        wide = characters
    }

    /// Where the characters are in memory: tests check that appending does not move them
    /// each time.
    var bufferAddress: UInt {
        if let wide { return wide.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
        return bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    /// `texte * n`: an ASCII text is repeated as bytes, never looked at character by character.
    func repeated(_ times: Int) -> TextStorage {
        if let wide {
            var characters: [Character] = []
            characters.reserveCapacity(wide.count * times)
            for _ in 0..<times { characters.append(contentsOf: wide) }
            return TextStorage(characters)
        }
        var repeatedBytes: [UInt8] = []
        repeatedBytes.reserveCapacity(bytes.count * times)
        for _ in 0..<times { repeatedBytes.append(contentsOf: bytes) }
        return TextStorage(bytes: repeatedBytes)
    }

    func joined(with other: TextStorage) -> TextStorage {
        if wide == nil, other.wide == nil { return TextStorage(bytes: bytes + other.bytes) }
        return TextStorage(characters + other.characters)
    }

    func isEqual(to other: TextStorage) -> Bool {
        if wide == nil, other.wide == nil { return bytes == other.bytes }
        return characters == other.characters
    }
}

/// A list: mutable and shared by reference, as in Python.
public final class ListStorage {
    var items: [Value]
    /// While the list is noted as maybe in a cycle: who noted it, and where (see
    /// `ListCycleBreaker`). Unowned: the breaker clears it before it goes away.
    unowned(unsafe) var cycleBreaker: ListCycleBreaker?
    var cycleNote: Int32 = 0

    init(_ items: [Value]) { self.items = items }

    /// A list nested 100 000 deep would be freed by 100 000 nested releases and overflow
    /// the stack: the inner lists that only this one holds are taken apart one by one instead.
    deinit {
        cycleBreaker?.forget(self)
        var pending: [ListStorage] = []
        for item in items { if case .list(let inner) = item { pending.append(inner) } }
        guard !pending.isEmpty else { return }
        items.removeAll()
        while var list = pending.popLast() {
            guard isKnownUniquelyReferenced(&list) else { continue }
            for item in list.items { if case .list(let inner) = item { pending.append(inner) } }
            list.items.removeAll()
        }
    }
}
