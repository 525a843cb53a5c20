import Canvas
import Dashboard
import Foundation
import Terminal
import Tracking
import TrackingStore

/// The one single-threaded loop of the interactive dashboard (and, later, the wall): wait with
/// `poll()` on the keyboard, the database folder's inotify descriptor and the signals, until the
/// next minute at the latest; turn what happened into messages; run `update`; run its effects;
/// draw when something changed. An idle screen sends nothing and uses no CPU.
final class DashboardLoop {
    private let context: AppContext
    /// The open store; nil while it cannot be opened (the wall keeps trying).
    private var store: (any TrackingStore)?
    private let openStore: () throws(StoreError) -> any TrackingStore
    private let screen: TerminalScreen
    private let theme: Theme
    private var state: AppState
    /// Says when another process wrote (inotify for SQLite, LISTEN/NOTIFY for PostgreSQL).
    private var watcher: (any StoreChangeFeed)?
    private let signals: SignalDescriptor
    private var running = true
    /// When the wall turns to its next page.
    private var nextRotation: Date?
    /// The store's reads after the first frame, off the loop's thread.
    private let reader: BackgroundReader

    /// - Parameters:
    ///   - openStore: opens the store (read-only for the wall); called again to recover after
    ///     the file was missing, replaced or unreadable.
    ///   - rotateSeconds: the wall's page time (0 holds the page).
    /// - Parameter wallDirectives: the directives the wall is held to (`wall --directive`).
    init(context: AppContext, screen: TerminalScreen, mode: AppState.Mode, rotateSeconds: Int = 15,
         wallDirectives: [String]? = nil, openStore: @escaping () throws(StoreError) -> any TrackingStore) throws {
        self.context = context
        self.screen = screen
        self.openStore = openStore
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        theme = Theme(colorCount: noColor ? 0 : screen.colorCount, asciiOnly: Self.prefersASCII())
        let size = screen.size
        var snapshot = TrackingSnapshot(directives: [], agencies: [], areas: [], assignments: [], successions: [])
        var failure: String?
        /// The directives alone, when the dashboard opens on the list of several.
        var documents: [Document]?
        /// Their counts, from aggregates, so that the list's first paint is complete.
        var counts: [Portfolio.Entry]?
        do {
            // The first frame from the cheapest read: the only directive's board, or the list of
            // directives (their documents; statuses follow), or for the wall its home directive.
            let opened = try openStore()
            store = opened
            if mode == .interactive, try opened.directiveCount() != 1 {
                // The counts carry the documents; the documents alone when they cannot be read.
                counts = try? opened.portfolioCounts(rules: context.rules, asOf: context.today)
                if let counts { documents = counts.map(\.document) } else { documents = try opened.directiveDocuments() }
                snapshot = try opened.snapshot(asOf: context.today, directives: [], includingReports: false)
            } else {
                snapshot = try Self.homeSnapshot(opened, today: context.today, reference: wallDirectives?.first)
            }
        } catch {
            // Only the wall gets here with a failure: the dashboard opened its store before.
            failure = error.message(context.language)
        }
        state = AppState(snapshot: snapshot, rules: context.rules, today: context.today,
                         minuteOfDay: context.clock.minuteOfDay(), language: context.language,
                         width: size.width, height: size.height, mode: mode)
        state.rotateSeconds = rotateSeconds
        state.wallDirectives = wallDirectives
        state.boardReference = wallDirectives?.first
        state.loadError = failure
        if mode == .interactive {
            // The list of directives on top; with a single one, its board open over it.
            state.stack = documents == nil ? [.portfolio, .home] : [.portfolio]
            if let documents { state.deadlines = DeadlineOverview(documents: documents, counts: counts) }
        }
        if failure != nil { state.refreshedAtMinute = nil }
        // A server's feed is a connection of its own (a login, a LISTEN): made after the first
        // frame (``run()``), not before it. inotify costs nothing: made now.
        watcher = context.isPostgres ? nil : context.makeChangeFeed()
        signals = try SignalDescriptor(signals: [SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGWINCH])
        reader = try BackgroundReader()
        scheduleRotation()
        startsLoading = failure == nil
    }

    /// Whether to read every deadline once the first frame is drawn (paint first, then load).
    private var startsLoading = false

    /// A directive's board: the one named, else the home directive (the first by date), or
    /// an empty store's.
    static func homeSnapshot(_ store: any TrackingStore, today: CalendarDate, reference: String? = nil) throws(StoreError) -> TrackingSnapshot {
        let first: String?
        if let reference { first = reference } else { first = try store.firstDirectiveReference() }
        guard let first else { return try store.snapshot(asOf: today) }
        return try store.snapshot(asOf: today, directives: [first])
    }

