import Foundation
import GRDB
import Testing

/// Several processes at once, and processes killed mid-write, against one database file.
@Suite struct ConcurrentProcessTests {
    @Test func simultaneousSubmissionsAllLand() throws {
        let folder = try TestFolder()
        try TheodoiProcess.run(["status", "--db", folder.database])
        let file = try folder.write("r.json", ReportJSON.valid)
        let writers = 6
        let started = try (0..<writers).map { _ in
            try TheodoiProcess.start(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                      "--db", folder.database, "--today", "2025-02-12"])
        }
        for (process, _, _) in started { process.waitUntilExit() }
        #expect(started.allSatisfy { $0.0.terminationStatus == 0 })

        let revisions = try DatabaseQueue(path: folder.database).read {
            try Int.fetchAll($0, sql: "SELECT revision FROM report ORDER BY revision")
        }
        #expect(revisions == Array(1...writers))
    }

    /// Whatever moment a writer dies at, the file stays consistent and each report is whole
    /// (all three figures rows and its audit entry) or absent.
    @Test func killedWritersLeaveTheDatabaseConsistent() throws {
        let folder = try TestFolder()
        try TheodoiProcess.run(["status", "--db", folder.database])
        let file = try folder.write("r.json", ReportJSON.valid)
        for round in 0..<12 {
            let (process, _, _) = try TheodoiProcess.start(["report", "submit", "--task", "1", "--agency", "cong an",
                                                            "--file", file, "--db", folder.database, "--today", "2025-02-12"])
            // Spread the kills over the process's life: from start-up to the commit.
            usleep(UInt32(round * 6_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let (integrity, reports, partial, audited) = try DatabaseQueue(path: folder.database).read { db in
            (try String.fetchOne(db, sql: "PRAGMA integrity_check"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? -1,
             try Int.fetchOne(db, sql: """
                SELECT count(*) FROM report r WHERE (SELECT count(*) FROM report_figure f WHERE f.report_id = r.id) != 3
                """) ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE action = 'report.submit'") ?? -1)
        }
        #expect(integrity == "ok")
        #expect(partial == 0)
        #expect(audited == reports)

        // And the next writer still succeeds.
        let after = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                            "--db", folder.database, "--today", "2025-02-12"])
        #expect(after.status == 0, "\(after.stderr)")
    }
}
