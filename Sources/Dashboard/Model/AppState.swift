import Canvas
import Tracking

/// The whole state of the dashboard. `update` changes it; the views only read it.
public struct AppState: Sendable {
    public enum Mode: Sendable, Equatable {
        case interactive
        /// The read-only wall: no key reaches a form or a write.
        case wall
    }

    /// A filter being typed or kept on the focused list.
    public struct Filter: Sendable, Equatable {
        public var text: String
        /// True while typing; false once `Enter` kept it.
        public var isEditing: Bool

        public init(text: String, isEditing: Bool) {
            self.text = text
            self.isEditing = isEditing
        }
    }

    public var mode: Mode
    public var language: Language
    public var rules: StatusRules
    public var today: CalendarDate
    public var minuteOfDay: Int
    public var width: Int
    public var height: Int

    public private(set) var snapshot: TrackingSnapshot
    /// Derived from the snapshot, the rules and today; rebuilt whenever one of them changes.
    public private(set) var board: StatusBoard

    public var stack: [Screen] = [.home] {
        didSet {
            if detailAgencyID != agencyAssignmentsOf { refreshAgencyAssignments() }
            if !stack.contains(.home) { boardsBelow = [] }
        }
    }
    /// The directive whose board the user opened from the portfolio; nil for the home
    /// directive (the first by date), which the shell reads at start.
    public var boardReference: String?
    /// The selected row of the portfolio (``portfolioRows``).
    public var selectedDirective = 0
    /// The selected row of the agencies across directives (``agencyList``).
    public var selectedAgencyRow = 0
    /// The first line of the report being read (``Screen/report(taskID:agencyID:revision:)``).
    public var reportScroll = 0
    /// The first portfolio row on screen. The list scrolls only when the selection leaves the
    /// window (not on every key): a key then redraws two rows, not the whole list.
    public var portfolioOffset = 0
    /// Whether the portfolio's "đã xong" group is unfolded.
    public var showsDoneDirectives = false { didSet { refreshPortfolioRows() } }
    public var focus: HomePanel = .areas
    public var selectedArea = 0
    public var selectedAgency = 0
    public var selectedDeadline = 0
    /// The selected row of a detail list (area's agencies, a deadline's assignments).
    public var selectedDetailRow = 0
    public var filter: Filter? { didSet { if filter != oldValue { refreshVisibleAgencyRows() } } }
    public var showsHelp = false
    public var agencyHistory: AgencyHistory? { didSet { refreshAgencyAssignments() } }
    /// The assignments of the agency whose detail is open (``detailAgencyID``), most urgent
    /// first: from its ledger across directives once read, from the open board until then.
    /// Rebuilt when the ledger, the board or the agency changes, never per key or frame.
    public private(set) var agencyAssignments: [AgencyAssignment] = []
    /// The agency ``agencyAssignments`` belong to, and whether they came from its ledger.
    private var agencyAssignmentsOf: String?
    private var agencyAssignmentsFromLedger = false
    /// The selected row of ``agencyAssignments``.
    public var selectedAgencyAssignment = 0
    /// The panel of the agency's detail chosen with Tab (see ``agencyPanel``).
    public var agencyDetailFocus: AgencyDetailPanel = .assignments
    /// The agency to select in the agency list of the board being read: Enter on an assignment
    /// in an agency's detail opens its directive's board on that agency.
    public var boardAgencyToSelect: String?

    /// A board left under another one on the stack, to come back to as it was.
    struct BoardPlace: Sendable, Equatable {
        var reference: String
        var focus: HomePanel
        var selectedArea: Int
        var selectedAgency: Int
        /// The filter on its agency list: opening a board clears it; coming back restores it.
        var filter: Filter?
    }

