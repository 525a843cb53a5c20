import ArgumentParser

/// `theodoi report …`: reports without the screen.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.pick("Nộp hoặc xem báo cáo của một cơ quan cho một nhiệm vụ.", "Submit or show an agency's report on a task."),
        subcommands: [ReportSubmitCommand.self, ReportShowCommand.self]
    )
}

/// Which report: the options `submit` and `show` share.
struct ReportTarget: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Nhiệm vụ: mã trong `theodoi status` (\"1\"), hoặc văn bản và số thứ tự (\"239/UBND-NN.TN#1\").", "The task: its id from `theodoi status` (\"1\"), or directive and number (\"239/UBND-NN.TN#1\")."), valueName: "id"))
    var task: String

    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Cơ quan: tên đầy đủ, hoặc phần đầu của tên, không cần dấu (\"cong an\").", "The agency, in full or by the start of its name without tone marks (\"cong an\")."), valueName: "name"))
    var agency: String
}
