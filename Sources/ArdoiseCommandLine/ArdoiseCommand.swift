import Foundation

/// MINIMAL stand-in from the `repl` branch, to try the REPL and the stdin
/// runner; the lead's root command replaces it at the merge.
public enum ArdoiseCommand {
    public static let version = "0.1.0"

    public static func main(arguments: [String]) -> Int32 {
        switch arguments {
        case []:
            return StandardStream.inputIsTerminal ? REPL.start(version: version) : StdinRunner.run()
        case ["-"]:
            return StdinRunner.run()
        default:
            StandardStream.error.write("Usage : ardoise [-]\n")
            return 64
        }
    }
}
