import BigInt
import Foundation

/// Walks the resolved tree.
///
/// Variables live in one shared stack of values: the main program's frame at the bottom,
/// then one frame per call in progress, addressed as `base + slot`. A call allocates
/// nothing but its slots. Every loop turn and call counts a step; every few thousand
/// steps a checkpoint looks at the step budget, the clock and the interrupt flag.
final class Interpreter {
    let context: ProgramContext
    let console: Console
    var limits: Limits
    var random: RandomGenerator
    let interruptFlag: InterruptFlag
    let catalogue: any MessageCatalogue = FrenchCatalogue.shared

    // Frames.
    private(set) var stack: UnsafeMutablePointer<Value>
    private var capacity: Int
    private var base = 0
    private var top = 0
    private var depth = 0
    private var returnValue: Value = .nothing
    /// Below this address the thread's stack is nearly used up (see `LargeStack`).
    var stackFloor: UInt = 0

    // Budget.
    private var steps = 0
    private var nextCheckpoint = 0
    private var deadline: Date?
    private var outputBytes = 0

    /// Trace tables and the stepper (nil in ordinary runs).
    var observer: ExecutionObserver?
    /// The function whose frame is on top, -1 for the main program (for observers).
    private var currentFunction = -1

    // Checks.
    var checksPassed = 0
    var checksFailed = 0
    var checkFailures: [CheckFailure] = []

    init(context: ProgramContext, console: Console, limits: Limits, seed: UInt64, interruptFlag: InterruptFlag) {
        self.context = context
        self.console = console
        self.limits = limits
        self.random = RandomGenerator(seed: seed)
        self.interruptFlag = interruptFlag
        capacity = 1024
        stack = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        stack.initialize(repeating: .unassigned, count: capacity)
    }

    deinit {
        stack.deinitialize(count: capacity)
        stack.deallocate()
    }

    /// Variables of the main program, by slot.
    func globalValue(_ slot: Int) -> Value { slot < capacity ? stack[slot] : .unassigned }

    /// Forgets every value (the REPL's `:effacer`).
    func clearGlobals() {
        for i in 0..<capacity { stack[i] = .unassigned }
    }

    // MARK: - Running

    /// Runs a main program; the main frame grows to the session's number of top-level variables.
    func runMain(_ body: [ResolvedStatement], globalCount: Int) throws {
        ensureCapacity(globalCount + 1)
        base = 0
        top = globalCount
        depth = 0
        steps = 0
        outputBytes = 0
        nextCheckpoint = Self.checkpointInterval
        if let limit = limits.maxSteps { nextCheckpoint = min(nextCheckpoint, limit + 1) }
        deadline = limits.maxSeconds.map { Date(timeIntervalSinceNow: $0) }
        _ = try execute(body)
    }

    /// Evaluates a REPL entry's lone expression, for its echo.
    func evaluateMain(_ expression: ResolvedExpression, globalCount: Int) throws -> Value {
        try runMain([], globalCount: globalCount)
        return try evaluate(expression)
    }

    private static let checkpointInterval = 4096

    @inline(__always)
    private func tick(_ site: Int) throws {
        steps &+= 1
        if steps >= nextCheckpoint { try checkpoint(site) }
    }

    private func checkpoint(_ site: Int) throws {
        if let limit = limits.maxSteps, steps > limit {
            throw RuntimeFailure(.E0401, site: site, ["limite": Self.formatCount(limit)], hint: .usePlainText("etapes"))
        }
        if interruptFlag.isRaised {
            throw RuntimeFailure(.E0405, site: site)
        }
        if let deadline, Date() > deadline {
            throw RuntimeFailure(.E0402, site: site, ["limite": Self.formatSeconds(limits.maxSeconds ?? 0)],
                                 hint: .usePlainText("etapes"))
        }
        nextCheckpoint = steps + Self.checkpointInterval
        if let limit = limits.maxSteps { nextCheckpoint = min(nextCheckpoint, limit + 1) }
    }

    static func formatCount(_ n: Int) -> String {
        var digits = Array(String(n))
        var out = ""
        while digits.count > 3 { out = " " + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }

    static func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(Value.format(decimal: s)) s"
    }