    /// The boards under the open one, the nearest last: an agency's detail opened from one board
    /// opens another directive's board on top, and Esc back down reads the first one again.
    var boardsBelow: [BoardPlace] = []
    /// The board of a task outside the home directive, read when its deadline view opens.
    public var openTaskBoard: StatusBoard.TaskBoard?
    /// Every task of every directive by due date, for the deadline list and the calendar. At
    /// first it holds the home directive's tasks; the shell replaces it with the whole store's
    /// (``Msg/deadlinesLoaded(_:)``), read in the background while ``deadlinesLoading``.
    public var deadlines = DeadlineOverview() {
        didSet {
            // A wall held to some directives shows only theirs (its list and every deadline).
            if let held = wallDirectives, mode == .wall {
                let folded = Set(held.map(VietnameseText.fold))
                let others = Set(deadlines.documents.map(\.reference).filter { !folded.contains(VietnameseText.fold($0.text)) })
                if !others.isEmpty { deadlines = deadlines.removing(others) }
            }
            rebuildPortfolio()
        }
    }
    public var deadlinesLoading = false
    /// True once ``deadlines`` came from the store; until then it follows the snapshot.
    var deadlinesFromStore = false
    /// Why the last load failed, shown until a load succeeds.
    public var loadError: String?
    /// The open report form, while ``Screen/reportForm`` is on the stack.
    public var form: ReportForm?
    /// The reminder form, drawn over the board or deadline view it was opened from (`o`).
    public var reminderForm: ReminderForm?
    /// A passing message for the status line ("Đã nộp báo cáo lần 2").
    public var notice: String?
    /// The wall's current page, as an index into ``WallPage/all(in:)``.
    public var wallPage = 0
    /// The directives the wall is held to (`wall --directive REF`); nil for every directive not done.
    public var wallDirectives: [String]? { didSet { if wallDirectives != oldValue { let current = deadlines; deadlines = current } } }
    /// Seconds between wall pages; 0 holds the page.
    public var rotateSeconds = 15
    /// When the data shown was last read successfully ("cập nhật lúc 14:05"), minutes since midnight.
    public var refreshedAtMinute: Int?

    public init(snapshot: TrackingSnapshot, rules: StatusRules, today: CalendarDate, minuteOfDay: Int,
                language: Language, width: Int, height: Int, mode: Mode = .interactive) {
        self.snapshot = snapshot
        self.rules = rules
        self.today = today
        self.minuteOfDay = minuteOfDay
        self.language = language
        self.width = width
        self.height = height
        self.mode = mode
        board = StatusBoard(snapshot: snapshot, rules: rules, today: today)
        refreshedAtMinute = minuteOfDay
        rebuildBoard()
        deadlines = DeadlineOverview(board: board)
        rebuildPortfolio()   // observers do not run in an initialiser
        if snapshot.areas.isEmpty { focus = .agencies }   // no area row to focus
    }

    /// Selection marks are for people at a keyboard, not for the wall.
    public var showsSelection: Bool { mode == .interactive }

    public var screen: Screen { stack.last ?? .home }

    mutating func replaceSnapshot(_ snapshot: TrackingSnapshot) {
        self.snapshot = snapshot
        refreshedAtMinute = minuteOfDay
        rebuildBoard()
        if !deadlinesFromStore { deadlines = DeadlineOverview(board: board) }
    }

    /// Rebuilds everything derived from the snapshot, the rules and today: once per change of
    /// data or day, never per frame or key (each is linear in the snapshot's size).
    mutating func rebuildBoard() {
        board = StatusBoard(snapshot: snapshot, rules: rules, today: today)
        areaSummaries = AreaSummary.all(in: snapshot)
        agencyRows = Self.agencyRows(of: board.directives.first)
        agencyRowsShowRoles = agencyRows.contains { $0.assignment.role == .cooperating }
        taskBoards = Dictionary(board.directives.flatMap(\.tasks).map { ($0.task.id, $0) }, uniquingKeysWith: { first, _ in first })
        followUpSuccessors = Self.followUpSuccessors(snapshot, today: today)
        agencyRowPositions = Dictionary(agencyRows.enumerated().map { ($1.agency.id, $0) }, uniquingKeysWith: { first, _ in first })
        refreshVisibleAgencyRows()
        refreshAgencyAssignments()
    }

    // MARK: - The agency's detail

    /// The agency whose detail is open or under the screens opened from it (the topmost on the stack).
    public var detailAgencyID: String? {
        for screen in stack.reversed() {
            if case .agency(let id) = screen { return id }
        }
        return nil
    }

    /// The detail agency's submissions as read with its ledger, in the order they were sent
    /// (the detail lists them newest first); empty until read.
    public var agencySubmissions: [Report] {
        guard let history = agencyHistory, history.agencyID == detailAgencyID else { return [] }
        return history.reports
    }

    /// The panel the keys act on in the agency's detail: the one chosen with Tab when both
    /// have rows, else the one that has.
    public var agencyPanel: AgencyDetailPanel {
        switch (agencyAssignments.isEmpty, agencySubmissions.isEmpty) {
        case (false, true): .assignments
        case (true, false): .submissions
        default: agencyDetailFocus
        }
    }

    /// Whether Tab has another panel to go to in the agency's detail.
    public var agencyDetailHasTwoPanels: Bool { !agencyAssignments.isEmpty && !agencySubmissions.isEmpty }

    /// The selected assignment of the agency's detail, if any.
    public var selectedAssignment: AgencyAssignment? {
        agencyAssignments.indices.contains(selectedAgencyAssignment) ? agencyAssignments[selectedAgencyAssignment] : nil
    }

