import Tracking

/// Why the store refused, in words a user can act on. Every case maps to exit status 1 and
/// one line on standard error.
public enum StoreError: UserFacingError, Equatable {
    case missing(path: String)
    /// The database's folder (`folder`: the first missing one up the path) does not exist: a
    /// mistyped `--db` is not silently a new database.
    case missingFolder(path: String, folder: String)
    case cannotCreate(path: String, reason: String)
    case notADatabase(path: String)
    case notOurs(path: String)
    case corrupt(path: String)
    case locked(path: String)
    case readOnly(path: String)
    case tooNew(path: String)
    case unknownTask(String, known: [String])
    /// `--directive REF` naming no directive in the store.
    case unknownDirective(String, known: [String])
    /// `--directive REF` written without marks where several references differ only by them.
    case ambiguousDirective(String, candidates: [String])
    case ambiguousTask(String, candidates: [String])
    case unknownAgency(String, known: [String])
    case ambiguousAgency(String, candidates: [String])
    case notAssigned(agency: String, task: String)
    /// A successor naming its predecessor's assignment before the succession's day.
    case successorTooEarly(SuccessorTooEarly)
    case conflict(revision: Int, by: String, at: String)
    /// A submission under a `--today` earlier than a revision already stored for the same
    /// assignment: it would rewrite the history out of order (see ``BackdatedSubmission``).
    case backdated(BackdatedSubmission)
    /// `theodoi import` of a document whose reference is already in the database.
    case alreadyImported(reference: String)
    /// A reminder dispatch whose reference is already recorded (`on`: the day it was sent).
    case reminderExists(reference: String, on: String)
    /// An area named on the command line that matches none (`known`: the store's areas).
    case unknownArea(String, known: [String])
    case ambiguousArea(String, candidates: [String])
    /// `area add` with a name (or its id) already taken.
    case areaExists(String)
    /// `area unlink` of an area whose figures the directive's reports already carry: the board
    /// would hide them.
    case areaHasFigures(area: String, directive: String, reports: Int)
    /// `theodoi migrate` into a store that already holds data other than its seed.
    case notEmpty(location: String)
    /// `theodoi migrate` between stores at different schema versions.
    case schemaMismatch(source: String, target: String)
    /// What a database server said (unreachable, a refused password, a lost connection), in
    /// both languages as its engine words it: the store protocol knows no engine's errors.
    case server(vietnamese: String, english: String)
    case other(path: String, detail: String)

