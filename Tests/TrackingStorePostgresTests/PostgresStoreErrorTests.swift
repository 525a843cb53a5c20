import Testing
import Tracking
@testable import TrackingStorePostgres

/// One clear line per error, in both languages, with nothing from outside obeyed by the terminal.
@Suite struct PostgresStoreErrorTests {
    static let every: [PostgresStoreError] = [
        .invalidLocation("postgresql://h:x/d", problem: .badPort("x")),
        .passwordInLocation(location: "postgresql://u@h/d"),
        .unreachable(server: "127.0.0.1:5432", reason: .refused),
        .unreachable(server: "10.0.0.1:5432", reason: .timeout(seconds: 2.5)),
        .unreachable(server: "nowhere:5432", reason: .unknownHost),
        .unreachable(server: "/tmp/.s.PGSQL.5432", reason: .socketMissing(path: "/tmp/.s.PGSQL.5432")),
        .unreachable(server: "h:5432", reason: .system("Network is unreachable")),
        .authenticationFailed(user: "theodoi", server: "h:5432"),
        .passwordRequired(user: "theodoi", server: "h:5432"),
        .databaseMissing(database: "theodoi", server: "h:5432"),
        .permissionDenied(user: "theodoi_wall", detail: "permission denied for table report"),
        .connectionLost(server: "h:5432"),
        .serverTooOld(server: "h:5432", version: "9.6.24", minimum: "13.0"),
        .notOurs(location: "postgresql://u@h:5432/d"),
        .tooNew(location: "postgresql://u@h:5432/d"),
        .notPrepared(location: "postgresql://u@h:5432/d"),
        .serializationFailure(server: "h:5432", sqlState: "40001"),
        .conflict(attempts: 5),
        .tooManyRights(user: "theodoi_wall", rights: ["INSERT on report", "UPDATE on report"]),
        .other(server: "h:5432", message: "something"),
    ]

    @Test func oneLineEachInBothLanguages() {
        for error in Self.every {
            let vi = error.message(.vi)
            let en = error.message(.en)
            #expect(!vi.isEmpty && !en.isEmpty && vi != en, "\(error)")
            #expect(!vi.contains("\n") && !en.contains("\n"), "\(error)")
        }
        #expect(PostgresStoreError.unreachable(server: "127.0.0.1:5432", reason: .refused).message(.en)
                == "cannot reach the PostgreSQL server 127.0.0.1:5432: nothing listens on that port (the server is not running, or the port is wrong)")
        #expect(PostgresStoreError.permissionDenied(user: "theodoi_wall", detail: "x").message(.en).contains("read-only"))
        #expect(PostgresStoreError.unreachable(server: "h", reason: .timeout(seconds: 2.5)).message(.en).contains("2.5 s"))
        #expect(PostgresStoreError.unreachable(server: "h", reason: .timeout(seconds: 10)).message(.en).contains("10 s"))
    }

    @Test func serverTextIsMadePrintable() {
        #expect(PostgresStoreError.printable("bad\u{1B}[2Jthing\r\n\tnext\u{9B}31m\u{7F}") == "bad [2Jthing next 31m")
        #expect(PostgresStoreError.printable("  lỗi   ở   đây  ") == "lỗi ở đây")
        #expect(PostgresStoreError.printable(String(repeating: "x", count: 400)).count == 301)
    }

    @Test func serverErrorsBySQLState() {
        let location = PostgresLocation(host: "h", user: "theodoi_wall", database: "theodoi")
        func map(_ state: String, _ message: String = "m") -> PostgresStoreError {
            PostgresErrorMapping.serverError(sqlState: state, message: message, location: location)
        }
        #expect(map("28P01") == .authenticationFailed(user: "theodoi_wall", server: "h:5432"))
        #expect(map("28000", "role \"x\" does not exist") == .authenticationFailed(user: "theodoi_wall", server: "h:5432"))
        #expect(map("28000", "no pg_hba.conf entry for host \"1.2.3.4\"") == .other(server: "h:5432", message: "no pg_hba.conf entry for host \"1.2.3.4\""))
        #expect(map("3D000") == .databaseMissing(database: "theodoi", server: "h:5432"))
        #expect(map("42501", "permission denied for table report") == .permissionDenied(user: "theodoi_wall", detail: "permission denied for table report"))
        #expect(map("25006") == .permissionDenied(user: "theodoi_wall", detail: "m"))
        #expect(map("40001") == .serializationFailure(server: "h:5432", sqlState: "40001"))
        #expect(map("40P01") == .serializationFailure(server: "h:5432", sqlState: "40P01"))
        #expect(map("57P01") == .connectionLost(server: "h:5432"))
        #expect(map("23505", "duplicate key\u{1B}[31m value") == .other(server: "h:5432", message: "duplicate key [31m value"))
        #expect(map("XX000", "") == .other(server: "h:5432", message: "SQLSTATE XX000"))
    }

    @Test func versionText() {
        #expect(PostgresSession.versionText(150_004) == "15.4")
        #expect(PostgresSession.versionText(130_000) == "13.0")
        #expect(PostgresSession.versionText(90_624) == "9.6.24")
    }
}
