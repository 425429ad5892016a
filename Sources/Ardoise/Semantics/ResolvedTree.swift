/// The resolved tree: what the evaluator walks. Every name is bound to a slot of its
/// frame (the top-level frame for the main program, a call's frame in a function),
/// every call to a function index or a built-in, and arity is already checked.
/// Nodes refer to a `Site` by index for everything only an error message needs.

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

enum ResolvedTextPart {
    case literal(String)
    case expression(ResolvedExpression)
}

indirect enum ResolvedExpression {
    case constant(Value)
    case variable(slot: Int, site: Int)
    case text([ResolvedTextPart], site: Int)
    case list([ResolvedExpression], site: Int)
    case negate(ResolvedExpression, site: Int)
    case not(ResolvedExpression, site: Int)
    case binary(BinaryOperator, ResolvedExpression, ResolvedExpression, site: Int)
    case and(ResolvedExpression, ResolvedExpression, site: Int)
    case or(ResolvedExpression, ResolvedExpression, site: Int)
    case compare(ComparisonOperator, ResolvedExpression, ResolvedExpression, site: Int)
    /// `a < b ≤ c`: each operand evaluated once.
    case compareChain([ResolvedExpression], [ComparisonOperator], sites: [Int])
    case callFunction(index: Int, arguments: [ResolvedExpression], site: Int)
    case callBuiltin(Builtin, arguments: [ResolvedExpression], site: Int)
    case index(ResolvedExpression, ResolvedExpression, site: Int)
}

indirect enum ResolvedStatement {
    case assign(slot: Int, value: ResolvedExpression, site: Int)
    case assignIndex(target: ResolvedExpression, index: ResolvedExpression, value: ResolvedExpression, site: Int)
    case print([ResolvedExpression], site: Int)
    case ifChain([(condition: ResolvedExpression, site: Int, body: [ResolvedStatement])], otherwise: [ResolvedStatement]?)
    case whileLoop(condition: ResolvedExpression, body: [ResolvedStatement], site: Int)
    /// `sites`: the loop's, then its start's, end's and step's (for errors about their values).
    case forRange(slot: Int, from: ResolvedExpression, to: ResolvedExpression, step: ResolvedExpression?,
                  body: [ResolvedStatement], sites: [Int])
    case forEach(slot: Int, sequence: ResolvedExpression, body: [ResolvedStatement], site: Int)
    case repeatLoop(count: ResolvedExpression, body: [ResolvedStatement], site: Int)
    case returnValue(ResolvedExpression?, site: Int)
    case check(CheckNode)
    case evaluate(ResolvedExpression, site: Int)
}

/// A `vérifier`: the condition, and for a comparison its two sides, to say both values when it fails.
struct CheckNode {
    var condition: ResolvedExpression
    /// For `a OP b`: the sides, evaluated once each, and the operator.
    var comparison: (left: ResolvedExpression, op: ComparisonOperator, right: ResolvedExpression)?
    var site: Int
}

/// A function ready to call.
final class CompiledFunction {
    let name: String
    let parameters: [String]
    var body: [ResolvedStatement] = []
    /// Parameters first, then the function's own variables.
    var slotCount: Int
    var slotNames: [String]
    let site: Int

    init(name: String, parameters: [String], slotCount: Int, slotNames: [String], site: Int) {
        self.name = name
        self.parameters = parameters
        self.slotCount = slotCount
        self.slotNames = slotNames
        self.site = site
    }
}
