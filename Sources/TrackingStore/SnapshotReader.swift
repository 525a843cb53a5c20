import Foundation
import GRDB
import Tracking

/// Reads a ``TrackingSnapshot`` out of the database, in one read transaction.
enum SnapshotReader {
    /// - Parameter asOf: reports submitted after this day are left out, so that a fixed
    ///   `--today` in the past shows the follow-up as it stood on that day.
    static func read(_ db: Database, asOf today: CalendarDate) throws -> TrackingSnapshot {
        let agencies = try Row.fetchAll(db, sql: "SELECT * FROM agency ORDER BY position").map { row in
            Agency(id: row["id"], name: row["name"], shortName: row["short_name"],
                   kind: Agency.Kind(rawValue: row["kind"]) ?? .department)
        }
        let areas = try Row.fetchAll(db, sql: "SELECT * FROM area ORDER BY position").map { row in
            Area(id: row["id"], name: row["name"], locality: row["locality"], district: row["district"],
                 industry: row["industry"], governmentID: row["government_id"])
        }
        let successionRows = try Row.fetchAll(db, sql: "SELECT * FROM agency_succession ORDER BY effective_on, predecessor_id, rowid")
        var successions: [Succession] = []
        for row in successionRows {
            let predecessor: String = row["predecessor_id"], effective = date(row["effective_on"])!
            if let index = successions.firstIndex(where: { $0.predecessorID == predecessor && $0.effective == effective }) {
                successions[index].successorIDs.append(row["successor_id"])
            } else {
                successions.append(Succession(predecessorID: predecessor, successorIDs: [row["successor_id"]],
                                              effective: effective, note: row["note"]))
            }
        }
        let directives = try Row.fetchAll(db, sql: "SELECT * FROM document WHERE is_directive ORDER BY issued_on, id").map { row in
            let documentID: Int64 = row["id"]
            let document = try self.document(db, row: row)
            let tasks = try Row.fetchAll(db, sql: "SELECT * FROM task WHERE document_id = ? ORDER BY id", arguments: [documentID])
                .map { try task(db, row: $0, directive: document.reference) }
            return Directive(document: document, tasks: tasks)
        }
        let assignments = try Row.fetchAll(db, sql: """
            SELECT a.task_id, a.agency_id,
                   (SELECT submitted_on FROM report r WHERE r.task_id = a.task_id AND r.agency_id = a.agency_id
                      AND r.submitted_on <= :today ORDER BY revision LIMIT 1) AS first_submitted_on,
                   (SELECT submitted_at FROM report r WHERE r.task_id = a.task_id AND r.agency_id = a.agency_id
                      AND r.submitted_on <= :today ORDER BY revision LIMIT 1) AS first_submitted_at,
                   (SELECT revision FROM report r WHERE r.task_id = a.task_id AND r.agency_id = a.agency_id
                      AND r.submitted_on <= :today ORDER BY revision DESC LIMIT 1) AS latest_revision,
                   (SELECT submitted_at FROM report r WHERE r.task_id = a.task_id AND r.agency_id = a.agency_id
                      AND r.submitted_on <= :today ORDER BY revision DESC LIMIT 1) AS latest_submitted_at
            FROM assignment a ORDER BY a.task_id, a.position
            """, arguments: ["today": today.iso]).map { row in
                let taskID: Int64 = row["task_id"], agencyID: String = row["agency_id"]
                return Assignment(
                    taskID: String(taskID), agencyID: agencyID,
                    firstSubmittedOn: date(row["first_submitted_on"]),
                    firstSubmittedAt: row["first_submitted_at"],
                    latestRevision: row["latest_revision"] ?? 0,
                    latestSubmittedAt: row["latest_submitted_at"],
                    decisions: try decisions(db, taskID: taskID, agencyID: agencyID, asOf: today),
                    submissionDays: try String.fetchAll(db, sql: """
                        SELECT submitted_on FROM report WHERE task_id = ? AND agency_id = ? AND submitted_on <= ? ORDER BY revision
                        """, arguments: [taskID, agencyID, today.iso]).compactMap { CalendarDate(iso: $0) })
            }
        let latestReports = try assignments.filter { $0.latestRevision > 0 }.compactMap { assignment in
            try TrackingStore.reports(db, taskID: Int64(assignment.taskID)!, agencyID: assignment.agencyID,
                                      revision: assignment.latestRevision).first
        }
        return TrackingSnapshot(directives: directives, agencies: agencies, areas: areas,
                                assignments: assignments, successions: successions, latestReports: latestReports)
    }

