import Foundation

/// Times `theodoi`'s non-interactive commands on one database: `status` (all directives and
/// one), `report submit`, `export --format md`; peak RSS of `status`.
struct CommandTimings {
    var theodoi: Theodoi
    var repeatCount: Int
    var timeout: Double
    /// A folder for the commands' output and the report file.
    var folder: String
    var log: (String) -> Void
    var budgets: Budgets = .sqlite

    /// How many runs a command gets: fewer when the first is slow, so that 10⁵ stays bearable.
    static func runs(asked: Int, first: Double) -> Int {
        first > 10 ? 1 : first > 2 ? min(asked, 3) : asked
    }

    /// Runs a command up to `repeatCount` times (fewer when slow); stops at a failure.
    func repeated(_ name: String, _ arguments: [String], stdout: String = "/dev/null",
                  budget: Double?) throws -> (cell: Cell, outcomes: [ProcessOutcome]) {
        var outcomes: [ProcessOutcome] = []
        var runs = repeatCount
        let stderr = "\(folder)/\(name.replacingOccurrences(of: " ", with: "-")).stderr"
        while outcomes.count < runs {
            let outcome = try ChildProcess.run(theodoi.command(arguments), environment: theodoi.environment,
                                               stdout: stdout, stderr: stderr, timeout: timeout)
            outcomes.append(outcome)
            if outcome.timedOut {
                log("  \(name): killed after \(Int(timeout)) s")
                return (.timedOut(timeout), outcomes)
            }
            guard outcome.succeeded else {
                let message = (try? String(contentsOfFile: stderr, encoding: .utf8))?
                    .split(separator: "\n").first.map(String.init) ?? ""
                log("  \(name): exit \(outcome.exitStatus.map(String.init) ?? "signal \(outcome.signal ?? 0)"): \(message)")
                return (Cell(text: "exit \(outcome.exitStatus.map(String.init) ?? "sig")", overBudget: true), outcomes)
            }
            if outcomes.count == 1 { runs = Self.runs(asked: repeatCount, first: outcome.wallSeconds) }
            log("  \(name): \(Format.seconds(outcome.wallSeconds))")
        }
        return (.seconds(outcomes.map(\.wallSeconds), asked: repeatCount, budget: budget), outcomes)
    }

    /// Measures, and returns what the home screen shows (for the dashboard's write test).
    func measure(into result: inout SizeResult) throws -> HomeScreen {
        let statusFile = "\(folder)/status.json"
        let (statusCell, statusRuns) = try repeated("status all", ["status", "--format", "json"], stdout: statusFile, budget: budgets.statusAll)
        result.statusAll = statusCell
        if let successful = statusRuns.filter(\.succeeded).map(\.maxRSSKiB).max() {
            result.statusRSS = Cell(text: Format.mebibytes(kibibytes: successful), overBudget: successful > 80 * 1024)
        }
        let home = statusRuns.last?.succeeded == true ? HomeScreen(statusJSON: statusFile) ?? .fallback : .fallback
        let target = home.rows[0]
        log("  home screen: \(home.directive), \(home.rows.count) agency rows, \(home.rows.filter { $0.revision == 0 }.count) not reported")

        // One directive, if this binary has --directive (ArgumentParser exits 64 on an unknown
        // option; a usage error of ours is 2).
        let probe = try ChildProcess.run(theodoi.command(["status", "--format", "json", "--directive", home.directive]),
                                         environment: theodoi.environment, timeout: timeout)
        if probe.exitStatus == 2 || probe.exitStatus == 64 {
            result.statusOne = Cell(text: "n/a (no --directive)")
            log("  status --directive: not supported by this binary (exit \(probe.exitStatus!))")
        } else {
            result.statusOne = try repeated("status 1 directive", ["status", "--format", "json", "--directive", home.directive],
                                            budget: budgets.statusOne).cell
        }

        let reportFile = "\(folder)/report.json"
        try HomeScreen.reportJSON(today: theodoi.today).write(toFile: reportFile, atomically: true, encoding: .utf8)
        result.submit = try repeated("report submit", Self.submitArguments(target, file: reportFile), budget: budgets.submit).cell
        result.export = try repeated("export md", ["export", "--format", "md"], budget: nil).cell
        return home
    }

    /// `report submit` of the benchmark's report for one agency on one task.
    static func submitArguments(_ row: HomeScreen.Row, file: String) -> [String] {
        ["report", "submit", "--task", row.taskID, "--agency", row.agencyID, "--file", file]
    }
}
