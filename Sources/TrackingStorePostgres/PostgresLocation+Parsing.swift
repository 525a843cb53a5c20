import Foundation
import Tracking

extension PostgresLocation {
    /// What is wrong with a `--db postgresql://…` that could not be read.
    public enum Problem: Equatable, Sendable {
        /// Not `postgresql://` or `postgres://`.
        case scheme
        case badPort(String)
        case badPercentEncoding(String)
        case badHost(String)
        /// `host1,host2`: libpq's fail-over lists are not supported.
        case severalHosts
        case unknownParameter(String)
        case badParameter(name: String, value: String)
        /// A `#fragment`, which no PostgreSQL URL has.
        case fragment

        public func message(_ language: Language) -> String {
            switch self {
            case .scheme:
                language.pick("phải bắt đầu bằng postgresql:// hoặc postgres://", "it must start with postgresql:// or postgres://")
            case .badPort(let port):
                language.pick("cổng \"\(PostgresStoreError.printable(port))\" không phải số từ 1 đến 65535",
                              "the port \"\(PostgresStoreError.printable(port))\" is not a number from 1 to 65535")
            case .badPercentEncoding(let text):
                language.pick("mã %XX sai trong \"\(PostgresStoreError.printable(text))\"",
                              "a bad %XX escape in \"\(PostgresStoreError.printable(text))\"")
            case .badHost(let host):
                language.pick("tên máy \"\(PostgresStoreError.printable(host))\" không hợp lệ",
                              "the host \"\(PostgresStoreError.printable(host))\" is not valid")
            case .severalHosts:
                language.pick("chỉ dùng được một máy chủ", "only one server can be given")
            case .unknownParameter(let name):
                language.pick("không biết tham số \"\(PostgresStoreError.printable(name))\" (dùng được: sslmode, connect_timeout, application_name, host)",
                              "unknown parameter \"\(PostgresStoreError.printable(name))\" (known: sslmode, connect_timeout, application_name, host)")
            case .badParameter(let name, let value):
                language.pick("giá trị \"\(PostgresStoreError.printable(value))\" của \(name) không hợp lệ\(Self.expected(name, .vi))",
                              "the value \"\(PostgresStoreError.printable(value))\" of \(name) is not valid\(Self.expected(name, .en))")
            case .fragment:
                language.pick("địa chỉ PostgreSQL không có phần #…", "a PostgreSQL address has no #… part")
            }
        }

        private static func expected(_ name: String, _ language: Language) -> String {
            switch name {
            case "sslmode":
                " (" + language.pick("một trong", "one of") + " " + SSLMode.allCases.map(\.rawValue).joined(separator: ", ") + ")"
            case "connect_timeout":
                language.pick(" (số giây, lớn hơn 0)", " (seconds, more than 0)")
            case "host":
                language.pick(" (thư mục chứa socket, bắt đầu bằng /)", " (the socket's folder, starting with /)")
            default:
                ""
            }
        }
    }

    /// Reads `postgresql://[user@][host][:port][/dbname][?param=value&…]`.
    ///
    /// - Parameter defaultUser: the user when the URL names none (libpq's default: the Unix user).
    /// - Throws: ``PostgresStoreError/passwordInLocation(location:)`` for `user:password@…` or
    ///   `?password=`, whatever else is wrong; ``PostgresStoreError/invalidLocation(_:problem:)``.
    public init(parsing text: String, defaultUser: String = PostgresLocation.unixUser()) throws(PostgresStoreError) {
        var rest = Substring(text)
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgresql://") {
            rest = rest.dropFirst("postgresql://".count)
        } else if lowered.hasPrefix("postgres://") {
            rest = rest.dropFirst("postgres://".count)
        } else {
            throw .invalidLocation(text, problem: .scheme)
        }
        // The password check comes first, so that a URL with a password is refused for that
        // reason even when something else is wrong with it too — and its message, which quotes
        // the URL, never shows the password.
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var userPart: Substring?
        var hostPart = authority
        if let at = authority.lastIndex(of: "@") {
            userPart = authority[..<at]
            hostPart = authority[authority.index(after: at)...]
        }
        let queryText: Substring? = rest.firstIndex(of: "?").map { rest[rest.index(after: $0)...] }
        let passwordInQuery = queryText?.split(separator: "&").contains {
            $0.split(separator: "=", maxSplits: 1).first.map { (try? Self.decode($0)) == "password" } ?? false
        } ?? false
        if userPart?.contains(":") == true || passwordInQuery {
            throw .passwordInLocation(location: Self.withoutPassword(text))
        }

