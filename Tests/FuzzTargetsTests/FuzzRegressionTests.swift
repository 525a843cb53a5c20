import FuzzTargets
import Foundation
import Testing

/// The inputs the fuzzer found crashing (and a few seeds), replayed: each must now go through.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    static func inputs(_ target: String) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent(target), includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }

    @Test func parserInputsGoThrough() throws {
        let files = Self.inputs("parser")
        #expect(!files.isEmpty)
        for file in files { FuzzTargets.parser(try Data(contentsOf: file)) }
    }

    @Test func keyInputsGoThrough() throws {
        let files = Self.inputs("keys")
        #expect(!files.isEmpty)
        for file in files { FuzzTargets.keys(try Data(contentsOf: file)) }
    }
}
