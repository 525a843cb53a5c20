import Foundation

extension PostgresSession {
    /// PostgreSQL's isolation levels (`READ UNCOMMITTED` behaves as `READ COMMITTED` there).
    public enum Isolation: String, Sendable {
        /// Each statement sees what was committed when it started: what migrations need, since
        /// they read again after waiting on a lock.
        case readCommitted = "READ COMMITTED"
        /// One snapshot for the whole transaction: a board read in one go.
        case repeatableRead = "REPEATABLE READ"
        /// As if transactions ran one after the other; the server refuses (40001) what it cannot
        /// order, and ``transaction(isolation:readOnly:attempts:_:)`` runs it again.
        case serializable = "SERIALIZABLE"
    }

    /// How many times a transaction runs at most when the server keeps refusing it for a
    /// concurrent change; enough for a department's handful of writers, bounded so that a
    /// pathological collision ends with ``PostgresStoreError/conflict(attempts:)``.
    public static let defaultAttempts = 5

    /// Runs `body` in one transaction: commits when it returns, rolls back when it throws.
    ///
    /// A serialization failure (SQLSTATE 40001) or a deadlock (40P01) — raised by any statement
    /// of `body` or by the commit — rolls back and runs `body` again, from the start, after a
    /// short random pause that grows with each attempt (so that two colliding writers do not
    /// collide again in step), at most `attempts` times. `body` must therefore do nothing
    /// outside the database that it cannot do twice. Any other error is thrown as it is after
    /// the rollback. A connection lost during the `COMMIT` itself is
    /// ``PostgresStoreError/connectionLost(server:)`` and is not retried: the server may have
    /// committed, and only reading again can tell.
    ///
    /// - Parameter body: receives this session and the attempt number (1, 2, …).
    @discardableResult
    public func transaction<Result>(isolation: Isolation = .readCommitted, readOnly: Bool = false,
                                    attempts: Int = PostgresSession.defaultAttempts,
                                    _ body: (PostgresSession, Int) throws -> Result) throws -> Result {
        precondition(!isInTransaction, "PostgreSQL transactions do not nest; use one transaction per change")
        precondition(attempts >= 1)
        var attempt = 1
        while true {
            do {
                return try once(isolation: isolation, readOnly: readOnly) { try body(self, attempt) }
            } catch let error as PostgresStoreError where error.isRetryable {
                guard attempt < attempts else { throw PostgresStoreError.conflict(attempts: attempts) }
                Self.pause(beforeAttempt: attempt + 1)
                attempt += 1
            }
        }
    }

    /// ``transaction(isolation:readOnly:attempts:_:)`` for a body that does not need the attempt.
    @discardableResult
    public func transaction<Result>(isolation: Isolation = .readCommitted, readOnly: Bool = false,
                                    attempts: Int = PostgresSession.defaultAttempts,
                                    _ body: (PostgresSession) throws -> Result) throws -> Result {
        try transaction(isolation: isolation, readOnly: readOnly, attempts: attempts) { session, _ in try body(session) }
    }

    private func once<Result>(isolation: Isolation, readOnly: Bool, _ body: () throws -> Result) throws -> Result {
        try execute("BEGIN ISOLATION LEVEL \(isolation.rawValue)\(readOnly ? " READ ONLY" : "")")
        isInTransaction = true
        defer { isInTransaction = false }
        let result: Result
        do {
            result = try body()
        } catch {
            // After a lost connection there is nothing to roll back: the server already did.
            _ = try? execute("ROLLBACK")
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
        return result
    }

    /// 5–10 ms before the second attempt, doubling up to about 160–320 ms.
    private static func pause(beforeAttempt attempt: Int) {
        let base = 5.0 * Double(1 << min(attempt - 2, 5))
        let milliseconds = base + Double.random(in: 0..<base)
        usleep(useconds_t(milliseconds * 1000))
    }
}

extension PostgresStoreError {
    /// A serialization failure or a deadlock: the transaction may succeed if run again.
    var isRetryable: Bool {
        if case .serializationFailure = self { return true }
        return false
    }
}