    private func ensureCapacity(_ needed: Int) {
        guard needed > capacity else { return }
        var newCapacity = capacity
        while newCapacity < needed { newCapacity *= 2 }
        let newStack = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        newStack.moveInitialize(from: stack, count: capacity)
        (newStack + capacity).initialize(repeating: .unassigned, count: newCapacity - capacity)
        stack.deallocate()
        stack = newStack
        capacity = newCapacity
    }

    // MARK: - Statements

    private enum Flow { case normal, returned }

    private func execute(_ statements: [ResolvedStatement]) throws -> Flow {
        for statement in statements where try execute(statement) == .returned {
            return .returned
        }
        return .normal
    }

    private func execute(_ statement: ResolvedStatement) throws -> Flow {
        if let observer { return try executeObserved(statement, observer) }
        return try executeStatement(statement)
    }

    private func executeObserved(_ statement: ResolvedStatement, _ observer: ExecutionObserver) throws -> Flow {
        let site = Self.site(of: statement)
        observer.willExecute(step(.statement, site: site))
        let flow = try executeStatement(statement)
        switch statement {
        case .ifChain, .whileLoop, .forRange, .forEach, .repeatLoop: break   // their steps are told as they go
        default: observer.didExecute(step(.statement, site: site))
        }
        return flow
    }

    /// A step as observers see it, with the running frame's variables.
    private func step(_ kind: ExecutionStep.Kind, site: Int) -> ExecutionStep {
        let location = site < context.sites.count ? context.sites[site] : nil
        let names = currentFunction >= 0 ? context.functions[currentFunction].slotNames : context.globalNames
        var variables: [(name: String, value: Value)] = []
        for (slot, name) in names.enumerated() where base + slot < capacity {
            let value = stack[base + slot]
            if case .unassigned = value { continue }
            variables.append((name, value))
        }
        return ExecutionStep(kind: kind, line: location?.location.line ?? 0, sourceIndex: location?.sourceIndex ?? 0,
                             function: currentFunction >= 0 ? context.functions[currentFunction].name : nil,
                             depth: depth, variables: variables)
    }

    @inline(__always)
    private func notify(_ kind: ExecutionStep.Kind, site: Int) {
        if let observer { observer.didExecute(step(kind, site: site)) }
    }

    /// The site that gives a statement's line.
    static func site(of statement: ResolvedStatement) -> Int {
        switch statement {
        case .assign(_, _, let s), .evaluate(_, let s), .returnValue(_, let s), .print(_, let s),
             .whileLoop(_, _, let s), .forEach(_, _, _, let s), .repeatLoop(_, _, let s), .assignIndex(_, _, _, let s):
            return s
        case .forRange(_, _, _, _, _, let sites): return sites[0]
        case .ifChain(let branches, _): return branches.first?.site ?? 0
        case .check(let node): return node.site
        }
    }