    public func message(_ language: Language) -> String {
        switch self {
        case .missing(let path):
            language.pick("không có cơ sở dữ liệu ở \(path)", "there is no database at \(path)")
        case .missingFolder(let path, let folder):
            language.pick("không có thư mục \(folder) cho cơ sở dữ liệu \(path): hãy tạo thư mục trước, hoặc sửa đường dẫn",
                          "there is no folder \(folder) for the database \(path): create it first, or correct the path")
        case .cannotCreate(let path, let reason):
            language.pick("không tạo được cơ sở dữ liệu ở \(path): \(reason)", "cannot create the database at \(path): \(reason)")
        case .notADatabase(let path):
            language.pick("\(path) không phải tệp cơ sở dữ liệu SQLite (hỏng hoặc sai tệp); dữ liệu không bị thay đổi",
                          "\(path) is not an SQLite database (damaged or the wrong file); nothing was changed")
        case .notOurs(let path):
            language.pick("\(path) là cơ sở dữ liệu của chương trình khác, không phải của theodoi; dữ liệu không bị thay đổi",
                          "\(path) is another program's database, not theodoi's; nothing was changed")
        case .corrupt(let path):
            language.pick("cơ sở dữ liệu \(path) bị hỏng; hãy khôi phục từ bản sao lưu (dữ liệu không bị thay đổi)",
                          "the database \(path) is corrupt; restore it from a backup (nothing was changed)")
        case .locked(let path):
            language.pick("cơ sở dữ liệu \(path) đang bị tiến trình khác khóa; hãy thử lại sau",
                          "the database \(path) is locked by another process; try again later")
        case .readOnly(let path):
            language.pick("không ghi được vào \(path) (chỉ đọc hoặc không có quyền)",
                          "cannot write to \(path) (read-only or no permission)")
        case .tooNew(let path):
            language.pick("cơ sở dữ liệu \(path) do phiên bản theodoi mới hơn tạo; hãy cập nhật theodoi",
                          "the database \(path) was made by a newer theodoi; update theodoi")
        case .unknownDirective(let reference, let known):
            language.pick("không có văn bản chỉ đạo \"\(reference)\"; các văn bản: \(known.joined(separator: ", "))",
                          "no directive \"\(reference)\"; the directives are: \(known.joined(separator: ", "))")
        case .ambiguousDirective(let reference, let candidates):
            language.pick("\"\(reference)\" khớp nhiều văn bản: \(candidates.joined(separator: ", ")); hãy gõ đúng số hiệu, có dấu",
                          "\"\(reference)\" matches several directives: \(candidates.joined(separator: ", ")); type the reference exactly")
        case .unknownTask(let id, let known):
            language.pick("không có nhiệm vụ \"\(id)\"; các nhiệm vụ: \(known.joined(separator: ", "))",
                          "no task \"\(id)\"; the tasks are: \(known.joined(separator: ", "))")
        case .ambiguousTask(let id, let candidates):
            language.pick("\"\(id)\" khớp nhiều nhiệm vụ: \(candidates.joined(separator: ", ")); hãy dùng mã nhiệm vụ",
                          "\"\(id)\" matches several tasks: \(candidates.joined(separator: ", ")); use the task id")
        case .unknownAgency(let name, let known):
            language.pick("không có cơ quan \"\(name)\" trong nhiệm vụ này; các cơ quan: \(known.joined(separator: "; "))",
                          "no agency \"\(name)\" on this task; the agencies are: \(known.joined(separator: "; "))")
        case .ambiguousAgency(let name, let candidates):
            language.pick("\"\(name)\" khớp nhiều cơ quan: \(candidates.joined(separator: "; ")); hãy gõ cụ thể hơn",
                          "\"\(name)\" matches several agencies: \(candidates.joined(separator: "; ")); be more specific")
        case .notAssigned(let agency, let task):
            language.pick("\(agency) không được giao nhiệm vụ \(task)", "\(agency) is not assigned task \(task)")
        case .successorTooEarly(let refusal):
            refusal.message(language)
        case .conflict(let revision, let user, let time):
            language.pick("\(user) đã nộp lần \(revision) lúc \(time) sau khi bạn mở biểu mẫu; xem lại rồi nộp lại để thành lần \(revision + 1)",
                          "\(user) submitted revision \(revision) at \(time) after you opened the form; review, then submit again to make revision \(revision + 1)")
        case .backdated(let refusal):
            refusal.message(language)
        case .reminderExists(let reference, let on):
            language.pick("công văn đôn đốc \(reference) đã được ghi (ngày \(on)); không ghi gì",
                          "reminder \(reference) is already recorded (sent \(on)); nothing was written")
        case .alreadyImported(let reference):
            language.pick("văn bản \(reference) đã có trong cơ sở dữ liệu (đã nhập trước đó); không ghi gì",
                          "document \(reference) is already in the database (already imported); nothing was written")
        case .unknownArea(let name, let known):
            language.pick("không có khu vực \"\(name)\"; các khu vực: \(known.isEmpty ? "(chưa có; thêm bằng theodoi area add)" : known.joined(separator: "; "))",
                          "no area \"\(name)\"; the areas are: \(known.isEmpty ? "(none yet; add one with theodoi area add)" : known.joined(separator: "; "))")
        case .ambiguousArea(let name, let candidates):
            language.pick("\"\(name)\" khớp nhiều khu vực: \(candidates.joined(separator: "; ")); hãy gõ cụ thể hơn",
                          "\"\(name)\" matches several areas: \(candidates.joined(separator: "; ")); be more specific")
        case .areaExists(let name):
            language.pick("đã có khu vực \"\(name)\"; không ghi gì", "there is already an area \"\(name)\"; nothing was written")
        case .areaHasFigures(let area, let directive, let reports):
            language.pick("\(reports) báo cáo của văn bản \(directive) có số liệu cho khu vực \(area); không gỡ được (bảng theo dõi sẽ ẩn số liệu đó)",
                          "\(reports) reports on \(directive) carry figures for \(area); not unlinked (the board would hide them)")
        case .notEmpty(let location):
            language.pick("\(location) đã có dữ liệu (ngoài dữ liệu mẫu ban đầu); chỉ sao chép vào kho mới tạo, không ghi gì",
                          "\(location) already holds data (beyond its initial seed); copy only into a new store; nothing was written")
        case .schemaMismatch(let source, let target):
            language.pick("hai kho khác phiên bản cấu trúc (\(source) và \(target)); hãy mở kho cũ bằng theodoi mới để nâng cấp trước",
                          "the two stores are at different schema versions (\(source) and \(target)); open the older one with this theodoi to upgrade it first")
        case .server(let vietnamese, let english):
            language.pick(vietnamese, english)
        case .other(let path, let detail):
            language.pick("lỗi cơ sở dữ liệu \(path): \(detail)", "database error in \(path): \(detail)")
        }
    }
}
