import Foundation
import Tracking

/// Why the PostgreSQL store refused, in words a user can act on: one line each, in the user's
/// language, as ``TrackingStore/StoreError`` does for the SQLite file.
///
/// `server` is always ``PostgresLocation/description`` or `host:port`: a URL without any password,
/// so that a message can go to a terminal, a log or a bug report as it is. The server's own
/// words (``other(server:message:)``) are stripped of control characters before they get here
/// (``PostgresStoreError/printable(_:)``): nothing from the network reaches the terminal as an
/// escape sequence.
public enum PostgresStoreError: UserFacingError, Equatable, Sendable {
    /// `--db` looked like a PostgreSQL URL but could not be read.
    case invalidLocation(String, problem: PostgresLocation.Problem)
    /// A password written in the URL (or `?password=`): refused, never used. `location` is the
    /// URL without it.
    case passwordInLocation(location: String)
    /// No connection at all: nothing listens there, a firewall drops, the name is unknown.
    case unreachable(server: String, reason: UnreachableReason)
    /// The server refused the user's password (or the user does not exist: the server does not
    /// say which, on purpose).
    case authenticationFailed(user: String, server: String)
    /// The server asks for a password and none was found in `PGPASSWORD` or the password file.
    case passwordRequired(user: String, server: String)
    case databaseMissing(database: String, server: String)
    /// A write by a role that may only read (the wall's), or any other refused privilege.
    case permissionDenied(user: String, detail: String)
    /// The connection broke in the middle (server restarted, backend terminated, network).
    case connectionLost(server: String)
    /// The server is older than the oldest this program's SQL was written for.
    case serverTooOld(server: String, version: String, minimum: String)
    /// The database holds tables but is not a theodoi store: nothing was changed.
    case notOurs(location: String)
    /// The store was migrated by a newer theodoi (a migration this program does not know).
    case tooNew(location: String)
    /// A read-only opening of a store that has not been created or brought up to date yet.
    case notPrepared(location: String)
    /// The server stopped a transaction because of a concurrent one: serialization failure
    /// (SQLSTATE 40001) or deadlock (40P01). ``PostgresSession/transaction(isolation:readOnly:attempts:_:)``
    /// runs it again; outside one, the statement may simply be run again.
    case serializationFailure(server: String, sqlState: String)
    /// Concurrent changes kept colliding (SQLSTATE 40001/40P01) after every retry.
    case conflict(attempts: Int)
    /// The wall's role holds rights it does not need (`rights`: "INSERT on report", …).
    case tooManyRights(user: String, rights: [String])
    /// Anything else the server (or the connection) said, cleaned for the terminal.
    case other(server: String, message: String)

    /// Why a server could not be reached.
    public enum UnreachableReason: Equatable, Sendable {
        case refused
        case timeout(seconds: Double)
        case unknownHost
        case socketMissing(path: String)
        /// The operating system's own words (`strerror`).
        case system(String)
    }

