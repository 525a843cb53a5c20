import ArgumentParser

/// `theodoi report …`: reports without the screen.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Submit or show an agency's report on a task.",
        subcommands: [ReportSubmitCommand.self, ReportShowCommand.self]
    )
}

/// Which report: the options `submit` and `show` share.
struct ReportTarget: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The task: its id from `theodoi status` (\"1\"), or directive and number (\"239/UBND-NN.TN#1\").", valueName: "id"))
    var task: String

    @Option(name: .long, help: ArgumentHelp(
        "The agency, in full or by the start of its name without tone marks (\"cong an\").", valueName: "name"))
    var agency: String
}
