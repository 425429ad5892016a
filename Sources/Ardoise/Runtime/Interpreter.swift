import CMemory
import Glibc
/// Walks the resolved tree (see `ResolvedTree.swift`).
///
/// Variables live in one shared stack of values: the main program's frame at the bottom,
/// then one frame per call in progress, addressed as `base + slot`; the base travels as an
/// argument, so reading a variable touches no shared state. A call allocates nothing but
/// its slots. Every loop turn and call counts a step; every few thousand steps a checkpoint
/// looks at the step budget, the clock and the interrupt flag.
final class Interpreter {
    let context: ProgramContext
    let console: Console
    var limits: Limits
    var random: RandomGenerator
    let interruptFlag: InterruptFlag
    let catalogue: any MessageCatalogue = FrenchCatalogue.shared

    // The resolved tree, read through plain pointers: its stores never move.
    private let nodes: UnsafeMutablePointer<Node>
    private let items: UnsafeMutablePointer<Int32>
    private let constants: UnsafeMutablePointer<Value>
    private let functions: UnsafeMutablePointer<FunctionEntry>

    // Frames. The stack is reserved once; slots are initialised when a frame opens and
    // released when it closes, so untouched pages never use memory.
    static let stackCapacity = 1 << 23
    private let stack: UnsafeMutablePointer<Value>
    /// The first free slot.
    private var top = 0
    /// Slots of the main program's frame that are initialised.
    private var globalCount = 0
    private var depth = 0
    private var returnValue: Value = .nothing
    /// Below this address the thread's stack is nearly used up (see `LargeStack`).
    var stackFloor: UInt = 0

    // Budget.
    private var steps = 0
    private var nextCheckpoint = 0
    private var deadline: ContinuousClock.Instant?
    private var outputBytes = 0
    /// Bytes the process had allocated when the run started (see `checkMemory`).
    private var memoryBaseline = 0
    /// Elements of lists and texts made since the last look at memory.
    private var elementsSinceMemoryCheck = 0

    /// Lists that may be in a cycle, emptied when the interpreter goes away.
    let cycleBreaker = ListCycleBreaker()