    private func executeStatement(_ statement: ResolvedStatement) throws -> Flow {
        switch statement {
        case .assign(let slot, let value, _):
            let v = try evaluate(value)
            stack[base + slot] = v
        case .evaluate(let expression, _):
            _ = try evaluate(expression)
        case .ifChain(let branches, let otherwise):
            for branch in branches {
                let holds = try condition(branch.condition, block: "si", site: branch.site)
                notify(.condition(holds), site: branch.site)
                if holds { return try execute(branch.body) }
            }
            if let otherwise { return try execute(otherwise) }
        case .whileLoop(let condition, let body, let site):
            while true {
                let holds = try self.condition(condition, block: "tant que", site: site)
                notify(.condition(holds), site: site)
                if !holds { break }
                try tick(site)
                if try execute(body) == .returned { return .returned }
            }
        case .forRange(let slot, let from, let to, let step, let body, let sites):
            return try forRange(slot: slot, from: from, to: to, step: step, body: body, sites: sites)
        case .forEach(let slot, let sequence, let body, let site):
            let items: [Value]
            switch try evaluate(sequence) {
            case .list(let list): items = list.items          // a snapshot: changing the list does not change the turns
            case .text(let text): items = text.characters.map { .text([$0]) }
            case let other:
                throw RuntimeFailure(.E0304, site: site, ["fonction": "pour chaque", "attendu": "une liste ou un texte",
                                                          "reçu": other.described])
            }
            for item in items {
                try tick(site)
                stack[base + slot] = item
                notify(.loopTurn, site: site)
                if try execute(body) == .returned { return .returned }
            }
        case .repeatLoop(let count, let body, let site):
            let value = try evaluate(count)
            guard case .integer(let n) = value, n >= 0 else {
                throw RuntimeFailure(.E0312, site: site, ["valeur": value.described])
            }
            var turn = 0
            while turn < n {
                try tick(site)
                notify(.loopTurn, site: site)
                if try execute(body) == .returned { return .returned }
                turn += 1
            }
        case .print(let values, let site):
            var line = ""
            for (i, value) in values.enumerated() {
                if i > 0 { line += " " }
                line += try evaluate(value).displayText
            }
            try write(line + "\n", site: site)
        case .assignIndex(let target, let index, let value, let site):
            let container = try evaluate(target)
            let position = try evaluate(index)
            let v = try evaluate(value)
            switch container {
            case .list(let list):
                let i = try checkedPosition(position, count: list.items.count, isText: false, site: site)
                list.items[i] = v
            case .text:
                throw RuntimeFailure(.E0316, site: site, ["position": position.shortEcho], hint: .usePlainText("texte-immuable"))
            default:
                throw RuntimeFailure(.E0315, site: site, ["valeur": container.shortEcho, "type": container.typeName])
            }
        case .returnValue(let value, _):
            returnValue = try value.map { try evaluate($0) } ?? .nothing
            return .returned
        case .check(let check):
            try runCheck(check)
        }
        return .normal
    }

    private func condition(_ expression: ResolvedExpression, block: String, site: Int) throws -> Bool {
        let value = try evaluate(expression)
        if case .boolean(let b) = value { return b }
        throw RuntimeFailure(.E0306, site: site, ["bloc": block, "valeur": value.shortEcho, "type": value.typeName],
                             hint: .usePlainText("booleen"))
    }

    private func forRange(slot: Int, from: ResolvedExpression, to: ResolvedExpression, step: ResolvedExpression?,
                          body: [ResolvedStatement], sites: [Int]) throws -> Flow {
        let site = sites[0]
        let fromValue = try evaluate(from), toValue = try evaluate(to)
        let stepValue = try step.map { try evaluate($0) } ?? .integer(1)
        if let a = fromValue.bigValue, let b = toValue.bigValue, let s = stepValue.bigValue,
           Int(exactly: a) == nil || Int(exactly: b) == nil || Int(exactly: s) == nil {
            if s == 0 {
                throw RuntimeFailure(.E0313, site: sites[3], ["détail": "le pas d'une boucle « pour » ne peut pas être 0"],
                                     hint: .usePlainText("pas-non-nul"))
            }
            return try bigForRange(slot: slot, start: a, end: b, step: s, body: body, site: site)
        }
        let start = try loopBound(.constant(fromValue), what: "le début", site: sites[1])
        let end = try loopBound(.constant(toValue), what: "la fin", site: sites[2])
        var increment = 1
        if step != nil {
            increment = try loopBound(.constant(stepValue), what: "le pas", site: sites[3])
            if increment == 0 {
                throw RuntimeFailure(.E0313, site: sites[3], ["détail": "le pas d'une boucle « pour » ne peut pas être 0"],
                                     hint: .usePlainText("pas-non-nul"))
            }
        }
        var i = start
        while increment > 0 ? i <= end : i >= end {
            try tick(site)
            stack[base + slot] = .integer(i)
            notify(.loopTurn, site: site)
            if try execute(body) == .returned { return .returned }
            let (next, overflow) = i.addingReportingOverflow(increment)
            if overflow { break }
            i = next
        }
        return .normal
    }

    /// A `pour` whose bounds leave the machine range: the same loop on exact integers.
    private func bigForRange(slot: Int, start: BigInt, end: BigInt, step: BigInt, body: [ResolvedStatement],
                             site: Int) throws -> Flow {
        var i = start
        while step > 0 ? i <= end : i >= end {
            try tick(site)
            stack[base + slot] = .integer(i)
            notify(.loopTurn, site: site)
            if try execute(body) == .returned { return .returned }
            i += step
        }
        return .normal
    }

