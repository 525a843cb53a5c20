import Foundation
import Tracking
import ZIPFoundation

/// A small directive with an overdue agency whose name holds what XML must escape, a report
/// with figures, and the DOCX parts read back with ZIPFoundation.
enum DocxTestData {
    static func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    static let document = Document(
        reference: DocumentReference("239/UBND-NN.TN")!, kind: "công văn", issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        place: "Bắc Ninh", date: day("2025-01-17"), subject: "báo cáo kết quả thực hiện chỉ đạo")
    /// A name with every character XML gives a meaning, an escape and a bidi override.
    static let tricky = Agency(id: "tricky", name: "Sở <Xây> & \"Dựng\" 'A'\u{1B}[31m\u{202E}", shortName: "Sở XD", kind: .department)
    static let police = Agency(id: "cong-an-tinh", name: "Công an tỉnh", shortName: "CA tỉnh", kind: .police)
    static let area = Area(id: "phong-khe", name: "Phong Khê", locality: "phường Phong Khê",
                           district: "thành phố Bắc Ninh", industry: "tái chế giấy", governmentID: nil)

    static var snapshot: TrackingSnapshot {
        let task = DirectiveTask(id: "1", directive: document.reference, number: "1", text: "Báo cáo kết quả",
                                 deadline: Deadline(phrase: "trước ngày 15/02/2025"), assigneeIDs: ["tricky", "cong-an-tinh"])
        var snapshot = TrackingSnapshot(
            directives: [Directive(document: document, tasks: [task])], agencies: [tricky, police], areas: [area],
            assignments: [Assignment(taskID: "1", agencyID: "tricky"),
                          Assignment(taskID: "1", agencyID: "cong-an-tinh", firstSubmittedOn: day("2025-02-12"),
                                     firstSubmittedAt: "2025-02-12T10:31:05+07:00", latestRevision: 1)],
            successions: [])
        let content = ReportContent(reference: "12/BC-CAT", date: day("2025-02-12"),
                                    sections: [.workDone: "Kiểm tra 20 cơ sở <ngay>\nĐình chỉ 12"],
                                    figures: [AreaFigures(areaID: "phong-khe", inspected: 20, finesVND: 1_300_000_000)])
        snapshot.latestReports = [Report(taskID: "1", agencyID: "cong-an-tinh", revision: 1, content: content,
                                         submittedAt: "2025-02-12T10:31:05+07:00", submittedOn: day("2025-02-12"), submittedBy: "ca")]
        return snapshot
    }

    static let today = day("2025-02-20")
    static var board: StatusBoard { StatusBoard(snapshot: snapshot, rules: StatusRules(policy: .literal), today: today) }

    static var reminder: ReminderDispatch {
        let list = ReminderList(board: board)
        return ReminderDispatch(entry: list.directives[0], asOf: today, askedBy: day("2025-02-25"),
                                settings: SignerSettings(authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A"))
    }

    /// Every entry of a `.docx`, by path, as text.
    static func unzip(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }
}