    static func document(_ db: Database, row: Row) throws -> Document {
        let id: Int64 = row["id"]
        let citations = try Row.fetchAll(db, sql: "SELECT * FROM document_citation WHERE document_id = ? ORDER BY position", arguments: [id])
            .compactMap { row in
                DocumentReference(row["reference"]).map { Citation(reference: $0, date: date(row["cited_on"])) }
            }
        let addressees = try String.fetchAll(db, sql: "SELECT name FROM document_addressee WHERE document_id = ? ORDER BY position", arguments: [id])
        let recipients = try String.fetchAll(db, sql: "SELECT text FROM document_recipient WHERE document_id = ? ORDER BY position", arguments: [id])
        let signerParts: [String?] = [row["signer_authority"], row["signer_title"], row["signer_name"]]
        let signer = signerParts.allSatisfy { $0 == nil } ? nil
            : Signer(authority: signerParts[0], title: signerParts[1], name: signerParts[2])
        return Document(
            reference: DocumentReference(row["reference"]) ?? Dispatch239.reference, kind: row["kind"],
            issuer: row["issuer"], place: row["place"], date: date(row["issued_on"]), subject: row["subject"],
            signer: signer, followsUp: citations, addressees: addressees, recipients: recipients)
    }

    static func task(_ db: Database, row: Row, directive: DocumentReference) throws -> DirectiveTask {
        let id: Int64 = row["id"]
        let assignees = try String.fetchAll(db, sql: "SELECT agency_id FROM assignment WHERE task_id = ? ORDER BY position", arguments: [id])
        let consolidates = try Int64.fetchAll(db, sql: "SELECT source_task_id FROM task_consolidation WHERE task_id = ? ORDER BY source_task_id", arguments: [id])
        let deadline = Deadline(
            raw: row["deadline_raw"], anchor: date(row["deadline_anchor"]),
            qualifier: Deadline.Qualifier(rawValue: row["deadline_qualifier"]) ?? .none,
            dayOfMonth: row["deadline_day_of_month"])
        return DirectiveTask(
            id: String(id), directive: directive, number: row["number"], text: row["text"], deadline: deadline,
            assigneeIDs: assignees, reportTo: stringArray(row["report_to"]), copyTo: stringArray(row["copy_to"]),
            consolidates: consolidates.map(String.init))
    }

    static func decisions(_ db: Database, taskID: Int64, agencyID: String, asOf today: CalendarDate) throws -> [DeadlineDecision] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM deadline_decision WHERE task_id = ? AND agency_id = ? AND decided_on <= ? ORDER BY decided_on, id
            """, arguments: [taskID, agencyID, today.iso]).compactMap { row in
            let kind: DeadlineDecision.Kind
            switch row["kind"] as String {
            case "extension":
                guard let to = date(row["extended_to"]) else { return nil }
                kind = .extended(to: to)
            case "withdrawal": kind = .withdrawal
            default: return nil
            }
            return DeadlineDecision(kind: kind, decidedOn: date(row["decided_on"]) ?? today,
                                    reference: row["reference"], note: row["note"])
        }
    }

    static func date(_ text: String?) -> CalendarDate? {
        text.flatMap { CalendarDate(iso: $0) }
    }

    private static func stringArray(_ json: String) -> [String] {
        guard let data = json.data(using: .utf8),
              case .array(let items)? = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }
}