    private func loopBound(_ expression: ResolvedExpression, what: String, site: Int) throws -> Int {
        let value = try evaluate(expression)
        if case .integer(let i) = value { return i }
        throw RuntimeFailure(.E0313, site: site,
                             ["détail": "\(what) d'une boucle « pour » doit être un nombre entier, mais vaut \(value.shortEcho)"],
                             hint: value.isText ? .convertWithNumber : .usePlainText("bornes-entieres"))
    }

    // MARK: - Checks

    private func runCheck(_ check: CheckNode) throws {
        let site = context.sites[check.site]
        if let comparison = check.comparison {
            let left = try evaluate(comparison.left)
            let right = try evaluate(comparison.right)
            let sidesSite: Int
            if case .compare(_, _, _, let s) = check.condition { sidesSite = s } else { sidesSite = check.site }
            if try Comparison.compare(comparison.op, left, right, site: sidesSite) {
                checksPassed += 1
                return
            }
            let leftText = context.sites[sidesSite].sourceText
            let detail = comparison.op == .equal
                ? catalogue.label(.checkEquals(expression: leftText, actual: left.echoText, expected: right.echoText))
                : catalogue.label(.checkCompare(expression: leftText, actual: left.echoText, op: comparison.op.rawValue,
                                                expected: right.echoText))
            try recordCheckFailure(site: site, siteIndex: check.site, detail: detail, actual: left.echoText, expected: right.echoText)
            return
        }
        if try condition(check.condition, block: "vérifier", site: check.site) {
            checksPassed += 1
            return
        }
        try recordCheckFailure(site: site, siteIndex: check.site, detail: catalogue.label(.checkFalse(expression: site.sourceText)),
                               actual: nil, expected: nil)
    }

    private func recordCheckFailure(site: Site, siteIndex: Int, detail: String, actual: String?, expected: String?) throws {
        checksFailed += 1
        let message = catalogue.label(.checkFailed(line: site.location.line, detail: detail))
        checkFailures.append(CheckFailure(line: site.location.line, expression: site.sourceText, actual: actual,
                                          expected: expected, message: message))
        try write(message + "\n", site: siteIndex)
    }

    // MARK: - Output

    func write(_ text: String, site: Int) throws {
        outputBytes += text.utf8.count
        if let limit = limits.maxOutputBytes, outputBytes > limit {
            throw RuntimeFailure(.E0403, site: site, ["limite": Self.formatBytes(limit)])
        }
        console.write(text)
    }

    static func formatBytes(_ n: Int) -> String {
        if n >= 1_000_000 { return "\(formatCount(n / 1_000_000)) Mo" }
        if n >= 1_000 { return "\(formatCount(n / 1_000)) ko" }
        return "\(n) octets"
    }

    // MARK: - Expressions