    /// Terminals whose fonts lack the status glyphs and box characters get ASCII.
    static func prefersASCII() -> Bool {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return term.hasPrefix("vt") || term == "ansi" || term.hasPrefix("linux")
    }

    func run() {
        draw()
        // The walk over every status starts after the first frame, not before: it would share
        // the two cores with the first paint.
        if context.isPostgres {
            watcher = context.makeChangeFeed()
            // What another host wrote between the first read and the LISTEN is read now.
            if startsLoading { _ = load() }
        } else if startsLoading {
            requestDeadlines()
        }
        while running {
            var descriptors = [pollfd(fd: screen.inputDescriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: signals.descriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: reader.descriptor, events: Int16(POLLIN), revents: 0)]
            if let watcher { descriptors.append(pollfd(fd: watcher.descriptor, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), nextTimeout())
            var messages: [Msg] = []
            if ready < 0 {
                // EINTR: most likely SIGWINCH, which ncurses turns into a resize key.
                messages += pendingKeys()
            } else if ready == 0 {
                messages += timerMessages()
            } else {
                if descriptors[1].revents != 0 {
                    while let signal = signals.read() {
                        guard signal == SIGWINCH else {
                            finish(signal: signal)
                            return
                        }
                        messages += pendingKeys()
                        if screen.adoptWindowSize() { messages.append(.key(.resize)) }
                    }
                }
                if descriptors[0].revents & Int16(POLLIN) != 0 {
                    let keys = pendingKeys()
                    if !keys.isEmpty { scheduleRotation() }
                    messages += keys
                }
                if descriptors[0].revents & Int16(POLLHUP | POLLERR) != 0 {
                    // The terminal went away without a signal.
                    finish(signal: SIGHUP)
                    return
                }
                if descriptors[2].revents != 0 {
                    messages += readResults()
                }
                if descriptors.count > 3, descriptors[3].revents != 0, let activity = watcher?.drain() {
                    // The feed woke because it lost its server: stale from now, not from the next tick.
                    if let lost = watcher?.disconnection(context.language), state.loadError != lost { messages.append(.loadFailed(lost)) }
                    switch activity {
                    case .none: break
                    case .changed: if databaseChanged() { messages += load() }
                    case .replaced:
                        // Another file now stands at the path (a restore, a move): start over on it.
                        store = nil
                        watcher?.reset()
                        messages += load()
                    }
                }
            }
            guard !messages.isEmpty else { continue }
            for message in messages where running { handle(message) }
            if running { draw() }
        }
        screen.stop()
    }

    /// How long poll may sleep: until the next minute (the clock), the next wall page, a
    /// pending draft save, or a retry while the database cannot be read or watched.
    private func nextTimeout() -> Int32 {
        var timeout = millisecondsToNextMinute()
        if state.form?.isDirty == true { timeout = min(timeout, 1000) }
        if let nextRotation {
            timeout = min(timeout, Int32(max(1, min(60_000, nextRotation.timeIntervalSinceNow * 1000 + 1))))
        }
        if state.loadError != nil || watcher == nil || watcher?.disconnection(context.language) != nil { timeout = min(timeout, 2000) }
        return timeout
    }

    private func timerMessages() -> [Msg] {
        var messages: [Msg] = []
        if state.form?.isDirty == true { messages.append(saveDraft(waiting: false)) }
        if let nextRotation, nextRotation <= Date() {
            messages.append(.rotate)
            scheduleRotation()
        }
        // A feed that lost its server: the data on screen is stale until it is back (it then
        // says "changed" and everything is read again).
        if let lost = watcher?.disconnection(context.language) {
            if state.loadError != lost { messages.append(.loadFailed(lost)) }
        } else if state.loadError != nil || store == nil {
            // Slow poll: recover from an unreadable database, or stand in for a missing inotify.
            if !reader.isRunning(.home) { messages += load() }
        } else if watcher == nil, databaseChanged() {
            messages += load()
        }
        messages.append(.tick(today: context.clock.today(), minuteOfDay: context.clock.minuteOfDay()))
        return messages
    }

    private func scheduleRotation() {
        nextRotation = state.mode == .wall && state.rotateSeconds > 0 ? Date().addingTimeInterval(TimeInterval(state.rotateSeconds)) : nil
    }

    private func handle(_ message: Msg) {
        if case .key(.resize) = message {
            let size = screen.size
            _ = Update.apply(.resize(width: size.width, height: size.height), to: &state)
            return
        }
        var queue = Update.apply(message, to: &state)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .quit:
                if state.form?.isDirty == true { _ = saveDraft() }
                running = false
                return
            case .repaint:
                screen.repaint()
            case .reload:
                for message in load() { queue += Update.apply(message, to: &state) }
            case .loadAgencyHistory(let agencyID):
                read(.agency(agencyID)) { [context] store in try Self.history(of: agencyID, store: store, context: context) }
            case .openBoard(let reference):
                read(.home) { [context] store in .dataLoaded(try Self.homeSnapshot(store, today: context.clock.today(), reference: reference)) }
            case .loadTaskBoard(let taskID):
                read(.task(taskID)) { [context] store in
                    let today = context.clock.today()
                    let (_, snapshot) = try store.taskSnapshot(taskID, asOf: today)
                    let board = StatusBoard(snapshot: snapshot, rules: context.rules, today: today)
                    guard let task = board.directives.lazy.flatMap(\.tasks).first(where: { $0.task.id == taskID }) else {
                        throw StoreError.unknownTask(taskID, known: [])
                    }
                    return .taskBoardLoaded(task)
                }
            case .openReportForm(let taskID, let agencyID):
                read(.form) { [context] store in Self.formSeed(taskID: taskID, agencyID: agencyID, store: store, context: context) }
            case .saveDraft(let taskID, let agencyID, let payload, let base):
                queue += Update.apply(saveDraft(taskID: taskID, agencyID: agencyID, payload: payload, baseRevision: base, waiting: false),
                                      to: &state)
            case .discardDraft(let taskID, let agencyID):
                try? requireStore().deleteDraft(user: context.user, taskID: taskID, agencyID: agencyID)
            case .submitReport(let taskID, let agencyID, let content, let expected, let reportedBy):
                queue += Update.apply(submit(content, taskID: taskID, agencyID: agencyID, expectedRevision: expected, reportedBy: reportedBy),
                                      to: &state)
            case .openReminderForm(let request):
                read(.reminder) { [context] store in Self.reminderSeed(request, store: store, context: context, opening: true) }
            case .readReminderTargets(let request):
                read(.reminder) { [context] store in Self.reminderSeed(request, store: store, context: context, opening: false) }
            case .recordReminder(let record):
                queue += Update.apply(recordReminder(record), to: &state)
            }
        }
    }

    // MARK: - Reports and drafts

    /// What a report form starts from, read from the task's own directive (whichever board is
    /// open): its task, its linked areas, the agency's revisions as of the day being viewed (as
    /// the board has them: "lần N" and the prefill agree) and the user's draft. A refusal or a
    /// failed read is said on the status line; it does not mark the store as failed.
    private static func formSeed(taskID: String, agencyID: String, store: any TrackingStore, context: AppContext) -> Msg {
        do {
            let today = context.clock.today()
            let (_, directive) = try store.taskSnapshot(taskID, asOf: today)
            let party: ReportingParty
            do {
                party = try context.reportingParty(for: agencyID, in: directive)
            } catch {
                return .reportFormRefused((error as? any UserFacingError)?.message(context.language) ?? "\(error)")
            }
            let reports = try store.reports(taskID: taskID, agencyID: agencyID, asOf: today)
            let draft = try store.draft(user: context.user, taskID: taskID, agencyID: agencyID)
            var subject = ReportSubject.read(taskID: taskID, agencyID: agencyID, in: directive, rules: context.rules, today: today)
            subject.reporter = party.reporter
            return .reportFormLoaded(ReportFormSeed(taskID: taskID, agencyID: agencyID, reports: reports,
                                                    draftPayload: draft?.payload, draftSavedAt: draft?.updatedAt, subject: subject))
        } catch {
            return .reportFormRefused(error.message(context.language))
        }
    }

    /// Saves the open form's draft (after a pause in typing, on leaving a field, on a hang-up).
    /// - Parameter waiting: false while the user types: a busy database defers the save (the
    ///   next second tries again) instead of freezing the keys; true on quitting and hang-up,
    ///   when waiting is what keeps the draft.
    private func saveDraft(waiting: Bool = true) -> Msg {
        guard let form = state.form else { return .draftSaved }
        return saveDraft(taskID: form.taskID, agencyID: form.agencyID, payload: form.draftPayload, baseRevision: form.baseRevision,
                         waiting: waiting)
    }

    private func saveDraft(taskID: String, agencyID: String, payload: String, baseRevision: Int, waiting: Bool) -> Msg {
        do {
            try requireStore().saveDraft(payload, baseRevision: baseRevision, user: context.user, taskID: taskID, agencyID: agencyID,
                                at: context.clock.timestamp(), waiting: waiting)
            return .draftSaved
        } catch .locked where !waiting {
            return .draftDeferred
        } catch {
            return .reportRejected(error.message(context.language), latestRevision: nil)
        }
    }

    private func submit(_ content: ReportContent, taskID: String, agencyID: String, expectedRevision: Int, reportedBy: String?) -> Msg {
        do {
            let store = try requireStore()
            let report = try store.submitReport(content, taskID: taskID, agencyID: agencyID, user: context.user,
                                                clock: context.clock, expectedRevision: expectedRevision, reportedBy: reportedBy)
            try? store.deleteDraft(user: context.user, taskID: taskID, agencyID: agencyID)
            return .reportSubmitted(revision: report.revision)
        } catch {
            if case .conflict(let revision, _, _) = error {
                return .reportRejected(error.message(context.language), latestRevision: revision)
            }
            return .reportRejected(error.message(context.language), latestRevision: nil)
        }
    }

    /// Stores a reminder the user confirmed. The role is checked again here, whatever the form
    /// was opened with; a refusal, a reference already recorded or a locked database comes back
    /// as one line, the form kept open.
    private func recordReminder(_ record: ReminderRecord) -> Msg {
        do {
            let store = try requireStore()
            if let refusal = Self.reminderRefusal(context, agencies: state.snapshot.agencies) { return .reminderRejected(refusal) }
            try store.recordReminder(record, user: context.user, at: context.clock.timestamp())
            return .reminderRecorded(record)
        } catch {
            return .reminderRejected(error.message(context.language))
        }
    }

    private func pendingKeys() -> [Msg] {
        var messages: [Msg] = []
        while let key = screen.readKey() { messages.append(.key(key)) }
        return messages
    }

    private func draw() {
        screen.present(DashboardView.render(state, theme: theme))
    }

    /// Starts reading the home directive and every deadline again, in the background; returns
    /// at once, with a message only when the store cannot even be opened.
    private func load() -> [Msg] {
        let reference = state.boardReference
        read(.home) { [context] store in .dataLoaded(try Self.homeSnapshot(store, today: context.clock.today(), reference: reference)) }
        requestDeadlines()
        return failedOpen.map { [$0] } ?? []
    }

    private func requestDeadlines() {
        state.deadlinesLoading = true
        let previous = state.deadlines
        read(.deadlines) { [context] store in
            .deadlinesLoaded(try store.deadlineOverview(rules: context.rules, asOf: context.clock.today(), updating: previous))
        }
    }

    /// Why the last attempt to open the store failed, when it did (consumed by ``load()``).
    private var failedOpen: Msg?

    /// Runs a read of the store in the background; its message comes back through ``readResults()``.
    private func read(_ job: BackgroundReader.Job, _ work: @escaping @Sendable (any TrackingStore) throws -> Msg) {
        do throws(StoreError) {
            let current = try requireStore()
            failedOpen = nil
            reader.submit(job) { try work(current) }
        } catch {
            storeFailed()
            failedOpen = .loadFailed(error.message(context.language))
        }
    }

    /// The messages of the reads that ended; a failed read reopens the store on the next try.
    private func readResults() -> [Msg] {
        reader.collect().map { result in
            switch result {
            case .success(let message):
                return message
            case .failure(let error):
                storeFailed()
                return .loadFailed((error as? any UserFacingError)?.message(context.language) ?? "\(error)")
            }
        }
    }

    /// A file that went bad stays bad for this connection: reopen on the next try.
    private func storeFailed() {
        store = nil
        watcher?.reset()
    }

    private func databaseChanged() -> Bool {
        watcher?.hasChanged() ?? true
    }

    private func requireStore() throws(StoreError) -> any TrackingStore {
        if let store { return store }
        let opened = try openStore()
        store = opened
        return opened
    }

    /// An agency's ledger on every directive, every revision it sent and its audit entries:
    /// reads of that agency's rows only.
    private static func history(of agencyID: String, store: any TrackingStore, context: AppContext) throws -> Msg {
        let today = context.clock.today()
        let ledger = try store.agencySnapshot(agencyID, asOf: today)
        let reports = try store.reports(agencyID: agencyID, asOf: today)
        let audit = try store.auditTrail(limit: 200, subjectContaining: "/ \(agencyID) /")
            .map { AgencyHistory.Entry(at: $0.at, user: $0.user, action: $0.action, subject: $0.subject) }
        return .agencyHistoryLoaded(AgencyHistory(agencyID: agencyID, ledger: ledger, rules: context.rules, today: today,
                                                   reports: reports, audit: audit))
    }

    private func millisecondsToNextMinute() -> Int32 {
        let now = Date().timeIntervalSince1970
        let next = (now / 60).rounded(.down) * 60 + 60
        return Int32(max(1, min(60_000, (next - now) * 1000 + 5)))
    }

    /// SIGHUP (the SSH session dropped), SIGTERM, SIGINT: restore the terminal and leave.
    private func finish(signal: Int32) {
        // A dropped SSH session must not lose a half-typed report.
        if state.form != nil { _ = saveDraft() }
        running = false
        screen.stop()
    }
}
