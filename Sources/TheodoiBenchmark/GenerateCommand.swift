import ArgumentParser

/// `theodoi-bench generate`: a new database with a department's volume of synthetic data.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a database of synthetic directives, assignments and reports.",
        discussion: """
            The new database holds dispatch 239/UBND-NN.TN (as every new database does), then \
            directives dated 2023–2025 addressed to about 170 agencies of a province, 1–4 tasks \
            each with 5–50 assignees, until the number of assignments is reached. About 70 % of \
            assignments are reported (1–3 revisions, around the deadline, some late); a few \
            deadlines are extended or withdrawn. Everything goes through the store's own API.

            The same --assignments and --seed give the same data set.

            Example:
              theodoi-bench generate --assignments 10000 --seed 1 --db bench-10k.sqlite
            """
    )

    @Option(name: .long, help: "How many assignments (agency × task) to generate, dispatch 239's included.")
    var assignments: Int

    @Option(name: .long, help: "The seed of the pseudo-random generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("The database to create (must not exist).", valueName: "path"))
    var db: String

    func validate() throws {
        guard assignments > 0 else { throw ValidationError("--assignments must be at least 1") }
    }

    func run() throws {
        _ = try DatasetGenerator(assignments: assignments, seed: seed).generate(into: db)
    }
}
