import ArgumentParser

/// The options every command takes (SPEC §4). Values are checked in ``AppContext`` rather than
/// by the parser, so that a wrong date is a user error (exit 1, one clear line) and not a usage
/// error.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Tệp cơ sở dữ liệu SQLite, hoặc máy chủ PostgreSQL dùng chung postgresql://người-dùng@máy:cổng/tên-csdl (mật khẩu trong ~/.pgpass hoặc PGPASSWORD). Mặc định: $THEODOI_DB, nếu không thì $XDG_DATA_HOME/theodoi/theodoi.sqlite. Kho chưa có sẽ được tạo với dữ liệu của văn bản 239/UBND-NN.TN.", "The SQLite database file, or a shared PostgreSQL server postgresql://user@host:port/dbname (the password in ~/.pgpass or PGPASSWORD). Default: $THEODOI_DB, else $XDG_DATA_HOME/theodoi/theodoi.sqlite. A missing store is created with the data of dispatch 239/UBND-NN.TN."),
        valueName: "path|url"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Cố định ngày hôm nay, để trình diễn, tập huấn, kiểm thử (mặc định: $THEODOI_TODAY, nếu không thì ngày hôm nay ở Việt Nam). Báo cáo nộp khi đó mang ngày này.", "Fix today's date, for demos, training and tests (default: $THEODOI_TODAY, else today in Vietnam). A report submitted under it is dated that day."),
        valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Tệp cấu hình: vai trò, ai được báo cáo cho cơ quan nào (mặc định: $XDG_CONFIG_HOME/theodoi/config.toml, rồi /etc/theodoi/config.toml). Không có tệp thì người dùng máy này là quản trị.", "The configuration file: roles, who may report for which agency (default: $XDG_CONFIG_HOME/theodoi/config.toml, then /etc/theodoi/config.toml). With none, the local user is admin."),
        valueName: "path"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Ngôn ngữ của nhãn và thông báo: vi (mặc định) hoặc en.", "Language of labels and messages: vi (default) or en."), valueName: "vi|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Cách hiểu \"trước ngày D\": literal (hạn là D−1, mặc định) hoặc lenient (hạn là D, lùi qua ngày nghỉ, ngày lễ).", "How \"trước ngày D\" is read: literal (due D−1, the default) or lenient (due D, moved past weekends and holidays)."),
        valueName: "literal|lenient"))
    var policy: String?
}
