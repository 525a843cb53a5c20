import ArgumentParser

/// The options every command takes (SPEC §4). Values are checked in ``AppContext`` rather than
/// by the parser, so that a wrong date is a user error (exit 1, one clear line) and not a usage
/// error.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (default: $THEODOI_DB, else $XDG_DATA_HOME/theodoi/theodoi.sqlite). A missing file is created with the data of dispatch 239/UBND-NN.TN.",
        valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        "Fix today's date, for demos, training and tests (default: $THEODOI_TODAY, else today in Vietnam). A report submitted under it is dated that day.",
        valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp(
        "The configuration file: roles, who may report for which agency (default: $XDG_CONFIG_HOME/theodoi/config.toml, then /etc/theodoi/config.toml). With none, the local user is admin.",
        valueName: "path"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Language of labels and messages: vi (default) or en.", valueName: "vi|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp(
        "How \"trước ngày D\" is read: literal (due D−1, the default) or lenient (due D, moved past weekends and holidays).",
        valueName: "literal|lenient"))
    var policy: String?
}
