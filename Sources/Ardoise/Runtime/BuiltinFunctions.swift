/// What each built-in function does. Arity was checked before running; types are checked here.
extension Interpreter {
    func callBuiltin(_ builtin: Builtin, _ node: Node, _ base: Int) throws -> Value {
        let values = try arguments(node, base)
        for value in values { noteBigWork(value) }
        let site = Int(node.site)
        let site32 = node.site
        func wrongType(_ expected: String, _ value: Value, hint: Hint? = nil) -> RuntimeFailure {
            RuntimeFailure(.E0304, site: site, ["fonction": builtin.name, "attendu": expected, "reçu": value.described], hint: hint)
        }
        func list(_ i: Int) throws -> ListStorage {
            if case .list(let l) = values[i] { return l }
            throw wrongType("une liste", values[i])
        }
        func text(_ i: Int) throws -> TextStorage {
            if case .text(let t) = values[i] { return t }
            throw wrongType("un texte", values[i])
        }
        func number(_ i: Int) throws -> Value {
            if values[i].isNumber { return values[i] }
            throw wrongType("un nombre", values[i], hint: values[i].isText ? .convertWithNumber : nil)
        }

        switch builtin {
        case .demander:
            let question = values.first?.displayText ?? ""
            guard let answer = console.ask(question) else {
                if interruptFlag.isRaised { throw RuntimeFailure(.E0405, site: site) }
                throw RuntimeFailure(.E0309, site: site, ["fonction": builtin.name], hint: .usePlainText("entree-manquante"))
            }
            try checkLength(answer.count, isText: true, site: site32)
            return .text(answer)

        case .demanderNombre:
            let question = values.first?.displayText ?? ""
            while true {
                guard let answer = console.ask(question) else {
                    if interruptFlag.isRaised { throw RuntimeFailure(.E0405, site: site) }
                    throw RuntimeFailure(.E0309, site: site, ["fonction": builtin.name], hint: .usePlainText("entree-manquante"))
                }
                if let value = Self.parseNumber(answer) { return value }
                guard console.isInteractive else {
                    throw RuntimeFailure(.E0320, site: site, ["texte": Value.quote(answer)], hint: .usePlainText("nombre-format"))
                }
                try write(catalogue.label(.askAgainForNumber) + "\n", site: site32)
                try tickForInput(site)
            }

        case .nombre:
            if values[0].isNumber { return values[0] }
            let t = try text(0)
            guard let value = Self.parseNumber(t.string) else {
                throw RuntimeFailure(.E0310, site: site, ["texte": Value.quote(t.string)], hint: .usePlainText("nombre-format"))
            }
            return value

        case .texte:
            let s = values[0].displayText
            try checkLength(s.count, isText: true, site: site32)
            return .text(s)

        case .entier:
            switch try number(0) {
            case .decimal(let d):
                return .integer(BigInt(d.rounded(.down)))
            case let integer:
                return integer
            }

        case .arrondi:
            let x = try number(0)
            var places = 0
            if values.count == 2 {
                guard case .integer(let n) = values[1], n >= 0, n <= 15 else {
                    throw wrongType("un nombre de décimales entier entre 0 et 15", values[1])
                }
                places = n
            }
            guard case .decimal(let d) = x else { return x }
            return Self.round(d, places: places)

        case .abs:
            switch try number(0) {
            case .integer(let i): return i == .min ? .integer(-BigInt(i)) : .integer(Swift.abs(i))
            case .bigInteger(let b): return .integer(b.value.magnitude)
            case .decimal(let d): return .decimal(Swift.abs(d))
            default: return values[0]
            }

        case .racine:
            let x = try number(0)
            guard let d = x.doubleValue, d >= 0 else {
                throw RuntimeFailure(.E0311, site: site, ["valeur": x.shortEcho], hint: .usePlainText("racine"))
            }
            return .decimal(d.squareRoot())

        case .min, .max:
            let candidates: [Value]
            if values.count == 1 {
                guard case .list(let l) = values[0] else { throw wrongType("une liste, ou plusieurs valeurs", values[0]) }
                candidates = l.items
            } else {
                candidates = values
            }
            guard var best = candidates.first else {
                throw RuntimeFailure(.E0322, site: site, ["fonction": builtin.name], hint: .usePlainText("vide"))
            }
            for candidate in candidates.dropFirst() {
                let order = try Comparison.order(candidate, best, site: site, op: builtin == .min ? "<" : ">")
                if (builtin == .min && order == .orderedAscending) || (builtin == .max && order == .orderedDescending) {
                    best = candidate
                }
            }
            return best

        case .somme:
            let l = try list(0)
            var total: Value = .integer(0)
            for item in l.items {
                guard item.isNumber else { throw wrongType("une liste de nombres", values[0]) }
                total = try Arithmetic.add(total, item, site: site)
            }
            return total

        case .aléatoire:
            guard case .integer(let low) = values[0] else { throw wrongType("deux nombres entiers", values[0]) }
            guard case .integer(let high) = values[1] else { throw wrongType("deux nombres entiers", values[1]) }
            guard low <= high else {
                throw RuntimeFailure(.E0318, site: site, ["a": String(low), "b": String(high)], hint: .swapArguments("aléatoire(\(high), \(low))"))
            }
            return .integer(random.integer(in: low, high))

        case .longueur:
            switch values[0] {
            case .list(let l): return .integer(l.items.count)
            case .text(let t): return .integer(t.count)
            default: throw wrongType("une liste ou un texte", values[0])
            }

        case .ajouter:
            let l = try list(0)
            try checkLength(l.items.count + 1, isText: false, site: site32, added: 1)
            l.items.append(values[1])
            cycleBreaker.received(values[1], into: l)
            return .nothing

        case .insérer:
            let l = try list(0)
            let i = try checkedPosition(values[1], count: l.items.count + 1, isText: false, site: site32)
            try checkLength(l.items.count + 1, isText: false, site: site32, added: 1)
            l.items.insert(values[2], at: i)
            cycleBreaker.received(values[2], into: l)
            return .nothing

        case .retirer:
            let l = try list(0)
            let i = try checkedPosition(values[1], count: l.items.count, isText: false, site: site32)
            return l.items.remove(at: i)

        case .contient:
            switch values[0] {
            case .list(let l):
                for item in l.items where try Self.sameValue(item, values[1], site: site) { return .boolean(true) }
                return .boolean(false)
            case .text(let t):
                guard case .text(let part) = values[1] else { throw wrongType("un texte à chercher", values[1]) }
                return .boolean(Self.find(part.characters, in: t.characters) != nil)
            default:
                throw wrongType("une liste ou un texte", values[0])
            }

        case .position:
            switch values[0] {
            case .list(let l):
                for (i, item) in l.items.enumerated() where try Self.sameValue(item, values[1], site: site) {
                    return .integer(i + 1)
                }
                return .integer(0)
            case .text(let t):
                guard case .text(let part) = values[1] else { throw wrongType("un texte à chercher", values[1]) }
                return .integer(Self.find(part.characters, in: t.characters).map { $0 + 1 } ?? 0)
            default:
                throw wrongType("une liste ou un texte", values[0])
            }

        case .trier:
            let l = try list(0)
            // All texts: each one's sort key is made once (the common case of a list of names).
            let texts = l.items.compactMap { item -> TextStorage? in if case .text(let t) = item { t } else { nil } }
            if texts.count == l.items.count && texts.count > 1 {
                let keys = texts.map(Comparison.textKey)
                let order = keys.indices.sorted { i, j in
                    let result = Comparison.compareTextKeys(keys[i], keys[j])
                    return result == .orderedAscending || (result == .orderedSame && i < j)
                }
                return .list(order.map { l.items[$0] })
            }
            var failure: RuntimeFailure?
            let sorted = l.items.enumerated().sorted { a, b in
                if failure != nil { return false }
                do {
                    let order = try Comparison.order(a.element, b.element, site: site, op: "<")
                    return order == .orderedAscending || (order == .orderedSame && a.offset < b.offset)
                } catch let error as RuntimeFailure {
                    failure = error
                    return false
                } catch {
                    return false
                }
            }.map(\.element)
            if let failure { throw failure }
            return .list(sorted)

        case .découper:
            let t = try text(0)
            let separator = try text(1)
            var pieces: [Value] = []
            if separator.characters.isEmpty {
                pieces = t.characters.map { .text([$0]) }
            } else {
                let search = TextSearch(separator.characters)
                let chars = t.characters
                var pieceStart = 0
                while let found = search.firstOccurrence(in: chars, from: pieceStart) {
                    pieces.append(.text(Array(chars[pieceStart..<found])))
                    pieceStart = found + search.needle.count
                }
                pieces.append(.text(Array(chars[pieceStart...])))
            }
            return .list(pieces)

        case .joindre:
            let l = try list(0)
            let separator = try text(1)
            var characters: [Character] = []
            for (i, item) in l.items.enumerated() {
                if i > 0 { characters.append(contentsOf: separator.characters) }
                characters.append(contentsOf: item.displayText)
                try checkLength(characters.count, isText: true, site: site32)
            }
            return .text(characters)

        case .majuscules:
            return .text(try text(0).string.uppercased())
        case .minuscules:
            return .text(try text(0).string.lowercased())
        case .type:
            return .text(values[0].typeName)
        }
    }

