import Canvas
import Tracking

/// Everything that can happen to the application, as data.
public enum Msg: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// New data from the store (after a write by this or another process).
    case dataLoaded(TrackingSnapshot)
    /// The clock moved: a new minute, possibly a new day.
    case tick(today: CalendarDate, minuteOfDay: Int)
    /// Details of one agency that the snapshot does not carry: its tasks on every directive,
    /// every revision, the audit trail.
    case agencyHistoryLoaded(AgencyHistory)
    /// Every task of the store by due date, read in the background after the first frame.
    case deadlinesLoaded(DeadlineOverview)
    /// The board of one task (its deadline view), read when the view opens.
    case taskBoardLoaded(StatusBoard.TaskBoard)
    /// The store could not be read; the message is shown, the last good data kept.
    case loadFailed(String)
    /// The shell loaded what a new report form starts from.
    case reportFormLoaded(ReportFormSeed)
    /// The form cannot be opened (no permission, no such assignment); said on the status line.
    case reportFormRefused(String)
    case reportSubmitted(revision: Int)
    /// The store refused the submission; `latestRevision` is set for a conflict.
    case reportRejected(String, latestRevision: Int?)
    case draftSaved
    /// Whom a reminder chases, read for `o` (``Effect/openReminderForm(_:)``): the form opens.
    case reminderFormLoaded(ReminderFormSeed)
    /// Whom a reminder chases, read again for the day sent typed in the open form.
    case reminderTargetsRead(ReminderFormSeed)
    /// The reminder form cannot open (no permission, a failed read), or a read for it failed.
    case reminderFormRefused(String)
    case reminderRecorded(ReminderRecord)
    /// The store refused the reminder (already recorded, database locked): the form stays open.
    case reminderRejected(String)
    /// The draft could not be saved yet (the database is busy): kept, tried again shortly.
    case draftDeferred
    /// The wall's rotation timer fired.
    case rotate
}

/// What a report form starts from: the latest revision as of today (to start a revision from
/// it) and the user's draft, which wins when there is one.
public struct ReportFormSeed: Sendable, Equatable {
    public var taskID: String
    public var agencyID: String
    /// The latest revision submitted by today (0 for none): the form makes the next one.
    public var latestRevision: Int
    public var latest: ReportContent?
    public var draftPayload: String?
    public var draftSavedAt: String?
    /// Set when a revision was submitted after today: the form does not open (see
    /// ``FormUpdate/opened(_:_:)``).
    public var backdating: BackdatedSubmission?
    /// The task, agency and areas as the task's own directive has them (the shell reads that
    /// directive). Nil only where the caller has no store: the form then looks in the open board.
    public var subject: ReportSubject?

    public init(taskID: String, agencyID: String, latestRevision: Int, latest: ReportContent?,
                draftPayload: String?, draftSavedAt: String?, backdating: BackdatedSubmission? = nil,
                subject: ReportSubject? = nil) {
        self.subject = subject
        self.taskID = taskID
        self.agencyID = agencyID
        self.latestRevision = latestRevision
        self.latest = latest
        self.draftPayload = draftPayload
        self.draftSavedAt = draftSavedAt
        self.backdating = backdating
    }

    /// The seed for the agency's revisions as they stood on the day being viewed: the same cut
    /// as the board's, so the form's "lần N" and prefill agree with what the board shows.
    public init(taskID: String, agencyID: String, reports: ReportsAsOf, draftPayload: String?, draftSavedAt: String?,
                subject: ReportSubject? = nil) {
        self.init(taskID: taskID, agencyID: agencyID, latestRevision: reports.latest?.revision ?? 0,
                  latest: reports.latest?.content, draftPayload: draftPayload, draftSavedAt: draftSavedAt,
                  backdating: reports.backdating, subject: subject)
    }
}

/// Work the shell does for the update function: the only way it reaches the outside world.
public enum Effect: Hashable, Sendable {
    case quit
    /// Read the store again (with the current today): the home directive, every deadline, and
    /// the detail that is open. Done off the keyboard's path; results arrive as messages.
    case reload
    case loadAgencyHistory(agencyID: String)
    case loadTaskBoard(taskID: String)
    /// Read a directive's board (its snapshot) to show it: the user opened it from the portfolio.
    case openBoard(reference: String)
    /// Clear and redraw the whole terminal (Ctrl-L).
    case repaint
    /// Load the latest report and the draft, then answer with `reportFormLoaded`.
    case openReportForm(taskID: String, agencyID: String)
    case saveDraft(taskID: String, agencyID: String, payload: String, baseRevision: Int)
    case discardDraft(taskID: String, agencyID: String)
    /// `reportedBy`: the successor sending it (``ReportSubject/reporter``), or nil.
    case submitReport(taskID: String, agencyID: String, content: ReportContent, expectedRevision: Int, reportedBy: String?)
    /// Check that the user may record reminders and read whom one sent that day chases, then
    /// answer with `reminderFormLoaded` or `reminderFormRefused`.
    case openReminderForm(ReminderRequest)
    /// Read again whom the open reminder form chases, for another day sent: `reminderTargetsRead`.
    case readReminderTargets(ReminderRequest)
    /// Store a reminder dispatch that was sent (coordinators and admins only): `reminderRecorded`
    /// or `reminderRejected`.
    case recordReminder(ReminderRecord)
}

