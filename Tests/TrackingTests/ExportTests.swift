import Foundation
import Testing
@testable import Tracking

/// The export renderers: RFC 4180 CSV, RFC 5545 iCalendar (escaping, folding at 75 octets on
/// UTF-8 boundaries) and safe Markdown for the consolidated report.
@Suite struct ExportTests {
    // MARK: - CSV

    @Test func csvQuotesCommasQuotesAndNewlines() {
        #expect(StatusTable.field("Sở Tài nguyên và Môi trường") == "Sở Tài nguyên và Môi trường")
        #expect(StatusTable.field("a,b") == "\"a,b\"")
        #expect(StatusTable.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(StatusTable.field("dòng 1\ndòng 2") == "\"dòng 1\r\ndòng 2\"")
        #expect(StatusTable.field("x\r\ny") == "\"x\r\ny\"")
        #expect(StatusTable.field("") == "")
        #expect(StatusTable.field("\u{1B}[31m") == "␛[31m")
        #expect(StatusTable.line(["Công an, tỉnh", "1"]) == "\"Công an, tỉnh\",1\r\n")
    }

    @Test func csvTableHasBOMHeaderAndOneRowPerAssignment() {
        let board = StatusBoardTests.board(on: "2025-02-12")
        let csv = StatusTable(board: board, language: .vi).render()
        #expect(csv.hasPrefix("\u{FEFF}directive,task_number,task_id,agency,agency_id,status,status_label,due,working_days_left,days_overdue,submitted_at,revision\r\n"))
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let records = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 1 + board.allRows.count)
        #expect(records.contains("239/UBND-NN.TN,1,1,Công an tỉnh,cong-an-tinh,done_on_time,Hoàn thành đúng hạn,2025-02-14,,,2025-02-12T10:31:05+07:00,1"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    // MARK: - iCalendar

    @Test func icsEscapesTextValues() {
        #expect(DeadlineCalendar.escaped("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(DeadlineCalendar.escaped("x\r\ny") == "x\\ny")
        #expect(DeadlineCalendar.escaped("\u{7}") == "␇")
    }