    /// Trace tables and the stepper (nil in ordinary runs).
    var observer: ExecutionObserver?
    /// The function whose frame is on top, -1 for the main program (kept for observers).
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
        nodes = context.code.nodes
        items = context.code.items
        constants = context.code.constants
        functions = context.code.functions
        stack = UnsafeMutablePointer<Value>.allocate(capacity: Self.stackCapacity)
    }

    deinit {
        stack.deinitialize(count: top)
        stack.deallocate()
        cycleBreaker.breakCycles()
    }

    /// A variable of the main program, by slot.
    func globalValue(_ slot: Int) -> Value { slot < globalCount ? stack[slot] : .unassigned }

    // MARK: - Running

    /// Prepares a run: the main frame grows to the session's number of top-level variables.
    private func begin(globalCount needed: Int) {
        if needed > globalCount {
            (stack + globalCount).initialize(repeating: .unassigned, count: needed - globalCount)
            globalCount = needed
        }
        top = globalCount
        depth = 0
        steps = 0
        outputBytes = 0
        currentFunction = -1
        nextCheckpoint = Self.checkpointInterval
        if let limit = limits.maxSteps { nextCheckpoint = min(nextCheckpoint, limit + 1) }
        deadline = limits.maxSeconds.map { ContinuousClock.now + .milliseconds(Int64($0 * 1000)) }
        memoryBaseline = Int(ardoise_allocated_bytes())
        elementsSinceMemoryCheck = 0
        memoryLimit = limits.maxMemoryBytes.map { min($0, AddressSpace.programBudget) }
    }

    /// The memory limit of this run: the one asked for, lowered under a `ulimit -v` so that
    /// the program stops with E0406 before an allocation fails (which would end the process).
    private var memoryLimit: Int?

    private func checkMemory(_ site: Int32) throws {
        elementsSinceMemoryCheck = 0
        guard let limit = memoryLimit else { return }
        // What the run added to the process's allocations: the lists and texts it holds,
        // its frames, everything it made and still keeps.
        if Int(ardoise_allocated_bytes()) - memoryBaseline > limit {
            throw RuntimeFailure(.E0406, site: Int(site), ["limite": Self.formatBytes(limit)], hint: .usePlainText("memoire"))
        }
    }

    /// Runs a main program (a block).
    func runMain(_ body: NodeID, globalCount: Int) throws {
        begin(globalCount: globalCount)
        _ = try execute(body, 0)
    }

    /// Evaluates a REPL entry's lone expression, for its echo.
    func evaluateMain(_ expression: NodeID, globalCount: Int) throws -> Value {
        begin(globalCount: globalCount)
        return try evaluate(expression, 0)
    }

    private static let checkpointInterval = 4096

    /// One operation on big integers takes up to milliseconds (a product of two 15 000-digit
    /// numbers, the digits of a 30 000-digit one): 4 096 of them between two checkpoints would
    /// overrun the time limit by seconds. Their cost (limbs × limbs) adds up here, and past
    /// the budget the next step runs a checkpoint.
    private var bigWork = 0
    private static let bigWorkPerCheckpoint = 1 << 20

    @inline(__always)
    func noteBigWork(_ value: Value) {
        if case .bigInteger(let box) = value { addBigWork(box.value.limbCount) }
    }

    /// The operands of an operator that left its machine-integer fast path.
    @inline(__always)
    func noteBigWork(_ a: Value, _ b: Value) {
        noteBigWork(a)
        noteBigWork(b)
    }

    private func addBigWork(_ limbs: Int) {
        bigWork &+= limbs &* limbs
        if bigWork >= Self.bigWorkPerCheckpoint {
            bigWork = 0
            nextCheckpoint = steps
        }
    }

    @inline(__always)
    private func tick(_ site: Int32) throws {
        steps &+= 1
        if steps >= nextCheckpoint { try checkpoint(site) }
    }

    private func checkpoint(_ site: Int32) throws {
        if let limit = limits.maxSteps, steps > limit {
            throw RuntimeFailure(.E0401, site: Int(site), ["limite": FrenchNumber.grouped(limit)], hint: .usePlainText("etapes"))
        }
        if interruptFlag.isRaised {
            throw RuntimeFailure(.E0405, site: Int(site))
        }
        if let deadline, ContinuousClock.now > deadline {
            throw RuntimeFailure(.E0402, site: Int(site), ["limite": Self.formatSeconds(limits.maxSeconds ?? 0)],
                                 hint: .usePlainText("etapes"))
        }
        try checkMemory(site)
        nextCheckpoint = steps + Self.checkpointInterval
        if let limit = limits.maxSteps { nextCheckpoint = min(nextCheckpoint, limit + 1) }
    }

    static func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : "\(Value.format(decimal: s)) s"
    }

    // MARK: - Statements

    enum Flow { case normal, returned }

    private func execute(_ id: NodeID, _ base: Int) throws -> Flow {
        if let observer { return try executeObserved(id, base, observer) }
        return try executeStatement(id, base)
    }

    @inline(__always)
    private func executeBlock(_ block: NodeID, _ base: Int) throws -> Flow {
        let node = nodes[Int(block)]
        let start = Int(node.b), end = start + Int(node.c)
        var i = start
        while i < end {
            if try execute(items[i], base) == .returned { return .returned }
            i += 1
        }
        return .normal
    }

    private func executeStatement(_ id: NodeID, _ base: Int) throws -> Flow {
        let node = nodes[Int(id)]
        switch node.kind {
        case .assign:
            let value = nodes[Int(node.b)]
            if value.kind == .add, nodes[Int(value.a)].kind == .variable, nodes[Int(value.a)].a == node.a,
               try appendInPlace(slot: base + Int(node.a), value, base) {
                return .normal
            }
            stack[base + Int(node.a)] = try evaluate(node.b, base)
        case .evaluate:
            _ = try evaluate(node.a, base)
        case .block:
            return try executeBlock(id, base)
        case .ifThen:
            var branch = node
            while true {
                let holds = try condition(branch.a, base, block: "si", site: branch.site)
                if observer != nil { notify(.condition(holds), site: branch.site, base: base) }
                if holds { return try executeBlock(branch.b, base) }
                if branch.c < 0 { return .normal }
                let next = nodes[Int(branch.c)]
                if next.kind != .ifThen { return try executeBlock(branch.c, base) }
                branch = next
            }
        case .whileLoop:
            while true {
                let holds = try condition(node.a, base, block: "tant que", site: node.site)
                if observer != nil { notify(.condition(holds), site: node.site, base: base) }
                if !holds { break }
                try tick(node.site)
                if try executeBlock(node.b, base) == .returned { return .returned }
            }
        case .forRange:
            return try forRange(node, base)
        case .forEach:
            let slot = base + Int(node.a)
            // The turns are fixed when the loop starts: changing the list or the text inside
            // the loop does not change them (the loop holds its own reference or copy).
            switch try evaluate(node.b, base) {
            case .list(let list):
                for item in list.items {
                    try tick(node.site)
                    stack[slot] = item
                    if observer != nil { notify(.loopTurn, site: node.site, base: base) }
                    if try executeBlock(node.c, base) == .returned { return .returned }
                }
            case .text(let text):
                let snapshot = text.copy()      // the turns are the text as it was
                for i in 0..<snapshot.count {
                    let character = snapshot.character(at: i)
                    try tick(node.site)
                    stack[slot] = .text([character])
                    if observer != nil { notify(.loopTurn, site: node.site, base: base) }
                    if try executeBlock(node.c, base) == .returned { return .returned }
                }
            case let other:
                throw RuntimeFailure(.E0304, site: Int(node.site), ["fonction": "pour chaque", "attendu": "une liste ou un texte",
                                                                    "reçu": other.described])
            }
        case .repeatLoop:
            let value = try evaluate(node.a, base)
            guard case .integer(let n) = value, n >= 0 else {
                throw RuntimeFailure(.E0312, site: Int(node.site), ["valeur": value.described])
            }
            var turn = 0
            while turn < n {
                try tick(node.site)
                if observer != nil { notify(.loopTurn, site: node.site, base: base) }
                if try executeBlock(node.b, base) == .returned { return .returned }
                turn += 1
            }
        case .print:
            var line = ""
            let start = Int(node.b)
            for i in 0..<Int(node.c) {
                if i > 0 { line += " " }
                let value = try evaluate(items[start + i], base)
                noteBigWork(value)
                line += value.displayText
            }
            try write(line + "\n", site: node.site)
        case .assignIndex:
            let container = try evaluate(node.a, base)
            let position = try evaluate(node.b, base)
            let value = try evaluate(node.c, base)
            switch container {
            case .list(let list):
                let i = try checkedPosition(position, count: list.items.count, isText: false, site: node.site)
                list.items[i] = value
                cycleBreaker.received(value, into: list)
            case .text:
                throw RuntimeFailure(.E0316, site: Int(node.site), ["position": position.shortEcho],
                                     hint: .usePlainText("texte-immuable"))
            default:
                throw RuntimeFailure(.E0315, site: Int(node.site), ["valeur": container.shortEcho, "type": container.typeName])
            }
        case .returnValue:
            returnValue = node.a >= 0 ? try evaluate(node.a, base) : .nothing
            return .returned
        case .check:
            try runCheck(node, base)
        default:
            _ = try evaluate(id, base)
        }
        return .normal
    }

    /// `s <- s + c` and `l <- l + [x]`: when the variable holds the only reference to its text
    /// or list, the new part is appended in place instead of copying the whole, so that
    /// building a text character by character stays linear. Gives false to take the
    /// general path (other types, and every error, which the general path reports).
    private func appendInPlace(slot: Int, _ add: Node, _ base: Int) throws -> Bool {
        // Only a text or a list is appended to; anything else takes the general path
        // before its right side is evaluated (it may ask a question: it must run once).
        if case .other = Self.collectionLength(stack[slot]) { return false }
        let right = try evaluate(add.b, base)
        // No reference to the variable's value is kept here, so that uniqueness can be told.
        switch (Self.collectionLength(stack[slot]), right) {
        case (.text(let count), .text(let suffix)):
            try checkLength(count + suffix.count, isText: true, site: add.site, added: suffix.count)
            guard var text = Self.takeText((stack + slot).move()) else { return false }
            (stack + slot).initialize(to: .unassigned)
            if !isKnownUniquelyReferenced(&text) { text = text.copy() }
            text.append(suffix)
            stack[slot] = .text(text)
            return true
        case (.list(let count), .list(let suffix)):
            try checkLength(count + suffix.items.count, isText: false, site: add.site, added: suffix.items.count)
            guard var list = Self.takeList((stack + slot).move()) else { return false }
            (stack + slot).initialize(to: .unassigned)
            if !isKnownUniquelyReferenced(&list) { list = ListStorage(list.items) }
            list.items.append(contentsOf: suffix.items)
            for item in suffix.items { if case .list = item { cycleBreaker.note(list); break } }
            stack[slot] = .list(list)
            return true
        default:
            // A text plus a number…: the general addition, with its error, without evaluating again.
            stack[slot] = try self.add(stack[slot], right, add)
            return true
        }
    }

    private enum CollectionLength { case text(Int), list(Int), other }

    private static func collectionLength(_ value: Value) -> CollectionLength {
        switch value {
        case .text(let t): return .text(t.count)
        case .list(let l): return .list(l.items.count)
        default: return .other
        }
    }

    /// The storage of a text value, taking over the value's reference.
    private static func takeText(_ value: __owned Value) -> TextStorage? {
        if case .text(let t) = value { return t }
        return nil
    }

    private static func takeList(_ value: __owned Value) -> ListStorage? {
        if case .list(let l) = value { return l }
        return nil
    }

    private func condition(_ expression: NodeID, _ base: Int, block: String, site: Int32) throws -> Bool {
        let value = try evaluate(expression, base)
        if case .boolean(let b) = value { return b }
        throw RuntimeFailure(.E0306, site: Int(site), ["bloc": block, "valeur": value.shortEcho, "type": value.typeName],
                             hint: .usePlainText("booleen"))
    }

    private func forRange(_ node: Node, _ base: Int) throws -> Flow {
        let fromValue = try evaluate(node.b, base), toValue = try evaluate(node.c, base)
        let stepValue = node.d >= 0 ? try evaluate(node.d, base) : .integer(1)
        let slot = base + Int(node.a)
        guard case .integer(let start) = fromValue, case .integer(let end) = toValue, case .integer(let increment) = stepValue else {
            return try slowForRange(node, base, fromValue, toValue, stepValue)
        }
        if increment == 0 { throw zeroStep(node) }
        var i = start
        while increment > 0 ? i <= end : i >= end {
            try tick(node.site)
            stack[slot] = .integer(i)
            if observer != nil { notify(.loopTurn, site: node.site, base: base) }
            if try executeBlock(node.e, base) == .returned { return .returned }
            let (next, overflow) = i.addingReportingOverflow(increment)
            if overflow { break }
            i = next
        }
        return .normal
    }

    /// A `pour` whose bounds are not machine integers: exact integers beyond the machine
    /// range, or an error for anything else.
    private func slowForRange(_ node: Node, _ base: Int, _ from: Value, _ to: Value, _ step: Value) throws -> Flow {
        for (value, what, id) in [(from, "le début", node.b), (to, "la fin", node.c), (step, "le pas", node.d)]
        where value.bigValue == nil {
            throw RuntimeFailure(.E0313, site: Int(id >= 0 ? nodes[Int(id)].site : node.site),
                                 ["détail": "\(what) d'une boucle « pour » doit être un nombre entier, mais vaut \(value.shortEcho)"],
                                 hint: value.isText ? .convertWithNumber : .usePlainText("bornes-entieres"))
        }
        guard let start = from.bigValue, let end = to.bigValue, let increment = step.bigValue else { return .normal }
        if increment == 0 { throw zeroStep(node) }
        var i = start
        while increment > 0 ? i <= end : i >= end {
            try tick(node.site)
            stack[base + Int(node.a)] = .integer(i)
            if observer != nil { notify(.loopTurn, site: node.site, base: base) }
            if try executeBlock(node.e, base) == .returned { return .returned }
            i += increment
        }
        return .normal
    }

    private func zeroStep(_ node: Node) -> RuntimeFailure {
        RuntimeFailure(.E0313, site: Int(node.d >= 0 ? nodes[Int(node.d)].site : node.site),
                       ["détail": "le pas d'une boucle « pour » ne peut pas être 0"], hint: .usePlainText("pas-non-nul"))
    }

    // MARK: - Observers

    private func executeObserved(_ id: NodeID, _ base: Int, _ observer: ExecutionObserver) throws -> Flow {
        let node = nodes[Int(id)]
        if node.kind == .block { return try executeStatement(id, base) }
        // An observer may stop the run (the stepper's `q`, a cut trace): stop before the next statement.
        if interruptFlag.isRaised { throw RuntimeFailure(.E0405, site: Int(node.site)) }
        observer.willExecute(step(.statement, site: node.site, base: base))
        if interruptFlag.isRaised { throw RuntimeFailure(.E0405, site: Int(node.site)) }
        let flow = try executeStatement(id, base)
        switch node.kind {
        case .ifThen, .whileLoop, .forRange, .forEach, .repeatLoop: break   // their steps are told as they go
        default: observer.didExecute(step(.statement, site: node.site, base: base))
        }
        return flow
    }

    /// A step as observers see it, with the running frame's variables.
    private func step(_ kind: ExecutionStep.Kind, site: Int32, base: Int) -> ExecutionStep {
        let location = Int(site) < context.sites.count ? context.sites[Int(site)] : nil
        let names = currentFunction >= 0 ? context.functions[currentFunction].slotNames : context.globalNames
        var variables: [(name: String, value: Value)] = []
        for (slot, name) in names.enumerated() where base + slot < top {
            let value = stack[base + slot]
            if case .unassigned = value { continue }
            variables.append((name, value))
        }
        return ExecutionStep(kind: kind, line: location?.location.line ?? 0, sourceIndex: location?.sourceIndex ?? 0,
                             function: currentFunction >= 0 ? context.functions[currentFunction].name : nil,
                             depth: depth, variables: variables)
    }

    private func notify(_ kind: ExecutionStep.Kind, site: Int32, base: Int) {
        observer?.didExecute(step(kind, site: site, base: base))
    }

    // MARK: - Checks

    private func runCheck(_ node: Node, _ base: Int) throws {
        let site = context.sites[Int(node.site)]
        if node.b >= 0 {
            let comparison = nodes[Int(node.a)]
            let op = ComparisonOperator(code: node.op)
            let left = try evaluate(node.b, base)
            let right = try evaluate(node.c, base)
            // Values of different types (450 against "Loyer") make a failed check that shows
            // both values, not an error that stops the program.
            let holds = (try? Comparison.compare(op, left, right, site: Int(comparison.site))) ?? (op == .notEqual)
            if holds {
                checksPassed += 1
                return
            }
            let leftText = context.sites[Int(comparison.site)].sourceText
            let detail = op == .equal
                ? catalogue.label(.checkEquals(expression: leftText, actual: left.echoText, expected: right.echoText))
                : catalogue.label(.checkCompare(expression: leftText, actual: left.echoText, op: op.rawValue,
                                                expected: right.echoText))
            try recordCheckFailure(site: site, siteIndex: node.site, detail: detail, actual: left.echoText, expected: right.echoText)
            return
        }
        if try condition(node.a, base, block: "vérifier", site: node.site) {
            checksPassed += 1
            return
        }
        try recordCheckFailure(site: site, siteIndex: node.site, detail: catalogue.label(.checkFalse(expression: site.sourceText)),
                               actual: nil, expected: nil)
    }

    private func recordCheckFailure(site: Site, siteIndex: Int32, detail: String, actual: String?, expected: String?) throws {
        checksFailed += 1
        let message = catalogue.label(.checkFailed(line: site.location.line, detail: detail))
        checkFailures.append(CheckFailure(line: site.location.line, expression: site.sourceText, actual: actual,
                                          expected: expected, message: message))
        try write(message + "\n", site: siteIndex)
    }

    // MARK: - Output

    func write(_ text: String, site: Int32) throws {
        outputBytes += text.utf8.count
        if let limit = limits.maxOutputBytes, outputBytes > limit {
            throw RuntimeFailure(.E0403, site: Int(site), ["limite": Self.formatBytes(limit)])
        }
        console.write(text)
    }

    static func formatBytes(_ n: Int) -> String {
        if n >= 1_000_000 { return "\(FrenchNumber.grouped(n / 1_000_000)) Mo" }
        if n >= 1_000 { return "\(FrenchNumber.grouped(n / 1_000)) ko" }
        return "\(n) octets"
    }

    // MARK: - Expressions

    func evaluate(_ id: NodeID, _ base: Int) throws -> Value {
        let node = nodes[Int(id)]
        switch node.kind {
        case .constant:
            return constants[Int(node.a)]
        case .variable:
            let value = stack[base + Int(node.a)]
            if case .unassigned = value {
                throw RuntimeFailure(.E0305, site: Int(node.site), ["nom": context.sites[Int(node.site)].name],
                                     hint: .usePlainText("valeur-avant"))
            }
            return value
        case .add:
            let a = try evaluate(node.a, base), b = try evaluate(node.b, base)
            if case .integer(let x) = a, case .integer(let y) = b {
                let (r, overflow) = x.addingReportingOverflow(y)
                if !overflow { return .integer(r) }
            }
            noteBigWork(a, b)
            return try add(a, b, node)
        case .subtract:
            let a = try evaluate(node.a, base), b = try evaluate(node.b, base)
            if case .integer(let x) = a, case .integer(let y) = b {
                let (r, overflow) = x.subtractingReportingOverflow(y)
                if !overflow { return .integer(r) }
            }
            noteBigWork(a, b)
            return try Arithmetic.subtract(a, b, site: Int(node.site))
        case .multiply:
            let a = try evaluate(node.a, base), b = try evaluate(node.b, base)
            if a.isText || b.isText { return try repeatText(a, b, site: node.site) }
            noteBigWork(a, b)
            return try Arithmetic.multiply(a, b, site: Int(node.site))
        case .divide:
            let a = try evaluate(node.a, base), b = try evaluate(node.b, base)
            noteBigWork(a, b)
            return try Arithmetic.divide(a, b, site: Int(node.site))
        case .intDivide:
            let a = try evaluate(node.a, base), b = try evaluate(node.b, base)
            noteBigWork(a, b)
            return try Arithmetic.integerDivide(a, b, site: Int(node.site), remainder: false)
        case .modulo:
            let a = try evaluate(node.a, base), b = try evaluate(node.b, base)
            if case .integer(let x) = a, case .integer(let y) = b, y > 0 {
                let r = x % y
                return .integer(r < 0 ? r + y : r)
            }
            noteBigWork(a, b)
            return try Arithmetic.integerDivide(a, b, site: Int(node.site), remainder: true)
        case .power:
            let a = try evaluate(node.a, base), b = try evaluate(node.b, base)
            let result = try Arithmetic.power(a, b, site: Int(node.site))
            noteBigWork(result)
            return result
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            let a = try evaluate(node.a, base), b = try evaluate(node.b, base)
            if case .integer(let x) = a, case .integer(let y) = b {
                switch node.kind {
                case .equal: return .boolean(x == y)
                case .notEqual: return .boolean(x != y)
                case .less: return .boolean(x < y)
                case .lessEqual: return .boolean(x <= y)
                case .greater: return .boolean(x > y)
                default: return .boolean(x >= y)
                }
            }
            return .boolean(try Comparison.compare(Self.comparison(node.kind), a, b, site: Int(node.site)))
        case .compareChain:
            let start = Int(node.b), operators = Int(node.d)
            var left = try evaluate(items[start], base)
            for i in 1..<Int(node.c) {
                let right = try evaluate(items[start + i], base)
                let op = ComparisonOperator(code: UInt8(items[operators + i - 1]))
                if !(try Comparison.compare(op, left, right, site: Int(node.site))) { return .boolean(false) }
                left = right
            }
            return .boolean(true)
        case .and:
            guard try logical(node.a, base, site: node.site, word: "et") else { return .boolean(false) }
            return .boolean(try logical(node.b, base, site: node.site, word: "et"))
        case .or:
            if try logical(node.a, base, site: node.site, word: "ou") { return .boolean(true) }
            return .boolean(try logical(node.b, base, site: node.site, word: "ou"))
        case .not:
            return .boolean(!(try logical(node.a, base, site: node.site, word: "non")))
        case .negate:
            return try Arithmetic.negate(try evaluate(node.a, base), site: Int(node.site))
        case .callFunction:
            return try call(node, base)
        case .callBuiltin:
            try tick(node.site)
            return try callBuiltin(Builtin.table[Int(node.op)], node, base)
        case .index:
            let container = try evaluate(node.a, base)
            let position = try evaluate(node.b, base)
            switch container {
            case .list(let list):
                return list.items[try checkedPosition(position, count: list.items.count, isText: false, site: node.site)]
            case .text(let text):
                let i = try checkedPosition(position, count: text.count, isText: true, site: node.site)
                return .text([text.character(at: i)])
            default:
                throw RuntimeFailure(.E0315, site: Int(node.site), ["valeur": container.shortEcho, "type": container.typeName])
            }
        case .text:
            var characters: [Character] = []
            let start = Int(node.b)
            for i in 0..<Int(node.c) {
                let part = items[start + i]
                if let literal = constantText(part) {
                    characters.append(contentsOf: literal.characters)
                } else {
                    let value = try evaluate(part, base)
                    noteBigWork(value)
                    characters.append(contentsOf: value.displayText)
                }
            }
            try checkLength(characters.count, isText: true, site: node.site)
            return .text(characters)
        case .list:
            var values: [Value] = []
            values.reserveCapacity(Int(node.c))
            let start = Int(node.b)
            for i in 0..<Int(node.c) { values.append(try evaluate(items[start + i], base)) }
            try checkLength(values.count, isText: false, site: node.site)
            return .list(values)
        default:
            throw RuntimeFailure(.E0104, site: Int(node.site), ["trouvé": "une instruction"])
        }
    }

    /// Arguments of a call, evaluated in order.
    func arguments(_ node: Node, _ base: Int) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(Int(node.c))
        let start = Int(node.b)
        for i in 0..<Int(node.c) { values.append(try evaluate(items[start + i], base)) }
        return values
    }

    private func constantText(_ id: NodeID) -> TextStorage? {
        let node = nodes[Int(id)]
        guard node.kind == .constant, case .text(let t) = constants[Int(node.a)] else { return nil }
        return t
    }

    private static func comparison(_ kind: NodeKind) -> ComparisonOperator {
        switch kind {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        default: return .greaterEqual
        }
    }

    private func add(_ a: Value, _ b: Value, _ node: Node) throws -> Value {
        do {
            let result = try Arithmetic.add(a, b, site: Int(node.site))
            try checkSize(result, site: node.site)
            return result
        } catch var failure as RuntimeFailure where failure.code == .E0307 {
            failure.hint = .useInterpolation(interpolationExample(node.a, node.b))
            throw failure
        }
    }

    /// `"Tu as " + âge` → `"Tu as {âge}"`: the interpolation a learner should have written.
    private func interpolationExample(_ left: NodeID, _ right: NodeID) -> String {
        func piece(_ id: NodeID) -> String {
            let node = nodes[Int(id)]
            switch node.kind {
            case .constant:
                if case .text(let t) = constants[Int(node.a)] { return t.string }
                return "{\(constants[Int(node.a)].displayText)}"
            case .variable:
                return "{\(context.sites[Int(node.site)].name)}"
            default:
                return "{\(context.sites[Int(node.site)].sourceText)}"
            }
        }
        return "\"" + piece(left) + piece(right) + "\""
    }

    private func logical(_ id: NodeID, _ base: Int, site: Int32, word: String) throws -> Bool {
        let value = try evaluate(id, base)
        if case .boolean(let b) = value { return b }
        let own = nodes[Int(id)].site
        throw RuntimeFailure(.E0303, site: Int(own != 0 ? own : site),
                             ["opération": word, "gauche": "une condition", "droite": value.described],
                             hint: .usePlainText("booleen"))
    }

    private func repeatText(_ a: Value, _ b: Value, site: Int32) throws -> Value {
        let (text, count): (TextStorage, Value)
        // Only `texte * entier` repeats (LANGUAGE.md); `3 * "1.2"` is the forgotten `nombre(…)`.
        guard case .text(let t) = a else { throw Arithmetic.mismatch("*", a, b, site: Int(site)) }
        (text, count) = (t, b)
        guard case .integer(let n) = count, n >= 0 else { throw Arithmetic.mismatch("*", a, b, site: Int(site)) }
        let (total, overflow) = n.multipliedReportingOverflow(by: text.count)
        try checkLength(overflow ? Int.max : total, isText: true, site: site)
        return .text(text.repeated(n))
    }

    /// A 1-based position checked against the size, as a 0-based index.
    func checkedPosition(_ position: Value, count: Int, isText: Bool, site: Int32) throws -> Int {
        guard case .integer(let p) = position else {
            if case .bigInteger = position {
                throw RuntimeFailure(.E0302, site: Int(site), ["position": position.shortEcho, "étendue": Self.extent(count, isText: isText)])
            }
            throw RuntimeFailure(.E0314, site: Int(site), ["valeur": position.shortEcho, "type": position.typeName],
                                 hint: position.isText ? .convertWithNumber : .usePlainText("position-entier"))
        }
        guard p >= 1, p <= count else {
            throw RuntimeFailure(.E0302, site: Int(site), ["position": String(p), "étendue": Self.extent(count, isText: isText)],
                                 hint: p == 0 ? .usePlainText("position-zero") : nil)
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

    /// `added`: how many elements are new (one for `ajouter`; the whole length for a new list).
    func checkLength(_ length: Int, isText: Bool, site: Int32, added: Int? = nil) throws {
        // Big lists and texts are made between checkpoints too: memory is looked at every million elements.
        elementsSinceMemoryCheck &+= added ?? length
        if elementsSinceMemoryCheck > 1_000_000 { try checkMemory(site) }
        if length > limits.maxCollectionLength {
            throw RuntimeFailure(.E0404, site: Int(site), ["quoi": isText ? "ce texte" : "cette liste",
                                                            "limite": FrenchNumber.grouped(limits.maxCollectionLength),
                                                            "unités": isText ? "caractères" : "éléments"])
        }
    }

    private func checkSize(_ value: Value, site: Int32) throws {
        switch value {
        case .text(let t): try checkLength(t.count, isText: true, site: site)
        case .list(let l): try checkLength(l.items.count, isText: false, site: site)
        default: break
        }
    }

    // MARK: - Calls

    private func call(_ node: Node, _ base: Int) throws -> Value {
        try tick(node.site)
        let index = Int(node.a)
        let function = functions[index]
        if depth >= limits.maxCallDepth || Self.stackAddress() < stackFloor {
            throw RuntimeFailure(.E0321, site: Int(node.site), ["limite": FrenchNumber.grouped(limits.maxCallDepth)],
                                 hint: .endlessRecursion)
        }
        let frameBase = top
        let frameSize = Int(function.slotCount)
        guard frameBase + frameSize <= Self.stackCapacity else {
            throw RuntimeFailure(.E0321, site: Int(node.site), ["limite": FrenchNumber.grouped(depth)], hint: .endlessRecursion)
        }
        // The arguments are evaluated in the caller's frame, into the new frame's first slots.
        (stack + frameBase).initialize(repeating: .unassigned, count: frameSize)
        top = frameBase + frameSize
        defer {
            (stack + frameBase).deinitialize(count: frameSize)
            top = frameBase
        }
        let start = Int(node.b)
        for i in 0..<Int(node.c) {
            let value = try evaluate(items[start + i], base)
            stack[frameBase + i] = value
        }
        depth += 1
        defer { depth -= 1 }
        if observer != nil { return try observedCall(index, node, frameBase) }
        return try runBody(index, function.body, frameBase, site: node.site)
    }

    private func runBody(_ index: Int, _ body: NodeID, _ frameBase: Int, site: Int32) throws -> Value {
        do {
            if try executeBlock(body, frameBase) == .returned {
                let result = returnValue
                returnValue = .nothing
                return result
            }
            return .nothing
        } catch var failure as RuntimeFailure {
            failure.calls.append((context.functions[index].name, Int(site)))
            throw failure
        }
    }

    private func observedCall(_ index: Int, _ node: Node, _ frameBase: Int) throws -> Value {
        let function = context.functions[index]
        let callerFunction = currentFunction
        currentFunction = index
        defer { currentFunction = callerFunction }
        observer?.didEnter(function: function.name, arguments: (0..<Int(node.c)).map { stack[frameBase + $0] },
                           line: context.sites[Int(node.site)].location.line)
        let result = try runBody(index, functions[index].body, frameBase, site: node.site)
        observer?.didLeave(function: function.name, result: result)
        return result
    }

    /// Roughly where this thread's stack is now.
    @inline(never)
    static func stackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }
}
