import Foundation
import Tracking

/// What the dashboard asks the shell to read for a reminder: the directive, or one of its
/// tasks, and the day the dispatch was sent (the day whose overdue agencies it chases).
public struct ReminderRequest: Hashable, Sendable {
    public var directive: String
    /// The task of the deadline view it was asked from; nil on a directive's board.
    public var taskID: String?
    public var sentOn: CalendarDate

    public init(directive: String, taskID: String?, sentOn: CalendarDate) {
        self.directive = directive
        self.taskID = taskID
        self.sentOn = sentOn
    }
}

/// Whom a reminder sent on ``ReminderRequest/sentOn`` chases, as the shell read it with the
/// rule `remind --record` applies (``ReminderRecord/overdueTargets(in:)``).
public struct ReminderFormSeed: Sendable, Equatable {
    public var request: ReminderRequest
    /// The task's number ("1") when the request named a task.
    public var taskNumber: String?
    public var targets: [ReminderRecord.Target]
    /// The agencies of ``targets``, each once, in the board's order: what the form lists.
    public var agencies: [Agency]

    public init(request: ReminderRequest, taskNumber: String?, targets: [ReminderRecord.Target], agencies: [Agency]) {
        self.request = request
        self.taskNumber = taskNumber
        self.targets = targets
        self.agencies = agencies
    }
}

/// The form that records a reminder dispatch (công văn đôn đốc) that was sent: its reference,
/// the day it was sent and the date the reports are now asked by, over the board it was
/// opened from. The agencies it chases are not chosen here: they are every agency overdue in
/// scope on the day it was sent, read again by the shell when that day changes.
public struct ReminderForm: Sendable, Equatable {
    public enum Field: Int, CaseIterable, Sendable {
        case reference
        case sentOn
        case askedBy
    }

    /// Asked before anything is written: "Ghi công văn đôn đốc 12/UBND-NN.TN cho 14 cơ quan?"
    public enum Question: Sendable, Equatable {
        case confirm(ReminderRecord)
    }

    /// The agencies it will be recorded for, as read for ``targetsDay``.
    public private(set) var seed: ReminderFormSeed
    public var editors: [Field: TextEditor]
    public var focus: Field = .reference
    public var errors: [Field: String] = [:]
    public var question: Question?
    /// A line for the user: a refusal from the store, a read under way, errors left.
    public var notice: String?
    /// Whether the date asked for was typed: until it is, it follows the day sent (three
    /// working days later, as `remind --record` defaults it).
    public var askedByWasEdited = false
    /// Whether ``notice`` is the count of fields to fix after Ctrl-S: it then follows the errors.
    public var noticeCountsErrors = false
    /// Ctrl-S came while the agencies of a newly typed day were being read: ask once they come.
    public var confirmsWhenRead = false

    /// A form on `seed`, dated its day, asking the reports by three working days later.
    public init(seed: ReminderFormSeed, calendar: WorkingCalendar) {
        self.seed = seed
        editors = Dictionary(uniqueKeysWithValues: Field.allCases.map { ($0, TextEditor(multiline: false)) })
        editors[.sentOn] = TextEditor(text: seed.request.sentOn.vietnamese, multiline: false)
        editors[.askedBy] = TextEditor(text: Self.defaultAskedBy(seed.request.sentOn, calendar: calendar).vietnamese, multiline: false)
    }

    /// Three working days after the day sent: the default of `remind --asked-by` too.
    static func defaultAskedBy(_ sentOn: CalendarDate, calendar: WorkingCalendar) -> CalendarDate {
        calendar.adding(workingDays: 3, to: sentOn)
    }

    public var request: ReminderRequest { seed.request }
    public var targets: [ReminderRecord.Target] { seed.targets }
    public var agencies: [Agency] { seed.agencies }
    /// The day the listed agencies were overdue on.
    public var targetsDay: CalendarDate { seed.request.sentOn }

    public func text(_ field: Field) -> String { editors[field]?.text ?? "" }

    public mutating func setText(_ field: Field, _ text: String) {
        editors[field]?.replaceAll(with: text)
    }

    /// Takes the agencies read for another day sent (same directive or task only).
    mutating func adopt(_ newer: ReminderFormSeed) {
        guard newer.request.directive == seed.request.directive, newer.request.taskID == seed.request.taskID else { return }
        seed = newer
    }

    /// The day typed in a date field, nil when it is not a real date.
    func day(_ field: Field) -> CalendarDate? {
        let typed = text(field).trimmingCharacters(in: .whitespaces)
        return CalendarDate(vietnamese: typed) ?? CalendarDate(iso: typed)
    }

    // MARK: - Validation

    /// What the form holds when every field is right (the agencies aside); otherwise the
    /// errors by field, in the user's language.
    public func validate(today: CalendarDate, language l: Language) -> Result<Entry, Errors> {
        var errors: [Field: String] = [:]
        var reference = ""
        do {
            reference = try ReminderReference.checked(text(.reference))
        } catch {
            errors[.reference] = switch error {
            case .empty: l.pick("cần số, ký hiệu của công văn, ví dụ 12/UBND-NN.TN", "the dispatch's number is needed, e.g. 12/UBND-NN.TN")
            case .tooLong: l.pick("quá \(ReminderReference.maximumLength) ký tự", "over \(ReminderReference.maximumLength) characters")
            case .control: l.pick("có ký tự điều khiển", "has a control character")
            }
        }
        let sentOn = day(.sentOn), askedBy = day(.askedBy)
        for field in [Field.sentOn, .askedBy] {
            let typed = text(field).trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                errors[field] = field == .sentOn ? l.pick("cần ngày gửi (dd/mm/yyyy)", "the day it was sent is needed (dd/mm/yyyy)")
                    : l.pick("cần ngày hẹn báo cáo (dd/mm/yyyy)", "the date asked for is needed (dd/mm/yyyy)")
            } else if day(field) == nil {
                errors[field] = l.pick("\"\(typed)\" không phải ngày có thật (dd/mm/yyyy)", "\"\(typed)\" is not a real date (dd/mm/yyyy)")
            }
        }
        if let sentOn, sentOn > today {
            // Recorded once sent: a day to come has sent nothing yet.
            errors[.sentOn] = l.pick("sau ngày hôm nay (\(today.vietnamese))", "after today (\(today.vietnamese))")
        }
        if let sentOn, let askedBy, askedBy < sentOn {
            errors[.askedBy] = l.pick("trước ngày gửi \(sentOn.vietnamese): phải từ ngày đó trở đi",
                                      "before the day sent, \(sentOn.vietnamese): must be on or after it")
        }
        guard errors.isEmpty, let sentOn, let askedBy else { return .failure(Errors(errors: errors)) }
        return .success(Entry(reference: reference, sentOn: sentOn, askedBy: askedBy))
    }

    /// The fields, checked.
    public struct Entry: Sendable, Equatable {
        public var reference: String
        public var sentOn: CalendarDate
        public var askedBy: CalendarDate
    }

    public struct Errors: Error, Sendable, Equatable {
        public var errors: [Field: String]
    }

    /// The dispatch to store for `entry`: the agencies read for its day, in scope.
    func record(_ entry: Entry) -> ReminderRecord {
        ReminderRecord(reference: entry.reference, sentOn: entry.sentOn, askedBy: entry.askedBy, directive: request.directive,
                       taskID: request.taskID, targets: targets)
    }
}
