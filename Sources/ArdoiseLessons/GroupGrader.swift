import FoundationEssentials

/// `ardoise corriger`: grades a folder holding one sub-folder per learner, each with `.ard` files.
/// Submissions are only read, never changed. Each one is graded on its own under the limits,
/// so one learner's endless loop or flood changes nobody else's grade.
public struct GroupGrader {
    public var grader: Grader
    /// Files deeper than this inside a learner's folder are not looked at.
    public var maximumDepth = 3

    public init(grader: Grader = Grader()) {
        self.grader = grader
    }

    public enum Failure: Error, CustomStringConvertible {
        case notAFolder(String)
        public var description: String {
            switch self {
            case .notAFolder(let path): return "« \(path) » n'est pas un dossier : donne le dossier du groupe, qui contient un dossier par apprenant."
            }
        }
    }

    public func grade(groupFolder: String, library: LessonLibrary) -> Result<GroupReport, Failure> {
        guard FileStatus.of(groupFolder).isFolder else {
            return .failure(.notAFolder(groupFolder))
        }
        let learnerNames = Self.entries(of: groupFolder).filter { Self.isFolder((groupFolder).appendingPathComponent($0)) }
        var learners: [LearnerReport] = []
        var submitted: Set<String> = []
        for name in learnerNames {
            let folder = (groupFolder).appendingPathComponent(name)
            var report = LearnerReport(name: name, results: [])
            // Which exercise each file answers; `id.ard` itself wins over copies (`id-2.ard`, `id (copie).ard`).
            var candidates: [(file: String, id: String, text: Result<String, TextFileReader.Failure>)] = []
            let files = submissionFiles(in: folder)
            report.ignoredFiles = files.ignored
            for relativePath in files.regular {
                let path = (folder).appendingPathComponent(relativePath)
                let text = TextFileReader.read(path)
                let content = (try? text.get()) ?? ""
                guard let id = SubmissionIdentifier.exerciseID(fileName: relativePath, text: content, library: library) else {
                    report.unrecognizedFiles.append(relativePath)
                    continue
                }
                candidates.append((relativePath, id, text))
            }
            func isExactName(_ candidate: (file: String, id: String, text: Result<String, TextFileReader.Failure>)) -> Bool {
                candidate.file == candidate.id + ".ard"
            }
            let ordered = candidates.filter(isExactName) + candidates.filter { !isExactName($0) }
            for candidate in ordered {
                guard let (_, exercise) = library.exercise(withID: candidate.id) else { continue }
                if report.result(for: candidate.id) != nil {
                    report.duplicateFiles.append(candidate.file)
                    continue
                }
                switch candidate.text {
                case .failure(let failure):
                    // Unreadable but named like an exercise: graded as an error, not silently dropped.
                    report.results.append(unreadable(candidate.file, failure: failure, exercise: exercise))
                case .success(let text):
                    report.results.append(grader.grade(text, fileName: candidate.file, exercise: exercise))
                }
                submitted.insert(candidate.id)
            }
            // Results in course order, whatever the file order.
            let courseOrder = library.allExercises.map(\.id)
            report.results.sort { (courseOrder.firstIndex(of: $0.exerciseID) ?? 0) < (courseOrder.firstIndex(of: $1.exerciseID) ?? 0) }
            learners.append(report)
        }
        let exerciseIDs = library.allExercises.map(\.id).filter { submitted.contains($0) }
        let group = (groupFolder).standardizingPath.split(separator: "/").last.map(String.init) ?? groupFolder
        return .success(GroupReport(group: group, exerciseIDs: exerciseIDs, learners: learners))
    }

    /// `.ard` files of a learner's folder, as relative paths, sorted; `exo.ard` before `sous/exo.ard`.
    /// `ignored`: the `.ard` names that are not ordinary files.
    func submissionFiles(in folder: String) -> (regular: [String], ignored: [String]) {
        var found: [String] = []
        var ignored: [String] = []
        func walk(_ relative: String, depth: Int) {
            let absolute = relative.isEmpty ? folder : (folder).appendingPathComponent(relative)
            let names = Self.entries(of: absolute)
            for name in names {
                let childRelative = relative.isEmpty ? name : (relative).appendingPathComponent(name)
                let childAbsolute = (folder).appendingPathComponent(childRelative)
                guard name.lowercased().hasSuffix(".ard") else { continue }
                if Self.isRegularFile(childAbsolute) {
                    found.append(childRelative)
                } else if !Self.isFolder(childAbsolute) {
                    ignored.append(childRelative)
                }
            }
            guard depth < maximumDepth else { return }
            for name in names {
                let childRelative = relative.isEmpty ? name : (relative).appendingPathComponent(name)
                if Self.isFolder((folder).appendingPathComponent(childRelative)) {
                    walk(childRelative, depth: depth + 1)
                }
            }
        }
        walk("", depth: 1)
        return (found, ignored)
    }

    private func unreadable(_ file: String, failure: TextFileReader.Failure, exercise: Exercise) -> ExerciseResult {
        let stop = ProgramStop(code: "E0001", kind: .syntax, line: 0, column: 0, message: failure.description,
                               hint: nil, rendered: failure.description)
        let tests = exercise.tests.map {
            TestResult(name: $0.name, status: .error, message: "Le fichier n'a pas pu être lu.", input: $0.input,
                       expectedOutput: $0.expectedOutput)
        }
        return ExerciseResult(exerciseID: exercise.id, lessonID: exercise.lessonID, file: file, status: .error,
                              message: failure.description, tests: tests, rejection: [stop])
    }

    /// Visible entries, in a stable order that does not depend on the file system.
    static func entries(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
    }

    /// Symbolic links are not followed: a learner's folder cannot point the grader elsewhere.
    static func isFolder(_ path: String) -> Bool {
        FileStatus.of(path, followingLinks: false).isFolder
    }

    static func isRegularFile(_ path: String) -> Bool {
        FileStatus.of(path, followingLinks: false).isRegularFile
    }
}
