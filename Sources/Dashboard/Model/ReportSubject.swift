import Tracking

/// What a report form is about, taken from the task's own directive and never from the board
/// that happens to be open: a revision can be started from an agency's detail or a report of
/// another directive, and a form built from the open board then had no task in its title and no
/// area rows, so that submitting it stored the revision without the figures it started from.
public struct ReportSubject: Sendable, Equatable {
    public var task: DirectiveTask?
    public var agency: Agency?
    /// The successor that sends the report for ``agency`` after a merger or an abolition, when
    /// the user reports for the successor (``ReportingParty``): the form says "thay …" and the
    /// report is stored with it.
    public var reporter: Agency?
    /// The areas linked to the task's directive (``Directive/areaIDs``), in its order: the
    /// form's figure rows. Empty when the directive has no area: the form has no figures table.
    public var areas: [Area]
    /// The agency's row on the task (its due date), for the confirmation's "tính là …".
    public var row: StatusBoard.Row?

    public init(task: DirectiveTask? = nil, agency: Agency? = nil, areas: [Area] = [], row: StatusBoard.Row? = nil,
                reporter: Agency? = nil) {
        self.task = task
        self.agency = agency
        self.reporter = reporter
        self.areas = areas
        self.row = row
    }

    /// The subject as `snapshot` has it: a snapshot that holds the task's directive (the shell
    /// reads it with `taskSnapshot`, one directive's rows). `row` is the agency's row on the
    /// task when the caller has it; nil leaves the confirmation without a due date.
    public init(taskID: String, agencyID: String, in snapshot: TrackingSnapshot, row: StatusBoard.Row? = nil) {
        let directive = snapshot.directives.first { $0.tasks.contains { $0.id == taskID } }
        let areas = Dictionary(snapshot.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(task: snapshot.task(taskID), agency: snapshot.agency(agencyID),
                  areas: directive?.areaIDs.compactMap { areas[$0] } ?? [], row: row)
    }

    /// The subject read by the shell: the task's directive's snapshot, its status rows computed
    /// for the agency's (linear in that one directive, off the keyboard's path).
    public static func read(taskID: String, agencyID: String, in snapshot: TrackingSnapshot, rules: StatusRules,
                            today: CalendarDate) -> ReportSubject {
        let board = StatusBoard(snapshot: snapshot, rules: rules, today: today)
        let row = board.directives.lazy.flatMap(\.tasks).first { $0.task.id == taskID }?.rows.first { $0.agency.id == agencyID }
        return ReportSubject(taskID: taskID, agencyID: agencyID, in: snapshot, row: row)
    }

    /// The areas of the form: the linked ones, then any the previous revision gave figures for
    /// that is no longer linked (shown by its id), so that no figure is dropped by a revision.
    func formAreas(keeping figures: [AreaFigures]) -> [Area] {
        var result = areas
        for row in figures where !result.contains(where: { $0.id == row.areaID }) {
            result.append(Area(id: row.areaID, name: row.areaID, locality: "", district: "", industry: "", governmentID: nil))
        }
        return result
    }

    /// An area's name for the form ("Phong Khê"), its id when unknown.
    func areaName(_ id: String) -> String {
        areas.first { $0.id == id }?.name ?? id
    }
}

extension ReportSubject {
    /// The agency sending the report as a form names it: "Sở Tài nguyên và Môi trường", or a
    /// successor's "Sở Nông nghiệp và Môi trường thay Sở Tài nguyên và Môi trường". Nil when the
    /// subject has no agency.
    func senderName(_ language: Language) -> String? {
        guard let agency else { return nil }
        guard let reporter else { return agency.name }
        return language.pick("\(reporter.name) thay \(agency.name)", "\(reporter.name) for \(agency.name)")
    }
}
