import Foundation

/// One cell of the table: the text, and whether it breaks the budget.
struct Cell {
    var text: String
    var overBudget = false

    static let notMeasured = Cell(text: "–")

    /// "> 120 s" for a command killed by the timeout.
    static func timedOut(_ timeout: Double) -> Cell {
        Cell(text: "> \(Int(timeout)) s", overBudget: true)
    }

    /// A median with its number of runs when fewer than asked (`×1`).
    static func seconds(_ values: [Double], asked: Int, budget: Double?) -> Cell {
        let value = median(values)
        let runs = values.count < asked ? " ×\(values.count)" : ""
        return Cell(text: Format.seconds(value) + runs, overBudget: budget.map { value > $0 } ?? false)
    }
}

/// The results for one size.
struct SizeResult {
    var assignments: Int
    var statusAll = Cell.notMeasured
    var statusOne = Cell.notMeasured
    var firstFrame = Cell.notMeasured
    var keyCPU = Cell.notMeasured
    var keyBytes = Cell.notMeasured
    var idle = Cell.notMeasured
    var submit = Cell.notMeasured
    var export = Cell.notMeasured
    var writeVisible = Cell.notMeasured
    var dashboardRSS = Cell.notMeasured
    var statusRSS = Cell.notMeasured
}

/// The Markdown table: a row per size and the budget row. Cells over budget are bold
/// with ✗.
enum ResultsTable {
    static let header = [
        "N", "status all", "status 1 directive", "first frame", "key CPU (median; mean)", "bytes/key",
        "idle 5 s", "report submit", "export md", "write visible", "RSS dashboard", "RSS status",
    ]


    static func render(_ results: [SizeResult], budgets: Budgets = .sqlite) -> String {
        var lines = [row(header), row(header.map { _ in "---" })]
        for result in results {
            let cells = [Cell(text: String(result.assignments)), result.statusAll, result.statusOne, result.firstFrame,
                         result.keyCPU, result.keyBytes, result.idle, result.submit, result.export, result.writeVisible,
                         result.dashboardRSS, result.statusRSS]
            lines.append(row(cells.map { $0.overBudget ? "**\($0.text)** ✗" : $0.text }))
        }
        lines.append(row(budgets.row.map { "*\($0)*" }))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }
}
