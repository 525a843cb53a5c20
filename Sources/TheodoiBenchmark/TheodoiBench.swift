import ArgumentParser

/// `theodoi-bench`: generates synthetic data at a department's volume and times the release
/// `theodoi` binary on it. Kept out of `swift test`: timing is measured by hand or in a CI step
/// that reports and never fails.
@main
struct TheodoiBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theodoi-bench",
        abstract: "Benchmark theodoi at a department's volume (issue 8).",
        subcommands: [GenerateCommand.self, RunCommand.self, PasteCommand.self]
    )
}
