import Testing
import Tracking
@testable import TrackingStorePostgres

/// `--db postgresql://…` read as libpq reads it, with a password refused.
@Suite struct PostgresLocationTests {
    private func parse(_ text: String) throws(PostgresStoreError) -> PostgresLocation {
        try PostgresLocation(parsing: text, defaultUser: "canbo")
    }

    private func problem(_ text: String) -> PostgresLocation.Problem? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            if case .invalidLocation(_, let problem) = error { return problem }
            return nil
        }
    }

    @Test func fullURL() throws {
        let location = try parse("postgresql://theodoi@db.example.vn:5433/theodoi")
        #expect(location == PostgresLocation(host: "db.example.vn", port: 5433, user: "theodoi", database: "theodoi"))
        #expect(location.server == "db.example.vn:5433")
        #expect(!location.isUnixSocket)
    }

    @Test func shortSchemeAndCase() throws {
        #expect(try parse("postgres://u@h/d") == PostgresLocation(host: "h", user: "u", database: "d"))
        #expect(try parse("PostgreSQL://u@h/d") == PostgresLocation(host: "h", user: "u", database: "d"))
    }

    @Test func defaults() throws {
        // Port 5432, the Unix user, the database named after the user (libpq's defaults).
        #expect(try parse("postgresql://h") == PostgresLocation(host: "h", port: 5432, user: "canbo", database: "canbo"))
        #expect(try parse("postgresql://h/") == PostgresLocation(host: "h", port: 5432, user: "canbo", database: "canbo"))
        #expect(try parse("postgresql://u@h") == PostgresLocation(host: "h", user: "u", database: "u"))
        #expect(try parse("postgresql://h:6000/db").user == "canbo")
        #expect(try parse("postgresql://h/db").sslMode == .prefer)
    }

    @Test func ipv6() throws {
        let location = try parse("postgresql://u@[::1]:5433/d")
        #expect(location.host == "::1")
        #expect(location.port == 5433)
        #expect(location.server == "[::1]:5433")
        #expect(try parse("postgresql://[fe80::1%25eth0]/d").host == "fe80::1%eth0")
        #expect(try parse("postgresql://[2001:db8::7]/d").port == 5432)
        #expect(problem("postgresql://[::1/d") == .badHost("[::1"))
        #expect(problem("postgresql://[::1]x/d") == .badHost("[::1]x"))
        #expect(problem("postgresql://[]/d") == .badHost("[]"))
    }

    @Test func percentDecoding() throws {
        let location = try parse("postgresql://c%C3%A1n%20b%E1%BB%99%40s%E1%BB%9F@h/theo%2Fd%C3%B5i")
        #expect(location.user == "cán bộ@sở")
        #expect(location.database == "theo/dõi")
        #expect(problem("postgresql://u@h/d%2") == .badPercentEncoding("d%2"))
        #expect(problem("postgresql://u@h/d%zz") == .badPercentEncoding("d%zz"))
        #expect(problem("postgresql://u@h/%C3%28") == .badPercentEncoding("%C3%28"))   // not UTF-8
    }

    @Test func unixSocket() throws {
        let local = try parse("postgresql:///theodoi")
        #expect(local.isUnixSocket)
        #expect(local.host == "/var/run/postgresql")
        #expect(local.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(local.database == "theodoi")
        let folder = try parse("postgresql://u@:5444/d?host=/tmp/pg")
        #expect(folder.host == "/tmp/pg")
        #expect(folder.socketPath == "/tmp/pg/.s.PGSQL.5444")
        #expect(try parse("postgresql://u@%2Fsrv%2Fpg/d").socketPath == "/srv/pg/.s.PGSQL.5432")
        #expect(problem("postgresql://u@h/d?host=relative") == .badParameter(name: "host", value: "relative"))
        #expect(problem("postgresql://u@h/d?host=/tmp") == .badParameter(name: "host", value: "/tmp"))   // two hosts
    }

    @Test func parameters() throws {
        let location = try parse("postgresql://u@h/d?sslmode=disable&connect_timeout=3&application_name=t%C6%B0%E1%BB%9Dng")
        #expect(location.sslMode == .disable)
        #expect(location.connectTimeout == 3)
        #expect(location.applicationName == "tường")
        for mode in PostgresLocation.SSLMode.allCases {
            #expect(try parse("postgresql://h/d?sslmode=\(mode.rawValue)").sslMode == mode)
        }
        #expect(problem("postgresql://h/d?sslmode=maybe") == .badParameter(name: "sslmode", value: "maybe"))
        #expect(problem("postgresql://h/d?connect_timeout=0") == .badParameter(name: "connect_timeout", value: "0"))
        #expect(problem("postgresql://h/d?connect_timeout=soon") == .badParameter(name: "connect_timeout", value: "soon"))
        #expect(problem("postgresql://h/d?target_session_attrs=any") == .unknownParameter("target_session_attrs"))
    }

    @Test func malformed() {
        #expect(problem("mysql://h/d") == .scheme)
        #expect(problem("postgresql:/h/d") == .scheme)
        #expect(problem("postgresql://h:0/d") == .badPort("0"))
        #expect(problem("postgresql://h:65536/d") == .badPort("65536"))
        #expect(problem("postgresql://h:54x/d") == .badPort("54x"))
        #expect(problem("postgresql://h:/d") == .badPort(""))
        #expect(problem("postgresql://h1,h2/d") == .severalHosts)
        #expect(problem("postgresql://h/d#top") == .fragment)
        #expect(problem("postgresql://bad%20host/d") == .badHost("bad host"))
    }

    @Test func passwordIsRefusedWithoutShowingIt() {
        for url in ["postgresql://theodoi:s3cret@h:5432/d", "postgresql://theodoi:@h/d", "postgres://theodoi:s3cret@[::1]/d?sslmode=require",
                    "postgresql://theodoi@h/d?password=s3cret", "postgresql://theodoi@h/d?sslmode=disable&password=s3cret",
                    "postgresql://theodoi:s3cret@h:notaport/d"] {
            #expect(throws: PostgresStoreError.self) { try parse(url) }
            do {
                _ = try parse(url)
            } catch {
                guard case .passwordInLocation(let location) = error else {
                    Issue.record("\(url): \(error)")
                    continue
                }
                #expect(!location.contains("s3cret"))
                for language in Language.allCases {
                    let message = error.message(language)
                    #expect(!message.contains("s3cret"))
                    #expect(!message.contains("\n"))
                    #expect(message.contains("pgpass"))
                    #expect(message.contains("PGPASSWORD"))
                }
            }
        }
        #expect(PostgresLocation.withoutPassword("postgresql://u:pw@h/d?password=pw&sslmode=disable")
                == "postgresql://u@h/d?password=…&sslmode=disable")
    }

    @Test func descriptionReadsBack() throws {
        let urls = [
            "postgresql://theodoi@127.0.0.1:5432/theodoi",
            "postgresql://u@[::1]:5433/d?sslmode=disable",
            "postgresql://c%C3%A1n%20b%E1%BB%99%40s%E1%BB%9F@h:5432/theo%2Fd%C3%B5i?connect_timeout=2.5&application_name=wall",
            "postgresql:///theodoi",
            "postgresql://u@:5444/d?host=/tmp/pg%20x",
        ]
        for url in urls {
            let location = try parse(url)
            #expect(try parse(location.description) == location, "\(url) → \(location.description)")
        }
        #expect(try parse("postgres://theodoi@h/theodoi").description == "postgresql://theodoi@h:5432/theodoi")
        // Readable: Vietnamese stays as it is, only delimiters are escaped.
        #expect(try parse("postgresql://u@h/theo%2Fd%C3%B5i").description == "postgresql://u@h:5432/theo%2Fdõi")
    }

    @Test func isPostgres() {
        #expect(PostgresLocation.isPostgres("postgresql://h/d"))
        #expect(PostgresLocation.isPostgres("postgres://h/d"))
        #expect(PostgresLocation.isPostgres("POSTGRESQL://h/d"))
        #expect(!PostgresLocation.isPostgres("postgres.sqlite"))
        #expect(!PostgresLocation.isPostgres("/var/lib/theodoi/postgresql://x"))
        #expect(!PostgresLocation.isPostgres("theodoi.sqlite"))
        #expect(!PostgresLocation.isPostgres(""))
    }
}
