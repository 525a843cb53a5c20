import GRDB
import Tracking

/// Copying the store whole (`theodoi migrate`): rows out in chunks, rows in under one write
/// transaction. Table and column names come from ``StoreTables`` and the database itself, never
/// from the rows' data.
extension SQLiteStore {
    public func schemaVersion() throws(StoreError) -> String {
        try run {
            try pool.read { db in
                try String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid DESC LIMIT 1") ?? ""
            }
        }
    }

    public func tableCounts() throws(StoreError) -> [String: Int] {
        try run {
            try pool.read { db in
                var counts: [String: Int] = [:]
                for (table, _) in StoreTables.copyOrder {
                    counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                }
                return counts
            }
        }
    }

    public func exportRows(chunkSize: Int, _ body: (StoreRows) throws -> Void) throws {
        let outcome: Result<Void, any Error> = try run {
            try pool.read { db in
                for (table, key) in StoreTables.copyOrder {
                    let columns = try db.columns(in: table).map(\.name)
                    let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                    let cursor = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \(table) ORDER BY \(key)")
                    var chunk: [[StoreValue]] = []
                    while let row = try cursor.next() {
                        chunk.append((0..<columns.count).map { Self.storeValue(row[$0] as DatabaseValue) })
                        if chunk.count >= max(1, chunkSize) {
                            do { try body(StoreRows(table: table, columns: columns, rows: chunk)) } catch { return .failure(error) }
                            chunk.removeAll(keepingCapacity: true)
                        }
                    }
                    if !chunk.isEmpty {
                        do { try body(StoreRows(table: table, columns: columns, rows: chunk)) } catch { return .failure(error) }
                    }
                }
                return .success(())
            }
        }
        try outcome.get()
    }

    public func replaceContent(_ body: (_ append: (StoreRows) throws -> Void) throws -> Void) throws {
        // What `body` threw, rethrown as it was once the transaction is rolled back.
        var failure: (any Error)?
        do {
            try pool.write { db in
                // Nothing but the seed: the one audit entry of the initial data.
                let audit = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE action <> 'seed'") ?? 0
                guard audit == 0 else { throw StoreError.notEmpty(location: path) }
                for (table, _) in StoreTables.copyOrder.reversed() {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
                do {
                    try body { rows in
                        let known = Set(try db.columns(in: rows.table).map(\.name))
                        guard StoreTables.copyOrder.contains(where: { $0.table == rows.table }),
                              rows.columns.allSatisfy(known.contains) else {
                            throw StoreError.other(path: self.path, detail: "table \(rows.table): unknown columns")
                        }
                        let statement = try db.cachedStatement(sql: """
                            INSERT INTO \(rows.table) (\(rows.columns.map { "\"\($0)\"" }.joined(separator: ", ")))
                            VALUES (\(Array(repeating: "?", count: rows.columns.count).joined(separator: ", ")))
                            """)
                        for row in rows.rows {
                            try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
                        }
                    }
                } catch {
                    failure = error
                    throw error
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            if let failure { throw failure }
            throw Self.storeError(error, path: path)
        }
    }

    static func storeValue(_ value: DatabaseValue) -> StoreValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .string(let text): .text(text)
        case .double(let number): .integer(Int64(number))
        case .blob(let data): .text(String(decoding: data, as: UTF8.self))
        }
    }

    static func databaseValue(_ value: StoreValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .text(let text): text.databaseValue
        }
    }
}
