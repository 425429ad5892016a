/// One test of an exercise. Its three parts can be combined:
/// - `input`: the lines the learner would type, one per `demander`;
/// - `expectedOutput`: the lines the program must print (prompts are not compared, trailing spaces ignored);
/// - `checkCode`: Ardoise code run after the learner's program, whose `vérifier` lines call the learner's functions.
/// A test has an expected output, check code, or both.
public struct ExerciseTest: Equatable, Sendable {
    public var name: String
    /// Line of the `### Test` heading in the lesson file.
    public var line: Int
    public var input: [String]
    public var expectedOutput: [String]?
    public var checkCode: CodeBlock?

    public init(name: String, line: Int, input: [String] = [], expectedOutput: [String]? = nil,
                checkCode: CodeBlock? = nil) {
        self.name = name
        self.line = line
        self.input = input
        self.expectedOutput = expectedOutput
        self.checkCode = checkCode
    }
}
