import DispatchParser
import Foundation
import Testing
import Tracking

/// Field accuracy of the parser over `Fixtures/corpus`: dispatches written for these tests (none
/// copied from a real one) in the layouts real ones take — UBND tỉnh/huyện/xã, the Government
/// Office relaying a leader's opinion, ministries, departments, Party "CV/TU", web copies with
/// glued words and table pipes, hard-wrapped text, NFD, CRLF. Each `NN-name.txt` has its
/// `NN-name.json`: what a careful reader finds in it, written by hand (see Fixtures/README.md).
///
/// The score counts the fields issue 10 names: reference, number, symbol, issuer, place, date,
/// subject (one each); each cited reference (text and date); each addressee; per task its
/// deadline's raw phrase, date and granularity and its assignees; each recipient; the signer's
/// authority, title and name. What the parser finds beyond the expected (an extra task, an
/// invented addressee) counts as wrong.
@Suite struct CorpusAccuracyTests {
    static let corpus = DispatchParserTests.fixtures.appendingPathComponent("corpus")
    /// The figure below which the test fails: a ratchet, raised as the parser learns (issue 10
    /// asks for 98 %).
    static let threshold = 0.98

    /// Points earned and points possible.
    struct Score {
        var right = 0
        var total = 0
        var misses: [String] = []

        mutating func check(_ field: String, _ expected: Any?, _ actual: Any?) {
            total += 1
            if Self.same(expected, actual) {
                right += 1
            } else {
                misses.append("\(field): expected \(Self.show(expected)), got \(Self.show(actual))")
            }
        }

        /// Items of a list, as a multiset; extra items found are wrong too.
        mutating func checkList(_ field: String, _ expected: [Any], _ actual: [Any], key: (Any) -> String) {
            var remaining = actual.map(key)
            for item in expected {
                total += 1
                if let at = remaining.firstIndex(of: key(item)) {
                    right += 1
                    remaining.remove(at: at)
                } else {
                    misses.append("\(field): missing \(key(item))")
                }
            }
            for extra in remaining {
                total += 1
                misses.append("\(field): extra \(extra)")
            }
        }

        static func same(_ a: Any?, _ b: Any?) -> Bool { show(a) == show(b) }

        static func show(_ value: Any?) -> String {
            switch value {
            case nil, is NSNull: "null"
            case let string as String: "“\(string)”"
            case let array as [Any]: "[" + array.map { show($0) }.sorted().joined(separator: ", ") + "]"
            default: "\(value!)"
            }
        }
    }

    static func score(expected: [String: Any], actual: [String: Any]) -> Score {
        var score = Score()
        for field in ["reference", "number", "symbol", "issuer", "place", "date", "subject"] {
            score.check(field, expected[field], actual[field])
        }
        let citation: (Any) -> String = { item in
            let object = item as? [String: Any] ?? [:]
            return Score.show(object["reference"]) + " " + Score.show(object["date"])
        }
        score.checkList("references", expected["references"] as? [Any] ?? [], actual["references"] as? [Any] ?? [], key: citation)
        score.checkList("addressees", expected["addressees"] as? [Any] ?? [], actual["addressees"] as? [Any] ?? [], key: { Score.show($0) })
        let expectedTasks = expected["tasks"] as? [[String: Any]] ?? []
        let actualTasks = actual["tasks"] as? [[String: Any]] ?? []
        for index in 0..<max(expectedTasks.count, actualTasks.count) {
            let want = index < expectedTasks.count ? expectedTasks[index] : nil
            let got = index < actualTasks.count ? actualTasks[index] : nil
            let wantDeadline = want?["deadline"] as? [String: Any]
            let gotDeadline = got?["deadline"] as? [String: Any]
            let label = "task \(index + 1)"
            if want == nil {
                score.total += 4
                score.misses.append("\(label): extra task “\(got?["text"] ?? "")”")
                continue
            }
            score.check("\(label) deadline raw", wantDeadline?["raw"], gotDeadline?["raw"])
            score.check("\(label) deadline date", wantDeadline?["date"], gotDeadline?["date"])
            score.check("\(label) deadline granularity", wantDeadline?["granularity"], gotDeadline?["granularity"])
            score.check("\(label) assignees", want?["assignees"], got?["assignees"] ?? [Any]())
        }
        score.checkList("recipients", expected["recipients"] as? [Any] ?? [], actual["recipients"] as? [Any] ?? [], key: { Score.show($0) })
        let wantSigner = expected["signer"] as? [String: Any]
        let gotSigner = actual["signer"] as? [String: Any]
        for part in ["authority", "title", "name"] {
            score.check("signer \(part)", wantSigner?[part], gotSigner?[part])
        }
        return score
    }

    @Test func fieldAccuracyOverTheCorpus() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 30)
        var total = Score()
        var report: [String] = []
        for name in names {
            let text = try String(contentsOf: Self.corpus.appendingPathComponent(name), encoding: .utf8)
            let expectedURL = Self.corpus.appendingPathComponent(String(name.dropLast(4)) + ".json")
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
            let rendered = DispatchParser.parse(text).jsonValue(.vi).rendered()
            let actual = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
            let score = Self.score(expected: expected, actual: actual)
            total.right += score.right
            total.total += score.total
            report.append("  \(name): \(score.right)/\(score.total)")
            report += score.misses.map { "      \($0)" }
        }
        let accuracy = Double(total.right) / Double(max(1, total.total))
        let percent = (accuracy * 1000).rounded() / 10
        print("Corpus field accuracy: \(total.right)/\(total.total) = \(percent) % over \(names.count) dispatches")
        print(report.joined(separator: "\n"))
        #expect(accuracy >= Self.threshold, "corpus field accuracy \(percent) % is below \(Self.threshold * 100) %")
    }
}