    func evaluate(_ expression: ResolvedExpression) throws -> Value {
        switch expression {
        case .constant(let value):
            return value
        case .variable(let slot, let site):
            let value = stack[base + slot]
            if case .unassigned = value {
                throw RuntimeFailure(.E0305, site: site, ["nom": context.sites[site].name], hint: .usePlainText("valeur-avant"))
            }
            return value
        case .binary(let op, let left, let right, let site):
            let a = try evaluate(left)
            let b = try evaluate(right)
            switch op {
            case .add:
                do {
                    let result = try Arithmetic.add(a, b, site: site)
                    try checkSize(result, site: site)
                    return result
                } catch var failure as RuntimeFailure where failure.code == .E0307 {
                    failure.hint = .useInterpolation(interpolationExample(left, right))
                    throw failure
                }
            case .subtract: return try Arithmetic.subtract(a, b, site: site)
            case .multiply:
                if a.isText || b.isText { return try repeatText(a, b, site: site) }
                return try Arithmetic.multiply(a, b, site: site)
            case .divide: return try Arithmetic.divide(a, b, site: site)
            case .intDivide: return try Arithmetic.integerDivide(a, b, site: site, remainder: false)
            case .modulo: return try Arithmetic.integerDivide(a, b, site: site, remainder: true)
            case .power: return try Arithmetic.power(a, b, site: site)
            }
        case .compare(let op, let left, let right, let site):
            let a = try evaluate(left)
            let b = try evaluate(right)
            return .boolean(try Comparison.compare(op, a, b, site: site))
        case .compareChain(let operands, let operators, let sites):
            var left = try evaluate(operands[0])
            for (i, op) in operators.enumerated() {
                let right = try evaluate(operands[i + 1])
                if !(try Comparison.compare(op, left, right, site: sites[i])) { return .boolean(false) }
                left = right
            }
            return .boolean(true)
        case .and(let left, let right, let site):
            guard try logical(left, site: site, word: "et") else { return .boolean(false) }
            return .boolean(try logical(right, site: site, word: "et"))
        case .or(let left, let right, let site):
            if try logical(left, site: site, word: "ou") { return .boolean(true) }
            return .boolean(try logical(right, site: site, word: "ou"))
        case .not(let operand, let site):
            return .boolean(!(try logical(operand, site: site, word: "non")))
        case .negate(let operand, let site):
            return try Arithmetic.negate(try evaluate(operand), site: site)
        case .callFunction(let index, let arguments, let site):
            return try call(index, arguments, site: site)
        case .callBuiltin(let builtin, let arguments, let site):
            try tick(site)
            return try callBuiltin(builtin, arguments, site: site)
        case .index(let target, let index, let site):
            let container = try evaluate(target)
            let position = try evaluate(index)
            switch container {
            case .list(let list):
                return list.items[try checkedPosition(position, count: list.items.count, isText: false, site: site)]
            case .text(let text):
                return .text([text.characters[try checkedPosition(position, count: text.characters.count, isText: true, site: site)]])
            default:
                throw RuntimeFailure(.E0315, site: site, ["valeur": container.shortEcho, "type": container.typeName])
            }
        case .text(let parts, let site):
            var characters: [Character] = []
            for part in parts {
                switch part {
                case .literal(let s): characters.append(contentsOf: s)
                case .expression(let e): characters.append(contentsOf: try evaluate(e).displayText)
                }
            }
            try checkLength(characters.count, isText: true, site: site)
            return .text(characters)
        case .list(let elements, let site):
            var items: [Value] = []
            items.reserveCapacity(elements.count)
            for element in elements { items.append(try evaluate(element)) }
            try checkLength(items.count, isText: false, site: site)
            return .list(items)
        }
    }

    /// `"Tu as " + âge` → `"Tu as {âge}"`: the interpolation a learner should have written.
    private func interpolationExample(_ left: ResolvedExpression, _ right: ResolvedExpression) -> String {
        func piece(_ e: ResolvedExpression) -> String {
            switch e {
            case .constant(.text(let t)): return t.string
            case .constant(let v): return "{\(v.displayText)}"
            case .variable(_, let site): return "{\(context.sites[site].name)}"
            default:
                if let site = siteOf(e) { return "{\(context.sites[site].sourceText)}" }
                return "{…}"
            }
        }
        return "\"" + piece(left) + piece(right) + "\""
    }

    private func logical(_ expression: ResolvedExpression, site: Int, word: String) throws -> Bool {
        let value = try evaluate(expression)
        if case .boolean(let b) = value { return b }
        throw RuntimeFailure(.E0303, site: siteOf(expression) ?? site,
                             ["opération": word, "gauche": "une condition", "droite": value.described],
                             hint: .usePlainText("booleen"))
    }

    private func repeatText(_ a: Value, _ b: Value, site: Int) throws -> Value {
        let (text, count): (TextStorage, Value)
        if case .text(let t) = a { (text, count) = (t, b) } else if case .text(let t) = b { (text, count) = (t, a) } else {
            throw Arithmetic.mismatch("*", a, b, site: site)
        }
        guard case .integer(let n) = count, n >= 0 else { throw Arithmetic.mismatch("*", a, b, site: site) }
        let (total, overflow) = n.multipliedReportingOverflow(by: text.characters.count)
        try checkLength(overflow ? Int.max : total, isText: true, site: site)
        var characters: [Character] = []
        characters.reserveCapacity(total)
        for _ in 0..<n { characters.append(contentsOf: text.characters) }
        return .text(characters)
    }

