import Foundation
import TrackingStorePostgres

/// Puts a generated SQLite store on a PostgreSQL server for the benchmark: a fresh database
/// (dropped first when a run before left it), then the binary under test's own `theodoi
/// migrate`, whose time is logged (a province moving its file onto a server does the same).
struct PostgresCopy {
    var server: String
    var binary: String
    var home: String
    var log: (String) -> Void

    /// - Returns: the URL of the new database, for `--db`.
    func copy(_ sqlite: String, name: String) throws -> String {
        var location = try PostgresLocation(parsing: server)
        let admin = try PostgresSession(location: location)
        defer { admin.close() }
        let quoted = PostgresSchema.quoteIdentifier(name)
        try admin.execute("DROP DATABASE IF EXISTS \(quoted) WITH (FORCE)")
        try admin.execute("CREATE DATABASE \(quoted)")
        location.database = name
        let url = location.description
        let started = Date()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["migrate", "--from", sqlite, "--to", url]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        environment["XDG_CONFIG_HOME"] = home + "/.config"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkError("theodoi migrate into \(url) failed (exit \(process.terminationStatus))") }
        log("copied \(sqlite) to \(url) with theodoi migrate in \(Format.seconds(Date().timeIntervalSince(started)))")
        return url
    }
}
