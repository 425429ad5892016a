import Foundation
import Testing
@testable import Ardoise

@Test func zzDumpGenerated() throws {
    let generator = GrammarTests.generator(try GrammarTests.grammar())
    var all = ""
    var sizes: [Int] = []
    for seed in UInt64(1)...500 {
        let p = generator.program(seed: seed)
        sizes.append(p.count)
        all += "==== seed \(seed) (\(p.count))\n\(p)\n"
    }
    try all.write(toFile: "/tmp/probe/generated.txt", atomically: true, encoding: .utf8)
    let sorted = sizes.sorted()
    try "min \(sorted.first!) median \(sorted[250]) max \(sorted.last!) mean \(sizes.reduce(0,+)/500)\n".write(toFile: "/tmp/probe/sizes.txt", atomically: true, encoding: .utf8)
}
