import Foundation
import TrackingStore

/// Reading the store whole for `theodoi migrate`: its version, its tables' sizes and every row,
/// as ``StoreValue``s equal to SQLite's for the same data (booleans as 0 and 1, rows in byte
/// order of their keys). Table names come from ``StoreTables``, column names from the catalog.
extension PostgresStore {
    /// The identifier of the last migration applied ("v8-reported-by"): the latest
    /// `applied_at`, and among migrations applied in the same instant the latest in
    /// ``PostgresSchema/migrationIdentifiers``' order. "" for a store without migrations.
    public func schemaVersion() throws(StoreError) -> String {
        try read { session in
            let latest = try session.query("""
                SELECT identifier FROM schema_migrations WHERE applied_at = (SELECT max(applied_at) FROM schema_migrations)
                """).map { $0.required(0) }
            // An identifier this program does not know (a newer store) ranks last of all.
            return latest.max { Self.rank($0) < Self.rank($1) } ?? ""
        }
    }

    private static func rank(_ identifier: String) -> Int {
        PostgresSchema.migrationIdentifiers.firstIndex(of: identifier) ?? PostgresSchema.migrationIdentifiers.count
    }

    /// How many rows each table of ``StoreTables/copyOrder`` holds: one statement, one snapshot.
    public func tableCounts() throws(StoreError) -> [String: Int] {
        let tables = StoreTables.copyOrder.map(\.table)
        return try read { session in
            let row = try session.query("SELECT " + tables.map { "(SELECT count(*) FROM \($0))" }.joined(separator: ", ")).first
            var counts: [String: Int] = [:]
            for (index, table) in tables.enumerated() { counts[table] = row?.int(index) ?? 0 }
            return counts
        }
    }

    /// Every row of every table of ``StoreTables/copyOrder``, in that order and in key order
    /// (text keys in byte order, as SQLite sorts them), in chunks of at most `chunkSize` rows,
    /// all in one read transaction. Rows stream through a server-side cursor: one `FETCH` per
    /// chunk, never a whole table in memory. What `body` throws stops the copy and is rethrown
    /// as it is.
    public func exportRows(chunkSize: Int, _ body: (StoreRows) throws -> Void) throws {
        let size = max(1, chunkSize)
        let outcome: Result<Void, any Error> = try read { session in
            for (table, key) in StoreTables.copyOrder {
                let catalog = try session.query("""
                    SELECT column_name::text, data_type::text FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position
                    """, [.text(table)])
                let columns = catalog.map { $0.required(0) }
                let textColumns = Set(catalog.filter { $0.required(1) == "text" }.map { $0.required(0) })
                let list = columns.map(PostgresSchema.quoteIdentifier).joined(separator: ", ")
                try session.execute("DECLARE theodoi_export NO SCROLL CURSOR FOR SELECT \(list) FROM \(table) ORDER BY \(Self.byteOrder(key, textColumns: textColumns))")
                while true {
                    let records = try session.query("FETCH FORWARD \(size) FROM theodoi_export")
                    if !records.isEmpty {
                        let rows = records.map { record in record.values.map(Self.storeValue) }
                        do { try body(StoreRows(table: table, columns: columns, rows: rows)) } catch { return .failure(error) }
                    }
                    if records.count < size { break }
                }
                try session.execute("CLOSE theodoi_export")
            }
            return .success(())
        }
        try outcome.get()
    }

    /// `key` (``StoreTables/copyOrder``'s "a, b", names possibly quoted) with `COLLATE "C"` on
    /// its text columns.
    static func byteOrder(_ key: String, textColumns: Set<String>) -> String {
        key.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            let bare = name.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return textColumns.contains(bare) ? "\(name) COLLATE \"C\"" : name
        }.joined(separator: ", ")
    }

    /// A value as SQLite's export gives it: booleans as 0 and 1.
    static func storeValue(_ value: PostgresValue) -> StoreValue {
        switch value {
        case .null: .null
        case .text(let text): .text(text)
        case .integer(let number): .integer(number)
        case .boolean(let flag): .integer(flag ? 1 : 0)
        case .double(let number): .integer(Int64(number))
        }
    }
}
