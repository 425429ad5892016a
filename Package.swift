// swift-tools-version:6.1
// Ardoise: a French pseudo-code sandbox for beginners.
//
//   Ardoise              the language: source → tokens → tree → resolved tree → evaluation.
//                        No terminal, file or process code: everything goes through a Console.
//   ArdoiseLessons       lesson files, exercises and the grader.
//   ArdoiseCommandLine   the `ardoise` commands and the REPL (libedit).
//   ardoise              the executable, a thin `main`.
import PackageDescription

let package = Package(
    name: "Ardoise",
    products: [
        .executable(name: "ardoise", targets: ["ardoise"]),
        .library(name: "Ardoise", targets: ["Ardoise"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Memory a running program holds (glibc's mallinfo2), for the memory limit.
        .target(name: "CMemory"),
        .target(
            name: "Ardoise",
            dependencies: ["CMemory"],
            // Dynamic exclusivity checks cost a fifth of the evaluator's time; docs/performance.md
            // shows why its accesses cannot overlap, and the suite still passes under ASan.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .target(
            name: "ArdoiseLessons",
            dependencies: ["Ardoise"]
        ),
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(
            name: "ArdoiseCommandLine",
            dependencies: [
                "Ardoise", "ArdoiseLessons", "CLibedit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ardoise",
            dependencies: ["ArdoiseCommandLine"],
            // Release builds link the Swift runtime and FoundationEssentials in: a process
            // touches only the pages it uses instead of relocating whole shared libraries
            // (15 -> 12 MB at start-up). Not in debug builds: the static link hides the
            // address sanitizer's malloc from libedit (make test-asan). docs/performance.md.
            linkerSettings: [
                .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
                // FoundationEssentials' own static dependencies, which -static-stdlib leaves out.
                .linkedLibrary("_FoundationCollections", .when(configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(configuration: .release)),
            ]
        ),
        // A helper of the "nothing lost" tests: rewrites a file until killed (docs/fiabilite.md).
        .executableTarget(
            name: "atomic-write-probe",
            dependencies: ["ArdoiseLessons"]
        ),
        .testTarget(
            name: "ArdoiseTests",
            dependencies: ["Ardoise"]
        ),
        .testTarget(
            name: "ArdoiseLessonsTests",
            dependencies: ["ArdoiseLessons", "Ardoise"]
        ),
        .testTarget(
            name: "ArdoiseCommandLineTests",
            dependencies: ["ArdoiseCommandLine", "Ardoise"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
