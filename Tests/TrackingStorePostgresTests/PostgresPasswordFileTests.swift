import Foundation
import Testing
import Tracking
@testable import TrackingStorePostgres

/// `~/.pgpass` read as libpq reads it, and `PGPASSWORD` before it.
@Suite struct PostgresPasswordFileTests {
    private let location = PostgresLocation(host: "db.local", port: 5432, user: "theodoi", database: "theodoi")

    @Test func firstMatchingLineWins() {
        let file = PostgresPasswordFile(parsing: """
            # comment: host:port:db:user:password
            other.host:5432:theodoi:theodoi:wrong-host
            db.local:5433:theodoi:theodoi:wrong-port
            db.local:5432:other:theodoi:wrong-db
            db.local:5432:theodoi:someone:wrong-user
            db.local:5432:theodoi:theodoi:right

            db.local:5432:theodoi:theodoi:second
            """)
        #expect(file.entries.count == 6)
        #expect(file.password(for: location) == "right")
    }

    @Test func wildcards() {
        #expect(PostgresPasswordFile(parsing: "*:*:*:*:any").password(for: location) == "any")
        #expect(PostgresPasswordFile(parsing: "*:5432:*:theodoi:p").password(for: location) == "p")
        #expect(PostgresPasswordFile(parsing: "*:5433:*:theodoi:p").password(for: location) == nil)
        // Only a whole field "*" is a wildcard; an escaped one is a literal star.
        #expect(PostgresPasswordFile(parsing: "db*:*:*:*:p").password(for: location) == nil)
        #expect(PostgresPasswordFile(parsing: "\\*:*:*:*:p").password(for: location) == nil)
        let star = PostgresLocation(host: "*", user: "theodoi", database: "theodoi")
        #expect(PostgresPasswordFile(parsing: "\\*:*:*:*:p").password(for: star) == "p")
    }

    @Test func escapes() {
        let file = PostgresPasswordFile(parsing: #"db.local:5432:theo\:doi:the\\odoi:pa\:ss\\word"#)
        #expect(file.entries == [PostgresPasswordFile.Entry(host: "db.local", port: "5432", database: "theo:doi",
                                                             user: #"the\odoi"#, password: #"pa:ss\word"#)])
        let named = PostgresLocation(host: "db.local", user: #"the\odoi"#, database: "theo:doi")
        #expect(file.password(for: named) == #"pa:ss\word"#)
        // An unescaped colon ends the password, as in libpq.
        #expect(PostgresPasswordFile(parsing: "*:*:*:*:abc:def").entries.first?.password == "abc")
    }

    @Test func shortAndOddLines() {
        let file = PostgresPasswordFile(parsing: "db.local:5432:theodoi\r\n#*:*:*:*:commented\r\n*:*:*:*:crlf\r\n")
        #expect(file.entries.count == 1)
        #expect(file.password(for: location) == "crlf")
        #expect(PostgresPasswordFile(parsing: "").entries.isEmpty)
        // An empty password is no password.
        #expect(PostgresPasswordFile(parsing: "*:*:*:*:").password(for: location) == nil)
    }

    @Test func unixSocketMatchesLocalhostInTheDefaultFolder() {
        let file = PostgresPasswordFile(parsing: "localhost:5432:*:*:local\n/tmp/pg:5432:*:*:folder")
        #expect(file.password(for: PostgresLocation(host: "/var/run/postgresql", user: "u", database: "d")) == "local")
        #expect(file.password(for: PostgresLocation(host: "/tmp/pg", user: "u", database: "d")) == "folder")
        #expect(file.password(for: PostgresLocation(host: "/elsewhere", user: "u", database: "d")) == nil)
    }

    @Test func ipv6HostIsMatchedWithoutBrackets() {
        let file = PostgresPasswordFile(parsing: #"\:\:1:5432:*:*:six"#)
        #expect(file.password(for: PostgresLocation(host: "::1", user: "u", database: "d")) == "six")
    }

    // MARK: Looking it up

    @Test func environmentComesFirst() throws {
        let folder = try Folder()
        let path = try folder.write(".pgpass", "*:*:*:*:from-file", mode: 0o600)
        let lookup = location.lookUpPassword(environment: ["PGPASSWORD": "from-env", "PGPASSFILE": path])
        #expect(lookup == .init(password: "from-env", source: .environment, warnings: []))
        // An empty PGPASSWORD is as if unset (libpq then reads the file).
        #expect(location.lookUpPassword(environment: ["PGPASSWORD": "", "PGPASSFILE": path]).password == "from-file")
    }

    @Test func passFileAndHome() throws {
        let folder = try Folder()
        let named = try folder.write("named", "*:*:*:*:named", mode: 0o600)
        _ = try folder.write(".pgpass", "*:*:*:*:home", mode: 0o600)
        #expect(location.lookUpPassword(environment: ["PGPASSFILE": named, "HOME": folder.path])
                == .init(password: "named", source: .file(path: named), warnings: []))
        #expect(location.lookUpPassword(environment: ["HOME": folder.path]).password == "home")
        #expect(location.lookUpPassword(environment: ["PGPASSFILE": folder.path + "/missing"])
                == .init(password: nil, source: .none, warnings: []))
    }

    @Test func unsafeFileIsIgnoredWithAWarning() throws {
        let folder = try Folder()
        for mode in [0o640, 0o604, 0o620, 0o660, 0o644] as [mode_t] {
            let path = try folder.write("pgpass-\(String(mode, radix: 8))", "*:*:*:*:secret", mode: mode)
            let lookup = location.lookUpPassword(environment: ["PGPASSFILE": path])
            #expect(lookup == .init(password: nil, source: .none, warnings: [.passwordFileInsecure(path: path)]))
            for language in Language.allCases {
                let message = PostgresWarning.passwordFileInsecure(path: path).message(language)
                #expect(message.contains(path) && message.contains("600") && !message.contains("\n"))
            }
        }
        #expect(location.lookUpPassword(environment: ["PGPASSFILE": try folder.write("ok", "*:*:*:*:s", mode: 0o400)]).password == "s")
        #expect(location.lookUpPassword(environment: ["PGPASSFILE": folder.path]).warnings == [.passwordFileNotPlain(path: folder.path)])
    }
}

/// A temporary folder, removed at the end of the test.
final class Folder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("theodoi-pg-\(UInt64.random(in: 0...UInt64.max))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o700)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func write(_ name: String, _ text: String, mode: mode_t) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        chmod(file, mode)
        return file
    }
}
