import Foundation

/// How the benchmark runs the `theodoi` binary under test: its path, one database, a fixed
/// "today", a clean environment (no user configuration, a known terminal and locale).
struct Theodoi {
    var binary: String
    var database: String
    var today: String
    var home: String

    var environment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment = [
            "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
            "HOME": home,
            "XDG_CONFIG_HOME": home + "/.config",
            "XDG_DATA_HOME": home + "/.local/share",
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
        ]
        // A PostgreSQL store's password, as the caller has it (never on the command line).
        for key in ["PGPASSFILE", "PGPASSWORD"] { environment[key] = inherited[key] }
        return environment
    }

    /// `theodoi <arguments> --db … --today …`.
    func command(_ arguments: [String]) -> [String] {
        [binary] + arguments + ["--db", database, "--today", today]
    }

    /// The dashboard (no subcommand).
    var dashboard: [String] {
        [binary, "--db", database, "--today", today]
    }
}

/// What the home screen shows, read from `status --format json`: the first directive by date
/// and its agency rows in the dashboard's order (each agency once, on the first task that names
/// it, withdrawn ones left out as the status leaves them out).
struct HomeScreen {
    struct Row {
        var taskID: String
        var agencyID: String
        var agencyName: String
        /// 0 when the agency has not reported on that task.
        var revision: Int
    }

    var directive: String
    var rows: [Row]

    /// Dispatch 239's first task and first addressee, when the status could not be read.
    static let fallback = HomeScreen(directive: "239/UBND-NN.TN",
                                     rows: [Row(taskID: "1", agencyID: "so-tnmt", agencyName: "Sở Tài nguyên và Môi trường", revision: 0)])

    init(directive: String, rows: [Row]) {
        self.directive = directive
        self.rows = rows
    }

    /// From the status JSON (SPEC §4): directives[0] and its tasks' assignments.
    init?(statusJSON path: String) {
        guard let data = FileManager.default.contents(atPath: path),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let directive = (root["directives"] as? [[String: Any]])?.first,
              let reference = directive["reference"] as? String
        else { return nil }
        var seen: Set<String> = []
        var rows: [Row] = []
        for task in directive["tasks"] as? [[String: Any]] ?? [] {
            guard let taskID = task["id"] as? String else { continue }
            for assignment in task["assignments"] as? [[String: Any]] ?? [] {
                guard let agencyID = assignment["agency_id"] as? String, seen.insert(agencyID).inserted else { continue }
                rows.append(Row(taskID: taskID, agencyID: agencyID, agencyName: assignment["agency"] as? String ?? agencyID,
                                revision: assignment["revision"] as? Int ?? 0))
            }
        }
        guard !rows.isEmpty else { return nil }
        self.init(directive: reference, rows: rows)
    }

    /// Rows whose first report would change what the screen shows, nearest the selection first
    /// (the list keeps the selected row in view, so rows within a few lines of it are on screen).
    /// The first row is left out: the `report submit` timings write to it.
    func unreportedRows(near selected: Int, within distance: Int = 3) -> [Row] {
        rows.indices
            .filter { $0 > 0 && abs($0 - selected) <= distance && rows[$0].revision == 0 }
            .sorted { abs($0 - selected) < abs($1 - selected) }
            .map { rows[$0] }
    }

    /// Rows near the selection whatever their state: a new revision changes a reported row too
    /// ("nộp 12/02/2025 (lần 2)"). For a home directive where everyone has reported.
    func rows(near selected: Int, within distance: Int = 3) -> [Row] {
        rows.indices
            .filter { $0 > 0 && abs($0 - selected) <= distance }
            .sorted { abs($0 - selected) < abs($1 - selected) }
            .map { rows[$0] }
    }

    /// A report for `report submit`, dated `today`.
    static func reportJSON(today: String) -> String {
        """
        {
          "reference": "99/BC-BENCH", "date": "\(today)",
          "work_done": "Đơn vị đã tổ chức kiểm tra đột xuất các cơ sở sản xuất trên địa bàn, lập biên bản và xử lý các trường hợp vi phạm theo quy định.",
          "results": "Chất lượng môi trường tại khu vực có chuyển biến tích cực; đơn thư phản ánh của người dân giảm.",
          "figures": [{"area": "Phong Khê", "inspected": 12, "violations": 3, "fines_count": 2, "fines_vnd": 45000000}]
        }
        """
    }
}
