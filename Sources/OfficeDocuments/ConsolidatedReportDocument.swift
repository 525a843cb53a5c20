import Foundation
import Tracking

/// `theodoi export --format docx`: the consolidated report of ``ConsolidatedReport`` (who
/// reported, the figures by area with totals, the five sections with each agency's text) as a
/// báo cáo to sign, in the layout of ``AdministrativeLayout``.
///
/// A báo cáo (Mẫu 1.3 of Nghị định 30/2020/NĐ-CP, Phụ lục III) has no "V/v" line and no
/// "Kính gửi:": under the two columns on top come the kind "BÁO CÁO" and its subject, centred,
/// 14 pt bold, the kind upper case, a short rule under the subject (Phụ lục I, Mục II, khoản 5).
/// Headings of the content are numbered "I.", "II.", … in bold (khoản 6b); figures go in
/// tables with borders, 11 pt so that the eight figures fit the width. Always in Vietnamese:
/// it is an official document.
public struct ConsolidatedReportDocument: Sendable {
    public var snapshot: TrackingSnapshot
    public var board: StatusBoard
    public var settings: SignerSettings
    public var page: DocxPageSetup

    /// The size of the text in tables.
    public static let tablePointSize = 11.0

    public init(snapshot: TrackingSnapshot, board: StatusBoard, settings: SignerSettings, page: DocxPageSetup = .a4Administrative) {
        self.snapshot = snapshot
        self.board = board
        self.settings = settings
        self.page = page
    }

    /// "Kết quả thực hiện Công văn số 239/UBND-NN.TN ngày 17/01/2025".
    public var subject: String {
        "Kết quả thực hiện " + board.directives.map { ReminderDispatch.citation($0.document) }.joined(separator: "; ")
    }

