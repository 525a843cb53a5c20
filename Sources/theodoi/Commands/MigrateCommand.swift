import ArgumentParser
import Foundation
import Tracking
import TrackingStore

/// `theodoi migrate --from A --to B`: copies a store whole into a new one, from SQLite into
/// PostgreSQL (a province outgrowing one host) or back, and checks it by counting every
/// table's rows at both ends.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: HelpText.pick("Sao chép toàn bộ một kho dữ liệu sang kho mới (SQLite ↔ PostgreSQL), có đối chiếu số dòng.",
                                "Copy a whole store into a new one (SQLite ↔ PostgreSQL), checked by row counts."),
        discussion: HelpText.pick("""
            --from và --to là đường dẫn tệp SQLite hoặc địa chỉ postgresql://người-dùng@máy:cổng/tên-csdl \
            (mật khẩu lấy từ ~/.pgpass hoặc PGPASSWORD, không bao giờ ghi trên dòng lệnh). Kho đích \
            phải mới: chưa có, hoặc chỉ có dữ liệu mẫu ban đầu; nó được tạo, rồi mọi bảng được chép \
            trong một giao dịch (lỗi giữa chừng thì không ghi gì) và số dòng của từng bảng được \
            đối chiếu. Hai kho phải cùng phiên bản cấu trúc.

            Ví dụ:
              theodoi migrate --from /var/lib/theodoi/theodoi.sqlite --to postgresql://theodoi@db.tinh.local/theodoi
              theodoi migrate --from postgresql://theodoi@127.0.0.1/theodoi --to ban-sao.sqlite
            """, """
            --from and --to are SQLite file paths or postgresql://user@host:port/dbname URLs (the \
            password from ~/.pgpass or PGPASSWORD, never on the command line). The target must be \
            new: missing, or holding only its initial seed; it is created, every table is copied in \
            one transaction (a failure half-way writes nothing), and each table's row count is \
            checked. Both stores must be at the same schema version.

            Examples:
              theodoi migrate --from /var/lib/theodoi/theodoi.sqlite --to postgresql://theodoi@db.example/theodoi
              theodoi migrate --from postgresql://theodoi@127.0.0.1/theodoi --to copy.sqlite
            """)
    )

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Kho nguồn: tệp SQLite hoặc postgresql://…", "The source store: an SQLite file or postgresql://…"),
                                            valueName: "path|url"))
    var from: String

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Kho đích, mới: tệp SQLite hoặc postgresql://…", "The target store, new: an SQLite file or postgresql://…"),
                                            valueName: "path|url"))
    var to: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        let l = context.language
        // The source as it is (read-only: a mistyped path is not a new empty store), the target
        // created when missing.
        let source = try context.openStore(location: from, mode: .readOnly, createsFolder: false)
        let target = try context.openStore(location: to, mode: .readWrite, createsFolder: false)
        guard source.location != target.location else { throw MigrateError.sameStore(to) }
        // Copying a store whole is an administrator's work (with no configuration file, the
        // local user is one).
        let access = try context.access(agencies: source.snapshot(asOf: context.today, directives: [], includingReports: false).agencies)
        guard access.role >= .admin else { throw MigrateError.notAdmin(user: context.user) }
        let (sourceVersion, targetVersion) = (try source.schemaVersion(), try target.schemaVersion())
        guard sourceVersion == targetVersion else { throw StoreError.schemaMismatch(source: sourceVersion, target: targetVersion) }
        try target.replaceContent { append in
            try source.exportRows(chunkSize: 1000, append)
        }
        let before = try source.tableCounts(), after = try target.tableCounts()
        let mismatched = StoreTables.copyOrder.map(\.table).filter { before[$0] != after[$0] }
        guard mismatched.isEmpty else {
            throw MigrateError.countsDiffer(tables: mismatched.map { "\($0) \(before[$0] ?? 0)→\(after[$0] ?? 0)" })
        }
        let rows = before.values.reduce(0, +)
        Output.text(l.pick("Đã sao chép \(source.location) sang \(target.location): \(before.count) bảng, \(rows) dòng; số dòng từng bảng khớp.",
                           "Copied \(source.location) to \(target.location): \(before.count) tables, \(rows) rows; every table's row count matches.") + "\n")
        for (table, _) in StoreTables.copyOrder {
            Output.text("  \(table) \(before[table] ?? 0)\n")
        }
    }
}

/// `migrate` finding different counts at both ends after the copy (which it then reports).
enum MigrateError: UserFacingError {
    case countsDiffer(tables: [String])
    case sameStore(String)
    case notAdmin(user: String)

    func message(_ language: Language) -> String {
        switch self {
        case .countsDiffer(let tables):
            language.pick("số dòng sau khi chép không khớp: \(tables.joined(separator: ", "))",
                          "the row counts differ after the copy: \(tables.joined(separator: ", "))")
        case .sameStore(let location):
            language.pick("--to \(location) là chính kho nguồn; hãy chọn một kho mới", "--to \(location) is the source itself; name a new store")
        case .notAdmin(let user):
            language.pick("người dùng \(user) không có quyền sao chép kho dữ liệu (cần vai trò admins)",
                          "user \(user) may not copy the store (needs the admins role)")
        }
    }
}
