
/// The tree the parser builds: names are still strings here; the resolver binds them.

enum UnaryOperator: Sendable { case negate, not }

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^", intDivide = "div", modulo = "mod"
}

enum ComparisonOperator: String, Sendable {
    case equal = "=", notEqual = "≠", less = "<", lessEqual = "≤", greater = ">", greaterEqual = "≥"
}

enum LogicalOperator: String, Sendable { case and = "et", or = "ou" }

enum InterpolationPart: Sendable {
    case literal(String)
    case expression(Expression)
}

struct Expression: Sendable {
    indirect enum Kind: Sendable {
        case integer(BigInt)
        case decimal(Double)
        case text([InterpolationPart])
        case boolean(Bool)
        case nothing
        case list([Expression])
        case name(String)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case logical(LogicalOperator, Expression, Expression)
        /// `a < b ≤ c`: operands and the operators between them (one fewer).
        case comparison([Expression], [ComparisonOperator])
        case call(String, [Expression])
        case index(Expression, Expression)
        /// Parenthesised, kept so that the source text of a check can be shown as written.
        case group(Expression)
    }
    var kind: Kind
    /// Where the whole expression is (first line), for underlining.
    var location: SourceLocation
    /// The operator's or the name's own location, for errors about it.
    var anchor: SourceLocation
    /// The expression as written, for check messages (`carré(3) vaut 6, attendu 9`).
    var sourceText: String
}

struct ConditionalBranch: Sendable {
    var condition: Expression
    var body: [Statement]
}

struct Statement: Sendable {
    indirect enum Kind: Sendable {
        case assign(name: String, value: Expression)
        case assignIndex(target: Expression, index: Expression, value: Expression)
        case print([Expression])
        case ifChain([ConditionalBranch], otherwise: [Statement]?)
        case whileLoop(Expression, [Statement])
        case forRange(variable: String, variableLocation: SourceLocation, from: Expression, to: Expression,
                      step: Expression?, body: [Statement])
        case forEach(variable: String, variableLocation: SourceLocation, sequence: Expression, body: [Statement])
        case repeatLoop(count: Expression, body: [Statement])
        case function(FunctionDeclaration)
        case returnValue(Expression?)
        case check(Expression)
        case call(Expression)
        /// A lone expression: an error in a program, echoed in the REPL.
        case expression(Expression)
    }
    var kind: Kind
    var location: SourceLocation
}

struct FunctionDeclaration: Sendable {
    var name: String
    var nameLocation: SourceLocation
    var parameters: [(name: String, location: SourceLocation)]
    var body: [Statement]
    var location: SourceLocation
}
