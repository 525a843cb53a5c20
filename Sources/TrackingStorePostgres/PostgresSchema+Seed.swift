import Tracking
import TrackingStore

/// Migration `v1-seed-dispatch-239` on PostgreSQL: the same rows, in the same order, as SQLite's
/// `Seeder.seedDispatch239`, written from the public data of ``Dispatch239`` — so that a fresh
/// store holds the same content on either engine (a test compares them table by table).
extension PostgresSchema {
    static func seedDispatch239(_ session: PostgresSession, user: String, time: String) throws(PostgresStoreError) {
        try insert(document: Dispatch239.partyDirective, isDirective: false, session)
        try insert(document: Dispatch239.provincialDirective, isDirective: false, session)
        for (position, agency) in (Dispatch239.addressees + Dispatch239.otherAgencies).enumerated() {
            try session.execute("INSERT INTO agency (id, name, short_name, kind, position) VALUES ($1, $2, $3, $4, $5)",
                                [.text(agency.id), .text(agency.name), .text(agency.shortName), .text(agency.kind.rawValue),
                                 PostgresValue(position)])
        }
        for succession in Dispatch239.successions {
            for successor in succession.successorIDs {
                try session.execute("""
                    INSERT INTO agency_succession (predecessor_id, successor_id, effective_on, note) VALUES ($1, $2, $3, $4)
                    """, [.text(succession.predecessorID), .text(successor), .text(succession.effective.iso), .text(succession.note)])
            }
        }
        for (position, area) in Dispatch239.areas.enumerated() {
            try session.execute("""
                INSERT INTO area (id, name, locality, district, industry, government_id, position) VALUES ($1, $2, $3, $4, $5, $6, $7)
                """, [.text(area.id), .text(area.name), .text(area.locality), .text(area.district), .text(area.industry),
                      PostgresValue(area.governmentID), PostgresValue(position)])
        }
        let documentID = try insert(document: Dispatch239.directive, isDirective: true, session)
        let task1 = try insert(task: Dispatch239.task1, documentID: documentID, session)
        let task2 = try insert(task: Dispatch239.task2, documentID: documentID, session)
        try session.execute("INSERT INTO task_consolidation (task_id, source_task_id) VALUES ($1, $2)", [.integer(task2), .integer(task1)])
        let after = JSONValue.orderedObject([
            ("tasks", .integer(2)),
            ("assignments", .integer(Dispatch239.task1.assigneeIDs.count + Dispatch239.task2.assigneeIDs.count)),
        ])
        try session.execute("""
            INSERT INTO audit (at, "user", action, subject, before, after) VALUES ($1, $2, 'seed', $3, NULL, $4)
            """, [.text(time), .text(user), .text(Dispatch239.reference.text), .text(after.rendered())])
    }

    @discardableResult
    private static func insert(document: Document, isDirective: Bool, _ session: PostgresSession) throws(PostgresStoreError) -> Int64 {
        let id = try session.scalar("""
            INSERT INTO document (reference, number, symbol, grammar, kind, issuer, place, issued_on, subject,
                                  signer_authority, signer_title, signer_name, is_directive)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            RETURNING id
            """, [
                .text(document.reference.text), .text(document.reference.number), .text(document.reference.symbol),
                .text(document.reference.grammar.rawValue), .text(document.kind), .text(document.issuer),
                PostgresValue(document.place), PostgresValue(document.date?.iso), PostgresValue(document.subject),
                PostgresValue(document.signer?.authority), PostgresValue(document.signer?.title),
                PostgresValue(document.signer?.name), .boolean(isDirective),
            ])
        guard case .integer(let documentID) = id else {
            throw .other(server: session.location.server, message: "no id returned for document \(document.reference.text)")
        }
        for (position, citation) in document.followsUp.enumerated() {
            try session.execute("INSERT INTO document_citation (document_id, position, reference, cited_on) VALUES ($1, $2, $3, $4)",
                                [.integer(documentID), PostgresValue(position), .text(citation.reference.text),
                                 PostgresValue(citation.date?.iso)])
        }
        for (position, name) in document.addressees.enumerated() {
            try session.execute("INSERT INTO document_addressee (document_id, position, name) VALUES ($1, $2, $3)",
                                [.integer(documentID), PostgresValue(position), .text(name)])
        }
        for (position, text) in document.recipients.enumerated() {
            try session.execute("INSERT INTO document_recipient (document_id, position, text) VALUES ($1, $2, $3)",
                                [.integer(documentID), PostgresValue(position), .text(text)])
        }
        return documentID
    }

    private static func insert(task: DirectiveTask, documentID: Int64, _ session: PostgresSession) throws(PostgresStoreError) -> Int64 {
        let id = try session.scalar("""
            INSERT INTO task (document_id, number, text, deadline_raw, deadline_anchor, deadline_qualifier,
                              deadline_day_of_month, report_to, copy_to)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            RETURNING id
            """, [
                .integer(documentID), .text(task.number), .text(task.text), .text(task.deadline.raw),
                PostgresValue(task.deadline.anchor?.iso), .text(task.deadline.qualifier.rawValue),
                PostgresValue(task.deadline.dayOfMonth),
                .text(JSONValue.array(task.reportTo.map(JSONValue.string)).rendered()),
                .text(JSONValue.array(task.copyTo.map(JSONValue.string)).rendered()),
            ])
        guard case .integer(let taskID) = id else {
            throw .other(server: session.location.server, message: "no id returned for task \(task.number)")
        }
        for (position, agencyID) in task.assigneeIDs.enumerated() {
            try session.execute("INSERT INTO assignment (task_id, agency_id, position) VALUES ($1, $2, $3)",
                                [.integer(taskID), .text(agencyID), PostgresValue(position)])
        }
        return taskID
    }
}
