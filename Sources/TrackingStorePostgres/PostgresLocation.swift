import Foundation
import Tracking

/// Where a PostgreSQL store lives, read from `--db postgresql://user@host:port/dbname`.
///
/// The URL follows libpq's (`postgresql://` or `postgres://`, percent-decoding, `[::1]` for an
/// IPv6 address, port 5432 and the Unix user by default, the database named after the user when
/// the path is empty), so that an address that works with `psql` works here — with one
/// deliberate difference: **a password in the URL is refused**. `--db` is on the command line,
/// and a command line is readable by every user of the machine (`ps`, `/proc/*/cmdline`); the
/// password comes from `PGPASSWORD` or the password file instead (``lookUpPassword(environment:)``).
///
/// An empty host (`postgresql:///theodoi`) or a `host=/folder` parameter means the server's
/// Unix socket in that folder (Debian's `/var/run/postgresql` by default, as its libpq does).
///
/// Query parameters understood (any other is refused rather than ignored, so that a mistyped
/// one is not silently without effect): `sslmode` (`disable`, `allow`, `prefer` — the default,
/// as in libpq —, `require`, `verify-ca`, `verify-full`), `connect_timeout` (seconds),
/// `application_name`, and `host` (a socket folder).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// A TCP host name or address (IPv6 without brackets), or a folder holding the server's
    /// Unix socket (starts with "/").
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var sslMode: SSLMode
    /// `connect_timeout`, in seconds; nil: the session's default.
    public var connectTimeout: Double?
    /// `application_name`, shown in `pg_stat_activity`; nil: the session's own.
    public var applicationName: String?

    /// libpq's `sslmode`. `require` encrypts without checking the certificate, as in libpq;
    /// `verify-ca` checks it against the system's trust roots, `verify-full` the host name too.
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        case disable
        /// Treated as `prefer`: PostgresNIO asks for TLS first or not at all.
        case allow
        case prefer
        case require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// Debian's (and Ubuntu's) folder of the server's socket, where libpq looks by default there.
    public static let defaultSocketFolder = "/var/run/postgresql"
    public static let defaultPort = 5432

    public init(host: String, port: Int = defaultPort, user: String, database: String, sslMode: SSLMode = .prefer,
                connectTimeout: Double? = nil, applicationName: String? = nil) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.sslMode = sslMode
        self.connectTimeout = connectTimeout
        self.applicationName = applicationName
    }

    /// Whether `--db` names a PostgreSQL server rather than a SQLite file: by its scheme only, so
    /// that a file named `postgres.sqlite` stays a file.
    public static func isPostgres(_ db: String) -> Bool {
        let lowered = db.prefix(16).lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    /// Whether ``host`` is a socket folder rather than a TCP host.
    public var isUnixSocket: Bool { host.hasPrefix("/") }

    /// The socket file the server creates in ``host`` (`.s.PGSQL.5432`).
    public var socketPath: String { host + (host.hasSuffix("/") ? "" : "/") + ".s.PGSQL.\(port)" }

    /// `host:port` (`[::1]:5432`, or the socket's path), for messages.
    public var server: String {
        if isUnixSocket { return socketPath }
        return (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
    }

    /// The URL again, never with a password (there is none to show: it is refused), for
    /// messages and logs. Reading it back gives the same location.
    public var description: String {
        var text = "postgresql://" + Self.encode(user) + "@"
        var parameters: [(String, String)] = []
        if isUnixSocket {
            if port != Self.defaultPort { text += ":\(port)" }
            if host != Self.defaultSocketFolder { parameters.append(("host", host)) }
        } else {
            text += (host.contains(":") ? "[\(host)]" : Self.encode(host)) + ":\(port)"
        }
        text += "/" + Self.encode(database)
        if sslMode != .prefer { parameters.append(("sslmode", sslMode.rawValue)) }
        if let connectTimeout {
            parameters.append(("connect_timeout", connectTimeout == connectTimeout.rounded() ? String(Int(connectTimeout)) : String(connectTimeout)))
        }
        if let applicationName { parameters.append(("application_name", applicationName)) }
        if !parameters.isEmpty {
            text += "?" + parameters.map { "\($0.0)=\(Self.encode($0.1, keepingSlashes: $0.0 == "host"))" }.joined(separator: "&")
        }
        return text
    }

    /// Percent-encodes what would change the URL's meaning (delimiters, `%`, spaces, control
    /// characters), and nothing else, so that a Vietnamese name stays readable in a message.
    static func encode(_ text: String, keepingSlashes: Bool = false) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let isDelimiter = scalar.isASCII && delimiters.contains(UInt8(scalar.value))
                && !(keepingSlashes && scalar == "/")
            let isControl = scalar.value < 0x21 || (0x7F...0x9F).contains(scalar.value)
            if isDelimiter || isControl {
                for byte in String(scalar).utf8 { result += String(format: "%%%02X", byte) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let delimiters: Set<UInt8> = Set("%@:/?#&=[]+\"".utf8)
}
