import Canvas
import Foundation
import Tracking

/// The report form of one agency for one task: every field as an editor, in `Tab` order (the
/// agency's reference, its date, the five sections, then the figures, a row per area), with
/// the errors found in place and the questions it is asking.
public struct ReportForm: Sendable, Equatable {
    public enum Field: Hashable, Sendable {
        case reference
        case date
        case section(ReportSection)
        case figure(areaID: String, AreaFigures.Field)

        var isMultiline: Bool { if case .section = self { true } else { false } }
    }

    /// What the form is asking, if anything. Destructive answers need an explicit yes.
    public enum Question: Sendable, Equatable {
        /// "Nộp báo cáo này?" with a summary of what will be sent.
        case confirmSubmit(ReportContent)
        /// "Xoá bản nháp?" when leaving with `Esc`: Esc or n keeps the draft.
        case discardDraft
    }

    public let taskID: String
    public let agencyID: String
    public let areaIDs: [String]
    /// The task, agency and areas the form is about, from the task's own directive.
    public let subject: ReportSubject
    /// The latest revision when the form was opened: a submission in between is a conflict.
    public var baseRevision: Int
    public private(set) var order: [Field]
    public var editors: [Field: TextEditor]
    public var focus: Int = 0
    public var errors: [Field: String] = [:]
    public var question: Question?
    /// A line for the user: a restored draft, a conflict, a refusal.
    public var notice: String?
    /// Whether ``notice`` is the count of fields to fix after Ctrl-S failed: it then follows
    /// the errors as they are fixed (or found on leaving a field), not only on the next Ctrl-S.
    public var noticeCountsErrors = false
    /// Changed since the draft was last saved.
    public var isDirty = false
    /// Whether anything was typed since the form opened, saved as a draft or not: Esc then
    /// asks whether to keep the draft.
    public var wasEdited = false
    /// The time of the draft the form was restored from, if it was.
    public var restoredFrom: String?

    public init(taskID: String, agencyID: String, areaIDs: [String], baseRevision: Int) {
        self.init(taskID: taskID, agencyID: agencyID,
                  subject: ReportSubject(areas: areaIDs.map { Area(id: $0, name: $0, locality: "", district: "", industry: "", governmentID: nil) }),
                  baseRevision: baseRevision)
    }

    /// A form with a row of figures per area of `subject`.
    public init(taskID: String, agencyID: String, subject: ReportSubject, baseRevision: Int) {
        self.taskID = taskID
        self.agencyID = agencyID
        self.subject = subject
        let areaIDs = subject.areas.map(\.id)
        self.areaIDs = areaIDs
        self.baseRevision = baseRevision
        order = [.reference, .date] + ReportSection.allCases.map(Field.section)
            + areaIDs.flatMap { area in AreaFigures.Field.allCases.map { Field.figure(areaID: area, $0) } }
        editors = Dictionary(uniqueKeysWithValues: order.map { ($0, TextEditor(multiline: $0.isMultiline)) })
    }

    public var focusedField: Field { order[focus] }

    public func text(_ field: Field) -> String { editors[field]?.text ?? "" }

    public mutating func setText(_ field: Field, _ text: String) {
        editors[field]?.replaceAll(with: text)
    }

    /// Fills a new form from the latest report, so that a revision starts from what was sent.
    public mutating func fill(from content: ReportContent) {
        setText(.reference, content.reference)
        setText(.date, content.date.vietnamese)
        for section in ReportSection.allCases { setText(.section(section), content[section]) }
        for row in content.figures where areaIDs.contains(row.areaID) {
            for field in AreaFigures.Field.allCases {
                if let value = row[field] { setText(.figure(areaID: row.areaID, field), String(value)) }
            }
        }
    }

    // MARK: - Validation

