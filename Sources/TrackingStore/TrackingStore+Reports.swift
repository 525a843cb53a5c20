import Foundation
import GRDB
import Tracking

extension TrackingStore {
    /// Finds a task by its id ("1"), by directive and number ("239/UBND-NN.TN#1", "239#1"),
    /// or by its number alone when only one directive has it.
    public func resolveTask(_ query: String, in snapshot: TrackingSnapshot) throws(StoreError) -> DirectiveTask {
        let query = VietnameseText.normalized(query).trimmingCharacters(in: .whitespaces)
        let tasks = snapshot.directives.flatMap(\.tasks)
        if let task = tasks.first(where: { $0.id == query }) { return task }
        var candidates = tasks.filter { $0.number == query }
        if let hash = query.lastIndex(where: { $0 == "#" || $0 == ":" }) {
            let reference = VietnameseText.fold(query[..<hash]), number = String(query[query.index(after: hash)...])
            candidates = tasks.filter { task in
                task.number == number
                    && (VietnameseText.fold(task.directive.text) == reference || task.directive.number == reference)
            }
        }
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw .unknownTask(query, known: tasks.map { "\($0.id) (\($0.directive.text) #\($0.number))" })
        default: throw .ambiguousTask(query, candidates: candidates.map { "\($0.id) (\($0.directive.text) #\($0.number))" })
        }
    }

    /// Finds an agency among the task's assignees, by full name or folded prefix ("cong an").
    public func resolveAgency(_ query: String, for task: DirectiveTask, in snapshot: TrackingSnapshot) throws(StoreError) -> Agency {
        let assignees = task.assigneeIDs.compactMap(snapshot.agency)
        switch NameMatcher(assignees, names: { $0.searchNames }).match(query) {
        case .found(let agency):
            return agency
        case .ambiguous(let candidates):
            throw .ambiguousAgency(query, candidates: candidates.map(\.name))
        case .notFound:
            if case .found(let other) = NameMatcher(snapshot.agencies, names: { $0.searchNames }).match(query) {
                throw .notAssigned(agency: other.name, task: "\(task.directive.text) #\(task.number)")
            }
            throw .unknownAgency(query, known: assignees.map(\.name))
        }
    }

    /// Stores a report as the next revision for the agency on the task, with its audit entry,
    /// in one transaction. Concurrent submitters wait for each other; none is lost.
    /// - Parameter expectedRevision: the latest revision the submitter saw; when another
    ///   submission came in since, the submission is refused with ``StoreError/conflict`` instead
    ///   of silently stacking on it. Nil skips the check (the command line).
    @discardableResult
    public func submitReport(_ content: ReportContent, taskID: String, agencyID: String,
                             user: String, clock: VietnamClock, expectedRevision: Int? = nil) throws(StoreError) -> Report {
        let submittedAt = clock.timestamp(), submittedOn = clock.today()
        return try run {
            try pool.write { db in
                guard let task = Int64(taskID),
                      try Bool.fetchOne(db, sql: "SELECT 1 FROM assignment WHERE task_id = ? AND agency_id = ?",
                                        arguments: [task, agencyID]) == true
                else { throw StoreError.notAssigned(agency: agencyID, task: taskID) }
                let previous = try Int.fetchOne(db, sql: "SELECT max(revision) FROM report WHERE task_id = ? AND agency_id = ?",
                                                arguments: [task, agencyID]) ?? 0
                if let expectedRevision, expectedRevision != previous,
                   let latest = try Self.reports(db, taskID: task, agencyID: agencyID, revision: previous).first {
                    throw StoreError.conflict(revision: latest.revision, by: latest.submittedBy, at: latest.submittedAt)
                }
                let before = previous == 0 ? nil : try Self.reports(db, taskID: task, agencyID: agencyID).last.map(Self.auditJSON)
                let report = Report(taskID: taskID, agencyID: agencyID, revision: previous + 1, content: content,
                                    submittedAt: submittedAt, submittedOn: submittedOn, submittedBy: user)
                var arguments: StatementArguments = [task, agencyID, report.revision, content.reference, content.date.iso]
                arguments += StatementArguments(ReportSection.allCases.map { content[$0] })
                arguments += [submittedAt, submittedOn.iso, user]
                try db.execute(sql: """
                    INSERT INTO report (task_id, agency_id, revision, reference, report_date, \
                    \(ReportSection.allCases.map(\.rawValue).joined(separator: ", ")), submitted_at, submitted_on, submitted_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: arguments)
                let reportID = db.lastInsertedRowID
                for row in content.figures {
                    var figureArguments: StatementArguments = [reportID, row.areaID]
                    figureArguments += StatementArguments(AreaFigures.Field.allCases.map { row[$0] })
                    try db.execute(sql: """
                        INSERT INTO report_figure (report_id, area_id, \(AreaFigures.Field.allCases.map(\.rawValue).joined(separator: ", ")))
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: figureArguments)
                }
                try AuditTrail.record(db, at: submittedAt, user: user, action: "report.submit",
                                      subject: "task \(taskID) / \(agencyID) / revision \(report.revision)",
                                      before: before, after: Self.auditJSON(report))
                return report
            }
        }
    }

    /// Every revision of the agency's report on the task, oldest first.
    public func reports(taskID: String, agencyID: String) throws(StoreError) -> [Report] {
        guard let task = Int64(taskID) else { return [] }
        return try run { try pool.read { try Self.reports($0, taskID: task, agencyID: agencyID) } }
    }

    /// - Parameter revision: only that revision, when given.
    static func reports(_ db: Database, taskID: Int64, agencyID: String, revision: Int? = nil) throws -> [Report] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM report WHERE task_id = ? AND agency_id = ? AND (? IS NULL OR revision = ?) ORDER BY revision
            """, arguments: [taskID, agencyID, revision, revision]).map { row in
            let reportID: Int64 = row["id"]
            let figures = try Row.fetchAll(db, sql: """
                SELECT f.* FROM report_figure f JOIN area a ON a.id = f.area_id WHERE report_id = ? ORDER BY a.position
                """, arguments: [reportID]).map { figureRow in
                var figures = AreaFigures(areaID: figureRow["area_id"])
                for field in AreaFigures.Field.allCases { figures[field] = figureRow[field.rawValue] }
                return figures
            }
            var sections: [ReportSection: String] = [:]
            for section in ReportSection.allCases { sections[section] = row[section.rawValue] }
            let content = ReportContent(reference: row["reference"], date: SnapshotReader.date(row["report_date"])!,
                                        sections: sections, figures: figures)
            return Report(taskID: String(taskID), agencyID: row["agency_id"], revision: row["revision"], content: content,
                          submittedAt: row["submitted_at"], submittedOn: SnapshotReader.date(row["submitted_on"])!,
                          submittedBy: row["submitted_by"])
        }
    }

    private static func auditJSON(_ report: Report) -> JSONValue {
        .orderedObject([("revision", .integer(report.revision))] + report.content.jsonObject)
    }
}
