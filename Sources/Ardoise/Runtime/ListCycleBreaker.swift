/// Lists are reference-counted, so a list put inside itself, directly or not (`ajouter(l, l)`;
/// `a <- [b]` then `ajouter(b, a)`), is never freed: about 170 bytes lost per cycle, and a
/// hostile submission makes millions of them in one grading process.
///
/// Every cycle has at least one link made by storing a list into a list that already existed
/// (a new list can only hold older ones). The evaluator notes each list that receives a list
/// that way (`ajouter`, `insérer`, `l[i] <- …`, `l <- l + …`); when the interpreter goes away
/// (the session ends or is reset), every noted list still alive is emptied, which breaks all
/// the cycles.
///
/// The notes do not keep a list alive: a noted list that is freed takes its note back
/// (`forget`, from its `deinit`). They are not weak references either: a weak reference moves
/// an object's reference count to a side table, and every retain of a matrix's rows then took
/// the slow path (`bench/programs/matrice.ard` went from 0.23 to 0.34 s when tried).
final class ListCycleBreaker {
    private var notes: [Unmanaged<ListStorage>?] = []
    /// Places of `notes` given back, to reuse.
    private var freePlaces: [Int32] = []

    /// `list` has just received `value`.
    @inline(__always)
    func received(_ value: Value, into list: ListStorage) {
        if case .list = value { note(list) }
    }

    func note(_ list: ListStorage) {
        guard list.cycleBreaker == nil else { return }
        let place: Int32
        if let free = freePlaces.popLast() {
            place = free
            notes[Int(free)] = .passUnretained(list)
        } else {
            place = Int32(truncatingIfNeeded: notes.count)
            notes.append(.passUnretained(list))
        }
        list.cycleBreaker = self
        list.cycleNote = place
    }

    /// A noted list is being freed.
    func forget(_ list: ListStorage) {
        let place = Int(list.cycleNote)
        guard place < notes.count else { return }
        notes[place] = nil
        freePlaces.append(list.cycleNote)
        list.cycleBreaker = nil
    }

    /// Empties every noted list still alive.
    func breakCycles() {
        var alive: [ListStorage] = []
        alive.reserveCapacity(notes.count - freePlaces.count)
        for case let note? in notes {
            let list = note.takeUnretainedValue()
            list.cycleBreaker = nil
            alive.append(list)
        }
        notes.removeAll()
        freePlaces.removeAll()
        for list in alive { list.items.removeAll() }
    }

    /// Lists noted and still alive (for tests).
    var count: Int { notes.count - freePlaces.count }
}
