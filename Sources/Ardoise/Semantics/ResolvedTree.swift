/// The resolved tree: what the evaluator walks.
///
/// Every name is bound to a slot of its frame (the main program's frame, or a call's),
/// every call to a function entry or a built-in, and arity is already checked. The tree
/// lives in an arena (`ResolvedCode`): a node is a small plain struct, and its children
/// are node numbers, not references. Walking it therefore costs no reference counting,
/// which in Swift is most of what a naive tree-walker spends its time on (see
/// docs/performance.md). Everything only an error message needs (where, the words as
/// written) is in a `Site`, referred to by number.

/// A node's number in the arena; -1 for "none".
typealias NodeID = Int32

/// What a node is. The table says what its fields hold.
///
/// | kind | a | b | c | d | e |
/// |---|---|---|---|---|---|
/// | constant | constant | | | | |
/// | variable | slot | | | | |
/// | text, list | | first item in `items` | item count | | |
/// | negate, not | operand | | | | |
/// | add … power, equal … greaterEqual, and, or | left | right | | | |
/// | compareChain | | first operand in `items` | operand count | first operator in `items` | |
/// | callFunction | function entry | first argument in `items` | argument count | | |
/// | callBuiltin (op = builtin) | | first argument in `items` | argument count | | |
/// | index | container | position | | | |
/// | assign | slot | value | | | |
/// | assignIndex | container | position | value | | |
/// | print | | first value in `items` | value count | | |
/// | ifThen | condition | then block | else (block, ifThen, or -1) | | |
/// | whileLoop | condition | body | | | |
/// | forRange | slot | from | to | step (or -1) | body |
/// | forEach | slot | sequence | body | | |
/// | repeatLoop | count | body | | | |
/// | returnValue | value (or -1) | | | | |
/// | check | condition | left side (or -1) | right side | | |
/// | evaluate | expression | | | | |
/// | block | | first statement in `items` | statement count | | |
enum NodeKind: UInt8 {
    // Expressions
    case constant, variable, text, list, negate, not
    case add, subtract, multiply, divide, intDivide, modulo, power
    case equal, notEqual, less, lessEqual, greater, greaterEqual, compareChain
    case and, or
    case callFunction, callBuiltin, index
    // Statements
    case assign, assignIndex, print, ifThen, whileLoop, forRange, forEach, repeatLoop
    case returnValue, check, evaluate, block
}

struct Node {
    var kind: NodeKind
    /// The built-in of a `callBuiltin`; the operator of a `check`'s comparison.
    var op: UInt8 = 0
    var a: Int32 = -1
    var b: Int32 = -1
    var c: Int32 = -1
    var d: Int32 = -1
    var e: Int32 = -1
    /// Where the node is, for errors and observers.
    var site: Int32 = 0
}

/// What an error about a node needs to say: where, and the words as written.
struct Site: Sendable {
    var location: SourceLocation
    /// The operator's, the name's or the call's own position.
    var anchor: SourceLocation
    var sourceText: String
    /// The variable or function name involved, if any.
    var name: String
    /// Index of the source this node comes from, in the session's list of sources.
    var sourceIndex: Int
}

/// A function as calls see it: where its body is and how big its frame is.
/// A REPL redefinition rewrites the entry, so every call goes to the new body.
struct FunctionEntry {
    var body: NodeID
    var slotCount: Int32
    var parameterCount: Int32
}

/// A function's description, for messages, observers and the REPL's `:fonctions`.
final class CompiledFunction {
    let name: String
    let parameters: [String]
    /// Parameters first, then the function's own variables.
    var slotNames: [String]
    let site: Int

    init(name: String, parameters: [String], slotNames: [String], site: Int) {
        self.name = name
        self.parameters = parameters
        self.slotNames = slotNames
        self.site = site
    }
}

extension BinaryOperator {
    var nodeKind: NodeKind {
        switch self {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .divide: return .divide
        case .intDivide: return .intDivide
        case .modulo: return .modulo
        case .power: return .power
        }
    }
}

extension ComparisonOperator {
    static let ordered: [ComparisonOperator] = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]
    var code: UInt8 { UInt8(Self.ordered.firstIndex(of: self) ?? 0) }
    init(code: UInt8) { self = Self.ordered[Int(code) % Self.ordered.count] }

    var nodeKind: NodeKind {
        switch self {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        }
    }
}

extension Builtin {
    static let table: [Builtin] = Builtin.allCases
    var code: UInt8 { UInt8(Builtin.table.firstIndex(of: self) ?? 0) }
}
