/// Watches a run step by step: the trace table (`ardoise trace`) and the step-by-step mode
/// are observers. Called on the evaluation thread; an observer may block there (the stepper
/// waits for a key). With no observer, the evaluator pays one test per statement.
public protocol ExecutionObserver: AnyObject {
    /// Before a statement runs (the stepper shows the line about to run).
    func willExecute(_ step: ExecutionStep)
    /// After a statement ran, a condition was tested, or a loop began a turn (a trace row).
    func didExecute(_ step: ExecutionStep)
    /// A call begins: the function and its arguments.
    func didEnter(function: String, arguments: [Value], line: Int)
    /// A call ends, with the value it gives.
    func didLeave(function: String, result: Value)
}

/// One step of a run, as an observer sees it.
public struct ExecutionStep {
    public enum Kind: Sendable, Equatable {
        case statement
        /// The condition of a `si` or `tant que` was tested and gave this.
        case condition(Bool)
        /// A loop (`pour`, `pour chaque`, `répéter`) begins a turn.
        case loopTurn
    }
    public var kind: Kind
    public var line: Int
    /// The source the line is in (`Session.sources`).
    public var sourceIndex: Int
    /// The function running, nil in the main program.
    public var function: String?
    /// Calls in progress.
    public var depth: Int
    /// The variables of the running frame that have a value, in order of first assignment.
    public var variables: [(name: String, value: Value)]
}
