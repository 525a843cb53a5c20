import ArgumentParser
import Tracking
import TrackingStore

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// `theodoi status`: every task and agency with its status, for people and scripts.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: HelpText.pick("Xem tình trạng của mọi nhiệm vụ và cơ quan.", "Show the status of every task and agency."),
        discussion: HelpText.pick("""
            Mỗi nhiệm vụ với thời hạn nguyên văn và ngày đến hạn, mỗi cơ quan với tình trạng \
            (đang thực hiện, sắp đến hạn, quá hạn, hoàn thành đúng hạn, hoàn thành quá hạn, \
            không có thời hạn) và số ngày còn lại hoặc ngày nộp.

            Ví dụ:
              theodoi status --today 2025-02-12
              theodoi status --format json | jq '.directives[0].tasks[0].assignments[] | .status'
              theodoi status --directive 239/UBND-NN.TN --format json
            """, """
            Each task with its raw deadline and due date, and each agency with its status \
            (đang thực hiện, sắp đến hạn, quá hạn, hoàn thành đúng hạn, hoàn thành quá hạn, \
            không có thời hạn) and its countdown or submission date.

            Examples:
              theodoi status --today 2025-02-12
              theodoi status --format json | jq '.directives[0].tasks[0].assignments[] | .status'
              theodoi status --directive 239/UBND-NN.TN --format json
            """)
    )

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("text (bảng) hoặc json (cho chương trình khác).", "text (a table) or json (for scripts).")))
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Chỉ văn bản chỉ đạo này (số, ký hiệu, ví dụ 239/UBND-NN.TN); dùng được nhiều lần.", "Only this directive (its reference, e.g. 239/UBND-NN.TN); repeatable."),
                                            valueName: "REF"))
    var directive: [String] = []

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        let store = try context.openStore()
        let directives = directive.isEmpty ? nil : directive
        switch format {
        case .text:
            try StatusPrinter.printText(context: context, store: store, directives: directives)
        case .json:
            // Chunk by chunk: memory stays flat however many directives the store holds.
            var writer = StatusJSONWriter(today: context.today, policy: context.rules.policy)
            Output.raw(writer.opening)
            try store.forEachSnapshot(asOf: context.today, directives: directives) { snapshot in
                let board = StatusBoard(snapshot: snapshot, rules: context.rules, today: context.today)
                Output.raw(writer.add(StatusReport(board: board, language: context.language)))
            }
            Output.raw(writer.closing + "\n")
        }
    }
}
