import Foundation

/// Two independent reads run at once: the second on the calling thread, the first on a
/// dispatch worker. Each store's pool gives each its own connection (GRDB's pool for SQLite, a
/// session for PostgreSQL), so on this machine's two cores the wall time is the longer of the
/// two instead of their sum.
package enum ConcurrentReads {
    /// - Returns: both results, or rethrows the first read's error, then the second's.
    package static func both<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () throws -> A,
                                               _ second: () throws -> B) throws -> (A, B) {
        let box = ResultBox<A>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global(qos: .userInitiated).async {
            box.result = Result { try first() }
            done.signal()
        }
        let secondResult = Result { try second() }
        done.wait()
        return (try box.result!.get(), try secondResult.get())
    }

    /// Written once by the worker before it signals, read once after the wait: the semaphore
    /// orders the two accesses.
    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
