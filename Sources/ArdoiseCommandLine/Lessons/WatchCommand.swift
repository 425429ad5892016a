import ArdoiseLessons
import ArgumentParser
import FoundationEssentials
import Glibc

/// `ardoise surveiller [FICHIER…]`: checks again at every save, until Ctrl-C.
public struct WatchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "surveiller",
        abstract: "Vérifie ton programme à chaque enregistrement (Ctrl-C pour arrêter).",
        discussion: "Sans fichier : surveille tous les fichiers .ard du dossier courant.",
        aliases: ["watch"]
    )

    @Argument(help: ArgumentHelp("Les fichiers à surveiller.", valueName: "FICHIER"))
    var files: [String] = []

    @OptionGroup var folder: LessonFolderOption

    public init() {}

    public func run() throws {
        let environment = folder.environment
        var watcher = FileWatcher(files: files, folder: environment.workingDirectory)
        FileHandle.standardOutput.write(Data(WatchLoop.banner(watcher, environment).utf8))
        while true {
            for file in watcher.poll() {
                let output = WatchLoop.check(file, environment)
                if !output.standardError.isEmpty { StandardError.write(output.standardError) }
                FileHandle.standardOutput.write(Data(output.standardOutput.utf8))
            }
            sleepSeconds(WatchLoop.interval)
        }
    }
}

/// The steps of the watch mode, apart from the endless loop, so that tests can drive them.
enum WatchLoop {
    static let interval = 0.5

    static func banner(_ watcher: FileWatcher, _ env: LessonEnvironment) -> String {
        let what = watcher.explicitFiles.isEmpty ? "les fichiers .ard de ce dossier" : watcher.explicitFiles.joined(separator: ", ")
        return env.style.dim("Je surveille \(what). À chaque enregistrement, je vérifie. Ctrl-C pour arrêter.") + "\n"
    }

    /// A check as in `vérifier`, without revealing hints at each save (a learner saves often),
    /// preceded by a separator so that each round is easy to find.
    static func check(_ file: String, _ env: LessonEnvironment) -> CommandOutput {
        let separator = env.style.dim(String(repeating: "─", count: 60)) + "\n"
        var output = LessonCommands.check(file, revealHint: false, env)
        output.standardOutput = separator + output.standardOutput
        if output.exitCode != 0, output.exitCode != LessonCommands.unusableStatus {
            let library = LessonLibrary.load(directory: env.lessonsDirectory)
            let text = (try? TextFileReader.read(env.absolute(file)).get()) ?? ""
            let id = SubmissionIdentifier.exerciseID(fileName: file, text: text, library: library) ?? "IDENTIFIANT"
            output.standardOutput += env.style.dim("Besoin d'aide ? Dans un autre terminal : ardoise indice \(id)") + "\n"
        }
        return output
    }
}

/// Notices saved files by polling their modification date and size: no file-system API needed,
/// and it works the same on every system and editor (including those that replace the file).
struct FileWatcher {
    let explicitFiles: [String]
    let folder: String
    private var stamps: [String: Stamp] = [:]

    struct Stamp: Equatable {
        var modified: Date
        var size: Int
    }

    init(files: [String], folder: String) {
        self.explicitFiles = files
        self.folder = folder
    }

    /// The watched files that appeared or changed since the last call (all of them the first time).
    mutating func poll() -> [String] {
        var changed: [String] = []
        for file in watchedFiles() {
            let path = LessonEnvironment.absolute(file, in: folder)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let modified = attributes[.modificationDate] as? Date else { continue }
            let stamp = Stamp(modified: modified, size: attributes[.size] as? Int ?? 0)
            if stamps[file] != stamp {
                stamps[file] = stamp
                changed.append(file)
            }
        }
        return changed
    }

    private func watchedFiles() -> [String] {
        if !explicitFiles.isEmpty { return explicitFiles }
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".ard") && !$0.hasPrefix(".") }
            .sorted()
    }
}
