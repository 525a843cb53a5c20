import Tracking

/// Inserts documents, agencies, areas and tasks inside the caller's transaction: SQLite's
/// `Seeder`, for what imports and `area add` write and for the seed of dispatch 239
/// (`PostgresSchema.seedDispatch239`, a migration). The same columns, in the same order; ids come
/// back through `RETURNING id`.
struct PostgresWriteSeeder {
    let session: PostgresSession

    /// Inserts a document with its citations, addressees and recipients; returns its id.
    /// - Throws: ``PostgresWriteRefusal`` (23505) when its reference is already stored.
    func insert(document: Document, isDirective: Bool) throws -> Int64 {
        let inserted = try session.execute("""
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
            ], refusing: [PostgresWriteRefusal.uniqueViolation])
        guard case .integer(let id) = inserted.first else {
            throw PostgresStoreError.other(server: session.location.server, message: "no id returned for document \(document.reference.text)")
        }
        for (position, citation) in document.followsUp.enumerated() {
            try session.execute("INSERT INTO document_citation (document_id, position, reference, cited_on) VALUES ($1, $2, $3, $4)",
                                [.integer(id), PostgresValue(position), .text(citation.reference.text), PostgresValue(citation.date?.iso)])
        }
        for (position, name) in document.addressees.enumerated() {
            try session.execute("INSERT INTO document_addressee (document_id, position, name) VALUES ($1, $2, $3)",
                                [.integer(id), PostgresValue(position), .text(name)])
        }
        for (position, text) in document.recipients.enumerated() {
            try session.execute("INSERT INTO document_recipient (document_id, position, text) VALUES ($1, $2, $3)",
                                [.integer(id), PostgresValue(position), .text(text)])
        }
        return id
    }

    func insert(agency: Agency, position: Int) throws {
        try session.execute("INSERT INTO agency (id, name, short_name, kind, position) VALUES ($1, $2, $3, $4, $5)",
                            [.text(agency.id), .text(agency.name), .text(agency.shortName), .text(agency.kind.rawValue),
                             PostgresValue(position)])
    }

    /// - Throws: ``PostgresWriteRefusal`` (23505) when its id or name is taken.
    func insert(area: Area, position: Int) throws {
        try session.execute("""
            INSERT INTO area (id, name, locality, district, industry, government_id, position) VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, [.text(area.id), .text(area.name), .text(area.locality), .text(area.district), .text(area.industry),
                  PostgresValue(area.governmentID), PostgresValue(position)],
            refusing: [PostgresWriteRefusal.uniqueViolation])
    }

    /// Inserts a task and its assignments (every one a lead: the caller marks the cooperating
    /// ones); returns the task's new id.
    func insert(task: DirectiveTask, documentID: Int64) throws -> Int64 {
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
            throw PostgresStoreError.other(server: session.location.server, message: "no id returned for task \(task.number)")
        }
        for (position, agencyID) in task.assigneeIDs.enumerated() {
            try session.execute("INSERT INTO assignment (task_id, agency_id, position) VALUES ($1, $2, $3)",
                                [.integer(taskID), .text(agencyID), PostgresValue(position)])
        }
        return taskID
    }
}