/// An agency's submissions (every revision) and audit entries, loaded on demand.
public struct AgencyHistory: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var at: String
        public var user: String
        public var action: String
        public var subject: String

        public init(at: String, user: String, action: String, subject: String) {
            self.at = at
            self.user = user
            self.action = action
            self.subject = subject
        }

        /// What happened, in words ("nộp báo cáo lần 2", "gia hạn"), not the stored code
        /// ("report.submit"); an unknown code is shown as it is.
        public func describedAction(_ language: Language) -> String {
            switch action {
            case "report.submit":
                let revision = subject.split(separator: "/").last.flatMap { part in
                    part.split(separator: " ").last.flatMap { Int($0) }
                }
                return revision.map { language.pick("nộp báo cáo lần \($0)", "submitted revision \($0)") }
                    ?? language.pick("nộp báo cáo", "submitted a report")
            case "deadline.extension": return language.pick("gia hạn", "extended the deadline")
            case "deadline.withdrawal": return language.pick("rút nhiệm vụ", "withdrew the task")
            case "import": return language.pick("nhập văn bản", "imported the directive")
            case "seed": return language.pick("khởi tạo dữ liệu", "created the data")
            default: return action
            }
        }
    }

    public var agencyID: String
    /// The agency's assignments on every directive, with status, in order of task; nil when
    /// not read (the view then shows the home directive's).
    public var rows: [StatusBoard.Row]?
    /// The agency's withdrawn assignments (the board leaves them out): listed last in the detail.
    public var withdrawn: [Assignment]
    /// The tasks of ``rows``, ``withdrawn`` and ``reports``, by id.
    public var tasks: [String: DirectiveTask]
    /// Every revision the agency sent, in the order they were sent (the store reads them by
    /// task): the detail lists them newest first across directives.
    public var reports: [Report]
    public var audit: [Entry]
    /// The areas of the agency's directives, by id: a report's figures are named from its own
    /// directive's areas, not the open board's.
    public var areas: [Area]

    public init(agencyID: String, rows: [StatusBoard.Row]? = nil, withdrawn: [Assignment] = [], tasks: [String: DirectiveTask] = [:],
                reports: [Report], audit: [Entry], areas: [Area] = []) {
        self.agencyID = agencyID
        self.rows = rows
        self.withdrawn = withdrawn
        self.tasks = tasks
        self.reports = reports.sorted { ($0.submittedAt, Int($0.taskID) ?? 0, $0.revision) < ($1.submittedAt, Int($1.taskID) ?? 0, $1.revision) }
        self.audit = audit
        self.areas = areas
    }

    /// The history from an agency's ledger (``TrackingSnapshot`` of its directives, as of
    /// `today`): its rows with status, its withdrawn assignments, its tasks and areas. The shell
    /// and the tests build it the same way.
    public init(agencyID: String, ledger: TrackingSnapshot, rules: StatusRules, today: CalendarDate,
                reports: [Report], audit: [Entry]) {
        let board = StatusBoard(snapshot: ledger, rules: rules, today: today)
        // Its own assignments, and those of the agencies whose duties it holds today.
        let held = Set([agencyID] + SuccessionHistory(ledger.successions).predecessors(of: agencyID, on: today).map(\.agencyID))
        self.init(agencyID: agencyID, rows: board.allRows.filter { held.contains($0.agency.id) },
                  withdrawn: ledger.assignments.filter { held.contains($0.agencyID) && $0.isWithdrawn },
                  tasks: Dictionary(ledger.directives.flatMap(\.tasks).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
                  reports: reports, audit: audit, areas: ledger.areas)
    }

    /// The areas a report of `taskID` names: its directive's, then the open board's as a fallback.
    public func areas(fallback: [Area]) -> [Area] {
        areas.isEmpty ? fallback : areas + fallback.filter { area in !areas.contains { $0.id == area.id } }
    }
}
