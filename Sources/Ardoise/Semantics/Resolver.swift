/// Binds every name of the syntax tree to a slot, every call to a function or a built-in,
/// checks arity and scope, and collects the static errors — all before anything runs.
///
/// Scope rules (LANGUAGE.md): the main program's variables are the names it assigns;
/// a function sees only its parameters and the names it assigns; blocks make no scope;
/// functions see each other and may be called before their declaration.
struct Resolver {
    enum Mode { case program, replEntry }

    private let context: ProgramContext
    private let mode: Mode
    private let sourceIndex: Int
    private let forbidden: Set<String>
    private(set) var diagnostics: [Diagnostic] = []

    /// The scope being resolved: a name → slot table, and the function it belongs to (nil at top level).
    private struct Scope {
        var slots: [String: Int]
        var names: [String]
        var function: String?
    }
    private var scope = Scope(slots: [:], names: [], function: nil)

    /// Functions of this unit, before they are committed to the context.
    private var pendingFunctions: [(declaration: FunctionDeclaration, compiled: CompiledFunction, index: Int,
                                    body: NodeID, slotCount: Int)] = []
    private var code: ResolvedCode { context.code }
    private var functionIndex: [String: Int]
    private var functionCount: Int

    init(context: ProgramContext, mode: Mode, sourceIndex: Int, forbiddenBuiltins: Set<String>) {
        self.context = context
        self.mode = mode
        self.sourceIndex = sourceIndex
        self.forbidden = Set(forbiddenBuiltins.map { KeywordTable.fold($0) })
        self.functionIndex = context.functionIndex
        self.functionCount = context.functions.count
    }

    /// The resolved main program (a block, or for an echoed entry its expression), and whether
    /// the unit is a lone expression to echo. On errors, the context is left as it was.
    mutating func resolve(_ statements: [Statement]) -> (body: NodeID, echoes: Bool)? {
        let mark = code.mark
        declareFunctions(in: statements)

        // The main program's variables: the existing ones, then the ones this unit assigns.
        var names = context.globalNames
        var slots = context.globalSlots
        for name in Self.assignedNames(in: statements) where slots[name] == nil {
            slots[name] = names.count
            names.append(name)
        }
        scope = Scope(slots: slots, names: names, function: nil)
        mainProgramNames = Set(names)

        // In the REPL, an entry that is one expression (a call included) shows its value.
        let echoes = mode == .replEntry && statements.count == 1 && {
            switch statements[0].kind {
            case .expression, .call: return true
            default: return false
            }
        }()
        var body: NodeID
        if echoes, case .expression(let expression) = statements[0].kind {
            body = resolve(expression)
        } else if echoes, case .call(let expression) = statements[0].kind {
            body = resolve(expression)
        } else {
            body = resolveBlock(statements, at: statements.first?.location ?? SourceLocation(line: 1, column: 1))
        }
        let mainScope = scope

        for i in pendingFunctions.indices {
            let (bodyNode, slotCount) = resolveFunctionBody(pendingFunctions[i].declaration, into: pendingFunctions[i].compiled)
            pendingFunctions[i].body = bodyNode
            pendingFunctions[i].slotCount = slotCount
        }
        if code.isFull {
            report(.E0118, at: SourceLocation(line: 1, column: 1), ["limite": "quelques millions d'éléments"])
        }
        guard diagnostics.isEmpty else {
            code.rollBack(to: mark)
            return nil
        }

        // Commit.
        context.globalNames = mainScope.names
        context.globalSlots = mainScope.slots
        for pending in pendingFunctions.sorted(by: { $0.index < $1.index }) {
            if pending.index < context.functions.count {
                context.functions[pending.index] = pending.compiled
            } else {
                context.functions.append(pending.compiled)
                _ = code.addFunction()
            }
            code.functions[pending.index] = FunctionEntry(body: pending.body, slotCount: Int32(pending.slotCount),
                                                          parameterCount: Int32(pending.compiled.parameters.count))
            context.functionIndex[pending.compiled.name] = pending.index
        }
        return (body, echoes)
    }

    // MARK: - Declarations

