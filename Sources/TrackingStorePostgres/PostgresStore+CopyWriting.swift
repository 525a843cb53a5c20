import Tracking
import TrackingStore

/// The target side of `theodoi migrate` on PostgreSQL: a store's whole content replaced in one
/// write transaction. Table and column names come from ``StoreTables`` and the server's catalog,
/// never from the rows' data.
extension PostgresStore {
    /// The most parameters one `INSERT` of copied rows takes (the protocol allows 65 535).
    static let copyParameterLimit = 30_000

    /// Replaces the store's whole content: empties every table of ``StoreTables/copyOrder``
    /// (children first), lets `body` append rows (parents first), moves every generated id past
    /// the copied ones, and commits; one transaction, run once (never again on a conflict:
    /// `body` reads the source store).
    ///
    /// Values come as SQLite holds them (``StoreValue``): an integer 0/1 goes into a `boolean`
    /// column as false/true, a number into a `text` column as its digits.
    ///
    /// - Throws: ``StoreError/notEmpty(location:)`` when the store holds anything but its seed
    ///   (an audit entry other than `seed`); what `body` threw, as it was, after rolling back;
    ///   ``StoreError/other(path:detail:)`` for a table or column the store does not have.
    public func replaceContent(_ body: (_ append: (StoreRows) throws -> Void) throws -> Void) throws {
        // What `body` threw, rethrown as it was once the transaction is rolled back.
        var failure: (any Error)?
        let location = location
        do {
            try writeOnce { session in
                // Writers insert their audit entry last: once this lock is held, none is half-way,
                // and none can write until the copy commits.
                try session.execute("LOCK TABLE audit IN EXCLUSIVE MODE")
                guard case .integer(0) = try session.scalar("SELECT count(*) FROM audit WHERE action <> 'seed'") else {
                    throw StoreError.notEmpty(location: location)
                }
                for (table, _) in StoreTables.copyOrder.reversed() {
                    try session.execute("DELETE FROM \(table)")
                }
                let types = try Self.columnTypes(session)
                do {
                    try body { rows in
                        do {
                            try Self.insert(rows, types: types, session: session, location: location)
                        } catch let error as PostgresStoreError {
                            throw Self.storeError(error, location: self.server)
                        }
                    }
                } catch {
                    failure = error
                    throw error
                }
                for table in StoreTables.generatedIDs {
                    // Empty, the sequence stays where it was: past the seed's ids, which is past nothing.
                    try session.execute("""
                        SELECT setval(pg_get_serial_sequence($1, 'id'), last) FROM (SELECT max(id) AS last FROM \(table)) copied
                        WHERE last IS NOT NULL
                        """, [.text(table)])
                }
                // Every directive changed: readers re-read everything.
                try PostgresChangeListener.notify(session, directive: nil)
            }
        } catch {
            if let failure { throw failure }
            throw error
        }
        // A bulk load leaves the planner without statistics until autovacuum comes by: gather
        // them now, so that the first screens on the copy use the indexes as they will later
        // (measured at 10⁵ assignments: the portfolio's aggregate 100 ms before, 68 ms after).
        // Outside the copy's transaction; a failure here loses nothing.
        _ = try? withSession { session in
            for (table, _) in StoreTables.copyOrder { try session.execute("ANALYZE \(table)") }
        }
    }

    /// Every column's type (`boolean`, `bigint`, `text`) by table and column, from the catalog,
    /// in one statement.
    static func columnTypes(_ session: PostgresSession) throws -> [String: [String: String]] {
        var types: [String: [String: String]] = [:]
        for row in try session.query("""
            SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
            WHERE table_schema = current_schema()
            """) {
            guard let table = row.text(0), let column = row.text(1), let type = row.text(2) else { continue }
            types[table, default: [:]][column] = type
        }
        return types
    }

    /// One chunk of copied rows, in as few `INSERT`s as ``copyParameterLimit`` allows.
    private static func insert(_ rows: StoreRows, types: [String: [String: String]], session: PostgresSession,
                               location: String) throws {
        guard StoreTables.copyOrder.contains(where: { $0.table == rows.table }), let known = types[rows.table],
              !rows.columns.isEmpty, rows.columns.allSatisfy({ known[$0] != nil }) else {
            throw StoreError.other(path: location, detail: "table \(rows.table): unknown columns")
        }
        let columnTypes = rows.columns.map { known[$0] ?? "text" }
        let list = rows.columns.map(PostgresSchema.quoteIdentifier).joined(separator: ", ")
        let perStatement = max(1, copyParameterLimit / rows.columns.count)
        var start = 0
        while start < rows.rows.count {
            let chunk = rows.rows[start..<min(rows.rows.count, start + perStatement)]
            start += chunk.count
            var binds: [PostgresValue] = []
            binds.reserveCapacity(chunk.count * rows.columns.count)
            var tuples: [String] = []
            for row in chunk {
                guard row.count == rows.columns.count else {
                    throw StoreError.other(path: location, detail: "table \(rows.table): a row of \(row.count) values for \(rows.columns.count) columns")
                }
                let first = binds.count
                binds += zip(row, columnTypes).map { value(of: $0, as: $1) }
                tuples.append("(" + (first + 1...first + row.count).map { "$\($0)" }.joined(separator: ", ") + ")")
            }
            try session.execute("INSERT INTO \(rows.table) (\(list)) VALUES \(tuples.joined(separator: ", "))", binds)
        }
    }

    /// A copied value for a column of the given type (`information_schema`'s `data_type`).
    static func value(of value: StoreValue, as type: String) -> PostgresValue {
        switch (value, type) {
        case (.null, _): .null
        case (.integer(let number), "boolean"): .boolean(number != 0)
        case (.integer(let number), "text"): .text(String(number))
        case (.integer(let number), _): .integer(number)
        case (.text(let text), "bigint"): Int64(text).map(PostgresValue.integer) ?? .text(text)
        case (.text(let text), _): .text(text)
        }
    }
}
