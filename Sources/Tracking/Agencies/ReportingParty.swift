/// Who sends a report on an assignment: the assigned agency itself, or — from the day a merger
/// or an abolition takes effect — a successor holding its duties (issue 11 item 4; FACTS.md,
/// "the 2025 reorganisation": the successor answers for its predecessor's open work).
///
/// The report is stored on the original assignment (the task keeps the agency it was given to)
/// with the successor as ``reporter``, so that the board can say "bởi Sở NN&MT".
public struct ReportingParty: Hashable, Sendable {
    /// The agency the task was assigned to.
    public var assignee: Agency
    /// The successor that reports for it, or nil when the agency reports for itself.
    public var reporter: Agency?

    public init(assignee: Agency, reporter: Agency? = nil) {
        self.assignee = assignee
        self.reporter = reporter
    }

    /// The agency whose officers send the report: the one access is checked against.
    public var sender: Agency { reporter ?? assignee }
}

/// A successor reporting for its predecessor before the succession's day: refused, with the
/// day it may from.
public struct SuccessorTooEarly: UserFacingError, Equatable {
    public var successor: String
    public var predecessor: String
    public var from: CalendarDate
    public var today: CalendarDate

    public init(successor: String, predecessor: String, from: CalendarDate, today: CalendarDate) {
        self.successor = successor
        self.predecessor = predecessor
        self.from = from
        self.today = today
    }

    public func message(_ language: Language) -> String {
        language.pick(
            "\(successor) chỉ báo cáo thay \(predecessor) từ ngày \(from.vietnamese), ngày nhận nhiệm vụ của \(predecessor); hôm nay là \(today.vietnamese)",
            "\(successor) reports for \(predecessor) only from \(from.vietnamese), the day it takes over; today is \(today.vietnamese)")
    }
}

extension TrackingSnapshot {
    /// The assignment `agency` reports on for `task` as a successor: the first of the task's
    /// assignees whose duties it holds on `today` (in dispatch order; a successor of two merged
    /// agencies on one task names the one it means by naming it, see
    /// ``reportingParty(for:on:mayReport:)``).
    ///
    /// - Returns: nil when `agency` succeeds none of the task's assignees.
    /// - Throws: ``SuccessorTooEarly`` when it succeeds one, but only from a later day.
    public func successorParty(_ agency: Agency, on task: DirectiveTask, today: CalendarDate) throws(SuccessorTooEarly) -> ReportingParty? {
        let history = SuccessionHistory(successions)
        var earliest: (predecessor: Agency, from: CalendarDate)?
        for assigneeID in task.assigneeIDs where assigneeID != agency.id {
            guard let from = history.holdsDuties(of: assigneeID, holderID: agency.id),
                  let predecessor = self.agency(assigneeID) else { continue }
            if from <= today { return ReportingParty(assignee: predecessor, reporter: agency) }
            if earliest.map({ from < $0.from }) ?? true { earliest = (predecessor, from) }
        }
        if let earliest {
            throw SuccessorTooEarly(successor: agency.name, predecessor: earliest.predecessor.name, from: earliest.from, today: today)
        }
        return nil
    }

    /// Who reports on `assignee`'s assignment for a user allowed to report for the agencies
    /// `mayReport` accepts: the agency itself when the user may report for it; else the first of
    /// its successors on `today` the user may report for (an officer of Sở NN&MT reporting on Sở
    /// TN&MT's task from 01/03/2025); else the agency itself, and the caller's access check
    /// refuses as usual.
    ///
    /// - Throws: ``SuccessorTooEarly`` when the user reports only for a successor that holds the
    ///   duties from a later day.
    public func reportingParty(for assignee: Agency, on today: CalendarDate,
                               mayReport: (String) -> Bool) throws(SuccessorTooEarly) -> ReportingParty {
        guard !mayReport(assignee.id) else { return ReportingParty(assignee: assignee) }
        let history = SuccessionHistory(successions)
        for holderID in history.holders(of: assignee.id, on: today) where holderID != assignee.id && mayReport(holderID) {
            if let holder = agency(holderID) { return ReportingParty(assignee: assignee, reporter: holder) }
        }
        let later = agencies.compactMap { candidate -> (Agency, CalendarDate)? in
            guard mayReport(candidate.id), let from = history.holdsDuties(of: assignee.id, holderID: candidate.id) else { return nil }
            return (candidate, from)
        }.min { $0.1 < $1.1 }
        if let (successor, from) = later, from > today {
            throw SuccessorTooEarly(successor: successor.name, predecessor: assignee.name, from: from, today: today)
        }
        return ReportingParty(assignee: assignee)
    }
}
