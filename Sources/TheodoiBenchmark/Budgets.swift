/// The issues' budgets, per store engine: the department's volume on SQLite (issue 8), and the
/// same store on a PostgreSQL server over loopback (issue 13), which allows for the round trips.
struct Budgets {
    var statusAll: Double = 3
    var statusOne: Double = 0.1
    var firstFrame: Double
    var submit: Double
    var writeVisible: Double = 1

    static let sqlite = Budgets(firstFrame: 0.15, submit: 0.1)
    static let postgres = Budgets(firstFrame: 0.25, submit: 0.15)

    /// The table's budget row.
    var row: [String] {
        func limit(_ seconds: Double) -> String { seconds < 1 ? "≤ \(Int((seconds * 1000).rounded())) ms" : "≤ \(Int(seconds)) s" }
        return ["budget", limit(statusAll), limit(statusOne), limit(firstFrame), "≤ 5 ms",
                "–", "–", limit(submit), "–", limit(writeVisible), "≤ 80 MiB", "≤ 80 MiB"]
    }
}
