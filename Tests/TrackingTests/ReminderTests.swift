import Foundation
import Testing
@testable import Tracking

/// Whom to chase (`ReminderList`), what a reminder says of earlier ones, the "Kính gửi" grouping
/// and the reminder dispatch draft (`ReminderDispatch`) in the layout of Nghị định 30/2020.
@Suite struct ReminderTests {
    static func list(on today: String, within: Int = 3, reminders: [Reminder] = []) -> ReminderList {
        var snapshot = StatusBoardTests.snapshot(on: day(today))
        if let index = snapshot.assignments.firstIndex(where: { $0.taskID == "1" && $0.agencyID == "so-tnmt" }) {
            snapshot.assignments[index].reminders = reminders
        }
        return ReminderList(board: StatusBoard(snapshot: snapshot, rules: StatusRules(dueSoonWorkingDays: within), today: day(today)))
    }

    @Test func theListHoldsOverdueThenDueSoonPerTask() {
        let list = Self.list(on: "2025-02-17")
        #expect(list.directives.count == 1)
        let tasks = list.directives[0].tasks
        #expect(tasks.map(\.task.number) == ["1", "2"])
        #expect(tasks[0].overdue.map(\.agency.id) == ["so-tnmt"])
        #expect(tasks[0].dueSoon.isEmpty)   // Đài's extension to 28/02 is 9 working days away
        #expect(tasks[1].overdue.isEmpty)
        #expect(tasks[1].dueSoon.map(\.agency.id) == ["so-tnmt"])
        // A wider window takes Đài in.
        #expect(Self.list(on: "2025-02-17", within: 10).directives[0].tasks[0].dueSoon.map(\.agency.id) == ["dai-ptth"])
        // Before anyone is near a deadline, nobody.
        let early = Self.list(on: "2025-01-20")
        #expect(early.isEmpty)
        #expect(early.text(.vi).contains("Không có cơ quan nào quá hạn hoặc đến hạn trong 3 ngày làm việc tính đến 20/01/2025."))
    }

    @Test func theTextGivesTheCountdownAndEarlierReminders() {
        let reminders = [Reminder(reference: "10/STNMT-KT", sentOn: day("2025-02-15"), askedBy: day("2025-02-18")),
                         Reminder(reference: "12/STNMT-KT", sentOn: day("2025-02-17"))]
        let text = Self.list(on: "2025-02-17", reminders: reminders).text(.vi)
        #expect(text.contains("Nhiệm vụ 1 — trước ngày 15/02/2025 · hạn Thứ Sáu 14/02/2025"))
        #expect(text.contains("✗ Quá hạn  Sở Tài nguyên và Môi trường  quá hạn 3 ngày (1 ngày làm việc) · đã đôn đốc 2 lần, gần nhất 17/02"))
        #expect(text.contains("◔ Sắp đến hạn  Sở Tài nguyên và Môi trường  còn 2 ngày làm việc (2 ngày) · chưa đôn đốc"))
        let english = Self.list(on: "2025-02-17", reminders: reminders).text(.en)
        #expect(english.contains("overdue 3 days (1 working days) · reminded twice, last on 17/02"))
    }

