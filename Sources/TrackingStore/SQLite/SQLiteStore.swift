import Foundation
import GRDB
import GRDBSQLite
import Tracking

/// The theodoi store in one SQLite file shared by every process on the host (dashboards, the
/// wall, `report submit`), in WAL mode so that readers never wait for a writer: the default, with
/// nothing to set up. Its SQL lives in the files of this folder (`SQLite/`).
///
/// - Writers wait for each other (busy timeout) instead of failing, and GRDB opens every write
///   transaction IMMEDIATE, so two people submitting at once both succeed.
/// - The WAL is persistent, so that a read-only process (the wall) can always open the file.
/// - All text is stored in NFC: SQLite compares bytes.
/// - Every change writes its audit entry in the same transaction.
public final class SQLiteStore: TrackingStore {
    public let path: String
    public let mode: StoreAccessMode
    /// The file's path.
    public var location: String { path }
    let pool: DatabasePool
    /// Seconds a writer waits for another process's write lock.
    let busyTimeout: TimeInterval

    /// Opens (and when needed creates and fills) the database at `path`.
    ///
    /// - Parameters:
    ///   - user: the Unix user, recorded in the audit entry of the initial data.
    ///   - busyTimeout: how long a writer waits for another before giving up as "locked".
    /// - Parameter traceStatements: called with each SQL statement run (tests count them).
    /// - Parameter createsFolder: whether a missing folder is made (the default place of the
    ///   database); else it is ``StoreError/missingFolder(path:folder:)``, so that a mistyped
    ///   `--db` does not quietly start a new database.
    public init(path: String, mode: StoreAccessMode = .readWrite, user: String = "theodoi",
                clock: VietnamClock = VietnamClock(), busyTimeout: TimeInterval = 5, createsFolder: Bool = true,
                traceStatements: (@Sendable (String) -> Void)? = nil) throws(StoreError) {
        self.path = path
        self.mode = mode
        self.busyTimeout = busyTimeout
        let fileManager = FileManager.default
        let exists = fileManager.fileExists(atPath: path)
        if mode == .readOnly, !exists { throw .missing(path: path) }
        if !exists {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !fileManager.fileExists(atPath: folder) {
                guard createsFolder else {
                    // Name the first folder missing on the way down, the one to create or correct.
                    var missing = folder
                    while case let parent = (missing as NSString).deletingLastPathComponent,
                          !parent.isEmpty, parent != missing, !fileManager.fileExists(atPath: parent) {
                        missing = parent
                    }
                    throw .missingFolder(path: path, folder: missing)
                }
                do {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotCreate(path: path, reason: Self.reason(error))
                }
            }
        }

        var configuration = Configuration()
        configuration.readonly = mode == .readOnly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "theodoi"
        configuration.prepareDatabase { db in
            if let traceStatements {
                db.trace(options: .statement) { event in
                    if case .statement(let statement) = event { traceStatements(statement.sql) }
                }
            }
            if !db.configuration.readonly {
                // Keep -wal and -shm on close, so that read-only processes can open the file.
                var flag: CInt = 1
                let code = withUnsafeMutablePointer(to: &flag) {
                    sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, $0)
                }
                guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
                // A kept WAL still holds its last frames, which the next process to open the
                // file reads whole to rebuild its index (measured: up to ~1 000 frames, 60+ ms at
                // a department's scale). With a size limit, the last connection to close truncates
                // it to nothing after its checkpoint (SQLite's `sqlite3WalClose`), and a WAL
                // reset mid-run trims it back to 4 MiB.
                try db.execute(sql: "PRAGMA journal_size_limit = 4194304")
            }
        }
        // A new (or empty) file: open it and make it while holding the creation lock, so that
        // processes starting together do not all switch it to WAL and migrate it at once (they
        // would wait on each other's SQLite locks, past the busy timeout under load).
        let size = (try? fileManager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let creationLock = mode == .readWrite && size == 0 ? Self.lockFolder(of: path) : nil
        defer { if let creationLock { close(creationLock) } }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.storeError(error, path: path)
        }
        try prepareSchema(user: user, clock: clock, holdingCreationLock: creationLock != nil)
    }

    /// Checks that the file is ours, then brings its schema up to date (read-write) or checks
    /// that it is (read-only).
    private func prepareSchema(user: String, clock: VietnamClock, holdingCreationLock: Bool) throws(StoreError) {
        let migrator = TrackingSchema.migrator(seedUser: user, seedTime: clock.timestamp())
        do {
            /// What the file holds now: whose it is, whether it is up to date.
            func inspect() throws -> (ours: Bool, superseded: Bool, complete: Bool) {
                try pool.read { db in
                    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                    return (applicationID == TrackingSchema.applicationID || (applicationID == 0 && tables == 0),
                            try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
                }
            }
            let first = try inspect()
            if first.ours, first.complete {
                if first.superseded { throw StoreError.tooNew(path: path) }
                return
            }
            // New, older, or not ours at first sight: decide again while holding the creation
            // lock, so that a process that looked while another was creating the file sees its
            // finished work, and the migrations (the seed among them) run once.
            try withCreationLock(alreadyHeld: holdingCreationLock) {
                let state = try inspect()
                guard state.ours else { throw StoreError.notOurs(path: path) }
                if state.superseded { throw StoreError.tooNew(path: path) }
                guard !state.complete else { return }
                guard mode == .readWrite else { throw StoreError.missing(path: path) }
                try migrator.migrate(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs `body` holding an exclusive advisory lock on the database's folder: every theodoi
    /// process creating or migrating a database there waits for the one before it.
    ///
    /// The lock is on the folder, not on the database file: closing any descriptor of the
    /// database file drops the POSIX locks SQLite holds on it in this process (fcntl(2)), which
    /// let another process read a half-made database ("not ours").
    ///
    /// - Parameter alreadyHeld: this process took it before opening a new file (a second
    ///   `flock` on another descriptor of the folder would wait for the first forever).
    private func withCreationLock<T>(alreadyHeld: Bool, _ body: () throws -> T) throws -> T {
        guard !alreadyHeld, let descriptor = Self.lockFolder(of: path) else { return try body() }
        defer { close(descriptor) }
        return try body()
    }

    /// Takes the exclusive advisory lock on the folder of `path`; the descriptor holds it until
    /// closed. Nil for a folder that cannot be opened (no lock to take).
    private static func lockFolder(of path: String) -> Int32? {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        return descriptor
    }

    // MARK: - Reading

    /// What the screens and commands show, as of `today`, in one read transaction.
    ///
    /// - Parameters:
    ///   - directives: the references of the directives to read ("239/UBND-NN.TN"); nil reads
    ///     every directive. Agencies, areas and successions are always read whole (they are
    ///     few: hundreds at a department's scale).
    ///   - includingReports: read the latest report of every assignment in scope (the area
    ///     figures, exports); `status` does without.
    /// - Throws: ``StoreError/unknownDirective(_:known:)`` for a reference not in the store.
    /// - Complexity: a dozen statements; time and memory linear in the assignments in scope.
    public func snapshot(asOf today: CalendarDate, directives: [String]?,
                         includingReports: Bool) throws(StoreError) -> TrackingSnapshot {
        try run {
            try pool.read { db in
                let ids = try directives.map { try Self.directiveIDs(db, references: $0) }
                return try SnapshotReader.read(db, asOf: today, scope: .init(documentIDs: ids, includesReports: includingReports))
            }
        }
    }

    /// Every directive (or those named), read as a series of snapshots of at most `chunkSize`
    /// directives each, in order of date, all in one read transaction (one moment): what a
    /// whole-store command (`status`, `export`, the deadline list) walks through without holding
    /// 10⁵ assignments in memory at once.
    ///
    /// - Parameter body: called once per chunk; a throw stops the walk and is rethrown.
    public func forEachSnapshot(asOf today: CalendarDate, directives: [String]?, chunkSize: Int,
                                includingReports: Bool,
                                _ body: (TrackingSnapshot) throws -> Void) throws {
        let outcome: Result<Void, any Error> = try run {
            try pool.read { db in
                // In order of date, whatever order they were named in.
                let named = try directives.map { try Self.directiveIDs(db, references: $0) }
                let ids = try Int64.fetchAll(db.makeStatement(sql: """
                    SELECT id FROM document WHERE is_directive \(named.map { "AND id IN (\($0.map(String.init).joined(separator: ",")))" } ?? "")
                    ORDER BY issued_on, id
                    """))
                var start = 0
                repeat {
                    let chunk = Array(ids[start..<min(ids.count, start + max(1, chunkSize))])
                    start += chunk.count
                    let snapshot = try SnapshotReader.read(db, asOf: today, scope: .init(documentIDs: chunk, includesReports: includingReports))
                    do { try body(snapshot) } catch { return .failure(error) }
                } while start < ids.count
                return .success(())
            }
        }
        try outcome.get()
    }

    /// The directives changed since an entry of the audit trail (which records, for each
    /// change, the directive it touched): what an open screen re-reads after another process
    /// wrote, instead of the whole store.
    ///
    /// - Returns: the last audit entry's id (pass it next time), the references of the
    ///   directives changed after `auditID`, and whether a change touched no single directive
    ///   (then everything must be read again).
    public func changes(since auditID: Int64) throws(StoreError) -> (through: Int64, directives: [String], unscoped: Bool) {
        try run {
            try pool.read { db in
                let through = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM audit")) ?? 0
                let directives = try String.fetchAll(db.cachedStatement(sql: """
                    SELECT DISTINCT d.reference FROM audit a JOIN document d ON d.id = a.document_id
                    WHERE a.id > ? AND a.id <= ? ORDER BY d.reference
                    """), arguments: [auditID, through])
                let unscoped = try Bool.fetchOne(db.cachedStatement(sql: """
                    SELECT EXISTS (SELECT 1 FROM audit WHERE id > ? AND id <= ? AND document_id IS NULL)
                    """), arguments: [auditID, through]) ?? false
                return (through, directives, unscoped)
            }
        }
    }

    /// One agency's ledger: its assignments on every directive, with their tasks and directives
    /// (each task's ``DirectiveTask/assigneeIDs`` holds that agency alone), and its latest
    /// reports. Reads only that agency's rows, through the `assignment_by_agency` index.
    public func agencySnapshot(_ agencyID: String, asOf today: CalendarDate) throws(StoreError) -> TrackingSnapshot {
        try run {
            try pool.read { db in
                try SnapshotReader.read(db, asOf: today, scope: .init(documentIDs: nil, includesReports: true, agencyID: agencyID))
            }
        }
    }

    /// The reference of the directive the home screen opens on: the first by date. One
    /// indexed look-up, for the first frame. Nil when the store has no directive.
    public func firstDirectiveReference() throws(StoreError) -> String? {
        try run {
            try pool.read { db in
                try String.fetchOne(db.cachedStatement(sql: """
                    SELECT reference FROM document WHERE is_directive ORDER BY issued_on, id LIMIT 1
                    """))
            }
        }
    }

    /// How many directives the store follows (one indexed count: the first frame decides from
    /// it whether to open on the list or on the only board).
    public func directiveCount() throws(StoreError) -> Int {
        try run { try pool.read { try Int.fetchOne($0.cachedStatement(sql: "SELECT count(*) FROM document WHERE is_directive")) ?? 0 } }
    }

    /// Every directive's document, by date, without its addressees, recipients and citations:
    /// what the portfolio lists before the statuses are read (one statement).
    public func directiveDocuments() throws(StoreError) -> [Document] {
        try run {
            try pool.read { db in
                try Row.fetchAll(db.cachedStatement(sql: "SELECT \(SnapshotReader.documentColumns) FROM document WHERE is_directive ORDER BY issued_on, id")).map {
                    SnapshotReader.document(row: $0, citations: [], addressees: [], recipients: [])
                }
            }
        }
    }

    /// The ids of the directives with these references (folded match: "239/ubnd-nn.tn" works).
    /// The stored references of the directives named (in any case, with or without marks, as
    /// `status --directive` takes them): what a screen compares with the references it reads.
    /// Unknown or ambiguous names throw, as ``snapshot(asOf:directives:includingReports:)`` does.
    public func directiveReferences(_ queries: [String]) throws(StoreError) -> [String] {
        try run {
            try pool.read { db in
                try Self.directiveIDs(db, references: queries).map { id in
                    try String.fetchOne(db.cachedStatement(sql: "SELECT reference FROM document WHERE id = ?"), arguments: [id]) ?? ""
                }
            }
        }
    }

    static func directiveIDs(_ db: Database, references: [String]) throws -> [Int64] {
        try references.map { reference in
            let normalized = VietnameseText.normalized(reference).trimmingCharacters(in: .whitespaces)
            if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE is_directive AND reference = ?"),
                                           arguments: [normalized]) {
                return id
            }
            let key = VietnameseText.fold(normalized)
            let all = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, reference FROM document WHERE is_directive ORDER BY issued_on, id"))
            let matches = all.filter { VietnameseText.fold($0["reference"] as String) == key }
            // "910/so-mt" when both 910/SỞ-MT and 910/SO-MT are stored: say so, pick neither.
            if matches.count > 1 { throw StoreError.ambiguousDirective(reference, candidates: matches.map { $0["reference"] }) }
            if let row = matches.first { return row["id"] }
            throw StoreError.unknownDirective(reference, known: all.prefix(10).map { $0["reference"] } + (all.count > 10 ? ["…"] : []))
        }
    }

    /// The latest audit entries, newest first; only those whose subject contains `subject`
    /// when it is given ("/ cong-an-tinh /": one agency's).
    public func auditTrail(limit: Int, subjectContaining subject: String?) throws(StoreError) -> [AuditEntry] {
        try run { try pool.read { try AuditTrail.entries($0, limit: limit, subjectContaining: subject) } }
    }

    // MARK: - Errors

    /// Runs a database operation, turning SQLite's errors into ``StoreError``s.
    func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else { return .other(path: path, detail: reason(error)) }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH: return .readOnly(path: path)
        default: return .other(path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
