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

    // MARK: Successors reporting (issue 11 item 4)

    @Test func aSuccessorHoldsItsPredecessorsDutiesFromTheLastSuccessionOnTheWay() {
        #expect(history.holdsDuties(of: "so-tttt", holderID: "so-vhttdl") == day("2025-03-01"))
        #expect(history.holdsDuties(of: "cuc-thue", holderID: "chi-cuc-thue-kv") == day("2025-03-15"))
        // Through a chain: from the day the last link takes effect.
        #expect(history.holdsDuties(of: "cuc-thue", holderID: "thue-tinh") == day("2025-07-01"))
        #expect(history.holdsDuties(of: "so-tttt", holderID: "so-tai-chinh") == nil)
        #expect(history.holdsDuties(of: "so-tttt", holderID: "so-tttt") == nil)
    }

    @Test func aLedgerHoldsThePredecessorsWhoseDutiesPassedByThatDay() {
        #expect(history.predecessors(of: "thue-tinh", on: day("2025-06-30")).isEmpty)
        #expect(history.predecessors(of: "thue-tinh", on: day("2025-07-01")).map(\.agencyID).sorted() == ["chi-cuc-thue-kv", "cuc-thue"])
        #expect(history.predecessors(of: "so-khcn", on: day("2025-03-01")).map(\.agencyID) == ["so-tttt"])
    }

    @Test func whoReportsOnAnAssignmentDependsOnTheUsersAgenciesAndTheDay() throws {
        let agencies = ["so-tttt", "so-khcn", "so-vhttdl", "cong-an"].map { Agency(id: $0, name: $0, shortName: $0, kind: .department) }
        let task = DirectiveTask(id: "1", directive: DocumentReference("1/UBND")!, number: "1", text: "", deadline: Deadline(phrase: ""),
                                 assigneeIDs: ["so-tttt", "cong-an"])
        let snapshot = TrackingSnapshot(directives: [], agencies: agencies, areas: [], assignments: [], successions: history.successions)
        let tttt = agencies[0], khcn = agencies[1], police = agencies[3]
        // A coordinator names the agency: it reports for itself.
        #expect(try snapshot.reportingParty(for: tttt, on: day("2025-03-10"), mayReport: { _ in true }) == ReportingParty(assignee: tttt))
        // A reporter of Sở KH&CN on Sở TT&TT's assignment: the successor reports, from its day.
        let mine: (String) -> Bool = { $0 == "so-khcn" }
        #expect(try snapshot.reportingParty(for: tttt, on: day("2025-03-10"), mayReport: mine) == ReportingParty(assignee: tttt, reporter: khcn))
        #expect(throws: SuccessorTooEarly(successor: "so-khcn", predecessor: "so-tttt", from: day("2025-03-01"), today: day("2025-02-24"))) {
            try snapshot.reportingParty(for: tttt, on: day("2025-02-24"), mayReport: mine)
        }
        // Not a successor of Công an: the caller's access check refuses as usual.
        #expect(try snapshot.reportingParty(for: police, on: day("2025-03-10"), mayReport: mine) == ReportingParty(assignee: police))
        // Naming the successor on a task given to its predecessor.
        #expect(try snapshot.successorParty(khcn, on: task, today: day("2025-03-10")) == ReportingParty(assignee: tttt, reporter: khcn))
        #expect(try snapshot.successorParty(police, on: task, today: day("2025-03-10")) == nil)
        #expect(throws: SuccessorTooEarly.self) { try snapshot.successorParty(khcn, on: task, today: day("2025-02-28")) }
    }
}
