/// `theodoi export --format md`: the consolidated report the lead department (Sở TN&MT) writes
/// for task 2 — who reported and who did not, the figures by area and agency with totals, then
/// each of the five sections with every agency's text under its name.
///
/// Safe Markdown: `|` is escaped in table cells, a line of a section that would start a heading,
/// quote, list or table is escaped, `<` and `&` are written as entities so that no raw HTML
/// passes, and control characters are made visible.
public struct ConsolidatedReport: Sendable {
    public var snapshot: TrackingSnapshot
    public var board: StatusBoard
    public var language: Language

    public init(snapshot: TrackingSnapshot, board: StatusBoard, language: Language) {
        self.snapshot = snapshot
        self.board = board
        self.language = language
    }

    public func render() -> String {
        let l = language
        var out: [String] = []
        let references = board.directives.map(\.document.reference.text).joined(separator: ", ")
        out.append("# " + Self.inline(l.pick("Báo cáo tổng hợp thực hiện văn bản ", "Consolidated report on directive ") + references))
        out.append("")
        for directive in board.directives {
            let document = directive.document
            var line = "**" + Self.inline(document.reference.text) + "**"
            if let date = document.date { line += l.pick(" ngày ", " of ") + date.vietnamese }
            line += " — " + Self.inline(document.issuer)
            if let subject = document.subject { line += "  \nV/v " + Self.inline(subject) }
            out.append(line)
            out.append("")
        }
        out.append(l.pick("Ngày lập: ", "Date: ") + l.longDate(board.today)
                   + l.pick(" · cách tính hạn: ", " · deadline reading: ") + board.rules.policy.label(l))
        out.append("")

        // Who reported.
        out.append("## " + l.pick("Tình hình báo cáo", "Who has reported"))
        for directive in board.directives {
            for task in directive.tasks {
                out.append("")
                var heading = "### " + l.pick("Nhiệm vụ \(task.task.number)", "Task \(task.task.number)")
                if board.directives.count > 1 { heading += " — " + Self.inline(directive.document.reference.text) }
                heading += " — " + Self.inline(task.task.deadline.raw.isEmpty ? l.pick("không có thời hạn", "no deadline") : task.task.deadline.raw)
                out.append(heading)
                out.append("")
                if let due = task.due { out.append(l.pick("Hạn: ", "Due: ") + l.longDate(due)); out.append("") }
                // The counts are the leads'; cooperating agencies follow in the table, tagged.
                let done = task.leadRows.filter { $0.progress.status.isDone }
                let leads = task.leadRows.count
                out.append(l.pick("Đã báo cáo: \(done.count)/\(leads)", "Reported: \(done.count)/\(leads)")
                           + (task.missing.isEmpty ? "" : l.pick(" · Chưa báo cáo: ", " · Not yet reported: ")
                              + task.missing.map { Self.inline($0.agency.name) }.joined(separator: ", ")))
                out.append("")
                out += Self.table(
                    header: [l.pick("Cơ quan", "Agency"), l.pick("Trạng thái", "Status"), l.pick("Ghi chú", "Note")],
                    rows: (done + task.missing + task.cooperatingRows).map { row in
                        [row.agency.name + (row.assignment.role == .cooperating ? " (" + row.assignment.role.label(l) + ")" : ""),
                         row.progress.status.glyph + " " + row.progress.status.label(l),
                         StatusReport.countdown(row.progress, revision: row.assignment.latestRevision, language: l)]
                    })
            }
        }

        // Figures by area.
        out.append("")
        out.append("## " + l.pick("Số liệu theo khu vực", "Figures by area"))
        let fields = AreaFigures.Field.allCases
        for summary in AreaSummary.all(in: snapshot) {
            let area = summary.area
            out.append("")
            out.append("### " + Self.inline(area.name) + " (" + Self.inline(area.locality) + ")")
            out.append("")
            guard !summary.contributions.isEmpty else {
                out.append("_" + l.pick("Chưa có số liệu.", "No figures yet.") + "_")
                continue
            }
            out.append(l.pick("Số báo cáo có số liệu: \(summary.contributions.count)", "Reports with figures: \(summary.contributions.count)"))
            out.append("")
            var rows = summary.contributions.map { contribution in
                [agencyName(contribution.report.agencyID)] + fields.map { Self.figure(contribution.figures[$0], $0) }
            }
            rows.append(["**" + l.pick("Tổng cộng", "Total") + "**"] + fields.map { Self.figure(summary.total($0), $0) })
            out += Self.table(header: [l.pick("Cơ quan", "Agency")] + fields.map { $0.label(l) }, rows: rows, escapingFirstColumnOfLastRow: false)
        }

        // The five sections.
        let reports = snapshot.latestReports.sorted { lhs, rhs in
            (order(lhs.agencyID), Int(lhs.taskID) ?? 0) < (order(rhs.agencyID), Int(rhs.taskID) ?? 0)
        }
        let manyTasks = Set(reports.map(\.taskID)).count > 1
        for section in ReportSection.allCases {
            out.append("")
            out.append("## " + section.label(l))
            let texts = reports.filter { !$0.content[section].trimmingWhitespace().isEmpty }
            guard !texts.isEmpty else {
                out.append("")
                out.append("_" + l.pick("Chưa có nội dung.", "Nothing reported.") + "_")
                continue
            }
            for report in texts {
                out.append("")
                var heading = "### " + Self.inline(agencyName(report.agencyID)) + " — " + Self.inline(report.content.reference)
                    + l.pick(" ngày ", " of ") + report.content.date.vietnamese
                if manyTasks, let task = snapshot.task(report.taskID) {
                    heading += l.pick(" (nhiệm vụ \(task.number))", " (task \(task.number))")
                }
                out.append(heading)
                out.append("")
                out += Self.paragraphs(report.content[section])
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func agencyName(_ id: String) -> String {
        snapshot.agency(id)?.name ?? id
    }

    private func order(_ agencyID: String) -> Int {
        snapshot.agencyPosition(agencyID) ?? Int.max
    }

    /// A figure as the report writes it: grouped digits, the amount of fines in đồng, "—" when missing.
    public static func figure(_ value: Int?, _ field: AreaFigures.Field) -> String {
        guard let value else { return "—" }
        return field == .finesVND ? VietnameseNumber.money(value) : VietnameseNumber.grouped(value)
    }

    // MARK: - Safe Markdown

    /// A Markdown table; every cell escaped (the bold total label is ours and kept as is).
    static func table(header: [String], rows: [[String]], escapingFirstColumnOfLastRow: Bool = true) -> [String] {
        var lines = ["| " + header.map(cell).joined(separator: " | ") + " |",
                     "|" + header.map { _ in " --- " }.joined(separator: "|") + "|"]
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, text in
                column == 0 && index == rows.count - 1 && !escapingFirstColumnOfLastRow ? text : cell(text)
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// Text for a table cell: one line, `|` escaped, inline-safe.
    public static func cell(_ text: String) -> String {
        inline(text).replacingAll("|", "\\|")
    }

    /// Inline text: control characters visible, newlines as spaces, and the characters that
    /// would start markup mid-line (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `&`) escaped.
    public static func inline(_ text: String) -> String {
        // By scalar, not by grapheme: every character escaped is ASCII (a markup character
        // carrying a combining mark is escaped too), and 10⁵ reports' text is not segmented.
        var result = String.UnicodeScalarView()
        for scalar in ExportText.visible(text, keepingNewlines: true).unicodeScalars {
            switch scalar {
            case "\n": result.append(" ")
            case "\\", "`", "*", "_", "[", "]": result.append("\\"); result.append(scalar)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A section's text as Markdown paragraphs: each line of the text its own paragraph, a
    /// line that would start a block (`#`, `>`, `-`, `+`, `=`, `|`, "1.") escaped.
    public static func paragraphs(_ text: String) -> [String] {
        let lines = ExportText.visible(text, keepingNewlines: true).split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        var out: [String] = []
        for line in lines {
            if !out.isEmpty { out.append("") }
            var escaped = inline(line).replacingAll("|", "\\|")
            if let first = escaped.first, "#>-+=~".contains(first) { escaped = "\\" + escaped }
            if let dot = escaped.firstIndex(where: { $0 == "." || $0 == ")" }), dot > escaped.startIndex,
               escaped[..<dot].allSatisfy({ $0.isNumber }) {
                escaped.insert("\\", at: dot)
            }
            out.append(escaped)
        }
        return out
    }
}

extension String {
    /// Every `target` (an ASCII character) replaced, scalar by scalar.
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        guard unicodeScalars.contains(target) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}
