import Foundation
import Testing
import Tracking
@testable import TrackingStore

/// Lead and cooperating agencies in the store (issue 11 item 3): import storing both roles, the
/// snapshot reading them, and the list of directives counting leads only. (The
/// `v7-assignment-roles` migration: `SQLiteMigrationTests`.)
@Suite struct AssignmentRoleStoreTests {
    /// "Giao Công an tỉnh chủ trì, phối hợp với Sở Xây dựng …" as the import command builds it.
    static let dispatch = DirectiveImport(
        document: Document(
            reference: DocumentReference("18/UBND-KT")!, kind: "công văn", issuer: "UBND TỈNH BẮC NINH", place: "Bắc Ninh",
            date: CalendarDate(year: 2025, month: 3, day: 3), subject: "kiểm tra phòng cháy",
            addressees: ["Công an tỉnh", "Sở Xây dựng"], recipients: []),
        tasks: [
            DirectiveImport.Task(number: "1", text: "Giao Công an tỉnh chủ trì, phối hợp với Sở Xây dựng kiểm tra, báo cáo trước ngày 10/3/2025.",
                                 deadlinePhrase: "trước ngày 10/3/2025", assigneeNames: ["Công an tỉnh"], cooperatingNames: ["Sở Xây dựng"]),
        ])

    /// The seed names no cooperating agency: its fifteen assignments all lead (what a store made
    /// before roles also reads, see `SQLiteMigrationTests`).
    @Test(arguments: StoreEngine.available)
    func everySeededAssignmentLeads(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let snapshot = try sut.store.snapshot(asOf: Fixture.day("2025-02-12"))
        #expect(snapshot.assignments.count == 15)
        #expect(snapshot.assignments.allSatisfy { $0.role == .lead })
    }

    @Test(arguments: StoreEngine.available)
    func importStoresBothRolesAndTheTaskFollowsItsLead(engine: StoreEngine) throws {
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let plan = try store.importDirective(Self.dispatch, user: "alice", at: "2025-03-03T09:00:00+07:00", dryRun: false)
        #expect(plan.tasks[0].assignees.map(\.id) == ["cong-an-tinh"])
        #expect(plan.tasks[0].cooperating.map(\.id) == ["so-xd"])
        #expect(plan.assignmentCount == 2)

        // The lead reports in time; the cooperating agency is late.
        let taskID = try #require(plan.tasks[0].id)
        try store.submitReport(Fixture.report(date: "2025-03-07"), taskID: taskID, agencyID: "cong-an-tinh", user: "a",
                               clock: Fixture.clock("2025-03-07"))
        let today = Fixture.day("2025-03-20")
        let snapshot = try store.snapshot(asOf: today)
        let roles = snapshot.assignments(of: taskID).map { "\($0.agencyID)=\($0.role.rawValue)" }
        #expect(roles == ["cong-an-tinh=lead", "so-xd=cooperating"])

        let board = StatusBoard(snapshot: snapshot, rules: StatusRules(), today: today)
        let task = try #require(board.directives.last?.tasks.first)
        #expect(task.missing.isEmpty)
        #expect(task.counts == [.doneOnTime: 1])
        #expect(task.cooperatingLate.map(\.agency.id) == ["so-xd"])

        // The list of directives, read from aggregates and from the walk, counts the lead only.
        let counted = try store.portfolioCounts(rules: StatusRules(), asOf: today)
        let entry = try #require(counted.first { $0.document.reference.text == "18/UBND-KT" })
        #expect(entry.assigned == 1 && entry.reported == 1 && entry.overdue == 0 && entry.isDone)
        let walked = Portfolio(overview: DeadlineOverview(board: board))
        #expect(walked.done.map(\.document.reference.text).contains("18/UBND-KT"))
        let overview = DeadlineOverview(board: board)
        #expect(overview.entries.first { $0.task.id == taskID }?.cooperatingLateAgencyIDs == ["so-xd"])
        #expect(overview.agencies["so-xd"]?.cooperatingOverdue == 1)
    }

    @Test(arguments: StoreEngine.available)
    func anAgencyNamedBothLeadAndCooperatingStaysALead(engine: StoreEngine) throws {
        var dispatch = Self.dispatch
        dispatch.tasks[0].cooperatingNames = ["Công an tỉnh", "Sở Xây dựng"]
        let sut = try StoreUnderTest(engine)
        let store = sut.store
        let plan = try store.importDirective(dispatch, user: "alice", at: "2025-03-03T09:00:00+07:00", dryRun: false)
        #expect(plan.tasks[0].cooperating.map(\.id) == ["so-xd"])
        #expect(plan.assignmentCount == 2)
    }
}
