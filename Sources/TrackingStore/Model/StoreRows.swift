/// A value of a stored row as both engines hold it: the schema has only integers (booleans are
/// 0 and 1 in SQLite), text and NULL.
public enum StoreValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case text(String)
}

/// A chunk of one table's rows, for copying a store whole from one engine to another
/// (`theodoi migrate`): the column names, then the rows in that order.
public struct StoreRows: Sendable, Equatable {
    public var table: String
    public var columns: [String]
    public var rows: [[StoreValue]]

    public init(table: String, columns: [String], rows: [[StoreValue]]) {
        self.table = table
        self.columns = columns
        self.rows = rows
    }
}

/// The tables a store copy carries, parents before children (foreign keys hold at every
/// step), and the key each is read in order of. The migrations' own bookkeeping (GRDB's
/// `grdb_migrations`, PostgreSQL's `schema_migrations`) is not copied: both ends must already be
/// at the same schema version (``TrackingStore/schemaVersion()``).
public enum StoreTables {
    public static let copyOrder: [(table: String, key: String)] = [
        ("agency", "id"),
        ("agency_succession", "predecessor_id, successor_id, effective_on"),
        ("area", "id"),
        ("document", "id"),
        ("document_citation", "document_id, position"),
        ("document_addressee", "document_id, position"),
        ("document_recipient", "document_id, position"),
        ("directive_area", "document_id, area_id"),
        ("task", "id"),
        ("task_consolidation", "task_id, source_task_id"),
        ("assignment", "task_id, agency_id"),
        ("deadline_decision", "id"),
        ("report", "id"),
        ("report_figure", "report_id, area_id"),
        ("draft", "\"user\", task_id, agency_id"),
        ("reminder", "id"),
        ("reminder_assignment", "reminder_id, task_id, agency_id"),
        ("audit", "id"),
    ]

    /// The tables whose `id` is generated: the target's sequences continue after the copied ids.
    public static let generatedIDs = ["document", "task", "deadline_decision", "report", "reminder", "audit"]
}