    private mutating func declareFunctions(in statements: [Statement]) {
        var declaredHere: [String: SourceLocation] = [:]
        for statement in statements {
            guard case .function(let declaration) = statement.kind else { continue }
            let name = declaration.name
            if let builtin = Builtin.named(name) {
                report(.E0206, at: declaration.nameLocation, ["nom": name], hint: nil)
                _ = builtin
                continue
            }
            if let earlier = declaredHere[name] {
                report(.E0205, at: declaration.nameLocation, ["nom": name, "ligne": String(earlier.line)])
                continue
            }
            declaredHere[name] = declaration.nameLocation
            var seen: Set<String> = []
            for parameter in declaration.parameters {
                if !seen.insert(parameter.name).inserted {
                    report(.E0211, at: parameter.location, ["nom": parameter.name])
                } else if Builtin.named(parameter.name) != nil {
                    report(.E0207, at: parameter.location,
                           ["nom": parameter.name, "quoi": "le nom d'une fonction d'Ardoise"],
                           hint: .renameVariable(Self.alternativeName(for: parameter.name)))
                }
            }
            let index: Int
            if let existing = functionIndex[name] {
                index = existing        // REPL: a redefinition takes the old one's place
            } else {
                index = functionCount
                functionCount += 1
                functionIndex[name] = index
            }
            let site = Int(addSite(declaration.location, anchor: declaration.nameLocation, text: name, name: name))
            let compiled = CompiledFunction(name: name, parameters: declaration.parameters.map(\.name),
                                            slotNames: [], site: site)
            pendingFunctions.append((declaration, compiled, index, -1, 0))
        }
    }

    private mutating func resolveFunctionBody(_ declaration: FunctionDeclaration,
                                              into function: CompiledFunction) -> (body: NodeID, slotCount: Int) {
        var names = declaration.parameters.map(\.name)
        var slots: [String: Int] = [:]
        for (i, name) in names.enumerated() where slots[name] == nil { slots[name] = i }
        for name in Self.assignedNames(in: declaration.body) where slots[name] == nil {
            slots[name] = names.count
            names.append(name)
        }
        let outer = scope
        scope = Scope(slots: slots, names: names, function: declaration.name)
        let body = resolveBlock(declaration.body, at: declaration.location)
        function.slotNames = names
        scope = outer
        return (body, names.count)
    }

