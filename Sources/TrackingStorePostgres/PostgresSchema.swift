import Tracking
import TrackingStore

/// The store's schema on PostgreSQL: the migrations of `TrackingSchema` (SQLite), under the same
/// identifiers, each one PostgreSQL transaction, recorded in `schema_migrations`.
///
/// **Ours or not.** The first migration also creates `theodoi_store`, one row holding
/// ``applicationID`` — what SQLite's `PRAGMA application_id` is to the file: a database with
/// tables but without that row is another program's, and is refused without a change
/// (``PostgresStoreError/notOurs(location:)``). A table rather than `COMMENT ON DATABASE`, because
/// a comment needs the database's owner to write it, is not transactional with the schema, and
/// is not copied by `pg_dump` of the schema alone.
///
/// **Once, whatever the number of processes.** Twenty processes that start together on a new
/// database must create it once. Each migration runs in its own transaction that first takes a
/// transaction-scoped advisory lock (``migrationLock``) and only then reads which migrations are
/// applied; a process that waited sees the finished work of the one before it and skips. The
/// transactions are READ COMMITTED on purpose: each statement reads what was committed when it
/// started, so the read after the lock sees the previous holder's commit (a REPEATABLE READ
/// snapshot would be taken by the lock statement itself, before the wait, and miss it).
///
/// **Newer stores are refused** (a migration identifier this program does not know), as GRDB's
/// `hasBeenSuperseded` refuses them for SQLite.
public enum PostgresSchema {
    /// `theodoi_store.application_id`: "TDOI", the same number as SQLite's `application_id`.
    public static let applicationID: Int32 = 0x5444_4F49

    /// The two keys of `pg_advisory_xact_lock(int, int)` serialising migrations: theodoi's id and 1.
    public static let migrationLock = (applicationID, Int32(1))

    /// The migrations in order, exactly as `TrackingSchema.migrator` registers them.
    public static let migrationIdentifiers = [
        "v1-schema",
        "v1-seed-dispatch-239",
        "v2-drafts",
        "v3-assignment-summaries-and-indexes",
        "v4-report-days-index",
        "v5-directive-areas",
        "v6-reminders",
        "v7-assignment-roles",
        "v8-reported-by",
    ]

    /// What a database holds, as far as theodoi is concerned.
    public enum Inspection: Equatable, Sendable {
        /// No table at all: a new store can be made there.
        case empty
        /// Tables, and no theodoi marker (or another program's).
        case foreign
        /// A theodoi store, with the migrations applied so far.
        case ours(applied: Set<String>)
    }

    /// Makes the store ready: creates or migrates it (`readWrite`), or checks that it is ready
    /// (`readOnly`, which never writes).
    ///
    /// - Parameters:
    ///   - seedUser: the Unix user recorded in the seed's audit entry.
    ///   - seedTime: its time, `2025-02-12T10:31:05+07:00`.
    /// - Returns: the migrations this call applied (empty when another process did, or none was due).
    @discardableResult
    public static func prepare(_ session: PostgresSession, mode: StoreAccessMode = .readWrite,
                               seedUser: String, seedTime: String) throws(PostgresStoreError) -> [String] {
        let location = session.location.description
        switch try inspect(session) {
        case .foreign:
            throw .notOurs(location: location)
        case .ours(let applied):
            if isSuperseded(applied) { throw .tooNew(location: location) }
            if isComplete(applied) { return [] }
        case .empty:
            break
        }
        guard mode == .readWrite else { throw .notPrepared(location: location) }
        var appliedNow: [String] = []
        for identifier in migrationIdentifiers {
            let applied: Bool
            do {
                applied = try session.transaction(isolation: .readCommitted) { session in
                    try migrate(identifier, session: session, seedUser: seedUser, seedTime: seedTime)
                }
            } catch let error as PostgresStoreError {
                throw error
            } catch {
                throw .other(server: session.location.server, message: "migration \(identifier) failed")
            }
            if applied { appliedNow.append(identifier) }
        }
        return appliedNow
    }

    /// One migration, inside its transaction: lock, look again, apply and record — or skip.
    private static func migrate(_ identifier: String, session: PostgresSession, seedUser: String,
                                seedTime: String) throws(PostgresStoreError) -> Bool {
        let location = session.location.description
        // Bounded: a process stuck while holding the lock must not hang every other one.
        try session.execute("SET LOCAL lock_timeout = '60s'")
        try session.execute("SELECT pg_advisory_xact_lock(\(migrationLock.0), \(migrationLock.1))")
        switch try inspect(session) {
        case .foreign:
            throw .notOurs(location: location)
        case .empty:
            guard identifier == migrationIdentifiers[0] else {
                throw .other(server: session.location.server, message: "the store's tables disappeared during migration \(identifier)")
            }
            try createBookkeeping(session)
        case .ours(let applied):
            if isSuperseded(applied) { throw .tooNew(location: location) }
            if applied.contains(identifier) { return false }
        }
        if identifier == "v1-seed-dispatch-239" {
            try seedDispatch239(session, user: seedUser, time: seedTime)
        } else {
            for statement in statements(of: identifier) {
                try session.execute(statement)
            }
        }
        try session.execute("INSERT INTO schema_migrations (identifier) VALUES ($1)", [.text(identifier)])
        return true
    }

    /// The marker and the record of migrations, made with the first migration.
    private static func createBookkeeping(_ session: PostgresSession) throws(PostgresStoreError) {
        try session.execute("""
            CREATE TABLE theodoi_store (
              singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
              application_id integer NOT NULL,
              created_at timestamptz NOT NULL DEFAULT now(),
              created_by text NOT NULL DEFAULT current_user
            )
            """)
        try session.execute("COMMENT ON TABLE theodoi_store IS 'theodoi: this database is a theodoi store (application_id 0x54444F49)'")
        try session.execute("INSERT INTO theodoi_store (application_id) VALUES ($1)", [.integer(Int64(applicationID))])
        try session.execute("""
            CREATE TABLE schema_migrations (
              identifier text PRIMARY KEY,
              applied_at timestamptz NOT NULL DEFAULT now()
            )
            """)
    }

    /// Reads whose database this is and which migrations it has, without writing.
    public static func inspect(_ session: PostgresSession) throws(PostgresStoreError) -> Inspection {
        // Tables of any schema but the system's (temporary ones included in pg_temp_*: skipped).
        let row = try session.query("""
            SELECT to_regclass('theodoi_store') IS NOT NULL,
                   to_regclass('schema_migrations') IS NOT NULL,
                   (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
                      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                      AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%')
            """).first
        let hasMarker = row?.bool(0) ?? false
        let hasMigrations = row?.bool(1) ?? false
        let tables = row?.integer(2) ?? 0
        guard hasMarker, hasMigrations else { return tables == 0 ? .empty : .foreign }
        let marker = try session.scalar("SELECT application_id FROM theodoi_store")
        guard marker == .integer(Int64(applicationID)) else { return .foreign }
        let applied = try session.query("SELECT identifier FROM schema_migrations").compactMap { $0.text(0) }
        return .ours(applied: Set(applied))
    }

    static func isSuperseded(_ applied: Set<String>) -> Bool {
        !applied.isSubset(of: migrationIdentifiers)
    }

    static func isComplete(_ applied: Set<String>) -> Bool {
        Set(migrationIdentifiers).isSubset(of: applied)
    }
}
