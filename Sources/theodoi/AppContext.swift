import Canvas
import Foundation
import Tracking
import TrackingStore
import TrackingStorePostgres

/// What every command needs, resolved once from the global options and the environment:
/// the language, today, the Unix user and their roles, the status rules and the database.
struct AppContext {
    let language: Language
    let clock: VietnamClock
    let rules: StatusRules
    let user: String
    /// The roles file in force (`--config`, else `$XDG_CONFIG_HOME/theodoi/config.toml`, else
    /// `/etc/theodoi/config.toml`); nil when there is none, and then the local user is admin.
    let configuration: ConfigurationFile?
    /// The user's Unix groups, for `"@group"` rules. Looked up only when there is a
    /// configuration: with none they decide nothing, and the lookup may go to LDAP.
    let groups: [String]
    let databasePath: String
    /// Whether the database is in its default place (no `--db`, no `THEODOI_DB`), whose folders
    /// theodoi makes; a folder the user named must exist.
    let databasePathIsDefault: Bool
    /// How long a writer waits for another process's write ($THEODOI_BUSY_TIMEOUT seconds, default 5).
    let busyTimeout: Double

    var today: CalendarDate { clock.today() }

    /// The days `--today` may name: the years in which a directive followed by theodoi can fall.
    static let todayRange = CalendarDate(year: 1900, month: 1, day: 1)!...CalendarDate(year: 2199, month: 12, day: 31)!

    init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws(CommandLineError) {
        language = try Self.language(options.lang ?? environment["THEODOI_LANG"])

        let fixedToday: CalendarDate?
        if let text = options.today ?? environment["THEODOI_TODAY"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard let date = CalendarDate(iso: text) ?? CalendarDate(vietnamese: text) else {
                throw .invalidToday(text, fromEnvironment: options.today == nil)
            }
            // Deadlines and working days are computed years around today; a day at the edge of
            // the calendar (0001, 9999) would carry them off it.
            guard AppContext.todayRange.contains(date) else {
                throw .todayOutOfRange(text, fromEnvironment: options.today == nil)
            }
            fixedToday = date
        } else {
            fixedToday = nil
        }
        clock = VietnamClock(fixedToday: fixedToday)

        var policy = DeadlinePolicy.literal
        if let text = options.policy {
            guard let chosen = DeadlinePolicy(rawValue: text.lowercased()) else { throw .invalidPolicy(text) }
            policy = chosen
        }
        rules = StatusRules(policy: policy, calendar: try Self.calendar(environment: environment))

        user = SystemUser.current
        do throws(ConfigurationError) {
            configuration = try ConfigurationFile.load(option: options.config, environment: environment)
        } catch {
            throw .configuration(error)
        }
        groups = configuration == nil ? [] : SystemGroups.names(of: user)
        databasePath = Self.databasePath(option: options.db, environment: environment)
        databasePathIsDefault = databasePath == Self.databasePath(option: nil, environment: environment.filter { $0.key != "THEODOI_DB" })
        busyTimeout = environment["THEODOI_BUSY_TIMEOUT"].flatMap(Double.init).flatMap { $0 >= 0 ? $0 : nil } ?? 5
    }

    /// Who issues and signs the drafts: `[signer]` of the configuration, else the defaults.
    var signer: SignerSettings { configuration?.signer ?? .standard(on: today) }

    /// The roles as the configuration gives them, before they meet the agencies.
    var accessPolicy: AccessPolicy { AccessPolicy(configuration: configuration?.roles) }

    /// What the user may do among `agencies` (the snapshot's: every agency, merged ones too, so
    /// that `[reporters]` keys resolve as they will tomorrow). Decided here for every front end —
    /// `report submit` now, the dashboard's report form later — so that they cannot disagree.
    /// A `[reporters]` key that fits no agency or several is an error at its line of the file.
    func access(agencies: [Agency]) throws(CommandLineError) -> Access {
        do throws(RoleConfigurationError) {
            return try accessPolicy.access(user: user, groups: groups, agencies: agencies)
        } catch {
            throw .configuration(ConfigurationError(configuration?.path ?? "config.toml", line: error.line, .roles(error)))
        }
    }

    /// Opens the store; a missing database is created with the embedded dispatch-239 data.
    func openStore(mode: StoreAccessMode = .readWrite) throws(StoreError) -> any TrackingStore {
        try openStore(location: databasePath, mode: mode, createsFolder: databasePathIsDefault)
    }

    /// Opens the store at `location`: a `postgresql://user@host:port/dbname` URL (the password
    /// from `PGPASSWORD` or `~/.pgpass`, never the URL), else an SQLite file's path.
    /// - Parameter createsFolder: whether a missing folder of a new SQLite file is made.
    func openStore(location: String, mode: StoreAccessMode, createsFolder: Bool) throws(StoreError) -> any TrackingStore {
        guard PostgresLocation.isPostgres(location) else {
            return try SQLiteStore(path: location, mode: mode, user: user, clock: clock, busyTimeout: busyTimeout, createsFolder: createsFolder)
        }
        let store = try PostgresStore(url: location, mode: mode, user: user, clock: clock)
        // An unsafe password file is ignored, as libpq ignores it: say so, once, on standard error.
        for warning in store.warnings {
            FileHandle.standardError.write(Data(("theodoi: " + VisibleText.sanitized(warning.message(language)) + "\n").utf8))
        }
        return store
    }

    /// Whether `--db` (or `THEODOI_DB`) names a PostgreSQL server.
    var isPostgres: Bool { PostgresLocation.isPostgres(databasePath) }