    @Test func icsFoldsAt75OctetsWithoutSplittingACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "Nhiệm vụ ", count: 30)
        let folded = DeadlineCalendar.folded(line)
        #expect(folded.hasSuffix("\r\n"))
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        #expect(physical.count > 1)
        for (index, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75)
            if index > 0 { #expect(part.hasPrefix(" ")) }
        }
        // Cut the bytes at every CRLF: each physical line is valid UTF-8 on its own.
        var lineBytes: [UInt8] = []
        var chunks: [[UInt8]] = []
        for byte in folded.utf8 {
            if byte == 0x0A, lineBytes.last == 0x0D { chunks.append(lineBytes.dropLast()); lineBytes = [] } else { lineBytes.append(byte) }
        }
        #expect(chunks.count == physical.count)
        for chunk in chunks {
            #expect(chunk.count <= 75)
            #expect(String(validating: chunk, as: UTF8.self) != nil)
        }
        let unfolded = folded.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "")
        #expect(unfolded == line)
        // A line of exactly 75 octets is not folded; one more octet is.
        let exact = String(repeating: "a", count: 75)
        #expect(DeadlineCalendar.folded(exact) == exact + "\r\n")
        #expect(DeadlineCalendar.folded(exact + "ệ") == exact + "\r\n ệ\r\n")
        // A three-octet character that would cross the limit moves whole to the next line.
        let nearly = String(repeating: "a", count: 73) + "ệ"
        #expect(DeadlineCalendar.folded(nearly) == String(repeating: "a", count: 73) + "\r\n ệ\r\n")
    }

    @Test func icsHasOneAllDayEventPerDueDate() {
        let board = StatusBoardTests.board(on: "2025-02-12")
        let ics = DeadlineCalendar(board: board, language: .vi, timestamp: "2025-02-12T06:30:00+07:00").render()
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2) // task 3 has no deadline
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20250214\r\nDTEND;VALUE=DATE:20250215\r\n"))
        #expect(unfolded.contains("SUMMARY:Hạn: Nhiệm vụ 1 — 239/UBND-NN.TN\r\n"))
        #expect(unfolded.contains("UID:1-239-UBND-NN.TN@theodoi\r\n"))
        #expect(unfolded.contains("DTSTAMP:20250211T233000Z\r\n"))
        #expect(unfolded.contains("DESCRIPTION:trước ngày 15/02/2025\\nChưa báo cáo"))
        #expect(unfolded.contains("Sở Tài nguyên và Môi trường\\, "))
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    // MARK: - Markdown

    @Test func markdownEscapesTableCellsAndInlineMarkup() {
        #expect(ConsolidatedReport.cell("a | b") == "a \\| b")
        #expect(ConsolidatedReport.cell("dòng 1\ndòng 2") == "dòng 1 dòng 2")
        #expect(ConsolidatedReport.cell("<script>") == "&lt;script>")
        #expect(ConsolidatedReport.cell("*đậm*") == "\\*đậm\\*")
        #expect(ConsolidatedReport.cell("\u{1B}[2J") == "␛\\[2J")
    }

    @Test func markdownKeepsNewlinesAsParagraphsAndEscapesBlockStarts() {
        let paragraphs = ConsolidatedReport.paragraphs("Dòng một\n# không phải tiêu đề\n\n> không trích\n1. không danh sách\nA | B")
        #expect(paragraphs == ["Dòng một", "", "\\# không phải tiêu đề", "", "\\> không trích", "",
                               "1\\. không danh sách", "", "A \\| B"])
    }

    @Test func consolidatedReportHasStatusFiguresAndSections() {
        var snapshot = StatusBoardTests.snapshot(on: day("2025-02-12"))
        let content = ReportContent(reference: "12/BC-CAT", date: day("2025-02-12"),
                                    sections: [.workDone: "Kiểm tra | 20 cơ sở\nĐình chỉ 12", .results: "Tốt"],
                                    figures: [AreaFigures(areaID: "phong-khe", inspected: 20, finesVND: 1_300_000_000)])
        snapshot.latestReports = [Report(taskID: "1", agencyID: "cong-an-tinh", revision: 1, content: content,
                                         submittedAt: "2025-02-12T10:31:05+07:00", submittedOn: day("2025-02-12"), submittedBy: "ca")]
        let board = StatusBoard(snapshot: snapshot, rules: StatusRules(policy: .literal), today: day("2025-02-12"))
        let md = ConsolidatedReport(snapshot: snapshot, board: board, language: .vi).render()
        #expect(md.hasPrefix("# Báo cáo tổng hợp thực hiện văn bản 239/UBND-NN.TN\n"))
        #expect(md.contains("Đã báo cáo: 1/4"))
        #expect(md.contains("| Công an tỉnh | ✓ Hoàn thành đúng hạn | nộp 12/02/2025 |"))
        #expect(md.contains("| Công an tỉnh | 20 | — | — | 1.300.000.000 đ |"))
        #expect(md.contains("| **Tổng cộng** | 20 | — | — | 1.300.000.000 đ |"))
        #expect(md.contains("## Công việc đã triển khai\n\n### Công an tỉnh — 12/BC-CAT ngày 12/02/2025\n\nKiểm tra \\| 20 cơ sở\n\nĐình chỉ 12\n"))
        #expect(md.contains("## Giải pháp thời gian tới\n\n_Chưa có nội dung._"))
        let en = ConsolidatedReport(snapshot: snapshot, board: board, language: .en).render()
        #expect(en.contains("## Work done"))
        #expect(en.contains("## Figures by area"))
    }

    @Test func fullExportCarriesStatusReportsAndAreas() throws {
        var snapshot = StatusBoardTests.snapshot(on: day("2025-02-12"))
        let content = ReportContent(reference: "12/BC-CAT", date: day("2025-02-12"), sections: [.results: "Tốt"],
                                    figures: [AreaFigures(areaID: "phong-khe", inspected: 20)])
        snapshot.latestReports = [Report(taskID: "1", agencyID: "cong-an-tinh", revision: 2, content: content,
                                         submittedAt: "2025-02-12T10:31:05+07:00", submittedOn: day("2025-02-12"), submittedBy: "ca")]
        let board = StatusBoard(snapshot: snapshot, rules: StatusRules(policy: .literal), today: day("2025-02-12"))
        let text = FullExport(snapshot: snapshot, board: board, language: .vi).json().rendered()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["today"] as? String == "2025-02-12")
        #expect((root["directives"] as? [Any])?.count == 1)
        let report = try #require((root["reports"] as? [[String: Any]])?.first)
        #expect(report["agency"] as? String == "Công an tỉnh")
        #expect(report["revision"] as? Int == 2)
        let area = try #require((root["areas"] as? [[String: Any]])?.first)
        #expect((area["totals"] as? [String: Any])?["inspected"] as? Int == 20)
        #expect(text.hasPrefix("{\n  \"today\""))
    }
}

/// CSV cells a spreadsheet would run as formulas get a leading apostrophe (OWASP); numbers stay.
@Suite struct CSVFormulaTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"Bấm vào đây\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"Bấm vào đây\"\")\""),
        ("+SUM(1;2) Ban Quản lý", "'+SUM(1;2) Ban Quản lý"),
        ("@Trung tâm Quan trắc", "'@Trung tâm Quan trắc"),
        ("-Sở Xây dựng", "'-Sở Xây dựng"),
        ("\tBan", "'\tBan"),
        ("-3", "-3"), ("12", "12"), ("1,5", "\"1,5\""), ("Công an tỉnh", "Công an tỉnh"), ("", ""),
    ])
    func formulaCellsAreNeutralised(text: String, expected: String) {
        #expect(StatusTable.field(text) == expected)
    }
}
