import Foundation
import Testing
@testable import Tracking

/// Pins down the status board built from a hand-made dispatch-239 snapshot, and its text and
/// JSON (`StatusReport`): each agency's status and countdown on a given day, counts, both
/// policies' due dates, extensions, withdrawals, revisions and a dateless task.
@Suite struct StatusBoardTests {
    static let document = Document(
        reference: DocumentReference("239/UBND-NN.TN")!, kind: "công văn", issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        place: "Bắc Ninh", date: day("2025-01-17"), subject: "báo cáo kết quả 05 tháng thực hiện chỉ đạo")
    static let task1 = DirectiveTask(id: "1", directive: document.reference, number: "1", text: "Báo cáo kết quả",
                                     deadline: Deadline(phrase: "trước ngày 15/02/2025"),
                                     assigneeIDs: ["so-tnmt", "cong-an-tinh", "so-tai-chinh", "dai-ptth", "cuc-thue"])
    static let task2 = DirectiveTask(id: "2", directive: document.reference, number: "2", text: "Tổng hợp",
                                     deadline: Deadline(phrase: "trước ngày 20/02/2025"), assigneeIDs: ["so-tnmt"],
                                     consolidates: ["1"])
    static let task3 = DirectiveTask(id: "3", directive: document.reference, number: "3", text: "Tuyên truyền",
                                     deadline: .none(), assigneeIDs: ["cong-an-tinh"])

    /// The store as it would stand on `today`: only submissions made by then.
    static func snapshot(on today: CalendarDate, task1Deadline: Deadline? = nil) -> TrackingSnapshot {
        func submitted(_ first: String, _ at: String, revisions: [String]) -> (CalendarDate?, String?, Int) {
            guard day(first) <= today else { return (nil, nil, 0) }
            return (day(first), at, revisions.filter { day($0) <= today }.count)
        }
        let congAn = submitted("2025-02-12", "2025-02-12T10:31:05+07:00", revisions: ["2025-02-12"])
        let stc = submitted("2025-02-17", "2025-02-17T08:00:00+07:00", revisions: ["2025-02-17", "2025-02-18"])
        var first = task1
        if let task1Deadline { first.deadline = task1Deadline }
        return TrackingSnapshot(
            directives: [Directive(document: document, tasks: [first, task2, task3])],
            agencies: Fixture.agencies, areas: Fixture.areas,
            assignments: [
                Assignment(taskID: "1", agencyID: "so-tnmt"),
                Assignment(taskID: "1", agencyID: "cong-an-tinh", firstSubmittedOn: congAn.0, firstSubmittedAt: congAn.1, latestRevision: congAn.2),
                Assignment(taskID: "1", agencyID: "so-tai-chinh", firstSubmittedOn: stc.0, firstSubmittedAt: stc.1, latestRevision: stc.2),
                Assignment(taskID: "1", agencyID: "dai-ptth", decisions: [
                    DeadlineDecision(kind: .extended(to: day("2025-02-21")), decidedOn: day("2025-02-03")),
                    DeadlineDecision(kind: .extended(to: day("2025-02-28")), decidedOn: day("2025-02-10"), reference: "45/UBND-NN"),
                ]),
                Assignment(taskID: "1", agencyID: "cuc-thue", decisions: [DeadlineDecision(kind: .withdrawal, decidedOn: day("2025-02-05"))]),
                Assignment(taskID: "2", agencyID: "so-tnmt"),
                Assignment(taskID: "3", agencyID: "cong-an-tinh"),
            ],
            successions: [])
    }

    static func board(on today: String, policy: DeadlinePolicy = .literal) -> StatusBoard {
        StatusBoard(snapshot: snapshot(on: day(today)), rules: StatusRules(policy: policy), today: day(today))
    }

    /// agency id → (status, countdown) for one task.
    static func rows(_ board: StatusBoard, task: Int, language: Language = .vi) -> [String: [String]] {
        let rows = board.directives[0].tasks[task - 1].rows
        return Dictionary(uniqueKeysWithValues: rows.map {
            ($0.agency.id, [$0.progress.status.rawValue,
                            StatusReport.countdown($0.progress, revision: $0.assignment.latestRevision, language: language)])
        })
    }

