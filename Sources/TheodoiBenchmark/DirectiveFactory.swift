import Foundation
import Tracking
import TrackingStore

/// One generated directive, ready for ``TrackingStore/importDirective(_:user:at:dryRun:)``.
struct GeneratedDirective {
    var directive: DirectiveImport
    /// The day the directive was issued (its import time is that morning).
    var issued: CalendarDate
}

/// Draws directives dated 2023–2025: a reference like "123/UBND-NN.TN", a subject and issuer
/// with diacritics, 1–4 tasks with 5–50 assignees and a deadline phrase each.
struct DirectiveFactory {
    private static let firstDay = CalendarDate(year: 2023, month: 1, day: 1)!
    private static let lastDay = CalendarDate(year: 2025, month: 12, day: 31)!

    private var usedReferences: Set<String> = [Dispatch239.reference.text, "1671-CV/TU", "3688/UBND-NN.TN"]

    /// A directive whose assignments number at most `budget` (the last one is cut to fit).
    mutating func make(budget: Int, using rng: inout SplitMix64) -> GeneratedDirective {
        let span = Self.firstDay.days(to: Self.lastDay)
        let issued = Self.firstDay.adding(days: rng.int(0...span))
        let reference = uniqueReference(using: &rng)
        let place = rng.pick(VietnameseCorpus.places)
        let subject = rng.pick(VietnameseCorpus.subjectTopics).replacingOccurrences(of: "%@", with: place)
        let signer = rng.pick(VietnameseCorpus.signers)

        var tasks: [DirectiveImport.Task] = []
        var remaining = budget
        for number in 1...rng.int(1...4) where remaining > 0 {
            let count = min(rng.int(5...50), remaining)
            remaining -= count
            let assignees = rng.sample(VietnameseCorpus.agencies, count: count)
            let deadline = Self.deadlinePhrase(issued: issued, using: &rng)
            let lead = assignees.count == 1 ? assignees[0] : "các cơ quan, đơn vị, địa phương"
            let text = "Giao \(lead) \(rng.pick(VietnameseCorpus.taskActions)) tại \(place); báo cáo kết quả về UBND tỉnh (qua Sở Tài nguyên và Môi trường)\(deadline.map { " " + $0 } ?? "")."
            tasks.append(DirectiveImport.Task(number: String(number), text: text, deadlinePhrase: deadline, assigneeNames: assignees))
        }
        let addressees = Array(Set(tasks.flatMap(\.assigneeNames))).sorted()
        let document = Document(
            reference: DocumentReference(reference)!, kind: rng.pick(VietnameseCorpus.kinds),
            issuer: rng.pick(VietnameseCorpus.issuers), place: "Bắc Ninh", date: issued, subject: subject,
            signer: Signer(authority: signer.authority, title: signer.title, name: signer.name),
            addressees: addressees,
            recipients: ["Như trên", "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, NN.TN"])
        // About the three areas of the embedded data, which the reports give figures for.
        return GeneratedDirective(directive: DirectiveImport(document: document, tasks: tasks, areaIDs: VietnameseCorpus.areaIDs),
                                  issued: issued)
    }

    /// "123/UBND-NN.TN", unique in the data set.
    private mutating func uniqueReference(using rng: inout SplitMix64) -> String {
        while true {
            let reference = "\(rng.int(1...4999))/\(rng.pick(VietnameseCorpus.symbols))"
            if usedReferences.insert(reference).inserted { return reference }
        }
    }

    /// A deadline as dispatches write it, 10–60 days after the directive: mostly "trước ngày" and
    /// "chậm nhất ngày", a few monthly ("chậm nhất ngày 20 hàng tháng") and a few with none (nil).
    static func deadlinePhrase(issued: CalendarDate, using rng: inout SplitMix64) -> String? {
        let due = issued.adding(days: rng.int(10...60))
        let date = "\(due.day)/\(due.month)/\(due.year)"
        let roll = rng.fraction()
        switch roll {
        case ..<0.45: return "trước ngày \(date)"
        case ..<0.80: return "chậm nhất ngày \(date)"
        case ..<0.86: return "đến hết ngày \(date)"
        case ..<0.93: return "chậm nhất ngày \(rng.int(5...25)) hàng tháng"
        case ..<0.96: return "khẩn trương"
        default: return nil
        }
    }
}