    /// The selected submission (``selectedDetailRow`` counts from the newest), if any.
    public var selectedSubmission: Report? {
        let reports = agencySubmissions
        let index = reports.count - 1 - selectedDetailRow
        return reports.indices.contains(index) ? reports[index] : nil
    }

    /// Rebuilds ``agencyAssignments``; on a reload of the same agency's ledger (a write, a new
    /// day) the selection stays on the same task, which may have moved; otherwise it starts at
    /// the top, the most urgent (the ledger replacing the open board's rows re-sorts them all).
    mutating func refreshAgencyAssignments() {
        let id = detailAgencyID
        let history = agencyHistory?.agencyID == id && agencyHistory?.rows != nil ? agencyHistory : nil
        let sameAgency = id == agencyAssignmentsOf
        let kept = sameAgency && agencyAssignmentsFromLedger && history != nil ? selectedAssignment?.taskID : nil
        agencyAssignmentsOf = id
        agencyAssignmentsFromLedger = history != nil
        guard let id else {
            agencyAssignments = []
            return
        }
        let snapshot = self.snapshot
        func task(_ taskID: String) -> DirectiveTask? { history?.tasks[taskID] ?? snapshot.task(taskID) }
        let rows = history?.rows ?? board.allRows.filter { $0.agency.id == id }
        let withdrawn = (history?.withdrawn ?? []).compactMap { assignment -> (task: DirectiveTask, on: CalendarDate?)? in
            task(assignment.taskID).map { ($0, assignment.decisions.last { $0.kind == .withdrawal }?.decidedOn) }
        }
        agencyAssignments = AgencyAssignment.sorted(rows: rows, withdrawn: withdrawn, task: task, agencyID: id)
        if let kept, let index = agencyAssignments.firstIndex(where: { $0.taskID == kept }) {
            selectedAgencyAssignment = index
        } else {
            selectedAgencyAssignment = 0
        }
    }

    /// Selects ``boardAgencyToSelect`` in the board's agency list once that board is read.
    mutating func selectBoardAgency() {
        guard let id = boardAgencyToSelect, !boardIsLoading else { return }
        boardAgencyToSelect = nil
        guard filter == nil, let index = agencyRowPositions[id] else { return }
        focus = .agencies
        selectedAgency = index
    }

    /// Each agency's row in ``agencyRows``, by id.
    private var agencyRowPositions: [String: Int] = [:]

    /// The directives, from the deadline overview (counted once it is read from the store).
    public private(set) var portfolio = Portfolio()

    /// A row of the portfolio list: a directive, or the folded group of those that are done.
    public enum PortfolioRow: Sendable, Equatable {
        case directive(Portfolio.Entry)
        case doneGroup(count: Int)
    }

    /// The portfolio's rows as listed: the filter applied, the done group folded or not.
    public private(set) var portfolioRows: [PortfolioRow] = []

    /// True while the board the user opened is still being read.
    public var boardIsLoading: Bool {
        guard let boardReference else { return false }
        return !Self.sameReference(directive?.document.reference.text, boardReference)
    }

