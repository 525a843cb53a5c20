/// `theodoi export --format csv`: the status table, one row per assignment, as RFC 4180 CSV
/// with CRLF line ends and a UTF-8 byte order mark so that Excel on Windows reads Vietnamese.
public struct StatusTable: Sendable {
    public static let columns = [
        "directive", "task_number", "task_id", "agency", "agency_id", "status", "status_label",
        "due", "working_days_left", "days_overdue", "submitted_at", "revision",
    ]
    public static let byteOrderMark = "\u{FEFF}"

    public var board: StatusBoard
    public var language: Language

    public init(board: StatusBoard, language: Language) {
        self.board = board
        self.language = language
    }

    public func render() -> String {
        var rows: [[String]] = [Self.columns]
        for directive in board.directives {
            for task in directive.tasks {
                for row in task.rows {
                    let progress = row.progress
                    rows.append([
                        directive.document.reference.text, task.task.number, task.task.id,
                        row.agency.name, row.agency.id, progress.status.rawValue, progress.status.label(language),
                        progress.due?.iso ?? "", progress.workingDaysLeft.map(String.init) ?? "",
                        progress.calendarDaysOverdue.map(String.init) ?? "", row.assignment.firstSubmittedAt ?? "",
                        String(row.assignment.latestRevision),
                    ])
                }
            }
        }
        return Self.byteOrderMark + rows.map(Self.line).joined()
    }

    /// "-3", "12", "1,5", "-0.25": a number a spreadsheet reads as such, not a formula.
    static func isNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.hasPrefix("-") || digits.hasPrefix("+") { digits = digits.dropFirst() }
        let parts = digits.split(separator: ",", omittingEmptySubsequences: false).flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        return !digits.isEmpty && parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// One record with its CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field quoted when it holds a comma, a quote or a line break, with quotes doubled.
    /// Control characters other than line breaks and tabs are made visible.
    ///
    /// A text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
    /// apostrophe, so that a spreadsheet shows it instead of running it as a formula (OWASP's
    /// "CSV injection" rule: an agency named `=HYPERLINK(…)` must not become a link). Numbers
    /// ("-3", "1,5") are left as they are.
    public static func field(_ text: String) -> String {
        var clean = String.UnicodeScalarView()
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), !isNumber(text) {
            clean.append("'")
        }
        for scalar in text.replacingNewlines(with: "\n").unicodeScalars {
            switch scalar {
            case "\n": clean.append(contentsOf: "\r\n".unicodeScalars)
            case "\t": clean.append(scalar)
            case _ where ExportText.needsPlaceholder(scalar): clean.append(contentsOf: ExportText.visible(String(scalar)).unicodeScalars)
            default: clean.append(scalar)
            }
        }
        let text = String(clean)
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
