/// The arena holding a session's resolved tree: nodes, the lists of children that do not
/// fit in a node (arguments, statements of a block…), constants, and function entries.
///
/// Each store is reserved once at its maximum size: only the pages actually written use
/// memory, and the evaluator can keep plain pointers to them for the whole session (they
/// never move). It only grows: a REPL entry adds its nodes after the previous ones.
final class ResolvedCode {
    static let nodeCapacity = 1 << 22
    static let itemCapacity = 1 << 22
    static let constantCapacity = 1 << 20
    static let functionCapacity = 1 << 16

    let nodes: UnsafeMutablePointer<Node>
    let items: UnsafeMutablePointer<Int32>
    let constants: UnsafeMutablePointer<Value>
    let functions: UnsafeMutablePointer<FunctionEntry>
    private(set) var nodeCount = 0
    private(set) var itemCount = 0
    private(set) var constantCount = 0
    private(set) var functionCount = 0
    /// Set when a store is full: the program is refused as too large.
    private(set) var isFull = false

    init() {
        nodes = .allocate(capacity: Self.nodeCapacity)
        items = .allocate(capacity: Self.itemCapacity)
        constants = .allocate(capacity: Self.constantCapacity)
        functions = .allocate(capacity: Self.functionCapacity)
    }

    deinit {
        constants.deinitialize(count: constantCount)
        nodes.deallocate()
        items.deallocate()
        constants.deallocate()
        functions.deallocate()
    }

    /// Marks where a unit starts, to forget it if it is rejected.
    struct Mark { let nodes, items, constants: Int }
    var mark: Mark { Mark(nodes: nodeCount, items: itemCount, constants: constantCount) }

    func rollBack(to mark: Mark) {
        constants.advanced(by: mark.constants).deinitialize(count: constantCount - mark.constants)
        nodeCount = mark.nodes
        itemCount = mark.items
        constantCount = mark.constants
        isFull = false
    }

    func add(_ node: Node) -> NodeID {
        guard nodeCount < Self.nodeCapacity else { isFull = true; return 0 }
        nodes.advanced(by: nodeCount).initialize(to: node)
        nodeCount += 1
        return NodeID(nodeCount - 1)
    }

    /// Stores a list of node numbers (or operator codes); gives where it starts.
    func addItems(_ list: [Int32]) -> Int32 {
        guard itemCount + list.count <= Self.itemCapacity else { isFull = true; return 0 }
        let start = itemCount
        for (i, item) in list.enumerated() { items.advanced(by: start + i).initialize(to: item) }
        itemCount += list.count
        return Int32(start)
    }

    func addConstant(_ value: Value) -> NodeID {
        guard constantCount < Self.constantCapacity else { isFull = true; return add(Node(kind: .constant, a: 0)) }
        constants.advanced(by: constantCount).initialize(to: value)
        constantCount += 1
        return add(Node(kind: .constant, a: Int32(constantCount - 1)))
    }

    /// A new function entry (its body is set once resolved).
    func addFunction() -> Int {
        guard functionCount < Self.functionCapacity else { isFull = true; return 0 }
        functions.advanced(by: functionCount).initialize(to: FunctionEntry(body: -1, slotCount: 0, parameterCount: 0))
        functionCount += 1
        return functionCount - 1
    }

    /// The value of a constant node, if it is one.
    func constantValue(_ id: NodeID) -> Value? {
        let node = nodes[Int(id)]
        guard node.kind == .constant else { return nil }
        return constants[Int(node.a)]
    }
}