    public func docx() -> DocxDocument {
        let l = Language.vi
        let layout = AdministrativeLayout(settings: settings, page: page)
        var document = DocxDocument(page: page, title: "Báo cáo " + subject)
        let placeAndDate = (settings.place.isEmpty ? "" : settings.place + ", ") + "ngày … tháng … năm …"
        document.append(layout.header(numberLine: ReminderDispatch.numberLine, subject: nil, placeAndDate: placeAndDate))
        document.append(DocxParagraph("BÁO CÁO", bold: true, pointSize: 14, alignment: .center, spaceBefore: 12, keepWithNext: true))
        document.append(DocxParagraph(subject, bold: true, pointSize: 14, alignment: .center, keepWithNext: true))
        document.append(AdministrativeLayout.rule(width: 2000, in: page.textWidth))
        document.append(DocxParagraph([], spaceAfter: 6))

        var opening = "Thực hiện " + board.directives.map { directive in
            ReminderDispatch.citation(directive.document) + (directive.document.subject.map { " về việc " + $0 } ?? "")
        }.joined(separator: "; ")
        opening += ", trên cơ sở báo cáo của các cơ quan, đơn vị (số liệu đến ngày \(board.today.vietnamese)), "
            + "xin tổng hợp, báo cáo như sau:"
        document.append(AdministrativeLayout.body(opening))

        var number = 0
        func heading(_ text: String) -> DocxParagraph {
            number += 1
            return DocxParagraph([DocxRun(Self.roman(number) + ". " + text.uppercased(), bold: true)], alignment: .justified,
                                 firstLineIndent: AdministrativeLayout.firstLineIndent, spaceBefore: 6,
                                 spaceAfter: AdministrativeLayout.paragraphSpacing, keepWithNext: true)
        }

        // Who reported.
        document.append(heading("Tình hình báo cáo"))
        for directive in board.directives {
            for task in directive.tasks {
                var title = "Nhiệm vụ \(task.task.number)"
                if board.directives.count > 1 { title += " (" + directive.document.reference.text + ")" }
                title += ": " + (task.task.deadline.raw.isEmpty ? "không có thời hạn" : task.task.deadline.raw)
                if let due = task.due { title += " (hạn " + due.vietnamese + ")" }
                document.append(AdministrativeLayout.body(title, bold: true, keepWithNext: true))
                let done = task.rows.filter { $0.progress.status.isDone }
                var counts = "Đã báo cáo: \(done.count)/\(task.rows.count) cơ quan, đơn vị"
                counts += task.missing.isEmpty ? "." : "; chưa báo cáo: " + task.missing.map(\.agency.name).joined(separator: ", ") + "."
                document.append(AdministrativeLayout.body(counts, keepWithNext: true))
                let width = page.textWidth
                document.append(Self.table(
                    widths: [width * 40 / 100, width * 25 / 100, width - width * 40 / 100 - width * 25 / 100],
                    header: ["Cơ quan, đơn vị", "Trạng thái", "Ghi chú"],
                    rows: (done + task.missing).map { row in
                        [row.agency.name, row.progress.status.label(l),
                         StatusReport.countdown(row.progress, revision: row.assignment.latestRevision, language: l)]
                    }, boldLastRow: false, numericFrom: 3))
            }
        }

        // Figures by area.
        document.append(heading("Số liệu theo khu vực"))
        let fields = AreaFigures.Field.allCases
        // "1.300.000.000 đ" in 11 pt on one line; the other figures are short.
        let agencyWidth = 2200, finesWidth = 1850
        let figureWidth = (page.textWidth - agencyWidth - finesWidth) / (fields.count - 1)
        let widths = [agencyWidth] + fields.map { $0 == .finesVND ? finesWidth : figureWidth }
        for (index, summary) in AreaSummary.all(in: snapshot).enumerated() {
            let area = summary.area
            document.append(AdministrativeLayout.body("\(index + 1). " + area.name + " (" + area.locality + ")", bold: true, keepWithNext: true))
            guard !summary.contributions.isEmpty else {
                document.append(AdministrativeLayout.body("Chưa có số liệu.", italic: true))
                continue
            }
            var rows = summary.contributions.map { contribution in
                [agencyName(contribution.report.agencyID)] + fields.map { ConsolidatedReport.figure(contribution.figures[$0], $0) }
            }
            rows.append(["Tổng cộng"] + fields.map { ConsolidatedReport.figure(summary.total($0), $0) })
            document.append(Self.table(widths: widths, header: ["Cơ quan, đơn vị"] + fields.map { $0.label(l) }, rows: rows,
                                       boldLastRow: true, numericFrom: 1))
        }

        // The five sections, each agency's text under its name.
        let reports = snapshot.latestReports.sorted { lhs, rhs in
            (order(lhs.agencyID), Int(lhs.taskID) ?? 0) < (order(rhs.agencyID), Int(rhs.taskID) ?? 0)
        }
        let manyTasks = Set(reports.map(\.taskID)).count > 1
        for section in ReportSection.allCases {
            document.append(heading(section.label(l)))
            let texts = reports.filter { !Self.lines($0.content[section]).isEmpty }
            if texts.isEmpty { document.append(AdministrativeLayout.body("Chưa có nội dung.", italic: true)) }
            for report in texts {
                var name = agencyName(report.agencyID) + " (báo cáo số " + report.content.reference + " ngày " + report.content.date.vietnamese
                if manyTasks, let task = snapshot.task(report.taskID) { name += ", nhiệm vụ \(task.number)" }
                document.append(AdministrativeLayout.body(name + "):", italic: true, keepWithNext: true))
                for line in Self.lines(report.content[section]) { document.append(AdministrativeLayout.body(line)) }
            }
        }

        let reportTo = Self.unique(board.directives.flatMap { $0.tasks.flatMap(\.task.reportTo) })
        let recipients = (reportTo.isEmpty ? [] : [reportTo.joined(separator: ", ") + " (b/c)"]) + ["Lưu: VT"]
        let dispatchLike = recipients.enumerated().map { index, line in "- " + line + (index == recipients.count - 1 ? "." : ";") }
        let signer = [settings.authority, settings.title.isEmpty ? nil : settings.title].compactMap { $0 } + [settings.name ?? "…"]
        document.append(layout.signature(recipients: dispatchLike, signatureLines: signer))
        return document
    }

    /// A table with borders: a bold header row repeated on each page, the figures right-aligned
    /// from column `numericFrom`, the last row (the total) bold when `boldLastRow`.
    static func table(widths: [Int], header: [String], rows: [[String]], boldLastRow: Bool, numericFrom: Int) -> DocxTable {
        func cell(_ text: String, bold: Bool, alignment: DocxParagraph.Alignment) -> DocxTable.Cell {
            .init([DocxParagraph(text, bold: bold, pointSize: tablePointSize, alignment: alignment, spaceBefore: 2, spaceAfter: 2)])
        }
        var out = [header.map { cell($0, bold: true, alignment: .center) }]
        for (index, row) in rows.enumerated() {
            let bold = boldLastRow && index == rows.count - 1
            out.append(row.enumerated().map { column, text in cell(text, bold: bold, alignment: column >= numericFrom ? .right : .left) })
        }
        return DocxTable(columnWidths: widths, rows: out, bordered: true, headerRow: true)
    }

    /// A section's text as paragraphs: a line each, blank lines left out.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// I, II, … for the headings (there are at most seven).
    static func roman(_ number: Int) -> String {
        let numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, out = ""
        for (value, letters) in numerals { while rest >= value { out += letters; rest -= value } }
        return out
    }

    private func agencyName(_ id: String) -> String { snapshot.agency(id)?.name ?? id }
    private func order(_ agencyID: String) -> Int { snapshot.agencyPosition(agencyID) ?? Int.max }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
