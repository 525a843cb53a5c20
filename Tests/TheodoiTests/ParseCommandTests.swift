import Foundation
import Testing

/// `theodoi parse` run as a user would: no database is opened or created.
@Suite struct ParseCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DispatchParserTests/Fixtures/239-UBND-NN.TN.txt").path

    @Test func jsonOfDispatch239() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["parse", Self.fixture, "--format", "json", "--db", folder.database])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.database), "parse must not create a database")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["reference"] as? String == "239/UBND-NN.TN")
        #expect(root["issuer"] as? String == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
        #expect(root["date"] as? String == "2025-01-17")
        #expect((root["addressees"] as? [String])?.count == 14)
        let tasks = try #require(root["tasks"] as? [[String: Any]])
        #expect(tasks.count == 2)
        #expect((tasks.first?["deadline"] as? [String: Any])?["raw"] as? String == "trước ngày 15/02/2025")
        #expect((tasks.last?["assignees"] as? [String]) == ["Sở Tài nguyên và Môi trường"])
        #expect((root["signer"] as? [String: Any])?["name"] as? String == "Vũ Huy Phương")
        // Keys in the order of SPEC §4.
        let keys = ["\"reference\"", "\"number\"", "\"symbol\"", "\"issuer\"", "\"place\"", "\"date\"", "\"subject\""]
        let positions = keys.compactMap { result.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test func standardInputAndTextSummary() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture))
        let vietnamese = try TheodoiProcess.run(["parse", "-"], stdin: data)
        #expect(vietnamese.status == 0)
        #expect(vietnamese.stdout.contains("Số, ký hiệu: 239/UBND-NN.TN"))
        #expect(vietnamese.stdout.contains("Kính gửi (14):"))
        let english = try TheodoiProcess.run(["parse", Self.fixture, "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("Addressees (14):"))
        #expect(english.stdout.contains("Deadline: trước ngày 20/02/2025"))
    }

    @Test func missingFileIsAUserError() throws {
        let result = try TheodoiProcess.run(["parse", "/nonexistent/dispatch.txt", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("/nonexistent/dispatch.txt"))
    }
}
