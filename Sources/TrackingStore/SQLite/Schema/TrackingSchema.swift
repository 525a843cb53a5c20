import GRDB
import Tracking

/// The database schema, as named migrations that are never edited once shipped: a change is a
/// new migration appended at the end.
enum TrackingSchema {
    /// `PRAGMA application_id` of a theodoi database ("TDOI"), which tells our file from
    /// another program's SQLite database.
    static let applicationID: Int32 = 0x5444_4F49

    static func migrator(seedUser: String, seedTime: String) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try createTables(db)
        }
        migrator.registerMigration("v1-seed-dispatch-239") { db in
            try Seeder(db: db, user: seedUser, time: seedTime).seedDispatch239()
        }
        migrator.registerMigration("v2-drafts") { db in
            // A half-typed report, per Unix user, agency and task: saved while typing and on a
            // hang-up, so that a dropped SSH session loses nothing.
            try db.create(table: "draft") { t in
                t.column("user", .text).notNull()
                t.column("task_id", .integer).notNull()
                t.column("agency_id", .text).notNull()
                t.column("payload", .text).notNull()        // the form's fields as typed, JSON
                t.column("base_revision", .integer).notNull() // the revision the form started from
                t.column("updated_at", .text).notNull()
                t.primaryKey(["user", "task_id", "agency_id"])
                t.foreignKey(["task_id", "agency_id"], references: "assignment", onDelete: .cascade)
            }
        }
        migrator.registerMigration("v3-assignment-summaries-and-indexes") { db in
            try addAssignmentSummaries(db)
        }
        migrator.registerMigration("v4-report-days-index") { db in
            // The day each revision came in, by assignment, without reading the report's text:
            // the status of a monthly task depends on every period's report, and the list of
            // directives counts them on its first paint (an index-only scan).
            try db.create(index: "report_days", on: "report", columns: ["task_id", "agency_id", "submitted_on"])
        }
        migrator.registerMigration("v5-directive-areas") { db in
            try linkAreasToDirectives(db)
        }
        migrator.registerMigration("v6-reminders") { db in
            try addReminders(db)
        }
        migrator.registerMigration("v7-assignment-roles") { db in
            try addAssignmentRoles(db)
        }
        migrator.registerMigration("v8-reported-by") { db in
            try addReportedBy(db)
        }
        return migrator
    }

    /// Successors report on their predecessors' assignments (issue 11 item 4): a report keeps
    /// the assignment it answers and names the successor that sent it (NULL: the assigned agency
    /// itself, as every report stored before). The assignment's summary keeps who sent the first
    /// report — the one that counts — so that a board says "bởi Sở NN&MT" without reading reports.
    private static func addReportedBy(_ db: Database) throws {
        try db.alter(table: "report") { t in
            t.add(column: "reported_by", .text).references("agency")
        }
        try db.alter(table: "assignment") { t in
            t.add(column: "first_reported_by", .text)
        }
    }

    /// Lead ("chủ trì") and cooperating ("phối hợp") agencies (issue 11 item 3): a role on each
    /// assignment. Every assignment stored before is a lead — dispatch 239 gives task 1 to each
    /// addressee for itself and task 2 to Sở TN&MT — so the column defaults to 'lead'. The
    /// list of directives counts leads only, so its covering index gains the role (the old one
    /// is dropped: the new one serves every query it served).
    private static func addAssignmentRoles(_ db: Database) throws {
        try db.alter(table: "assignment") { t in
            t.add(column: "role", .text).notNull().defaults(to: AssignmentRole.lead.rawValue)
                .check { [AssignmentRole.lead.rawValue, AssignmentRole.cooperating.rawValue].contains($0) }
        }
        try db.drop(index: "assignment_first_submitted")
        try db.create(index: "assignment_role_first_submitted", on: "assignment", columns: ["task_id", "role", "first_submitted_on"])
    }

    /// Reminder dispatches (công văn đôn đốc, issue 11 item 2): one row per dispatch, its
    /// reference unique (recording one twice is refused), and one row per assignment it chased.
    /// The date it asked for is not an extension: deadlines stay in `deadline_decision`.
    private static func addReminders(_ db: Database) throws {
        try db.create(table: "reminder") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("reference", .text).notNull().unique()
            t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
            t.column("task_id", .integer).references("task", onDelete: .cascade)   // NULL: every late task
            t.column("sent_on", .text).notNull()
            t.column("asked_by", .text)
            t.column("recorded_at", .text).notNull()
            t.column("recorded_by", .text).notNull()
        }
        try db.create(table: "reminder_assignment") { t in
            t.column("reminder_id", .integer).notNull().references("reminder", onDelete: .cascade)
            t.column("task_id", .integer).notNull()
            t.column("agency_id", .text).notNull()
            t.primaryKey(["reminder_id", "task_id", "agency_id"])
            t.foreignKey(["task_id", "agency_id"], references: "assignment", onDelete: .cascade)
        }
        // A board's (or an agency's ledger's) reminders, by assignment.
        try db.create(index: "reminder_assignment_by_assignment", on: "reminder_assignment", columns: ["task_id", "agency_id"])
    }

    /// Areas belong to directives (issue "many directives", item 3): a board shows the area
    /// panels of its own directive's areas, a report's figures are for those areas. Existing
    /// stores keep what they show: 239 links to its three areas, and every directive to the
    /// areas its reports already gave figures for.
    private static func linkAreasToDirectives(_ db: Database) throws {
        try db.create(table: "directive_area") { t in
            t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
            t.column("area_id", .text).notNull().references("area")
            t.primaryKey(["document_id", "area_id"])
        }
        try db.create(index: "directive_area_by_area", on: "directive_area", columns: ["area_id"])
        try db.execute(sql: """
            INSERT OR IGNORE INTO directive_area (document_id, area_id)
            SELECT DISTINCT t.document_id, f.area_id
            FROM report_figure f JOIN report r ON r.id = f.report_id JOIN task t ON t.id = r.task_id
            """)
        for area in Dispatch239.areas {
            try db.execute(sql: """
                INSERT OR IGNORE INTO directive_area (document_id, area_id)
                SELECT d.id, a.id FROM document d, area a WHERE d.reference = ? AND a.id = ?
                """, arguments: [Dispatch239.reference.text, area.id])
        }
    }

    /// What every screen asks of an assignment — its first and latest submission — kept on the
    /// assignment row itself, in the same transaction as each report (``ReportWriter``), so that
    /// a board of 10⁵ assignments is one indexed scan instead of five sub-queries per row; and the
    /// indexes the per-view queries use (an agency's ledger, a task's decisions, directives by date).
    ///
    /// The columns hold the truth of the latest write. A reading "as of" an earlier day (`--today`
    /// in the past) uses them only where they are not later than that day; see ``SnapshotReader``.
    private static func addAssignmentSummaries(_ db: Database) throws {
        try db.alter(table: "assignment") { t in
            t.add(column: "first_submitted_on", .text)   // the first revision's Vietnam date
            t.add(column: "first_submitted_at", .text)
            t.add(column: "latest_revision", .integer).notNull().defaults(to: 0)
            t.add(column: "latest_submitted_on", .text)
            t.add(column: "latest_submitted_at", .text)
        }
        try db.execute(sql: """
            UPDATE assignment SET
              first_submitted_on = (SELECT submitted_on FROM report r WHERE r.task_id = assignment.task_id
                                    AND r.agency_id = assignment.agency_id ORDER BY revision LIMIT 1),
              first_submitted_at = (SELECT submitted_at FROM report r WHERE r.task_id = assignment.task_id
                                    AND r.agency_id = assignment.agency_id ORDER BY revision LIMIT 1),
              latest_revision = coalesce((SELECT max(revision) FROM report r WHERE r.task_id = assignment.task_id
                                          AND r.agency_id = assignment.agency_id), 0),
              latest_submitted_on = (SELECT submitted_on FROM report r WHERE r.task_id = assignment.task_id
                                     AND r.agency_id = assignment.agency_id ORDER BY revision DESC LIMIT 1),
              latest_submitted_at = (SELECT submitted_at FROM report r WHERE r.task_id = assignment.task_id
                                     AND r.agency_id = assignment.agency_id ORDER BY revision DESC LIMIT 1)
            """)
        // The audit trail doubles as the change log: which directive each change touched.
        try db.alter(table: "audit") { t in
            t.add(column: "document_id", .integer)
        }
        try db.create(index: "assignment_by_task_position", on: "assignment", columns: ["task_id", "position"])
        try db.create(index: "assignment_by_agency", on: "assignment", columns: ["agency_id", "task_id"])
        // Covers the list of directives' counts per task (assigned, reported by a day).
        try db.create(index: "assignment_first_submitted", on: "assignment", columns: ["task_id", "first_submitted_on"])
        try db.create(index: "deadline_decision_by_assignment", on: "deadline_decision", columns: ["task_id", "agency_id", "decided_on"])
        try db.create(index: "document_directive_by_date", on: "document", columns: ["is_directive", "issued_on", "id"])
        try db.create(index: "task_by_number", on: "task", columns: ["number"])
        try db.create(index: "report_figure_by_area", on: "report_figure", columns: ["area_id"])
        try db.create(index: "report_by_agency", on: "report", columns: ["agency_id", "task_id", "revision"])
        try db.create(index: "draft_by_assignment", on: "draft", columns: ["task_id", "agency_id"])
    }

    private static func createTables(_ db: Database) throws {
        try db.create(table: "document") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("reference", .text).notNull().unique()
            t.column("number", .text).notNull()
            t.column("symbol", .text).notNull()
            t.column("grammar", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("issuer", .text).notNull()
            t.column("place", .text)
            t.column("issued_on", .text)
            t.column("subject", .text)
            t.column("signer_authority", .text)
            t.column("signer_title", .text)
            t.column("signer_name", .text)
            /// True for a directive whose tasks are followed up (not just a cited document).
            t.column("is_directive", .boolean).notNull().defaults(to: false)
        }
        try db.create(table: "document_citation") { t in
            t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("reference", .text).notNull()
            t.column("cited_on", .text)
            t.primaryKey(["document_id", "position"])
        }
        try db.create(table: "document_addressee") { t in
            t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("name", .text).notNull()
            t.primaryKey(["document_id", "position"])
        }
        try db.create(table: "document_recipient") { t in
            t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("text", .text).notNull()
            t.primaryKey(["document_id", "position"])
        }
        try db.create(table: "agency") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull().unique()
            t.column("short_name", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("position", .integer).notNull()
        }
        try db.create(table: "agency_succession") { t in
            t.column("predecessor_id", .text).notNull().references("agency")
            t.column("successor_id", .text).notNull().references("agency")
            t.column("effective_on", .text).notNull()
            t.column("note", .text).notNull()
            t.primaryKey(["predecessor_id", "successor_id", "effective_on"])
        }
        try db.create(table: "area") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull().unique()
            t.column("locality", .text).notNull()
            t.column("district", .text).notNull()
            t.column("industry", .text).notNull()
            t.column("government_id", .text).references("agency")
            t.column("position", .integer).notNull()
        }
        try db.create(table: "task") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("document_id", .integer).notNull().references("document", onDelete: .cascade)
            t.column("number", .text).notNull()
            t.column("text", .text).notNull()
            t.column("deadline_raw", .text).notNull()
            t.column("deadline_anchor", .text)
            t.column("deadline_qualifier", .text).notNull()
            t.column("deadline_day_of_month", .integer)
            t.column("report_to", .text).notNull()   // JSON array of names
            t.column("copy_to", .text).notNull()     // JSON array of names
            t.uniqueKey(["document_id", "number"])
        }
        try db.create(table: "task_consolidation") { t in
            t.column("task_id", .integer).notNull().references("task", onDelete: .cascade)
            t.column("source_task_id", .integer).notNull().references("task", onDelete: .cascade)
            t.primaryKey(["task_id", "source_task_id"])
        }
        try db.create(table: "assignment") { t in
            t.column("task_id", .integer).notNull().references("task", onDelete: .cascade)
            t.column("agency_id", .text).notNull().references("agency")
            t.column("position", .integer).notNull()
            t.primaryKey(["task_id", "agency_id"])
        }
        try db.create(table: "deadline_decision") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("task_id", .integer).notNull()
            t.column("agency_id", .text).notNull()
            t.column("kind", .text).notNull()            // "extension" or "withdrawal"
            t.column("extended_to", .text)
            t.column("decided_on", .text).notNull()
            t.column("reference", .text)
            t.column("note", .text).notNull()
            t.foreignKey(["task_id", "agency_id"], references: "assignment", onDelete: .cascade)
        }
        try db.create(table: "report") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("task_id", .integer).notNull()
            t.column("agency_id", .text).notNull()
            t.column("revision", .integer).notNull()
            t.column("reference", .text).notNull()
            t.column("report_date", .text).notNull()
            for section in ReportSection.allCases {
                t.column(section.rawValue, .text).notNull()
            }
            t.column("submitted_at", .text).notNull()
            t.column("submitted_on", .text).notNull()
            t.column("submitted_by", .text).notNull()
            t.uniqueKey(["task_id", "agency_id", "revision"])
            t.foreignKey(["task_id", "agency_id"], references: "assignment", onDelete: .restrict)
        }
        try db.create(table: "report_figure") { t in
            t.column("report_id", .integer).notNull().references("report", onDelete: .cascade)
            t.column("area_id", .text).notNull().references("area")
            for field in AreaFigures.Field.allCases {
                t.column(field.rawValue, .integer).check { $0 == nil || $0 >= 0 }
            }
            t.primaryKey(["report_id", "area_id"])
        }
        try db.create(table: "audit") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .text).notNull()
            t.column("user", .text).notNull()
            t.column("action", .text).notNull()
            t.column("subject", .text).notNull()
            t.column("before", .text)   // JSON, or NULL for a creation
            t.column("after", .text)    // JSON, or NULL for a deletion
        }
    }
}
