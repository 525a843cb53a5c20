import GRDB
import Tracking

/// Writes documents, agencies, areas and tasks into the database: the embedded dispatch-239
/// data at creation, and (later) directives imported from text. Runs inside the caller's
/// transaction, with its audit entries.
struct Seeder {
    let db: Database
    let user: String
    let time: String

    func seedDispatch239() throws {
        try insert(document: Dispatch239.partyDirective, isDirective: false)
        try insert(document: Dispatch239.provincialDirective, isDirective: false)
        for (position, agency) in (Dispatch239.addressees + Dispatch239.otherAgencies).enumerated() {
            try insert(agency: agency, position: position)
        }
        for succession in Dispatch239.successions {
            try insert(succession: succession)
        }
        for (position, area) in Dispatch239.areas.enumerated() {
            try insert(area: area, position: position)
        }
        let documentID = try insert(document: Dispatch239.directive, isDirective: true)
        let task1 = try insert(task: Dispatch239.task1, documentID: documentID)
        let task2 = try insert(task: Dispatch239.task2, documentID: documentID)
        try db.execute(sql: "INSERT INTO task_consolidation (task_id, source_task_id) VALUES (?, ?)", arguments: [task2, task1])
        try AuditTrail.record(db, at: time, user: user, action: "seed", subject: Dispatch239.reference.text,
                              before: nil, after: .orderedObject([
                                  ("tasks", .integer(2)),
                                  ("assignments", .integer(Dispatch239.task1.assigneeIDs.count + Dispatch239.task2.assigneeIDs.count)),
                              ]))
    }

    @discardableResult
    func insert(document: Document, isDirective: Bool) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO document (reference, number, symbol, grammar, kind, issuer, place, issued_on, subject,
                                  signer_authority, signer_title, signer_name, is_directive)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                document.reference.text, document.reference.number, document.reference.symbol,
                document.reference.grammar.rawValue, document.kind, document.issuer, document.place,
                document.date?.iso, document.subject, document.signer?.authority, document.signer?.title,
                document.signer?.name, isDirective,
            ])
        let id = db.lastInsertedRowID
        for (position, citation) in document.followsUp.enumerated() {
            try db.execute(sql: "INSERT INTO document_citation (document_id, position, reference, cited_on) VALUES (?, ?, ?, ?)",
                           arguments: [id, position, citation.reference.text, citation.date?.iso])
        }
        for (position, name) in document.addressees.enumerated() {
            try db.execute(sql: "INSERT INTO document_addressee (document_id, position, name) VALUES (?, ?, ?)",
                           arguments: [id, position, name])
        }
        for (position, text) in document.recipients.enumerated() {
            try db.execute(sql: "INSERT INTO document_recipient (document_id, position, text) VALUES (?, ?, ?)",
                           arguments: [id, position, text])
        }
        return id
    }

    func insert(agency: Agency, position: Int) throws {
        try db.execute(sql: "INSERT INTO agency (id, name, short_name, kind, position) VALUES (?, ?, ?, ?, ?)",
                       arguments: [agency.id, agency.name, agency.shortName, agency.kind.rawValue, position])
    }

    func insert(succession: Succession) throws {
        for successor in succession.successorIDs {
            try db.execute(sql: "INSERT INTO agency_succession (predecessor_id, successor_id, effective_on, note) VALUES (?, ?, ?, ?)",
                           arguments: [succession.predecessorID, successor, succession.effective.iso, succession.note])
        }
    }

    func insert(area: Area, position: Int) throws {
        try db.execute(sql: """
            INSERT INTO area (id, name, locality, district, industry, government_id, position) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [area.id, area.name, area.locality, area.district, area.industry, area.governmentID, position])
    }

    /// Inserts a task and its assignments; returns the task's new id.
    func insert(task: DirectiveTask, documentID: Int64) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO task (document_id, number, text, deadline_raw, deadline_anchor, deadline_qualifier,
                              deadline_day_of_month, report_to, copy_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                documentID, task.number, task.text, task.deadline.raw, task.deadline.anchor?.iso,
                task.deadline.qualifier.rawValue, task.deadline.dayOfMonth,
                JSONValue.array(task.reportTo.map(JSONValue.string)).rendered(),
                JSONValue.array(task.copyTo.map(JSONValue.string)).rendered(),
            ])
        let id = db.lastInsertedRowID
        for (position, agencyID) in task.assigneeIDs.enumerated() {
            try db.execute(sql: "INSERT INTO assignment (task_id, agency_id, position) VALUES (?, ?, ?)",
                           arguments: [id, agencyID, position])
        }
        return id
    }
}