    /// The content when every field is right; otherwise the errors, by field, in Vietnamese or
    /// English. Nothing is submitted until this succeeds.
    public func validate(today: CalendarDate, language l: Language) -> Result<ReportContent, FormErrors> {
        var errors: [Field: String] = [:]
        let reference = text(.reference).trimmingCharacters(in: .whitespacesAndNewlines)
        if reference.isEmpty { errors[.reference] = l.pick("cần số báo cáo, ví dụ 12/BC-CAT", "the report's number is needed, e.g. 12/BC-CAT") }
        let dateText = text(.date).trimmingCharacters(in: .whitespaces)
        let date = CalendarDate(vietnamese: dateText) ?? CalendarDate(iso: dateText)
        if dateText.isEmpty {
            errors[.date] = l.pick("cần ngày báo cáo (dd/mm/yyyy)", "the report's date is needed (dd/mm/yyyy)")
        } else if let date, date > today {
            errors[.date] = l.pick("sau ngày hôm nay (\(today.vietnamese))", "after today (\(today.vietnamese))")
        } else if date == nil {
            errors[.date] = l.pick("\"\(dateText)\" không phải ngày có thật (dd/mm/yyyy)", "\"\(dateText)\" is not a real date (dd/mm/yyyy)")
        }
        for section in [ReportSection.workDone, .results] where text(.section(section)).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors[.section(section)] = l.pick("bắt buộc", "required")
        }
        // The limits `report submit` applies (ReportContent), said in the field.
        if reference.count > ReportContent.maximumReferenceLength {
            errors[.reference] = l.pick("quá \(ReportContent.maximumReferenceLength) ký tự", "over \(ReportContent.maximumReferenceLength) characters")
        }
        for section in ReportSection.allCases where text(.section(section)).utf8.count > ReportContent.maximumSectionLength {
            let length = text(.section(section)).count
            if length > ReportContent.maximumSectionLength {
                errors[.section(section)] = l.pick("dài \(VietnameseNumber.grouped(length)) ký tự, quá giới hạn \(VietnameseNumber.grouped(ReportContent.maximumSectionLength))",
                                                   "\(length) characters, over the limit of \(ReportContent.maximumSectionLength)")
            }
        }
        var figures: [AreaFigures] = []
        for area in areaIDs {
            var row = AreaFigures(areaID: area)
            for field in AreaFigures.Field.allCases {
                let typed = text(.figure(areaID: area, field)).trimmingCharacters(in: .whitespaces)
                guard !typed.isEmpty else { continue }
                if let value = VietnameseNumber.parseWhole(typed) {
                    row[field] = value
                } else {
                    errors[.figure(areaID: area, field)] = l.pick("số nguyên ≥ 0", "a whole number ≥ 0")
                }
            }
            if AreaFigures.Field.allCases.contains(where: { row[$0] != nil }) { figures.append(row) }
        }
        guard errors.isEmpty, let date else { return .failure(FormErrors(errors: errors)) }
        var sections: [ReportSection: String] = [:]
        for section in ReportSection.allCases { sections[section] = text(.section(section)) }
        return .success(ReportContent(reference: reference, date: date, sections: sections, figures: figures))
    }

    public struct FormErrors: Error, Equatable, Sendable {
        public var errors: [Field: String]
    }

    // MARK: - Drafts

    /// The fields as typed (even when not valid yet), for the draft table.
    public var draftPayload: String {
        var pairs: [(String, JSONValue)] = [("reference", .string(text(.reference))), ("date", .string(text(.date)))]
        for section in ReportSection.allCases { pairs.append((section.rawValue, .string(text(.section(section))))) }
        var rows: [(String, JSONValue)] = []
        for area in areaIDs {
            let cells = AreaFigures.Field.allCases.compactMap { field -> (String, JSONValue)? in
                let typed = text(.figure(areaID: area, field))
                return typed.isEmpty ? nil : (field.rawValue, .string(typed))
            }
            if !cells.isEmpty { rows.append((area, .orderedObject(cells))) }
        }
        pairs.append(("figures", .orderedObject(rows)))
        return JSONValue.orderedObject(pairs).rendered()
    }

    /// Puts a draft's fields back, word for word.
    public mutating func restore(draftPayload: String) {
        guard case .object(let object)? = try? JSONDecoder().decode(JSONValue.self, from: Data(draftPayload.utf8)) else { return }
        func string(_ value: JSONValue?) -> String? { if case .string(let text)? = value { text } else { nil } }
        if let text = string(object["reference"]) { setText(.reference, text) }
        if let text = string(object["date"]) { setText(.date, text) }
        for section in ReportSection.allCases {
            if let text = string(object[section.rawValue]) { setText(.section(section), text) }
        }
        if case .object(let rows)? = object["figures"] {
            for (area, cells) in rows where areaIDs.contains(area) {
                guard case .object(let cells) = cells else { continue }
                for field in AreaFigures.Field.allCases {
                    if let text = string(cells[field.rawValue]) { setText(.figure(areaID: area, field), text) }
                }
            }
        }
    }
}
