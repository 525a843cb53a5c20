import Foundation
import GRDB
import Testing
import Tracking
import TrackingStore
@testable import TrackingStorePostgres

/// A fresh PostgreSQL store holds what a fresh SQLite store holds: the same tables, columns,
/// indexes, foreign keys, migrations and rows (dispatch 239), compared table by table.
@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipMessage)))
struct PostgresSeedTests {
    /// One instant for both engines, so that the seed's audit entries carry the same time.
    private static let clock = VietnamClock(now: { Date(timeIntervalSince1970: 1_737_334_800) })   // 2025-01-20 08:00 +07

    @Test func theSeedEqualsSQLites() throws {
        let folder = try Folder()
        let sqlitePath = folder.path + "/theodoi.sqlite"
        _ = try SQLiteStore(path: sqlitePath, user: "seed-user", clock: Self.clock)
        let sqlite = try DatabaseQueue(path: sqlitePath, configuration: { var c = Configuration(); c.readonly = true; return c }())

        let database = try TemporaryDatabase()
        defer { database.drop() }
        let session = try database.session()
        try PostgresSchema.prepare(session, seedUser: "seed-user", seedTime: Self.clock.timestamp())
        defer { session.close() }

        let sqliteTables = try sqlite.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations' ORDER BY name
                """)
        }
        let postgresTables = try session.query("""
            SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()
              AND tablename NOT IN ('theodoi_store', 'schema_migrations')
            """).compactMap { $0.text(0) }.sorted()
        #expect(postgresTables == sqliteTables.sorted())
        #expect(sqliteTables.count == 18)

        for table in sqliteTables {
            // Columns, in order.
            let sqliteColumns = try sqlite.read { db in try db.columns(in: table).map(\.name) }
            let postgresColumns = try session.query("""
                SELECT column_name::text FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position
                """, [.text(table)]).compactMap { $0.text(0) }
            #expect(postgresColumns == sqliteColumns, "columns of \(table)")

            // Rows, as multisets of normalised values (booleans as SQLite's 0/1).
            let sqliteRows = try sqlite.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { row in
                    sqliteColumns.map { column -> PostgresValue in
                        switch (row[column] as DatabaseValue).storage {
                        case .null: .null
                        case .int64(let value): .integer(value)
                        case .double(let value): .double(value)
                        case .string(let value): .text(value)
                        case .blob: .text("<blob>")
                        }
                    }
                }
            }
            let postgresRows = try session.query("SELECT \(postgresColumns.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \(table)")
                .map { record in
                    record.values.map { value -> PostgresValue in
                        if case .boolean(let flag) = value { return .integer(flag ? 1 : 0) }
                        return value
                    }
                }
            #expect(Self.sorted(postgresRows) == Self.sorted(sqliteRows), "rows of \(table)")
        }

        // The same explicit indexes, by name and columns.
        let sqliteIndexes = try sqlite.read { db in
            try Row.fetchAll(db, sql: "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").map { row in
                let name: String = row["name"]
                let columns = try Row.fetchAll(db, sql: "PRAGMA index_info(\(name))").map { $0["name"] as String }
                return "\(row["tbl_name"] as String).\(name)(\(columns.joined(separator: ",")))"
            }.sorted()
        }
        let postgresIndexes = try session.query("""
            SELECT t.relname::text || '.' || c.relname::text || '(' ||
                   (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord)
                    FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) || ')'
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            """).compactMap { $0.text(0) }.sorted()
        #expect(postgresIndexes == sqliteIndexes)
        #expect(sqliteIndexes.count == 12)

        // The same foreign keys: table, columns, referenced table, action on delete.
        let sqliteKeys = try sqlite.read { db in
            try sqliteTables.flatMap { table in
                try db.foreignKeys(on: table).map { key in
                    "\(table)(\(key.originColumns.joined(separator: ","))) → \(key.destinationTable) on delete \(try Self.sqliteAction(db, table: table, key: key))"
                }
            }.sorted()
        }
        let postgresKeys = try session.query("""
            SELECT c.conrelid::regclass::text || '(' ||
                   (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord)
                    FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) || ') → ' ||
                   c.confrelid::regclass::text || ' on delete ' ||
                   CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                                      WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
            """).compactMap { $0.text(0) }.sorted()
        #expect(postgresKeys == sqliteKeys)

        // The same migrations, under the same identifiers.
        let sqliteMigrations = try sqlite.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }.sorted()
        let postgresMigrations = try session.query("SELECT identifier FROM schema_migrations").compactMap { $0.text(0) }.sorted()
        #expect(postgresMigrations == sqliteMigrations)
        #expect(Set(sqliteMigrations) == Set(PostgresSchema.migrationIdentifiers))
    }

    /// SQLite's `PRAGMA foreign_key_list` action of a key ("CASCADE", "NO ACTION", …).
    private static func sqliteAction(_ db: Database, table: String, key: ForeignKeyInfo) throws -> String {
        let rows = try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(table))")
        return rows.first { ($0["id"] as Int) == key.id }.map { $0["on_delete"] as String } ?? "?"
    }

    private static func sorted(_ rows: [[PostgresValue]]) -> [[PostgresValue]] {
        rows.sorted { "\($0)" < "\($1)" }
    }
}
