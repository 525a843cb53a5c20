import Foundation
import Tracking

/// libpq's password file (`~/.pgpass`, or the file `PGPASSFILE` names), read the way libpq reads
/// it, so that one file serves `psql` and theodoi alike.
///
/// One entry a line, `hostname:port:database:username:password`; `#` starts a comment line. A
/// field that is exactly `*` matches anything; `\:` and `\\` stand for a colon and a backslash
/// (in the password too, where an unescaped colon ends it). The first line that matches wins.
/// For a Unix-socket connection the host field is matched against `localhost` when the socket
/// is in the default folder, else against the folder's path, as libpq does.
public struct PostgresPasswordFile: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// nil: `*`.
        public var host: String?
        public var port: String?
        public var database: String?
        public var user: String?
        public var password: String

        public init(host: String?, port: String?, database: String?, user: String?, password: String) {
            self.host = host
            self.port = port
            self.database = database
            self.user = user
            self.password = password
        }

        func matches(host: String, port: String, database: String, user: String) -> Bool {
            (self.host ?? host) == host && (self.port ?? port) == port
                && (self.database ?? database) == database && (self.user ?? user) == user
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Parses the file's text. Lines with fewer than five fields are skipped, as libpq skips them.
    public init(parsing text: String) {
        var entries: [Entry] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = Substring(rawLine)
            while line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var fields: [(text: String, isWildcard: Bool)] = []
            var current = ""
            var escapedAny = false
            var iterator = line.makeIterator()
            while fields.count < 4, let character = iterator.next() {
                switch character {
                case "\\":
                    if let next = iterator.next() { current.append(next) }
                    escapedAny = true
                case ":":
                    fields.append((current, current == "*" && !escapedAny))
                    current = ""
                    escapedAny = false
                default:
                    current.append(character)
                }
            }
            guard fields.count == 4 else { continue }
            // The rest is the password, de-escaped, up to an unescaped colon (libpq stops there too).
            var password = ""
            while let character = iterator.next(), character != ":" {
                if character == "\\" {
                    if let next = iterator.next() { password.append(next) }
                } else {
                    password.append(character)
                }
            }
            func field(_ index: Int) -> String? { fields[index].isWildcard ? nil : fields[index].text }
            entries.append(Entry(host: field(0), port: field(1), database: field(2), user: field(3), password: password))
        }
        self.entries = entries
    }

    /// The password of the first matching entry; nil when none matches (or it is empty).
    public func password(for location: PostgresLocation) -> String? {
        let host = location.isUnixSocket
            ? (location.host == PostgresLocation.defaultSocketFolder ? "localhost" : location.host)
            : location.host
        guard let entry = entries.first(where: {
            $0.matches(host: host, port: String(location.port), database: location.database, user: location.user)
        }) else { return nil }
        return entry.password.isEmpty ? nil : entry.password
    }
}

/// Something worth a line on standard error that does not stop theodoi.
public enum PostgresWarning: Sendable, Equatable {
    /// The password file can be read or written by group or others: ignored, as libpq does.
    case passwordFileInsecure(path: String)
    /// The password file is a folder or a device: ignored.
    case passwordFileNotPlain(path: String)

    public func message(_ language: Language) -> String {
        switch self {
        case .passwordFileInsecure(let path):
            language.pick("cảnh báo: bỏ qua tệp mật khẩu \(path) vì nhóm hoặc người khác truy cập được; hãy chmod 600 \(path)",
                          "warning: ignoring the password file \(path): its group or others can access it; chmod 600 \(path)")
        case .passwordFileNotPlain(let path):
            language.pick("cảnh báo: bỏ qua tệp mật khẩu \(path) vì nó không phải tệp thường",
                          "warning: ignoring the password file \(path): it is not a plain file")
        }
    }
}

extension PostgresLocation {
    /// Where the password came from, and what was ignored on the way.
    public struct PasswordLookup: Sendable, Equatable {
        public enum Source: Sendable, Equatable {
            case environment
            case file(path: String)
            case none
        }
        public var password: String?
        public var source: Source
        public var warnings: [PostgresWarning]
    }

    /// The password for this location, as libpq finds it: `PGPASSWORD` when set and not empty,
    /// else the first matching line of `PGPASSFILE` (or `~/.pgpass`). A password file that group
    /// or others can access (any of the mode bits 077) is ignored with a warning, and so is one
    /// that is not a plain file; a missing one silently.
    public func lookUpPassword(environment: [String: String] = ProcessInfo.processInfo.environment) -> PasswordLookup {
        if let password = environment["PGPASSWORD"], !password.isEmpty {
            return PasswordLookup(password: password, source: .environment, warnings: [])
        }
        let path: String
        if let file = environment["PGPASSFILE"], !file.isEmpty {
            path = file
        } else if let home = environment["HOME"].flatMap({ $0.isEmpty ? nil : $0 }) ?? Self.homeFolder() {
            path = (home as NSString).appendingPathComponent(".pgpass")
        } else {
            return PasswordLookup(password: nil, source: .none, warnings: [])
        }
        var status = stat()
        guard stat(path, &status) == 0 else { return PasswordLookup(password: nil, source: .none, warnings: []) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return PasswordLookup(password: nil, source: .none, warnings: [.passwordFileNotPlain(path: path)])
        }
        guard status.st_mode & (S_IRWXG | S_IRWXO) == 0 else {
            return PasswordLookup(password: nil, source: .none, warnings: [.passwordFileInsecure(path: path)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return PasswordLookup(password: nil, source: .none, warnings: [])
        }
        let file = PostgresPasswordFile(parsing: String(decoding: data, as: UTF8.self))
        guard let password = file.password(for: self) else { return PasswordLookup(password: nil, source: .none, warnings: []) }
        return PasswordLookup(password: password, source: .file(path: path), warnings: [])
    }

    private static func homeFolder() -> String? {
        guard let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }
}