    /// What tells an open screen that another process wrote (inotify for SQLite, LISTEN/NOTIFY
    /// for PostgreSQL); nil when the store cannot be watched (the screen then polls every two
    /// seconds until it can).
    func makeChangeFeed() -> (any StoreChangeFeed)? {
        guard isPostgres else { return try? SQLiteChangeFeed(databasePath: databasePath) }
        guard let location = try? PostgresLocation(parsing: databasePath) else { return nil }
        return try? PostgresChangeFeed(location: location)
    }

    /// The shipped holidays, extended or corrected by `/etc/theodoi/holidays.txt` and then
    /// `$XDG_CONFIG_HOME/theodoi/holidays.txt` when they exist.
    static func calendar(environment: [String: String]) throws(CommandLineError) -> WorkingCalendar {
        var calendar = WorkingCalendar.vietnam
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        for path in ["/etc/theodoi/holidays.txt", configHome + "/theodoi/holidays.txt"]
        where FileManager.default.fileExists(atPath: path) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw .notUTF8File(path)
            }
            do throws(HolidaySchedule.ParseError) {
                calendar.merge(try HolidaySchedule(parsing: text))
            } catch {
                throw .badHolidayFile(path, line: error.line, reason: error.reason)
            }
        }
        return calendar
    }

    /// "vi", "en", or a locale name such as "en_US.UTF-8".
    static func language(_ text: String?) throws(CommandLineError) -> Language {
        guard let text, !text.isEmpty else { return .vi }
        let code = text.lowercased().prefix { $0.isLetter }
        guard let language = Language(rawValue: String(code)) else { throw .invalidLanguage(text) }
        return language
    }

    /// `--db`, else `$THEODOI_DB`, else `$XDG_DATA_HOME/theodoi/theodoi.sqlite`
    /// (`~/.local/share` when XDG_DATA_HOME is unset, as the XDG specification says).
    static func databasePath(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment["THEODOI_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/theodoi/theodoi.sqlite"
    }
}

/// A wrong value on the command line or in the environment.
enum CommandLineError: UserFacingError {
    case invalidToday(String, fromEnvironment: Bool)
    case todayOutOfRange(String, fromEnvironment: Bool)
    case invalidLanguage(String)
    case invalidPolicy(String)
    case configuration(ConfigurationError)
    /// A file that could not be read: the system's reason (`errno`), in the user's language.
    case unreadableFile(String, errno: Int32)
    case notUTF8File(String)
    /// No revision submitted by the day being viewed; `asOf` is set when one came later.
    case noReport(task: String, agency: String, asOf: CalendarDate? = nil)
    case invalidDate(option: String, String)
    case notCoordinator(user: String)
    case badHolidayFile(String, line: Int, reason: String)

    func message(_ language: Language) -> String {
        switch self {
        case .todayOutOfRange(let text, let fromEnvironment):
            let source = fromEnvironment ? "THEODOI_TODAY" : "--today"
            return language.pick("\(source): \"\(text)\" nằm ngoài khoảng theodoi xử lý (01/01/1900–31/12/2199)",
                                 "\(source): \"\(text)\" is outside the range theodoi handles (1900-01-01 to 2199-12-31)")
        case .invalidToday(let text, let fromEnvironment):
            let source = fromEnvironment ? "THEODOI_TODAY" : "--today"
            return language.pick("\(source): \"\(text)\" không phải ngày có thật (dạng YYYY-MM-DD, ví dụ 2025-02-12)",
                                 "\(source): \"\(text)\" is not a real date (use YYYY-MM-DD, e.g. 2025-02-12)")
        case .invalidLanguage(let text):
            return language.pick("--lang: \"\(text)\" không được hỗ trợ (vi hoặc en)", "--lang: \"\(text)\" is not supported (vi or en)")
        case .invalidPolicy(let text):
            return language.pick("--policy: \"\(text)\" không hợp lệ (literal hoặc lenient)", "--policy: \"\(text)\" is not valid (literal or lenient)")
        case .configuration(let error):
            return error.message(language)
        case .unreadableFile(let path, let code):
            return language.pick("không đọc được \(path): \(SystemError.reason(code, language))",
                                 "cannot read \(path): \(SystemError.reason(code, language))")
        case .notUTF8File(let path):
            return language.pick("không đọc được \(path): không phải văn bản UTF-8", "cannot read \(path): not UTF-8 text")
        case .badHolidayFile(let path, let line, let reason):
            return language.pick("\(path):\(line): lịch nghỉ không đọc được: \(reason)", "\(path):\(line): holiday schedule unreadable: \(reason)")
        case .invalidDate(let option, let text):
            return language.pick("\(option): \"\(text)\" không phải ngày có thật (YYYY-MM-DD hoặc dd/mm/yyyy)",
                                 "\(option): \"\(text)\" is not a real date (YYYY-MM-DD or dd/mm/yyyy)")
        case .notCoordinator(let user):
            return language.pick("người dùng \(user) không có quyền quyết định thời hạn (cần vai trò coordinators hoặc admins)",
                                 "user \(user) may not decide deadlines (needs the coordinators or admins role)")
        case .noReport(let task, let agency, let asOf):
            let suffix = asOf.map { language.pick(" tính đến ngày \($0.vietnamese)", " as of \($0.vietnamese)") } ?? ""
            return language.pick("\(agency) chưa nộp báo cáo cho nhiệm vụ \(task)", "\(agency) has not reported on task \(task)") + suffix
        }
    }
}