        func decoded(_ part: Substring) throws(PostgresStoreError) -> String {
            do { return try Self.decode(part) } catch { throw .invalidLocation(Self.withoutPassword(text), problem: .badPercentEncoding(String(part))) }
        }
        func problem(_ problem: Problem) -> PostgresStoreError { .invalidLocation(Self.withoutPassword(text), problem: problem) }

        if rest.contains("#") { throw problem(.fragment) }
        let user = try userPart.map(decoded) ?? ""
        // Host and port: "[v6]:port", "host:port", "host", ":port", "".
        var host = ""
        var portText: Substring?
        if hostPart.hasPrefix("[") {
            guard let close = hostPart.firstIndex(of: "]") else { throw problem(.badHost(String(hostPart))) }
            host = try decoded(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            let after = hostPart[hostPart.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw problem(.badHost(String(hostPart))) }
                portText = after.dropFirst()
            }
            // An IPv6 address, with an optional zone ("fe80::1%eth0", written %25eth0).
            guard host.contains(":"), host.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == ":" || $0 == "." || $0 == "%" }) else {
                throw problem(.badHost(String(hostPart)))
            }
        } else {
            if hostPart.contains(",") { throw problem(.severalHosts) }
            if let colon = hostPart.lastIndex(of: ":") {
                host = try decoded(hostPart[..<colon])
                portText = hostPart[hostPart.index(after: colon)...]
            } else {
                host = try decoded(hostPart)
            }
            if host.contains(where: { $0.isWhitespace || $0 == "/" && !host.hasPrefix("/") }) {
                throw problem(.badHost(host))
            }
        }
        var port = Self.defaultPort
        if let portText {
            guard let value = Int(portText), (1...65_535).contains(value), portText.allSatisfy(\.isASCII) else {
                throw problem(.badPort(String(portText)))
            }
            port = value
        }

        var database = ""
        if authorityEnd < rest.endIndex, rest[authorityEnd] == "/" {
            let pathStart = rest.index(after: authorityEnd)
            let pathEnd = rest[pathStart...].firstIndex(of: "?") ?? rest.endIndex
            database = try decoded(rest[pathStart..<pathEnd])
        }

        var sslMode = SSLMode.prefer
        var connectTimeout: Double?
        var applicationName: String?
        for pair in queryText?.split(separator: "&", omittingEmptySubsequences: true) ?? [] {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decoded(parts[0])
            let value = parts.count > 1 ? try decoded(parts[1]) : ""
            switch name {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else { throw problem(.badParameter(name: name, value: value)) }
                sslMode = mode
            case "connect_timeout":
                // libpq: 0 or negative waits forever; here a wait is always bounded.
                guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                    throw problem(.badParameter(name: name, value: value))
                }
                connectTimeout = seconds
            case "application_name":
                applicationName = value
            case "host":
                guard value.hasPrefix("/"), host.isEmpty else { throw problem(.badParameter(name: name, value: value)) }
                host = value
            default:
                throw problem(.unknownParameter(name))
            }
        }

        let finalUser = user.isEmpty ? defaultUser : user
        self.init(host: host.isEmpty ? Self.defaultSocketFolder : host, port: port, user: finalUser,
                  database: database.isEmpty ? finalUser : database, sslMode: sslMode,
                  connectTimeout: connectTimeout, applicationName: applicationName)
    }

    /// The Unix user of the effective uid (libpq's default user), from the password database.
    public static func unixUser() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "postgres"
    }

    /// Decodes `%XX` escapes into UTF-8; throws on a malformed escape or invalid UTF-8.
    static func decode(_ text: Substring) throws -> String {
        struct Malformed: Error {}
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { throw Malformed() }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        guard let string = String(validating: bytes, as: UTF8.self) else { throw Malformed() }
        return string
    }

    /// The text of a URL with any `user:password@` cut to `user@` and any `password=…` value
    /// masked, for a message about it. Works on text that does not parse.
    static func withoutPassword(_ text: String) -> String {
        var result = text
        if let schemeEnd = result.range(of: "://") {
            let afterScheme = result[schemeEnd.upperBound...]
            let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
            let authority = afterScheme[..<authorityEnd]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result.replaceSubrange(colon..<at, with: "")
            }
        }
        if let query = result.firstIndex(of: "?") {
            let head = result[...query]
            let pairs = result[result.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false).map { pair in
                pair.lowercased().hasPrefix("password=") ? "password=…" : String(pair)
            }
            result = head + pairs.joined(separator: "&")
        }
        return PostgresStoreError.printable(result)
    }
}
