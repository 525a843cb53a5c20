import Foundation
import Testing
@testable import TrackingStorePostgres

/// LISTEN/NOTIFY reaching a descriptor that `poll` can wait on, and a listener that survives the
/// loss of its connection.
@Suite(.enabled(if: PostgresTestServer.isAvailable, Comment(rawValue: PostgresTestServer.skipMessage)))
struct PostgresChangeListenerTests {
    /// Long enough for any loaded CI machine; `poll` returns as soon as the byte arrives.
    private static let patience: Int32 = 10_000

    private func listener(_ database: TemporaryDatabase, name: String = "theodoi-tests-listener",
                          reconnectDelay: Double = 0.1) throws -> PostgresChangeListener {
        try PostgresChangeListener(location: database.location, password: PostgresTestServer.password(for: database.location),
                                   applicationName: name, reconnectDelay: reconnectDelay)
    }

    @Test func aCommittedChangeWakesTheDescriptor() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let listener = try listener(database)
        let writer = try database.session()
        defer { listener.close(); writer.close() }
        #expect(listener.isConnected)
        #expect(!waitReadable(listener.fileDescriptor, milliseconds: 0))

        try writer.transaction { session in
            try PostgresChangeListener.notify(session, directive: "239/UBND-NN.TN")
            // Not before the commit.
            #expect(!waitReadable(listener.fileDescriptor, milliseconds: 200))
        }
        #expect(waitReadable(listener.fileDescriptor, milliseconds: Self.patience))
        let changes = listener.drain()
        #expect(changes.directives == ["239/UBND-NN.TN"])
        #expect(!changes.unscoped)
        // Drained: quiet again until the next change.
        #expect(!waitReadable(listener.fileDescriptor, milliseconds: 0))
    }

    @Test func aRolledBackChangeSaysNothing() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let listener = try listener(database)
        let writer = try database.session()
        defer { listener.close(); writer.close() }
        struct Abandon: Error {}
        #expect(throws: Abandon.self) {
            try writer.transaction { session in
                try PostgresChangeListener.notify(session, directive: "rolled-back")
                throw Abandon()
            }
        }
        // The next change's notification comes alone: the rolled-back one was never sent.
        try writer.transaction { try PostgresChangeListener.notify($0, directive: "after") }
        #expect(waitReadable(listener.fileDescriptor, milliseconds: Self.patience))
        #expect(listener.drain().directives == ["after"])
    }

    @Test func manyChangesCoalesceIntoOneWake() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let listener = try listener(database)
        let writer = try database.session()
        defer { listener.close(); writer.close() }
        for reference in ["239/UBND-NN.TN", "12/CT-UBND", "239/UBND-NN.TN"] {
            try writer.transaction { try PostgresChangeListener.notify($0, directive: reference) }
        }
        try writer.transaction { try PostgresChangeListener.notify($0, directive: nil) }
        // The last one was sent after the others on the same connection: once it is in, all are.
        var changes: (directives: Set<String>, unscoped: Bool) = ([], false)
        while !changes.unscoped {
            #expect(waitReadable(listener.fileDescriptor, milliseconds: Self.patience))
            let more = listener.drain()
            changes = (changes.directives.union(more.directives), changes.unscoped || more.unscoped)
        }
        #expect(changes.directives == ["239/UBND-NN.TN", "12/CT-UBND"])
        // One byte at most was waiting in the pipe for all of them.
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(read(listener.fileDescriptor, &buffer, buffer.count) < 1)
    }

    @Test func aKilledConnectionIsReportedThenRestored() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let name = "theodoi-tests-listener-\(UInt32.random(in: 0...UInt32.max))"
        // The first reconnection waits a second: long enough to see the listener disconnected.
        let listener = try listener(database, name: name, reconnectDelay: 1)
        let writer = try database.session()
        defer { listener.close(); writer.close() }

        let killed = try writer.scalar("""
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1
            """, [.text(name)])
        #expect(killed == .integer(1))

        // The loss wakes the loop, disconnected.
        #expect(waitReadable(listener.fileDescriptor, milliseconds: Self.patience))
        #expect(!listener.isConnected)
        #expect(listener.lostConnections == 1)
        _ = listener.drain()

        // Back by itself, with everything to re-read.
        #expect(waitReadable(listener.fileDescriptor, milliseconds: Self.patience))
        let changes = listener.drain()
        #expect(listener.isConnected)
        #expect(listener.reconnections == 1)
        #expect(changes.unscoped)

        // And listening again.
        try writer.transaction { try PostgresChangeListener.notify($0, directive: "239/UBND-NN.TN") }
        #expect(waitReadable(listener.fileDescriptor, milliseconds: Self.patience))
        #expect(listener.drain().directives == ["239/UBND-NN.TN"])
    }

    @Test func closeStopsEverything() throws {
        let database = try TemporaryDatabase()
        defer { database.drop() }
        let name = "theodoi-tests-listener-\(UInt32.random(in: 0...UInt32.max))"
        let listener = try listener(database, name: name)
        let writer = try database.session()
        defer { writer.close() }
        #expect(try writer.scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1", [.text(name)]) == .integer(1))
        listener.close()
        listener.close()
        #expect(!listener.isConnected)
        // The server ends the backend when it reads the closed socket: wait for that, bounded.
        let deadline = Date().addingTimeInterval(10)
        var remaining = PostgresValue.integer(1)
        while remaining != .integer(0), Date() < deadline {
            remaining = try writer.scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1", [.text(name)])
            if remaining != .integer(0) { usleep(20_000) }
        }
        #expect(remaining == .integer(0))
    }
}