    private func tickForInput(_ site: Int) throws {
        if interruptFlag.isRaised { throw RuntimeFailure(.E0405, site: site) }
    }

    /// `=` as `contient` and `position` use it: never an error, a text is simply not a number.
    static func sameValue(_ a: Value, _ b: Value, site: Int) throws -> Bool {
        if (a.isText && b.isNumber) || (a.isNumber && b.isText) { return false }
        return try Comparison.equal(a, b, site: site)
    }

    /// First index of `needle` in `haystack`.
    static func find(_ needle: [Character], in haystack: [Character]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return TextSearch(needle).firstOccurrence(in: haystack)
    }

    /// The number written in a text: `42`, `-7`, `3.5`, and the French `3,5`; spaces around are ignored.
    static func parseNumber(_ text: String) -> Value? {
        var s = TextFolding.trimmed(text)
        if s.hasPrefix("+") { s.removeFirst() }
        guard !s.isEmpty else { return nil }
        let negative = s.hasPrefix("-")
        let body = negative ? String(s.dropFirst()) : s
        guard let first = body.first, first.isASCII, first.isNumber else { return nil }
        if body.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard body.count <= 10_000, let magnitude = BigInt(body) else { return nil }
            return .integer(negative ? -magnitude : magnitude)
        }
        let normalized = String(body.map { $0 == "," ? "." : $0 })
        let parts = normalized.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let value = Double(normalized), value.isFinite else { return nil }
        return .decimal(negative ? -value : value)
    }

    /// Rounds halves away from zero on the number as it is written (`arrondi(1.005, 2)` is 1.01,
    /// as a learner expects, not 1.0 as binary arithmetic would give).
    static func round(_ d: Double, places: Int) -> Value {
        guard var digits = DecimalDigits(d) else { return .decimal(d) }
        digits.round(fractionDigits: places)
        if places == 0 {
            return .integer(BigInt(digits.integerText) ?? BigInt(d.rounded(.toNearestOrAwayFromZero)))
        }
        return .decimal(Double(digits.text) ?? d)
    }
}
