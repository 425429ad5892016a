import ArdoiseCommandLine
import Foundation

exit(ArdoiseCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
