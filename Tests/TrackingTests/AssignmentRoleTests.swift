import Foundation
import Testing
@testable import Tracking

/// A task's status is its lead's (issue 11 item 3): a cooperating agency late on its share
/// does not make the task overdue, but is listed apart — on the board, in the status text and
/// JSON (`role`), in the overview and the list of whom to chase.
@Suite struct AssignmentRoleTests {
    static let document = Document(
        reference: DocumentReference("18/UBND-KT")!, kind: "công văn", issuer: "UBND TỈNH BẮC NINH",
        place: "Bắc Ninh", date: day("2025-03-03"), subject: "kiểm tra phòng cháy")
    static let task = DirectiveTask(id: "7", directive: document.reference, number: "1", text: "Giao Công an tỉnh chủ trì, phối hợp với Sở Tài chính …",
                                    deadline: Deadline(phrase: "trước ngày 10/3/2025"), assigneeIDs: ["cong-an-tinh", "so-tai-chinh"])
    static let today = day("2025-03-20")

    /// The lead reported on time; the cooperating agency has not.
    static func board(leadReported: Bool = true) -> StatusBoard {
        let snapshot = TrackingSnapshot(
            directives: [Directive(document: document, tasks: [task])], agencies: Fixture.agencies, areas: Fixture.areas,
            assignments: [
                Assignment(taskID: "7", agencyID: "cong-an-tinh", firstSubmittedOn: leadReported ? day("2025-03-07") : nil,
                           firstSubmittedAt: leadReported ? "2025-03-07T09:00:00+07:00" : nil, latestRevision: leadReported ? 1 : 0),
                Assignment(taskID: "7", agencyID: "so-tai-chinh", role: .cooperating),
            ], successions: [])
        return StatusBoard(snapshot: snapshot, rules: StatusRules(), today: today)
    }

    @Test func aLateCooperatingAgencyDoesNotMakeTheTaskOverdueButIsListed() throws {
        let task = try #require(Self.board().directives.first?.tasks.first)
        #expect(task.rows.count == 2)
        #expect(task.leadRows.map(\.agency.id) == ["cong-an-tinh"])
        #expect(task.counts == [.doneOnTime: 1])
        #expect(task.missing.isEmpty)
        #expect(task.cooperatingLate.map(\.agency.id) == ["so-tai-chinh"])

        let overview = DeadlineOverview(board: Self.board())
        let entry = try #require(overview.entries.first)
        #expect(entry.assigned == 1 && entry.missingAgencyIDs.isEmpty && entry.cooperatingLateAgencyIDs == ["so-tai-chinh"])
        #expect(overview.agencies["so-tai-chinh"]?.assigned == 0)
        #expect(overview.agencies["so-tai-chinh"]?.cooperatingOverdue == 1)
        #expect(overview.mostDaysOverdue["so-tai-chinh"] == nil)
        let portfolio = Portfolio(overview: overview)
        #expect(portfolio.done.count == 1 && portfolio.active.isEmpty)
    }

    @Test func aLateLeadMakesTheTaskOverdue() throws {
        let task = try #require(Self.board(leadReported: false).directives.first?.tasks.first)
        #expect(task.counts == [.overdue: 1])
        #expect(task.missing.map(\.agency.id) == ["cong-an-tinh"])
        #expect(Portfolio(overview: DeadlineOverview(board: Self.board(leadReported: false))).active.first?.status == .overdue)
    }

    @Test func theStatusJSONGivesEachAssignmentsRoleAndTheTextTagsCooperatingOnes() throws {
        let report = StatusReport(board: Self.board(), language: .vi)
        let data = Data(report.json().rendered().utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let directives = try #require(root["directives"] as? [[String: Any]])
        let tasks = try #require(directives.first?["tasks"] as? [[String: Any]])
        let assignments = try #require(tasks.first?["assignments"] as? [[String: Any]])
        #expect(assignments.map { $0["role"] as? String } == ["lead", "cooperating"])

        let text = report.text()
        #expect(text.contains("Đã báo cáo 1/1"))
        #expect(text.contains("Sở Tài chính (phối hợp)"))
        #expect(text.contains("Phối hợp quá hạn (không tính vào trạng thái nhiệm vụ): Sở Tài chính"))
        #expect(StatusReport(board: Self.board(), language: .en).text().contains("Sở Tài chính (cooperating)"))
    }

    @Test func remindChasesLeadsFirstAndListsCooperatingAgenciesApart() throws {
        let late = ReminderList(board: Self.board(leadReported: false))
        let entry = try #require(late.directives.first?.tasks.first)
        #expect(entry.overdue.map(\.agency.id) == ["cong-an-tinh"])
        #expect(entry.cooperating.map(\.agency.id) == ["so-tai-chinh"])
        #expect(entry.assigned == 1)
        #expect(late.directives.first?.overdueAgencies.map(\.id) == ["cong-an-tinh", "so-tai-chinh"])
        let text = late.text(.vi)
        let lead = try #require(text.range(of: "Công an tỉnh"))
        let apart = try #require(text.range(of: "Cơ quan phối hợp (không tính vào trạng thái nhiệm vụ):"))
        #expect(lead.lowerBound < apart.lowerBound)

        // Only the cooperating agency is late: it is still listed, apart.
        let onlyCooperating = ReminderList(board: Self.board())
        #expect(onlyCooperating.directives.first?.tasks.first?.overdue.isEmpty == true)
        #expect(onlyCooperating.directives.first?.tasks.first?.cooperating.map(\.agency.id) == ["so-tai-chinh"])
    }
}
