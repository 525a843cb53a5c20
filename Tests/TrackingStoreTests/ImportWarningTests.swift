import Testing
import Tracking
import TrackingStore

/// Every kind of import note in both languages, a dry run's in the conditional (issue 10).
@Suite struct ImportWarningTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var warning: ImportWarning
        var vi: String
        var en: String
        var testDescription: String { "\(warning.code) \(vi.contains("sẽ") ? "dry run" : "")" }
    }

    static let rows: [Row] = [
        Row(warning: .noAssignee(task: "4", dryRun: false),
            vi: "nhiệm vụ 4: không có cơ quan được giao; đã được lưu mà không có lượt giao",
            en: "task 4: no assignee; it was stored without assignments"),
        Row(warning: .noAssignee(task: "4", dryRun: true),
            vi: "nhiệm vụ 4: không có cơ quan được giao; sẽ được lưu mà không có lượt giao",
            en: "task 4: no assignee; it would be stored without assignments"),
        Row(warning: .consolidationNotGuessed(task: "3", dryRun: false),
            vi: "nhiệm vụ 3 có nói đến “tổng hợp”; không tự đoán nhiệm vụ này tổng hợp những nhiệm vụ nào (chưa ghi nhiệm vụ nào)",
            en: "task 3 mentions “tổng hợp”; which tasks it consolidates was not guessed (none recorded)"),
        Row(warning: .consolidationNotGuessed(task: "3", dryRun: true),
            vi: "nhiệm vụ 3 có nói đến “tổng hợp”; không tự đoán nhiệm vụ này tổng hợp những nhiệm vụ nào (sẽ không ghi nhiệm vụ nào)",
            en: "task 3 mentions “tổng hợp”; which tasks it consolidates would not be guessed (none would be recorded)"),
    ]

    @Test(arguments: rows) func saidInBothLanguages(_ row: Row) {
        #expect(row.warning.message(.vi) == row.vi)
        #expect(row.warning.message(.en) == row.en)
    }

    @Test func codesAreStable() {
        #expect(Set(Self.rows.map(\.warning.code)) == ["no_assignee", "consolidation_not_guessed"])
    }
}
