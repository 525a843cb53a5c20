import Foundation
import Testing
@testable import Tracking

/// Pins down who answers for an agency on a day: the agency itself until a succession takes
/// effect (on its effective day), then its successors, following chains, splits and mergers.
@Suite struct SuccessionHistoryTests {
    static let cucThueToChiCuc = Succession(predecessorID: "cuc-thue", successorIDs: ["chi-cuc-thue-kv"],
                                            effective: day("2025-03-15"), note: "tổ chức lại")
    static let chiCucToThueTinh = Succession(predecessorID: "chi-cuc-thue-kv", successorIDs: ["thue-tinh"],
                                             effective: day("2025-07-01"), note: "đổi tên")
    static let ttttSplit = Succession(predecessorID: "so-tttt", successorIDs: ["so-khcn", "so-vhttdl"],
                                      effective: day("2025-03-01"), note: "hợp nhất")
    static let khdtMerge = Succession(predecessorID: "so-khdt", successorIDs: ["so-tai-chinh"],
                                      effective: day("2025-03-01"), note: "hợp nhất")
    let history = SuccessionHistory([chiCucToThueTinh, ttttSplit, cucThueToChiCuc, khdtMerge])

    @Test func successionsAreKeptInDateOrder() {
        #expect(history.successions.map(\.effective).sorted() == history.successions.map(\.effective))
        #expect(history.successions.last == Self.chiCucToThueTinh)
    }

    @Test(arguments: [
        ("cuc-thue", "2025-02-12", ["cuc-thue"]),
        ("cuc-thue", "2025-03-14", ["cuc-thue"]),
        ("cuc-thue", "2025-03-15", ["chi-cuc-thue-kv"]),
        ("cuc-thue", "2025-06-30", ["chi-cuc-thue-kv"]),
        ("cuc-thue", "2025-07-01", ["thue-tinh"]),
        ("chi-cuc-thue-kv", "2025-08-01", ["thue-tinh"]),
        ("so-tttt", "2025-02-28", ["so-tttt"]),
        ("so-tttt", "2025-03-01", ["so-khcn", "so-vhttdl"]),
        ("so-khdt", "2025-03-01", ["so-tai-chinh"]),
        ("so-tai-chinh", "2025-03-01", ["so-tai-chinh"]),
        ("cong-an-tinh", "2025-12-31", ["cong-an-tinh"]),
    ])
    func holders(agency: String, on date: String, expected: [String]) {
        #expect(history.holders(of: agency, on: day(date)) == expected)
    }

    @Test func aSuccessorReachedTwiceIsListedOnce() {
        let diamond = SuccessionHistory([
            Succession(predecessorID: "a", successorIDs: ["b", "c"], effective: day("2025-01-01"), note: ""),
            Succession(predecessorID: "b", successorIDs: ["d"], effective: day("2025-02-01"), note: ""),
            Succession(predecessorID: "c", successorIDs: ["d", "e"], effective: day("2025-02-01"), note: ""),
        ])
        #expect(diamond.holders(of: "a", on: day("2025-01-15")) == ["b", "c"])
        #expect(diamond.holders(of: "a", on: day("2025-02-01")) == ["d", "e"])
    }

    @Test func emptyHistoryAndNormalisedNote() {
        #expect(SuccessionHistory([]).holders(of: "x", on: day("2025-01-01")) == ["x"])
        let note = Succession(predecessorID: "a", successorIDs: [], effective: day("2025-01-01"),
                              note: "sáp nhập".decomposedStringWithCanonicalMapping).note
        #expect(Array(note.unicodeScalars) == Array("sáp nhập".unicodeScalars))
    }
}