    /// A 1-based position checked against the size, as a 0-based index.
    func checkedPosition(_ position: Value, count: Int, isText: Bool, site: Int) throws -> Int {
        guard case .integer(let p) = position else {
            if case .bigInteger = position {
                throw RuntimeFailure(.E0302, site: site, ["position": position.shortEcho, "étendue": Self.extent(count, isText: isText)])
            }
            throw RuntimeFailure(.E0314, site: site, ["valeur": position.shortEcho, "type": position.typeName],
                                 hint: position.isText ? .convertWithNumber : .usePlainText("position-entier"))
        }
        guard p >= 1, p <= count else {
            throw RuntimeFailure(.E0302, site: site, ["position": String(p), "étendue": Self.extent(count, isText: isText)])
        }
        return p - 1
    }

    /// "la liste a 3 éléments : positions 1 à 3"
    static func extent(_ count: Int, isText: Bool) -> String {
        let noun = isText ? "le texte" : "la liste"
        let unit = isText ? "caractère" : "élément"
        switch count {
        case 0: return "\(noun) est vide"
        case 1: return "\(noun) a 1 \(unit) : position 1"
        default: return "\(noun) a \(count) \(unit)s : positions 1 à \(count)"
        }
    }

    func checkLength(_ length: Int, isText: Bool, site: Int) throws {
        if length > limits.maxCollectionLength {
            throw RuntimeFailure(.E0404, site: site, ["quoi": isText ? "ce texte" : "cette liste",
                                                       "limite": Self.formatCount(limits.maxCollectionLength),
                                                       "unités": isText ? "caractères" : "éléments"])
        }
    }

    private func checkSize(_ value: Value, site: Int) throws {
        switch value {
        case .text(let t): try checkLength(t.characters.count, isText: true, site: site)
        case .list(let l): try checkLength(l.items.count, isText: false, site: site)
        default: break
        }
    }

    /// The site of an expression, for errors about its value.
    func siteOf(_ expression: ResolvedExpression) -> Int? {
        switch expression {
        case .constant: return nil
        case .variable(_, let s), .text(_, let s), .list(_, let s), .negate(_, let s), .not(_, let s),
             .binary(_, _, _, let s), .and(_, _, let s), .or(_, _, let s), .compare(_, _, _, let s),
             .callFunction(_, _, let s), .callBuiltin(_, _, let s), .index(_, _, let s):
            return s
        case .compareChain(_, _, let sites): return sites.first
        }
    }


    // MARK: - Calls

    private func call(_ index: Int, _ arguments: [ResolvedExpression], site: Int) throws -> Value {
        try tick(site)
        let function = context.functions[index]
        if depth >= limits.maxCallDepth || Self.stackAddress() < stackFloor {
            throw RuntimeFailure(.E0321, site: site, ["limite": Self.formatCount(limits.maxCallDepth)], hint: .endlessRecursion)
        }
        let frameBase = top
        let frameSize = function.slotCount
        ensureCapacity(frameBase + frameSize + 1)
        top = frameBase + frameSize
        defer {
            for i in frameBase..<(frameBase + frameSize) { stack[i] = .unassigned }
            top = frameBase
        }
        for (i, argument) in arguments.enumerated() {
            let value = try evaluate(argument)
            stack[frameBase + i] = value
        }
        let callerBase = base
        let callerFunction = currentFunction
        base = frameBase
        currentFunction = index
        depth += 1
        defer {
            base = callerBase
            currentFunction = callerFunction
            depth -= 1
        }
        if let observer {
            observer.didEnter(function: function.name, arguments: (0..<arguments.count).map { stack[frameBase + $0] },
                              line: context.sites[site].location.line)
            let result = try runBody(function, site: site)
            observer.didLeave(function: function.name, result: result)
            return result
        }
        return try runBody(function, site: site)
    }

    private func runBody(_ function: CompiledFunction, site: Int) throws -> Value {
        do {
            if try execute(function.body) == .returned {
                let result = returnValue
                returnValue = .nothing
                return result
            }
            return .nothing
        } catch var failure as RuntimeFailure {
            failure.calls.append((function.name, site))
            throw failure
        }
    }

    /// Roughly where this thread's stack is now.
    @inline(never)
    static func stackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }
}
