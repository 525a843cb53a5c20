import ArgumentParser
import Foundation

/// `theodoi-bench run`: for each size, a generated database (cached) and the measurements of
/// the release binary on it; one Markdown table on standard output and in the work folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Time the release theodoi binary on generated databases of several sizes.",
        discussion: """
            For each size N: generate a database of N assignments (cached in the work folder by \
            N and seed), copy it, then measure `status --format json` (all directives, and one \
            with --directive when the binary has it), the dashboard's first frame at 120×40 in a \
            pseudo-terminal, CPU and bytes per key (Tab, then Down), 5 s idle, `report submit`, \
            `export --format md`, how soon another process's write shows on an open dashboard, \
            and peak RSS. Medians of --repeat runs (fewer for steps slower than 2 s). Every \
            process is killed after --timeout seconds.

            The binary is built with:
              swift build -c release --product theodoi

            Example:
              theodoi-bench run --sizes 100,1000,10000 --repeat 5
            """
    )

    @Option(name: .long, help: ArgumentHelp("Sizes (assignments), comma-separated.", valueName: "N,N,…"))
    var sizes: String = "100,1000,10000,100000"

    @Option(name: .long, help: ArgumentHelp("The theodoi binary to measure.", valueName: "path"))
    var binary: String = ".build/release/theodoi"

    @Option(name: .long, help: ArgumentHelp("Work folder: cached databases, scratch copies, results.md.", valueName: "dir"))
    var work: String = ".build/bench"

    @Option(name: .long, help: "Runs per measurement (the median is reported).")
    var `repeat`: Int = 5

    @Option(name: .long, help: "The seed of the generated data.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Kill any process after this many seconds.", valueName: "seconds"))
    var timeout: Double = 120

    @Option(name: .long, help: "Down keys to send for the CPU per key.")
    var keys: Int = 50

    @Option(name: .long, help: ArgumentHelp("The day theodoi takes as today.", valueName: "YYYY-MM-DD"))
    var today: String = "2025-02-12"

    @Option(name: .long, help: ArgumentHelp(
        "Measure the PostgreSQL store instead: a server URL whose user may create databases (password from PGPASSFILE or PGPASSWORD). Each size is copied there with `theodoi migrate` into a database of its own.",
        valueName: "postgresql://user@host:port/db"))
    var postgres: String?

    func validate() throws {
        guard !parsedSizes.isEmpty, parsedSizes.allSatisfy({ $0 > 0 }) else { throw ValidationError("--sizes: positive integers, e.g. 100,1000") }
        guard `repeat` > 0, keys > 0, timeout > 0 else { throw ValidationError("--repeat, --keys and --timeout must be positive") }
    }

    private var parsedSizes: [Int] {
        sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func run() throws {
        let files = FileManager.default
        let binary = absolute(self.binary), work = absolute(self.work)
        guard files.isExecutableFile(atPath: binary) else {
            throw BenchmarkError("no theodoi binary at \(binary); build it first with: swift build -c release --product theodoi")
        }
        try files.createDirectory(atPath: work + "/home", withIntermediateDirectories: true)
        let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let cache = DatabaseCache(folder: work, seed: seed)
        var results: [SizeResult] = []
        let budgets: Budgets = postgres == nil ? .sqlite : .postgres
        for size in parsedSizes {
            let cached = try cache.database(assignments: size, log: log)
            var database = try cache.scratchCopy(of: cached, assignments: size)
            if let postgres {
                database = try PostgresCopy(server: postgres, binary: binary, home: work + "/home", log: log)
                    .copy(database, name: "theodoi_bench_n\(size)")
            }
            log("n=\(size): measuring on \(database)")
            let theodoi = Theodoi(binary: binary, database: database, today: today, home: work + "/home")
            var result = SizeResult(assignments: size)
            let commands = CommandTimings(theodoi: theodoi, repeatCount: `repeat`, timeout: timeout, folder: work + "/scratch", log: log,
                                          budgets: budgets)
            let home = try commands.measure(into: &result)
            let dashboard = DashboardProbe(theodoi: theodoi, repeatCount: `repeat`, timeout: timeout, keyCount: keys,
                                           idleSeconds: 5, log: log, budgets: budgets)
            try dashboard.measure(into: &result, home: home, reportFile: work + "/scratch/report.json")
            results.append(result)
            // After every size, so that an interrupted run keeps what it measured.
            try write(results, budgets: budgets, to: work + "/results.md")
        }
        print(ResultsTable.render(results, budgets: budgets))
        print(notes)
        log("written to \(work)/results.md")
    }

    private var notes: String {
        """
        Medians of \(`repeat`) runs (×k: fewer runs, for steps slower than 2 s). Seed \(seed), today \(today), \
        120×40 pseudo-terminal, TERM=xterm-256color, LANG=C.UTF-8, \(ProcessInfo.processInfo.activeProcessorCount) cores. \
        Key CPU: median per Down key from /proc/PID/task/*/schedstat; mean from utime+stime ticks over all keys. \
        Write visible: from `report submit`'s exit to the dashboard's first new output.\(postgres == nil ? "" : """
         Store: PostgreSQL over loopback (\(postgres ?? "")), each size copied into its own database with `theodoi migrate`.
        """)
        """
    }

    private func write(_ results: [SizeResult], budgets: Budgets, to path: String) throws {
        let text = "# theodoi benchmark\n\n" + ResultsTable.render(results, budgets: budgets) + "\n" + notes + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