    /// Names a block assigns (assignment, loop variables), in order of first appearance,
    /// without looking into nested function declarations.
    static func assignedNames(in statements: [Statement]) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        func visit(_ statements: [Statement]) {
            for statement in statements {
                switch statement.kind {
                case .assign(let name, _):
                    if seen.insert(name).inserted { names.append(name) }
                case .forRange(let variable, _, _, _, _, let body), .forEach(let variable, _, _, let body):
                    if seen.insert(variable).inserted { names.append(variable) }
                    visit(body)
                case .ifChain(let branches, let otherwise):
                    for branch in branches { visit(branch.body) }
                    if let otherwise { visit(otherwise) }
                case .whileLoop(_, let body), .repeatLoop(_, let body):
                    visit(body)
                default:
                    break
                }
            }
        }
        visit(statements)
        return names
    }

    // MARK: - Statements

    private mutating func resolveStatement(_ statement: Statement) -> NodeID? {
        switch statement.kind {
        case .assign(let name, let value):
            let resolvedValue = resolve(value)
            if !checkAssignable(name, at: statement.location) { return nil }
            guard let slot = scope.slots[name] else { return nil }
            return code.add(Node(kind: .assign, a: Int32(slot), b: resolvedValue,
                                 site: addSite(statement.location, text: name, name: name)))
        case .assignIndex(let target, let index, let value):
            let site = addSite(target.location.through(index.location), anchor: index.location, text: target.sourceText)
            return code.add(Node(kind: .assignIndex, a: resolve(target), b: resolve(index), c: resolve(value), site: site))
        case .print(let values):
            let site = addSite(statement.location, text: "afficher")
            let list = values.map { resolve($0) }
            return code.add(Node(kind: .print, b: code.addItems(list), c: Int32(list.count), site: site))
        case .ifChain(let branches, let otherwise):
            // `si … sinon si … sinon` becomes nested ifThen nodes, the last one's else being the `sinon` block.
            var elseNode: NodeID = otherwise.map { resolveBlock($0, at: statement.location) } ?? -1
            var resolved: [(condition: NodeID, body: NodeID, site: Int32)] = []
            for branch in branches {
                resolved.append((resolve(branch.condition), resolveBlock(branch.body, at: branch.condition.location),
                                 addSite(branch.condition.location, text: branch.condition.sourceText)))
            }
            for branch in resolved.reversed() {
                elseNode = code.add(Node(kind: .ifThen, a: branch.condition, b: branch.body, c: elseNode, site: branch.site))
            }
            return elseNode
        case .whileLoop(let condition, let body):
            let site = addSite(condition.location, text: "tant que")
            return code.add(Node(kind: .whileLoop, a: resolve(condition), b: resolveBlock(body, at: statement.location), site: site))
        case .forRange(let variable, let variableLocation, let from, let to, let step, let body):
            let site = addSite(statement.location, anchor: variableLocation, text: "pour", name: variable)
            let fromNode = resolveLocated(from), toNode = resolveLocated(to)
            let stepNode = step.map { resolveLocated($0) } ?? -1
            guard let slot = loopSlot(variable, at: variableLocation) else { return nil }
            return code.add(Node(kind: .forRange, a: Int32(slot), b: fromNode, c: toNode, d: stepNode,
                                 e: resolveBlock(body, at: statement.location), site: site))
        case .forEach(let variable, let variableLocation, let sequence, let body):
            let site = addSite(sequence.location, text: "pour chaque", name: variable)
            guard let slot = loopSlot(variable, at: variableLocation) else { return nil }
            return code.add(Node(kind: .forEach, a: Int32(slot), b: resolve(sequence),
                                 c: resolveBlock(body, at: statement.location), site: site))
        case .repeatLoop(let count, let body):
            let site = addSite(count.location, text: "répéter")
            return code.add(Node(kind: .repeatLoop, a: resolve(count), b: resolveBlock(body, at: statement.location), site: site))
        case .function:
            return nil   // resolved on its own, after the main program
        case .returnValue(let value):
            if scope.function == nil {
                report(.E0204, at: statement.location, hint: nil)
                return nil
            }
            return code.add(Node(kind: .returnValue, a: value.map { resolve($0) } ?? -1,
                                 site: addSite(statement.location, text: "retourner")))
        case .check(let condition):
            let site = addSite(condition.location, text: condition.sourceText)
            var inner = condition
            while case .group(let e) = inner.kind { inner = e }
            if case .comparison(let operands, let operators) = inner.kind, operators.count == 1 {
                // The sides are evaluated once each, so that both values can be told when it fails.
                let left = resolve(operands[0]), right = resolve(operands[1])
                let sides = addSite(operands[0].location, anchor: operands[1].location, text: operands[0].sourceText)
                let comparison = code.add(Node(kind: operators[0].nodeKind, a: left, b: right, site: sides))
                return code.add(Node(kind: .check, op: operators[0].code, a: comparison, b: left, c: right, site: site))
            }
            return code.add(Node(kind: .check, a: resolve(condition), site: site))
        case .call(let expression):
            return code.add(Node(kind: .evaluate, a: resolve(expression),
                                 site: addSite(statement.location, text: expression.sourceText)))
        case .expression(let expression):
            _ = resolve(expression)
            report(.E0117, at: expression.location, hint: .printToSee)
            return nil
        }
    }

    private mutating func resolveBlock(_ statements: [Statement], at location: SourceLocation) -> NodeID {
        let list = statements.compactMap { resolveStatement($0) }
        return code.add(Node(kind: .block, b: code.addItems(list), c: Int32(list.count), site: addSite(location, text: "")))
    }

    /// An expression whose value is checked at run time (a loop bound): constants get a site too.
    private mutating func resolveLocated(_ expression: Expression) -> NodeID {
        let id = resolve(expression)
        if code.nodes[Int(id)].kind == .constant {
            code.nodes[Int(id)].site = addSite(expression.location, text: expression.sourceText)
        }
        return id
    }

    private mutating func loopSlot(_ variable: String, at location: SourceLocation) -> Int? {
        checkAssignable(variable, at: location) ? scope.slots[variable] : nil
    }

    /// A variable may not take the name of a function, declared or built-in (LANGUAGE.md:
    /// "assigning to a keyword or a function name" is a static error).
    private mutating func checkAssignable(_ name: String, at location: SourceLocation) -> Bool {
        if functionIndex[name] != nil {
            report(.E0207, at: SourceLocation(line: location.line, column: location.column, length: name.count),
                   ["nom": name, "quoi": "le nom d'une fonction du programme"], hint: .renameVariable(Self.alternativeName(for: name)))
            return false
        }
        if let builtin = Builtin.named(name) {
            report(.E0207, at: SourceLocation(line: location.line, column: location.column, length: name.count),
                   ["nom": name, "quoi": "le nom de la fonction « \(builtin.name) » d'Ardoise"],
                   hint: .renameVariable(Self.alternativeName(for: name)))
            return false
        }
        return true
    }

    /// A name to suggest instead of a function's: `somme` → `total`, `texte` → `mon_texte`.
    static func alternativeName(for name: String) -> String {
        let usual = ["somme": "total", "nombre": "n", "texte": "phrase", "longueur": "taille", "position": "place",
                     "min": "minimum", "max": "maximum", "type": "genre", "entier": "valeur", "abs": "distance",
                     "racine": "resultat", "arrondi": "valeur_arrondie"]
        return usual[KeywordTable.fold(name)] ?? "mon_\(name)"
    }

    // MARK: - Expressions

    private mutating func resolve(_ expression: Expression) -> NodeID {
        switch expression.kind {
        case .integer(let value):
            return code.addConstant(.integer(value))
        case .decimal(let value):
            return code.addConstant(.decimal(value))
        case .boolean(let value):
            return code.addConstant(.boolean(value))
        case .nothing:
            return code.addConstant(.nothing)
        case .text(let parts):
            if parts.isEmpty { return code.addConstant(.text("")) }
            if parts.count == 1, case .literal(let s) = parts[0] { return code.addConstant(.text(s)) }
            let site = addSite(expression.location, text: expression.sourceText)
            let list = parts.map { part -> NodeID in
                switch part {
                case .literal(let s): return code.addConstant(.text(s))
                case .expression(let e): return resolve(e)
                }
            }
            return code.add(Node(kind: .text, b: code.addItems(list), c: Int32(list.count), site: site))
        case .list(let elements):
            let site = addSite(expression.location, text: expression.sourceText)
            let list = elements.map { resolve($0) }
            return code.add(Node(kind: .list, b: code.addItems(list), c: Int32(list.count), site: site))
        case .name(let name):
            return resolveName(name, expression)
        case .group(let inner):
            return resolve(inner)
        case .unary(let op, let operand):
            let site = addSite(expression.location, anchor: expression.anchor, text: expression.sourceText)
            let resolved = resolve(operand)
            switch op {
            case .negate:
                // `-3` is a constant, not a negation to compute each time.
                if let value = code.constantValue(resolved) {
                    if case .integer(let i) = value, i != Int.min { return code.addConstant(.integer(-i)) }
                    if case .decimal(let d) = value { return code.addConstant(.decimal(-d)) }
                }
                return code.add(Node(kind: .negate, a: resolved, site: site))
            case .not:
                return code.add(Node(kind: .not, a: resolved, site: site))
            }
        case .binary(let op, let left, let right):
            let site = addSite(expression.location, anchor: expression.anchor, text: expression.sourceText)
            return code.add(Node(kind: op.nodeKind, a: resolve(left), b: resolve(right), site: site))
        case .logical(let op, let left, let right):
            let site = addSite(expression.location, anchor: expression.anchor, text: expression.sourceText)
            return code.add(Node(kind: op == .and ? .and : .or, a: resolve(left), b: resolve(right), site: site))
        case .comparison(let operands, let operators):
            let site = addSite(expression.location, anchor: expression.anchor, text: expression.sourceText)
            let resolved = operands.map { resolve($0) }
            if operators.count == 1 {
                return code.add(Node(kind: operators[0].nodeKind, a: resolved[0], b: resolved[1], site: site))
            }
            return code.add(Node(kind: .compareChain, b: code.addItems(resolved), c: Int32(resolved.count),
                                 d: code.addItems(operators.map { Int32($0.code) }), site: site))
        case .call(let name, let arguments):
            return resolveCall(name, arguments, expression)
        case .index(let target, let index):
            let site = addSite(expression.location, anchor: index.location, text: target.sourceText)
            return code.add(Node(kind: .index, a: resolve(target), b: resolve(index), site: site))
        }
    }

    private mutating func resolveName(_ name: String, _ expression: Expression) -> NodeID {
        let site = addSite(expression.location, text: name, name: name)
        if let slot = scope.slots[name] { return code.add(Node(kind: .variable, a: Int32(slot), site: site)) }
        if let function = scope.function, mainProgramNames.contains(name) {
            report(.E0208, at: expression.location, ["nom": name, "fonction": function], hint: .passAsParameter(name))
        } else if functionIndex[name] != nil || Builtin.named(name) != nil {
            report(.E0210, at: expression.location, ["nom": name], hint: .callWithParentheses(name))
        } else {
            report(.E0201, at: expression.location, ["nom": name],
                   hint: NameSuggestions.hint(for: name, among: scope.names + Array(functionIndex.keys))
                       ?? .usePlainText("texte-entre-guillemets"))
        }
        return code.addConstant(.nothing)
    }

    /// The main program's variables, to explain why a function cannot see them.
    private var mainProgramNames: Set<String> = []

    private mutating func resolveCall(_ name: String, _ arguments: [Expression], _ expression: Expression) -> NodeID {
        let site = addSite(expression.location, anchor: expression.anchor, text: expression.sourceText, name: name)
        let resolvedArguments = arguments.map { resolve($0) }
        if let index = functionIndex[name] {
            let parameterCount = parameterCountOfFunction(at: index)
            if parameterCount != arguments.count {
                report(.E0203, at: expression.anchor,
                       ["nom": name, "attendu": Builtin.values(parameterCount), "reçu": Builtin.values(arguments.count)])
            }
            return code.add(Node(kind: .callFunction, a: Int32(index), b: code.addItems(resolvedArguments),
                                 c: Int32(resolvedArguments.count), site: site))
        }
        if let builtin = Builtin.named(name) {
            if forbidden.contains(KeywordTable.fold(builtin.name)) {
                report(.E0209, at: expression.anchor, ["nom": builtin.name])
            } else if !builtin.arity.contains(arguments.count) {
                report(.E0203, at: expression.anchor,
                       ["nom": builtin.name, "attendu": builtin.arityDescription, "reçu": Builtin.values(arguments.count)])
            }
            return code.add(Node(kind: .callBuiltin, op: builtin.code, b: code.addItems(resolvedArguments),
                                 c: Int32(resolvedArguments.count), site: site))
        }
        let folded = KeywordTable.fold(name)
        var hint: Hint?
        if let french = ForeignWords.builtinNames[folded] {
            hint = .useFrenchKeyword(typed: name, french: french)
        } else {
            hint = NameSuggestions.hint(for: name, among: Array(functionIndex.keys) + Language.builtinNames)
        }
        report(.E0202, at: expression.anchor, ["nom": name], hint: hint)
        return code.addConstant(.nothing)
    }

    private func parameterCountOfFunction(at index: Int) -> Int {
        if let pending = pendingFunctions.first(where: { $0.index == index }) {
            return pending.compiled.parameters.count
        }
        return index < context.functions.count ? context.functions[index].parameters.count : 0
    }

    // MARK: - Helpers

    private mutating func report(_ code: DiagnosticCode, at location: SourceLocation, _ arguments: [String: String] = [:],
                                 hint: Hint? = nil) {
        diagnostics.append(Diagnostic(code, at: location, arguments, hint: hint))
    }

    private func addSite(_ location: SourceLocation, anchor: SourceLocation? = nil, text: String, name: String = "") -> Int32 {
        Int32(context.addSite(Site(location: location, anchor: anchor ?? location, sourceText: text, name: name,
                                   sourceIndex: sourceIndex)))
    }
}

extension ForeignWords {
    /// Built-in functions of other languages, with their Ardoise name.
    static let builtinNames: [String: String] = [
        "print": "afficher", "ecrire": "afficher", "len": "longueur", "input": "demander", "lire": "demander",
        "saisir": "demander", "str": "texte", "int": "entier", "float": "nombre", "append": "ajouter",
        "sqrt": "racine", "random": "aléatoire", "randint": "aléatoire", "round": "arrondi", "sum": "somme",
        "sort": "trier", "sorted": "trier", "split": "découper", "join": "joindre", "upper": "majuscules",
        "lower": "minuscules", "insert": "insérer", "remove": "retirer", "pop": "retirer", "index": "position",
        "taille": "longueur", "size": "longueur", "length": "longueur", "racine_carree": "racine",
    ]
}