    @Test func onTheTwelfthOfFebruary() throws {
        let board = Self.board(on: "2025-02-12")
        let task1 = board.directives[0].tasks[0]
        #expect(task1.due == day("2025-02-14"))
        #expect(task1.dueUnderOtherPolicy == day("2025-02-17"))
        #expect(task1.rows.map(\.agency.id) == ["so-tnmt", "cong-an-tinh", "so-tai-chinh", "dai-ptth"]) // withdrawn left out
        #expect(Self.rows(board, task: 1) == [
            "so-tnmt": ["due_soon", "còn 2 ngày làm việc (2 ngày)"],
            "cong-an-tinh": ["done_on_time", "nộp 12/02/2025"],
            "so-tai-chinh": ["due_soon", "còn 2 ngày làm việc (2 ngày)"],
            "dai-ptth": ["pending", "còn 12 ngày làm việc (16 ngày)"],
        ])
        #expect(task1.counts == [.dueSoon: 2, .doneOnTime: 1, .pending: 1])
        #expect(task1.missing.map(\.agency.id) == ["so-tnmt", "so-tai-chinh", "dai-ptth"])
        #expect(Self.rows(board, task: 2) == ["so-tnmt": ["pending", "còn 5 ngày làm việc (7 ngày)"]])
        #expect(Self.rows(board, task: 3) == ["cong-an-tinh": ["no_deadline", "chưa báo cáo"]])
        #expect(board.allRows.count == 6)
    }

    @Test func onTheDeadline() {
        let board = Self.board(on: "2025-02-14")
        #expect(Self.rows(board, task: 1)["so-tnmt"] == ["due_soon", "hạn hôm nay"])
        #expect(Self.rows(board, task: 1, language: .en)["so-tnmt"] == ["due_soon", "due today"])
    }

    @Test func onTheTwentyFourthOfFebruary() {
        let board = Self.board(on: "2025-02-24")
        #expect(Self.rows(board, task: 1) == [
            "so-tnmt": ["overdue", "quá hạn 10 ngày (6 ngày làm việc)"],
            "cong-an-tinh": ["done_on_time", "nộp 12/02/2025"],
            "so-tai-chinh": ["done_late", "nộp 17/02/2025 (lần 2)"],
            "dai-ptth": ["pending", "còn 4 ngày làm việc (4 ngày)"],
        ])
        #expect(Self.rows(board, task: 2) == ["so-tnmt": ["overdue", "quá hạn 5 ngày (3 ngày làm việc)"]])
        #expect(Self.rows(board, task: 1, language: .en)["so-tai-chinh"] == ["done_late", "submitted 17/02/2025 (revision 2)"])
        #expect(Self.rows(board, task: 1, language: .en)["so-tnmt"] == ["overdue", "overdue 10 days (6 working days)"])
    }

    @Test func lenientReadingOfTheSameDay() {
        let board = Self.board(on: "2025-02-17", policy: .lenient)
        let task1 = board.directives[0].tasks[0]
        #expect(task1.due == day("2025-02-17"))
        #expect(task1.dueUnderOtherPolicy == day("2025-02-14"))
        #expect(Self.rows(board, task: 1)["so-tnmt"] == ["due_soon", "hạn hôm nay"])
        #expect(Self.rows(board, task: 1)["so-tai-chinh"] == ["done_on_time", "nộp 17/02/2025"])
        #expect(Self.rows(Self.board(on: "2025-02-17"), task: 1)["so-tai-chinh"] == ["done_late", "nộp 17/02/2025"])
    }

    @Test func sameDueDateUnderBothPoliciesIsShownOnce() throws {
        let today = day("2025-02-12")
        let board = StatusBoard(snapshot: Self.snapshot(on: today, task1Deadline: Deadline(phrase: "chậm nhất ngày 14/02/2025")),
                                rules: StatusRules(), today: today)
        #expect(board.directives[0].tasks[0].due == day("2025-02-14"))
        #expect(board.directives[0].tasks[0].dueUnderOtherPolicy == nil)
        let report = StatusReport(board: board, language: .vi)
        #expect(report.text().split(separator: "\n").contains("  Hạn: Thứ Sáu 14/02/2025"))
        let task = try #require(Self.tasksJSON(report).first)
        #expect(task["due"] as? String == "2025-02-14")
        #expect(task["due_lenient"] as? String == "2025-02-14")
        #expect(task["deadline_qualifier"] as? String == "no_later_than")
    }

    // MARK: - Text

    @Test func vietnameseText() throws {
        let text = StatusReport(board: Self.board(on: "2025-02-12"), language: .vi).text()
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Hôm nay: Thứ Tư 12/02/2025 · cách tính hạn: theo câu chữ")
        #expect(lines[1] == "")
        #expect(lines[2] == "239/UBND-NN.TN ngày 17/01/2025 — ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
        #expect(lines[3] == "V/v báo cáo kết quả 05 tháng thực hiện chỉ đạo")
        #expect(lines.contains("Nhiệm vụ 1 (mã 1) — trước ngày 15/02/2025"))
        #expect(lines.contains("  Hạn: Thứ Sáu 14/02/2025 (cách hiểu rộng: Thứ Hai 17/02/2025)"))
        #expect(lines.contains("  Đã báo cáo 1/4 · ○ Đang thực hiện (trong hạn) 1 · ◔ Sắp đến hạn 2 · ✓ Hoàn thành đúng hạn 1"))
        #expect(lines.contains("  Hạn: Thứ Tư 19/02/2025 (cách hiểu rộng: Thứ Năm 20/02/2025)"))
        #expect(lines.contains("  Đã báo cáo 0/1 · ○ Đang thực hiện (trong hạn) 1"))
        #expect(lines.contains("  ○ Đang thực hiện (trong hạn)  Sở Tài nguyên và Môi trường  còn 5 ngày làm việc (7 ngày)"))
        #expect(lines.contains("Nhiệm vụ 3 (mã 3) — không có thời hạn"))
        #expect(lines.contains("  – Không có thời hạn  Công an tỉnh  chưa báo cáo"))
        #expect(!text.contains("Cục Thuế"))
    }

    /// Rows of a task line up: the agency names and the countdowns each start in one column.
    @Test func rowsOfATaskAreAligned() throws {
        let lines = StatusReport(board: Self.board(on: "2025-02-12"), language: .vi).text()
            .split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "  Đã báo cáo 1/4 · ○ Đang thực hiện (trong hạn) 1 · ◔ Sắp đến hạn 2 · ✓ Hoàn thành đúng hạn 1"))
        let rows = Array(lines[(start + 1)...(start + 4)])
        let names = ["Sở Tài nguyên và Môi trường", "Công an tỉnh", "Sở Tài chính", "Đài Phát thanh và Truyền hình tỉnh"]
        let countdowns = ["còn 2 ngày làm việc (2 ngày)", "nộp 12/02/2025", "còn 2 ngày làm việc (2 ngày)", "còn 12 ngày làm việc (16 ngày)"]
        let glyphs = ["◔", "✓", "◔", "○"]
        var nameColumns: Set<Int> = [], countdownColumns: Set<Int> = []
        for (index, row) in rows.enumerated() {
            #expect(row.hasPrefix("  \(glyphs[index]) "))
            #expect(row.hasSuffix(countdowns[index]))
            let name = try #require(row.range(of: names[index]))
            nameColumns.insert(row.distance(from: row.startIndex, to: name.lowerBound))
            countdownColumns.insert(row.count - countdowns[index].count)
        }
        // "  ○ " + the longest label (26) + two spaces; then the longest name (34) + two spaces.
        #expect(nameColumns == [4 + 26 + 2])
        #expect(countdownColumns == [4 + 26 + 2 + 34 + 2])
    }

    @Test func englishText() {
        let lines = StatusReport(board: Self.board(on: "2025-02-12", policy: .lenient), language: .en).text()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Today: Wednesday 12/02/2025 · deadline reading: lenient")
        #expect(lines[2] == "239/UBND-NN.TN of 17/01/2025 — ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
        #expect(lines.contains("Task 1 (id 1) — trước ngày 15/02/2025"))
        #expect(lines.contains("  Due: Monday 17/02/2025 (literal: Friday 14/02/2025)"))
        #expect(lines.contains("  Reported 1/4 · ○ In progress (on time) 1 · ◔ Due soon 2 · ✓ Done on time 1"))
        #expect(lines.contains("Task 3 (id 3) — no deadline"))
    }

    // MARK: - JSON

    static func json(_ report: StatusReport) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(report.json().rendered().utf8))
        return try #require(object as? [String: Any])
    }

    static func tasksJSON(_ report: StatusReport) throws -> [[String: Any]] {
        let directives = try #require(try json(report)["directives"] as? [[String: Any]])
        return try #require(directives.first?["tasks"] as? [[String: Any]])
    }

    @Test func jsonKeepsTheReadmeShape() throws {
        let report = StatusReport(board: Self.board(on: "2025-02-12"), language: .vi)
        let rendered = report.json().rendered()
        #expect(rendered.hasPrefix("{\n  \"today\": \"2025-02-12\",\n  \"policy\": \"literal\",\n  \"directives\": [\n"))
        let root = try Self.json(report)
        let directive = try #require((root["directives"] as? [[String: Any]])?.first)
        #expect(directive["reference"] as? String == "239/UBND-NN.TN")
        #expect(directive["date"] as? String == "2025-01-17")
        #expect(directive["subject"] as? String == "báo cáo kết quả 05 tháng thực hiện chỉ đạo")

        let tasks = try Self.tasksJSON(report)
        #expect(tasks.map { $0["id"] as? String } == ["1", "2", "3"])
        let task1 = tasks[0]
        #expect(task1["due"] as? String == "2025-02-14")
        #expect(task1["due_lenient"] as? String == "2025-02-17")
        #expect(task1["deadline_raw"] as? String == "trước ngày 15/02/2025")
        #expect(task1["deadline_date"] as? String == "2025-02-15")
        #expect(task1["deadline_qualifier"] as? String == "before")
        #expect(tasks[1]["consolidates"] as? [String] == ["1"])

        let assignments = try #require(task1["assignments"] as? [[String: Any]])
        #expect(assignments.map { $0["agency_id"] as? String } == ["so-tnmt", "cong-an-tinh", "so-tai-chinh", "dai-ptth"])
        let stnmt = assignments[0]
        #expect(stnmt["agency"] as? String == "Sở Tài nguyên và Môi trường")
        #expect(stnmt["status"] as? String == "due_soon")
        #expect(stnmt["status_label"] as? String == "Sắp đến hạn")
        #expect(stnmt["working_days_left"] as? Int == 2)
        #expect(stnmt["calendar_days_left"] as? Int == 2)
        #expect(stnmt["days_overdue"] is NSNull)
        #expect(stnmt["submitted_at"] is NSNull)
        #expect(stnmt["revision"] as? Int == 0)
        let congAn = assignments[1]
        #expect(congAn["status"] as? String == "done_on_time")
        #expect(congAn["submitted_at"] as? String == "2025-02-12T10:31:05+07:00")
        #expect(congAn["revision"] as? Int == 1)
        #expect(congAn["working_days_left"] is NSNull)
        #expect(assignments[3]["due"] as? String == "2025-02-28") // the extension

        let task3 = tasks[2]
        #expect(task3["due"] is NSNull && task3["due_lenient"] is NSNull && task3["deadline_date"] is NSNull)
        #expect(task3["deadline_qualifier"] as? String == "none")
        #expect((task3["assignments"] as? [[String: Any]])?.first?["status"] as? String == "no_deadline")
    }

    @Test func jsonAfterTheDeadlineInEnglishUnderLenient() throws {
        let report = StatusReport(board: Self.board(on: "2025-02-24", policy: .lenient), language: .en)
        #expect(try Self.json(report)["policy"] as? String == "lenient")
        let task1 = try #require(try Self.tasksJSON(report).first)
        #expect(task1["due"] as? String == "2025-02-17")
        #expect(task1["due_literal"] as? String == "2025-02-14")
        #expect(task1["due_lenient"] == nil)
        let assignments = try #require(task1["assignments"] as? [[String: Any]])
        #expect(assignments[0]["status"] as? String == "overdue")
        #expect(assignments[0]["status_label"] as? String == "Overdue")
        #expect(assignments[0]["days_overdue"] as? Int == 7)
        #expect(assignments[0]["working_days_overdue"] as? Int == 5)
        #expect(assignments[2]["status"] as? String == "done_on_time") // 17/02 is on time when read leniently
        #expect(assignments[2]["revision"] as? Int == 2)
    }

    // MARK: - Assignment

    @Test func latestExtensionByDecisionDateWins() {
        var assignment = Assignment(taskID: "1", agencyID: "x", decisions: [
            DeadlineDecision(kind: .extended(to: day("2025-02-28")), decidedOn: day("2025-02-10")),
            DeadlineDecision(kind: .extended(to: day("2025-02-21")), decidedOn: day("2025-02-03")),
        ])
        #expect(assignment.extendedTo == day("2025-02-28"))
        #expect(!assignment.isWithdrawn)
        assignment.decisions.append(DeadlineDecision(kind: .extended(to: day("2025-02-20")), decidedOn: day("2025-02-12")))
        #expect(assignment.extendedTo == day("2025-02-20"))
        assignment.decisions.append(DeadlineDecision(kind: .withdrawal, decidedOn: day("2025-02-13")))
        #expect(assignment.isWithdrawn)
        #expect(Assignment(taskID: "1", agencyID: "x").extendedTo == nil)
    }
}

