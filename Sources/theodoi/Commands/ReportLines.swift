import ArgumentParser
import Foundation
import Tracking
import TrackingStore

/// `theodoi report submit --file reports.ndjson`: one report per line, each the submit JSON plus
/// `"task"` and `"agency"`. Every line is accepted or refused on its own, with its number;
/// accepted lines are written in batches, one transaction each (``TrackingStore/submitReports(_:)``).
struct ReportLines {
    /// Lines written per transaction: large enough that commits do not dominate, small enough
    /// that a run shows progress and a lock is not held for long.
    static let batchSize = 500
    /// Line numbers listed in the summary; more are counted, not listed.
    static let listedRefusals = 20

    let file: String
    let context: AppContext

    /// A line's task, resolved once per query and read once per directive.
    struct ResolvedTask {
        var task: DirectiveTask
        var snapshot: TrackingSnapshot
    }

    /// A line ready to store, or why it was refused.
    struct Line {
        var number: Int
        var outcome: Outcome
    }

    enum Outcome {
        case ready(Ready)
        case refused(any UserFacingError)
    }

    struct Ready {
        var submission: ReportSubmission
        var party: ReportingParty
        var task: DirectiveTask
    }

    func submitAll() throws {
        let l = context.language
        let store = try context.openStore()
        // Decided once, from every agency (as single submission does): a user who may only
        // view is refused once, not once per line.
        let access = try context.access(agencies: store.snapshot(asOf: context.today, directives: [], includingReports: false).agencies)
        if access.role < .coordinator, access.reportableAgencies.isEmpty { throw AccessDenied.viewOnly(user: access.user) }

        var lines = try InputLines(file)
        var resolver = Resolver(store: store, today: context.today)
        var batch: [Line] = []
        var accepted = 0, refused: [Int] = [], sawMalformedJSON = false

        func flush() throws {
            let ready = batch.compactMap { line -> ReportSubmission? in
                if case .ready(let ready) = line.outcome { ready.submission } else { nil }
            }
            var results = try store.submitReports(ready).makeIterator()
            for line in batch {
                let label = l.pick("dòng \(line.number)", "line \(line.number)")
                switch line.outcome {
                case .ready(let ready):
                    switch results.next()! {
                    case .success(let report):
                        accepted += 1
                        Output.text(label + ": " + ReportSubmitCommand.received(ready.submission.content, party: ready.party, task: ready.task,
                                                                           report: report, language: l) + "\n")
                    case .failure(let error):
                        refused.append(line.number)
                        Output.refusal(label + ": " + error.message(l))
                    }
                case .refused(let error):
                    refused.append(line.number)
                    if let input = error as? ReportInputError, input.problem.isMalformedJSON { sawMalformedJSON = true }
                    Output.refusal(label + ": " + error.message(l))
                }
            }
            batch.removeAll(keepingCapacity: true)
            // A batch is committed: its acknowledgements go out now, not at exit, so that a
            // run stopped by a signal has said which lines went in.
            Output.standardOutput.flush()
        }

        do throws(any Error) {
            while let (number, bytes) = try lines.next() {
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                batch.append(Line(number: number, outcome: try prepare(Data(bytes), resolver: &resolver, access: access)))
                if batch.count >= Self.batchSize { try flush() }
            }
            try flush()
        } catch {
            // The file or the database as a whole failed: the batches before stay stored.
            Output.text(summary(accepted: accepted, refused: refused, language: l))
            throw error
        }
        Output.text(summary(accepted: accepted, refused: refused, language: l))
        if accepted == 0, sawMalformedJSON, !ReportSubmitCommand.isNDJSONName(file) {
            Output.refusal(l.pick("không có --task và --agency nên \(file) được đọc như NDJSON: mỗi dòng một báo cáo JSON trọn vẹn, có \"task\" và \"agency\"",
                                  "without --task and --agency, \(file) is read as NDJSON: one whole JSON report per line, with \"task\" and \"agency\""))
        }
        if !refused.isEmpty { throw ExitCode.failure }
    }