    /// Whether two references name the same directive as the store matches them (folded: case
    /// and marks aside), so that a board asked for as "07/stnmt-ccmt" is the one read.
    static func sameReference(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return lhs == rhs }
        return lhs == rhs || VietnameseText.fold(lhs) == VietnameseText.fold(rhs)
    }

    /// Rebuilds the portfolio; the selection stays on the same directive when the order changes
    /// (the counts arrive after the first frame and sort the list by urgency).
    /// One agency of the list across directives.
    public struct AgencyListRow: Sendable, Equatable {
        public var agency: Agency
        public var tally: DeadlineOverview.AgencyTally
        /// The most days overdue on a task it has not reported; 0 when none is overdue.
        public var mostDaysOverdue: Int
    }

    /// Every agency with assignments, the latest first (most days overdue, then most overdue,
    /// due soon, still owed), narrowed by the filter on that screen.
    public private(set) var agencyList: [AgencyListRow] = []

    private mutating func rebuildAgencyList() {
        let query = screen == .agencies ? filter?.text ?? "" : ""
        agencyList = deadlines.agencies.compactMap { id, tally -> AgencyListRow? in
            guard let agency = snapshot.agency(id) else { return nil }
            guard query.isEmpty || agency.searchNames.contains(where: { VietnameseText.searchMatches(query, in: $0) }) else { return nil }
            return AgencyListRow(agency: agency, tally: tally, mostDaysOverdue: deadlines.mostDaysOverdue[id] ?? 0)
        }.sorted { lhs, rhs in
            let left = (lhs.mostDaysOverdue, lhs.tally[.overdue], lhs.tally[.dueSoon], lhs.tally.owed)
            let right = (rhs.mostDaysOverdue, rhs.tally[.overdue], rhs.tally[.dueSoon], rhs.tally.owed)
            if left != right { return left > right }
            return (snapshot.agencyPosition(lhs.agency.id) ?? .max) < (snapshot.agencyPosition(rhs.agency.id) ?? .max)
        }
    }

    private mutating func rebuildPortfolio() {
        let selected = portfolioRows.indices.contains(selectedDirective) ? portfolioRows[selectedDirective] : nil
        portfolio = Portfolio(overview: deadlines)
        refreshPortfolioRows()
        rebuildAgencyList()
        if case .directive(let entry)? = selected,
           let index = portfolioRows.firstIndex(where: {
               if case .directive(let other) = $0 { other.document.reference == entry.document.reference } else { false }
           }) {
            selectedDirective = index
        }
    }

    private mutating func refreshPortfolioRows() {
        let shown = screen == .portfolio ? portfolio.filtered(filter?.text ?? "") : portfolio
        var rows = shown.active.map(PortfolioRow.directive)
        if !shown.done.isEmpty {
            rows.append(.doneGroup(count: shown.done.count))
            if showsDoneDirectives { rows += shown.done.map(PortfolioRow.directive) }
        }
        portfolioRows = rows
    }

    private mutating func refreshVisibleAgencyRows() {
        refreshPortfolioRows()
        if screen == .agencies { rebuildAgencyList() }
        guard let filter, !filter.text.isEmpty else {
            visibleAgencyRows = agencyRows
            return
        }
        visibleAgencyRows = agencyRows.filter { row in
            row.agency.searchNames.contains { VietnameseText.searchMatches(filter.text, in: $0) }
        }
    }

    // MARK: - Derived lists the views and update share (kept, rebuilt by rebuildBoard)

    /// The directive shown on the home screen: the first one.
    public var directive: StatusBoard.DirectiveBoard? { board.directives.first }

    /// The agencies of the home panel: the addressees of every task of the directive, in
    /// dispatch order, each with its status on the first task that names it.
    public private(set) var agencyRows: [StatusBoard.Row] = []
    /// Whether one of ``agencyRows`` is a cooperating agency's: the panel's title then gives
    /// the legend of its tag (kept with the rows, not looked for per frame).
    public private(set) var agencyRowsShowRoles = false

    /// The agency rows that pass the filter (marks ignored when the filter has none, matched when
    /// it has: ``VietnameseText/searchMatches(_:in:)``).
    public private(set) var visibleAgencyRows: [StatusBoard.Row] = []

    /// Every task of every directive, by due date (dateless last).
    public var deadlineTasks: [DeadlineOverview.Entry] { deadlines.entries }

    /// The boards of the home directive's tasks, by task id.
    private var taskBoards: [String: StatusBoard.TaskBoard] = [:]

    /// A task's board: the home directive's, or the one read for its deadline view; nil until read.
    public func taskBoard(_ taskID: String) -> StatusBoard.TaskBoard? {
        taskBoards[taskID] ?? (openTaskBoard?.task.id == taskID ? openTaskBoard : nil)
    }

    /// For each agency whose duties have passed on by today, the agencies that hold them now.
    public private(set) var followUpSuccessors: [String: [Agency]] = [:]

    /// Each area's summary, in the snapshot's order of areas.
    public private(set) var areaSummaries: [AreaSummary] = []

    public func areaSummary(_ area: Area) -> AreaSummary {
        areaSummaries.first { $0.area.id == area.id } ?? AreaSummary(area: area, snapshot: snapshot)
    }

    private static func agencyRows(of directive: StatusBoard.DirectiveBoard?) -> [StatusBoard.Row] {
        var seen: Set<String> = []
        var rows: [StatusBoard.Row] = []
        for task in directive?.tasks ?? [] {
            for row in task.rows where seen.insert(row.agency.id).inserted {
                rows.append(row)
            }
        }
        return rows
    }

    private static func followUpSuccessors(_ snapshot: TrackingSnapshot, today: CalendarDate) -> [String: [Agency]] {
        let history = SuccessionHistory(snapshot.successions)
        var result: [String: [Agency]] = [:]
        for succession in snapshot.successions where succession.effective <= today {
            let holders = history.holders(of: succession.predecessorID, on: today)
            result[succession.predecessorID] = holders.compactMap { snapshot.agency($0) }
        }
        return result
    }
}