/// `status --format json` written chunk by chunk is the whole document, byte for byte.
@Suite struct StatusJSONWriterTests {
    @Test(arguments: [1, 2, 5])
    func chunksRenderAsTheWhole(chunk: Int) {
        let day = CalendarDate(iso: "2025-02-12")!
        var snapshot = StatusBoardTests.snapshot(on: day)
        // Three directives, so that chunks of 1 and 2 split them.
        for number in [240, 241] {
            var document = StatusBoardTests.document
            document.reference = DocumentReference("\(number)/UBND-NN.TN")!
            var task = StatusBoardTests.task2
            task.id = String(number)
            task.directive = document.reference
            task.consolidates = []
            snapshot.directives.append(Directive(document: document, tasks: [task]))
            snapshot.assignments.append(Assignment(taskID: task.id, agencyID: "so-tnmt"))
        }
        let board = StatusBoard(snapshot: snapshot, rules: StatusRules(), today: day)
        let whole = StatusReport(board: board, language: .vi).json().rendered()
        var writer = StatusJSONWriter(today: day, policy: .literal)
        var text = writer.opening
        var start = 0
        repeat {
            var part = board
            part.directives = Array(board.directives[start..<min(board.directives.count, start + chunk)])
            text += writer.add(StatusReport(board: part, language: .vi))
            start += chunk
        } while start < board.directives.count
        text += writer.closing
        #expect(text == whole)
    }

    @Test func noDirectiveIsAnEmptyList() {
        let day = CalendarDate(iso: "2025-02-12")!
        let empty = StatusBoard(snapshot: TrackingSnapshot(directives: [], agencies: [], areas: [], assignments: [], successions: []),
                                rules: StatusRules(), today: day)
        let writer = StatusJSONWriter(today: day, policy: .literal)
        #expect(writer.opening + writer.closing == StatusReport(board: empty, language: .vi).json().rendered())
    }
}