    public func message(_ language: Language) -> String {
        switch self {
        case .invalidLocation(let text, let problem):
            language.pick("địa chỉ PostgreSQL \"\(Self.printable(text))\" không đọc được: \(problem.message(.vi))",
                          "cannot read the PostgreSQL address \"\(Self.printable(text))\": \(problem.message(.en))")
        case .passwordInLocation(let location):
            language.pick("không ghi mật khẩu trên dòng lệnh (ai cũng xem được bằng ps): bỏ mật khẩu khỏi \(location) và đặt nó vào ~/.pgpass (hoặc PGPASSFILE) hay biến PGPASSWORD",
                          "a password never goes on the command line (anyone can see it with ps): take it out of \(location) and put it in ~/.pgpass (or PGPASSFILE) or PGPASSWORD")
        case .unreachable(let server, let reason):
            language.pick("không kết nối được máy chủ PostgreSQL \(server): \(reason.message(.vi))",
                          "cannot reach the PostgreSQL server \(server): \(reason.message(.en))")
        case .authenticationFailed(let user, let server):
            language.pick("máy chủ \(server) từ chối đăng nhập của \(user): sai mật khẩu hoặc không có người dùng này (xem ~/.pgpass, PGPASSWORD)",
                          "the server \(server) refused the login of \(user): wrong password or no such user (check ~/.pgpass, PGPASSWORD)")
        case .passwordRequired(let user, let server):
            language.pick("máy chủ \(server) đòi mật khẩu của \(user): hãy đặt nó vào ~/.pgpass (chmod 600) hoặc biến PGPASSWORD",
                          "the server \(server) asks for the password of \(user): put it in ~/.pgpass (chmod 600) or PGPASSWORD")
        case .databaseMissing(let database, let server):
            language.pick("máy chủ \(server) không có cơ sở dữ liệu \"\(database)\": hãy tạo nó (createdb) hoặc sửa --db",
                          "the server \(server) has no database \"\(database)\": create it (createdb) or correct --db")
        case .permissionDenied(let user, let detail):
            language.pick("\(user) không có quyền làm việc này (vai trò chỉ đọc, như của màn hình treo tường, không ghi được): \(detail)",
                          "\(user) has no right to do this (a read-only role, like the wall's, cannot write): \(detail)")
        case .connectionLost(let server):
            language.pick("mất kết nối với máy chủ \(server); thay đổi đang làm (nếu có) chưa được ghi, hãy thử lại",
                          "the connection to \(server) was lost; the change in progress (if any) was not written, try again")
        case .serverTooOld(let server, let version, let minimum):
            language.pick("máy chủ \(server) chạy PostgreSQL \(version), cũ quá: theodoi cần từ \(minimum) trở lên",
                          "the server \(server) runs PostgreSQL \(version), too old: theodoi needs \(minimum) or later")
        case .notOurs(let location):
            language.pick("\(location) là cơ sở dữ liệu của chương trình khác, không phải của theodoi; dữ liệu không bị thay đổi",
                          "\(location) is another program's database, not theodoi's; nothing was changed")
        case .tooNew(let location):
            language.pick("cơ sở dữ liệu \(location) do phiên bản theodoi mới hơn tạo; hãy cập nhật theodoi",
                          "the database \(location) was made by a newer theodoi; update theodoi")
        case .notPrepared(let location):
            language.pick("cơ sở dữ liệu \(location) chưa được tạo hoặc chưa cập nhật: hãy chạy theodoi một lần với vai trò được ghi",
                          "the database \(location) is not created or not up to date yet: run theodoi once with a role that may write")
        case .serializationFailure(let server, let sqlState):
            language.pick("máy chủ \(server) dừng thay đổi vì va chạm với thay đổi khác (\(sqlState)); không ghi gì, hãy thử lại",
                          "the server \(server) stopped the change because it collided with another (\(sqlState)); nothing was written, try again")
        case .conflict(let attempts):
            language.pick("thay đổi va chạm với thay đổi của người khác \(attempts) lần liền; không ghi gì, hãy thử lại",
                          "the change collided with other people's changes \(attempts) times in a row; nothing was written, try again")
        case .tooManyRights(let user, let rights):
            language.pick("vai trò \(user) của màn hình treo tường phải chỉ đọc, nhưng có quyền ghi: \(rights.joined(separator: ", ")); hãy thu hồi (REVOKE) trước",
                          "the wall's role \(user) must only read, but may write: \(rights.joined(separator: ", ")); revoke those rights first")
        case .other(let server, let message):
            language.pick("lỗi PostgreSQL (\(server)): \(message)", "PostgreSQL error (\(server)): \(message)")
        }
    }

    /// Text from outside (the server, the URL) made safe for one line on a terminal: control
    /// characters (C0, DEL, C1 — ESC among them) become spaces, runs of spaces one, and the
    /// length is bounded.
    public static func printable(_ text: String, limit: Int = 300) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            if isControl || scalar == " " {
                if !lastWasSpace, !result.isEmpty { result.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        while result.hasSuffix(" ") { result.removeLast() }
        if result.count > limit { result = String(result.prefix(limit)) + "…" }
        return result
    }
}

extension PostgresStoreError.UnreachableReason {
    public func message(_ language: Language) -> String {
        switch self {
        case .refused:
            language.pick("không có gì nghe ở cổng đó (máy chủ chưa chạy, hoặc sai cổng)",
                          "nothing listens on that port (the server is not running, or the port is wrong)")
        case .timeout(let seconds):
            language.pick("không trả lời sau \(Self.seconds(seconds)) giây (tường lửa, sai địa chỉ, hoặc máy chủ quá tải)",
                          "no answer after \(Self.seconds(seconds)) s (a firewall, a wrong address, or an overloaded server)")
        case .unknownHost:
            language.pick("không tìm thấy tên máy này (DNS)", "the host name is unknown (DNS)")
        case .socketMissing(let path):
            language.pick("không có socket \(path) (máy chủ chưa chạy trên máy này?)",
                          "there is no socket \(path) (is the server running on this machine?)")
        case .system(let reason):
            reason
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
