import PostgresNIO
import TrackingStore

/// A server error a write expected and handles itself: its SQLSTATE and, for a violated
/// constraint, the constraint's name. Never leaves this module's writing code: each write turns
/// it into the ``TrackingStore/StoreError`` it means (a lock timeout → `locked`, a unique
/// violation → `alreadyImported`, `areaExists`…).
struct PostgresWriteRefusal: Error {
    /// `lock_not_available`: a `lock_timeout` ran out (or `NOWAIT` found the row locked).
    static let lockNotAvailable = "55P03"
    /// `unique_violation`.
    static let uniqueViolation = "23505"

    let sqlState: String
    let constraint: String?
}

extension PostgresSession {
    /// Runs one statement like ``execute(_:_:)``, except that a server error whose SQLSTATE is in
    /// `states` is thrown as a ``PostgresWriteRefusal`` instead of a ``PostgresStoreError``.
    ///
    /// Why not ``execute(_:_:)`` and a look at the error: ``PostgresStoreError/other(server:message:)``
    /// keeps the server's message only, which is in the server's language (`lc_messages`); the
    /// SQLSTATE is the one stable name of what happened. Every other error is mapped exactly as
    /// ``execute(_:_:)`` maps it (a serialization failure stays retryable).
    ///
    /// - Returns: the rows changed, and the first column of the first row returned (for
    ///   `RETURNING id`), or NULL.
    @discardableResult
    func execute(_ sql: String, _ binds: [PostgresValue], refusing states: Set<String>) throws -> (rows: Int, first: PostgresValue) {
        let result: PostgresQueryResult
        do {
            result = try Self.guarded(connection.query(Self.query(sql, binds), logger: logger), on: connection).wait()
        } catch let error as PSQLError where error.code == .server {
            if let state = error.serverInfo?[.sqlState], states.contains(state) {
                throw PostgresWriteRefusal(sqlState: state, constraint: error.serverInfo?[.constraintName])
            }
            throw PostgresErrorMapping.storeError(error, location: location, connectTimeout: nil)
        } catch {
            throw PostgresErrorMapping.storeError(error, location: location, connectTimeout: nil)
        }
        var first = PostgresValue.null
        if let row = result.rows.first, let cell = row.first {
            first = try PostgresValue(cell)
        }
        return (result.metadata.rows ?? 0, first)
    }

    /// Runs `body` in a savepoint of the current transaction: released when it returns, rolled
    /// back (alone) when it throws a ``TrackingStore/StoreError``, which is returned as the
    /// failure. Any other error (the server's, the connection's) is thrown as it is: it concerns
    /// the whole transaction, which the caller rolls back or runs again.
    ///
    /// What a batch needs for "each refused alone" (`submitReports`, `importDirectives`), as
    /// GRDB's `inSavepoint` gives SQLite.
    func inSavepoint<T>(_ name: String = "theodoi_item", _ body: () throws -> T) throws -> Result<T, StoreError> {
        try execute("SAVEPOINT \(name)")
        do {
            let value = try body()
            try execute("RELEASE SAVEPOINT \(name)")
            return .success(value)
        } catch let refusal as StoreError {
            try execute("ROLLBACK TO SAVEPOINT \(name)")
            try execute("RELEASE SAVEPOINT \(name)")
            return .failure(refusal)
        }
    }
}