    /// Reads one line: its JSON, then its task, agency, permission and report, in the order
    /// and with the messages of a single submission.
    /// - Throws: only what concerns the whole database (locked, corrupt), which ends the run.
    private func prepare(_ data: Data, resolver: inout Resolver, access: Access) throws(StoreError) -> Outcome {
        do {
            guard case .object(var object) = try ReportContent.decodeJSON(data) else {
                throw ReportInputError(path: "", problem: .notAnObject)
            }
            let taskQuery = try Self.take("task", from: &object, allowingNumber: true)
            let agencyQuery = try Self.take("agency", from: &object, allowingNumber: false)
            let resolved = try resolver.task(taskQuery)
            let party = try resolver.party(agencyQuery, for: resolved, access: access)
            try access.checkMayReport(for: party.sender)
            let content = try ReportContent(json: .object(object), areas: resolved.snapshot.areas)
                .validated(areas: resolved.snapshot.areas, today: context.today)
            return .ready(Ready(submission: ReportSubmission(content: content, taskID: resolved.task.id, agencyID: party.assignee.id,
                                                               user: context.user, clock: context.clock, reportedBy: party.reporter?.id),
                                  party: party, task: resolved.task))
        } catch let error as StoreError where error.concernsWholeDatabase {
            throw error
        } catch let error as any UserFacingError {
            return .refused(error)
        } catch {
            return .refused(ReportInputError(path: "", problem: .badJSON(line: nil, column: nil)))
        }
    }

    /// Removes `"task"` or `"agency"` from a line's object, which the submit JSON does not have.
    private static func take(_ key: String, from object: inout [String: JSONValue], allowingNumber: Bool) throws(ReportInputError) -> String {
        switch object.removeValue(forKey: key) {
        case .string(let text)? where !text.trimmingCharacters(in: .whitespaces).isEmpty: return text
        case .integer(let number)? where allowingNumber: return String(number)
        case nil, .null?, .string?: throw ReportInputError(path: key, problem: .missing)
        default: throw ReportInputError(path: key, problem: .notText)
        }
    }

    /// "Đã nhận 998 báo cáo, từ chối 2 (dòng 17, 503)."
    func summary(accepted: Int, refused: [Int], language l: Language) -> String {
        var list = refused.prefix(Self.listedRefusals).map(String.init).joined(separator: ", ")
        if refused.count > Self.listedRefusals { list += ", …" }
        let lines = refused.isEmpty ? "" : l.pick(" (dòng \(list))", refused.count == 1 ? " (line \(list))" : " (lines \(list))")
        return l.pick("Đã nhận \(accepted) báo cáo, từ chối \(refused.count)\(lines).",
                      "Received \(accepted) report\(accepted == 1 ? "" : "s"), refused \(refused.count)\(lines).") + "\n"
    }

    /// Tasks and agencies as the lines name them, each looked up once: a directive is read
    /// once however many lines and tasks of it the file has, and an agency's name is matched
    /// once per list of assignees (most tasks of a directive share theirs).
    struct Resolver {
        let store: any TrackingStore
        let today: CalendarDate
        private var byQuery: [String: Result<ResolvedTask, StoreError>] = [:]
        private var directives = DirectiveSnapshots()
        /// Reporting parties found, by assignee ids and query: the match depends on nothing else (the
        /// access and the day are the run's).
        private var agencies: [[String]: [String: ReportingParty]] = [:]

        init(store: any TrackingStore, today: CalendarDate) {
            self.store = store
            self.today = today
        }

        mutating func task(_ query: String) throws(StoreError) -> ResolvedTask {
            if let known = byQuery[query] { return try known.get() }
            let result: Result<ResolvedTask, StoreError>
            do throws(StoreError) {
                let (task, snapshot) = try store.taskSnapshot(query, asOf: today, cache: &directives)
                result = .success(ResolvedTask(task: task, snapshot: snapshot))
            } catch where !error.concernsWholeDatabase {
                result = .failure(error)
            }
            byQuery[query] = result
            return try result.get()
        }

        /// A refusal names the task, so it is not shared between tasks; it is rare anyway.
        mutating func party(_ query: String, for resolved: ResolvedTask, access: Access) throws(StoreError) -> ReportingParty {
            if let known = agencies[resolved.task.assigneeIDs]?[query] { return known }
            let party = try store.resolveReportingParty(query, for: resolved.task, in: resolved.snapshot, on: today,
                                                        mayReport: access.mayReport(agencyID:))
            agencies[resolved.task.assigneeIDs, default: [:]][query] = party
            return party
        }
    }
}

extension StoreError {
    /// Whether the error is about the database rather than one line's task or agency: then
    /// the next line would fail the same way, and the run stops.
    var concernsWholeDatabase: Bool {
        switch self {
        case .unknownTask, .unknownDirective, .ambiguousDirective, .ambiguousTask, .unknownAgency, .ambiguousAgency, .notAssigned,
             .successorTooEarly, .conflict, .backdated, .alreadyImported, .reminderExists, .unknownArea, .ambiguousArea, .areaExists, .areaHasFigures:
            false
        case .missing, .missingFolder, .cannotCreate, .notADatabase, .notOurs, .corrupt, .locked, .readOnly, .tooNew, .notEmpty,
             .schemaMismatch, .server, .other:
            true
        }
    }
}