    @Test func aSummarySaysHowManyAndTheLatest() {
        let asOf = day("2025-02-20")
        #expect(Reminder.summary([], asOf: asOf, language: .vi) == "chưa đôn đốc")
        #expect(Reminder.summary([Reminder(reference: "1/X", sentOn: day("2025-02-12"))], asOf: asOf, language: .vi)
                == "đã đôn đốc 1 lần, gần nhất 12/02")
        #expect(Reminder.summary([Reminder(reference: "1/X", sentOn: day("2024-12-30"))], asOf: asOf, language: .en)
                == "reminded once, last on 30/12/2024")
    }

    @Test func workingDaysAreAddedAcrossWeekendsAndTet() {
        let calendar = WorkingCalendar.vietnam
        #expect(calendar.adding(workingDays: 3, to: day("2025-02-17")) == day("2025-02-20"))
        #expect(calendar.adding(workingDays: 3, to: day("2025-02-13")) == day("2025-02-18"))
        #expect(calendar.adding(workingDays: 3, to: day("2025-01-24")) == day("2025-02-05"))
        #expect(calendar.adding(workingDays: 0, to: day("2025-02-15")) == day("2025-02-15"))
    }

    @Test func addresseesAreGroupedAsDispatchesGroupThem() {
        func agency(_ name: String) -> Agency { Agency(id: VietnameseText.fold(name), name: name, shortName: name, kind: .department) }
        let lines = AddresseeGrouping.lines([
            agency("Sở Xây dựng"), agency("Công an tỉnh"), agency("Sở Tài chính"), agency("UBND thành phố Bắc Ninh"),
            agency("Báo Bắc Ninh"), agency("UBND huyện Tiên Du"), agency("UBND huyện Yên Phong"),
        ])
        #expect(lines == ["Các Sở: Xây dựng, Tài chính", "Công an tỉnh", "UBND thành phố Bắc Ninh, huyện Tiên Du và huyện Yên Phong",
                          "Báo Bắc Ninh"])
        // One of a kind stays as it is.
        #expect(AddresseeGrouping.lines([agency("Sở Xây dựng"), agency("UBND huyện Tiên Du")]) == ["Sở Xây dựng", "UBND huyện Tiên Du"])
    }

    @Test func theDraftHasTheLayoutOfAnAdministrativeDocument() throws {
        let list = Self.list(on: "2025-02-17")
        let entry = try #require(list.directives.first)
        let settings = SignerSettings(parent: "UBND TỈNH BẮC NINH", issuer: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", place: "Bắc Ninh",
                                      authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A")
        let draft = ReminderDispatch(entry: entry, asOf: day("2025-02-17"), askedBy: day("2025-02-20"), settings: settings)
        #expect(draft.subject == "V/v đôn đốc báo cáo thực hiện Công văn số 239/UBND-NN.TN ngày 17/01/2025")
        #expect(draft.addresseeLines == ["Kính gửi: Sở Tài nguyên và Môi trường."])
        #expect(draft.body.first?.hasPrefix("Theo Công văn số 239/UBND-NN.TN ngày 17/01/2025 về việc báo cáo kết quả 05 tháng") == true)
        #expect(draft.body.first?.contains("nhiệm vụ 1: “Báo cáo kết quả” (thời hạn: trước ngày 15/02/2025).") == true)
        #expect(draft.body.contains("Đến ngày 17/02/2025, đã quá thời hạn nêu trên nhưng cơ quan chưa gửi báo cáo."))
        #expect(draft.body.contains { $0.hasSuffix("chậm nhất ngày 20/02/2025.") })
        #expect(draft.body.last == "Trân trọng./.")
        #expect(draft.recipientLines == ["- Như trên;", "- Lưu: VT."])
        #expect(draft.signatureLines == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"])

        let lines = draft.markdown().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "| UBND TỈNH BẮC NINH | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |")
        #expect(lines[2] == "| **SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG** | **Độc lập - Tự do - Hạnh phúc** |")
        #expect(lines[3] == "| Số: …/… |  |")
        #expect(lines[4] == "| V/v đôn đốc báo cáo thực hiện Công văn số 239/UBND-NN.TN ngày 17/01/2025 | *Bắc Ninh, ngày … tháng … năm …* |")
        #expect(lines.contains("| ***Nơi nhận:*** | **KT. GIÁM ĐỐC** |"))
        #expect(lines.contains("| - Như trên; | **PHÓ GIÁM ĐỐC** |"))
        #expect(lines.contains("|  | **Nguyễn Văn A** |") || lines.contains("| - Lưu: VT. | **Nguyễn Văn A** |"))
    }

    @Test func textFromTheDataCannotAddMarkupToTheDraft() throws {
        var snapshot = StatusBoardTests.snapshot(on: day("2025-02-17"))
        snapshot.directives[0].tasks[0].text = "Báo cáo | *gấp* <b>\u{1B}[31m"
        let list = ReminderList(board: StatusBoard(snapshot: snapshot, rules: StatusRules(), today: day("2025-02-17")))
        let entry = try #require(list.directives.first)
        let markdown = ReminderDispatch(entry: entry, asOf: day("2025-02-17"), askedBy: day("2025-02-20"), settings: .standard).markdown()
        #expect(!markdown.contains("*gấp*"))
        #expect(!markdown.contains("<b>"))
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.contains("\\*gấp\\*"))
    }
}
