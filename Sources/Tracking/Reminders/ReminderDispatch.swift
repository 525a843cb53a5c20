import Foundation

/// The draft of a reminder dispatch (công văn đôn đốc) for one directive: to the agencies
/// overdue on its tasks, citing the directive, each task and its deadline, and asking for the
/// reports by a new date. Always in Vietnamese: it is an official document.
///
/// The parts and their order are the "thể thức" of an administrative document, Nghị định
/// 30/2020/NĐ-CP, Điều 8 khoản 1 and Phụ lục I (Phần I, Mục II; the công văn is Mẫu 1.5):
/// Quốc hiệu và Tiêu ngữ; tên cơ quan ban hành (under its supervising body); số, ký hiệu; địa
/// danh và thời gian ban hành; trích yếu nội dung ("V/v …" for a công văn); nơi nhận ("Kính
/// gửi:" on top, "Nơi nhận:" at the bottom); nội dung; quyền hạn, chức vụ, họ tên người ký.
/// The number and the date are left for the office that registers and issues it ("Số: …/…",
/// "ngày … tháng … năm …").
public struct ReminderDispatch: Sendable, Equatable {
    /// Quốc hiệu, upper case and bold (Phụ lục I, Mục II, khoản 1).
    public static let nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// Tiêu ngữ, the first letter of each part capitalised, with hyphens between them (khoản 1).
    public static let motto = "Độc lập - Tự do - Hạnh phúc"
    /// "Số:" then the number and the symbol, left for the office's register (khoản 3).
    public static let numberLine = "Số: …/…"

    public var settings: SignerSettings
    /// The directive followed up.
    public var directive: Document
    /// "V/v đôn đốc báo cáo thực hiện Công văn số 239/UBND-NN.TN ngày 17/01/2025".
    public var subject: String
    /// The "Kính gửi:" lines, grouped (``AddresseeGrouping``), without dash or punctuation.
    public var addressees: [String]
    /// The paragraphs of the content; a paragraph starting "- " is an item of a list.
    public var body: [String]
    /// The "Nơi nhận:" lines, without dash or punctuation; the last is the archive line.
    public var recipients: [String]
    /// The new date asked for.
    public var askedBy: CalendarDate

    /// - Parameters:
    ///   - entry: a directive of a ``ReminderList``, with at least one overdue agency.
    ///   - asOf: the day the lateness is stated for.
    ///   - askedBy: the new date asked for.
    public init(entry: ReminderList.DirectiveEntry, asOf: CalendarDate, askedBy: CalendarDate, settings: SignerSettings) {
        self.settings = settings
        self.askedBy = askedBy
        let document = entry.document
        directive = document
        let tasks = entry.tasks.filter { !$0.late.isEmpty }
        let citation = Self.citation(document)
        subject = "V/v đôn đốc báo cáo thực hiện " + citation
        let agencies = entry.overdueAgencies
        addressees = AddresseeGrouping.lines(agencies)

        var body: [String] = []
        var opening = "Theo " + citation
        if let subject = document.subject { opening += " về việc " + subject }
        let group = agencies.count == 1 ? "cơ quan" : "các cơ quan, đơn vị"
        if tasks.count == 1, let task = tasks.first {
            body.append(opening + ", nhiệm vụ \(task.task.number): " + Self.quoted(task.task) + Self.deadlineNote(task.task) + ".")
            body.append("Đến ngày \(asOf.vietnamese), đã quá thời hạn nêu trên nhưng \(group) chưa gửi báo cáo.")
        } else {
            body.append(opening + ", có các nhiệm vụ:")
            for (index, task) in tasks.enumerated() {
                body.append("- Nhiệm vụ \(task.task.number): " + Self.quoted(task.task) + Self.deadlineNote(task.task)
                            + (index == tasks.count - 1 ? "." : ";"))
            }
            body.append("Đến ngày \(asOf.vietnamese), đã quá thời hạn nêu trên nhưng các cơ quan, đơn vị sau chưa gửi báo cáo:")
            for (index, task) in tasks.enumerated() {
                // Leads first; a cooperating agency is named as such ("Sở Xây dựng (phối hợp)").
                // A successor chased for its predecessor's task: "Sở Nông nghiệp và Môi trường
                // (thay Sở Tài nguyên và Môi trường)".
                let names = task.late.map { row in
                    (row.successors.isEmpty ? row.agency.name
                        : row.successors.map(\.name).joined(separator: ", ") + " (thay " + row.agency.name + ")")
                        + (row.assignment.role == .cooperating ? " (phối hợp)" : "")
                }
                body.append("- Nhiệm vụ \(task.task.number): " + names.joined(separator: ", ")
                            + (index == tasks.count - 1 ? "." : ";"))
            }
        }
        // A body the task names that has since been merged or abolished is named by its
        // successors ("đồng gửi Sở Nông nghiệp và Môi trường" from 01/03/2025), when the list knows them.
        var renamed: [String: String] = [:]
        for row in entry.tasks.flatMap({ $0.overdue + $0.dueSoon + $0.cooperating }) where !row.successors.isEmpty {
            renamed[row.agency.name] = row.successors.map(\.name).joined(separator: ", ")
        }
        let reportTo = Self.unique(tasks.flatMap(\.task.reportTo).map { renamed[$0] ?? $0 })
        let copyTo = Self.unique(tasks.flatMap(\.task.copyTo).map { renamed[$0] ?? $0 })
        var request = "Để kịp thời tổng hợp, báo cáo theo yêu cầu, đề nghị \(group) khẩn trương hoàn thành, gửi báo cáo"
        if !reportTo.isEmpty { request += " về " + reportTo.joined(separator: ", ") }
        if !copyTo.isEmpty { request += ", đồng gửi " + copyTo.joined(separator: ", ") + " để tổng hợp" }
        // "chậm nhất ngày D" is due at the end of D under every reading, unlike "trước ngày D".
        request += ", chậm nhất ngày \(askedBy.vietnamese)."
        body.append(request)
        body.append("Trân trọng./.")
        self.body = body

        recipients = ["Như trên"] + (reportTo.isEmpty ? [] : [reportTo.joined(separator: ", ") + " (b/c)"]) + ["Lưu: VT"]
    }

    /// "ngày … tháng … năm …" after the place (Phụ lục I, Mục II, khoản 4: the date written out
    /// in words "ngày", "tháng", "năm"), left for the day the dispatch is signed.
    public var placeAndDate: String {
        (settings.place.isEmpty ? "" : settings.place + ", ") + "ngày … tháng … năm …"
    }

    /// The "Kính gửi:" block as lines: inline for one addressee, else a dash per line, a
    /// semicolon after each and a full stop after the last (Phụ lục I, Mục II, khoản 9).
    public var addresseeLines: [String] {
        if addressees.count == 1 { return ["Kính gửi: " + addressees[0] + "."] }
        return ["Kính gửi:"] + addressees.enumerated().map { index, line in
            "- " + line + (index == addressees.count - 1 ? "." : ";")
        }
    }

    /// The "Nơi nhận:" list as lines, in the same punctuation (khoản 9).
    public var recipientLines: [String] {
        recipients.enumerated().map { index, line in "- " + line + (index == recipients.count - 1 ? "." : ";") }
    }

    /// The signature block, top to bottom: authority ("KT. GIÁM ĐỐC"), title, and the name
    /// ("…" for the office to fill) (Phụ lục I, Mục II, khoản 7).
    public var signatureLines: [String] {
        [settings.authority, settings.title.isEmpty ? nil : settings.title].compactMap { $0 } + [settings.name ?? "…"]
    }

    /// "Công văn số 239/UBND-NN.TN ngày 17/01/2025".
    public static func citation(_ document: Document) -> String {
        var text = capitalisedFirst(document.kind.isEmpty ? "văn bản" : document.kind) + " số " + document.reference.text
        if let date = document.date { text += " ngày " + date.vietnamese }
        return text
    }

    /// The task's words in quotation marks, without the dispatch's closing "./.".
    static func quoted(_ task: DirectiveTask) -> String {
        var text = task.text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = text.last, last == "." || last == "/" || last == ";" { text.removeLast() }
        return "“" + text + "”"
    }

    /// " (thời hạn: trước ngày 15/02/2025)" when the task's words do not already say it.
    static func deadlineNote(_ task: DirectiveTask) -> String {
        let raw = task.deadline.raw.isEmpty ? "không có thời hạn" : task.deadline.raw
        return task.text.contains(raw) ? "" : " (thời hạn: \(raw))"
    }

    private static func capitalisedFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
