/// A report as readable text, for `theodoi report show` and the plain-terminal fallback.
public struct ReportText: Sendable {
    public var report: Report
    public var agency: Agency
    public var task: DirectiveTask
    public var areas: [Area]
    public var language: Language

    public init(report: Report, agency: Agency, task: DirectiveTask, areas: [Area], language: Language) {
        self.report = report
        self.agency = agency
        self.task = task
        self.areas = areas
        self.language = language
    }

    /// "2025-02-13T09:00:00+07:00" → "09:00 13/02/2025" (Vietnam time, as stored); as it is when
    /// it is not a timestamp of ours.
    static func time(_ timestamp: String) -> String {
        guard let date = CalendarDate(iso: timestamp.prefix(10)), timestamp.count >= 16 else { return timestamp }
        return "\(timestamp.dropFirst(11).prefix(5)) \(date.vietnamese)"
    }

    public func render() -> String {
        let l = language
        let content = report.content
        var lines: [String] = [
            "\(agency.name) — \(content.reference) " + l.pick("ngày", "of") + " \(content.date.vietnamese)",
            l.pick("Nhiệm vụ \(task.number) của \(task.directive.text)", "Task \(task.number) of \(task.directive.text)")
                + " · " + l.pick("lần \(report.revision)", "revision \(report.revision)")
                + " · " + l.pick("nộp lúc \(Self.time(report.submittedAt)) bởi \(report.submittedBy)",
                                 "submitted \(Self.time(report.submittedAt)) by \(report.submittedBy)"),
        ]
        for section in ReportSection.allCases {
            let text = content[section]
            lines.append("")
            lines.append(section.label(l).uppercased())
            lines.append(text.isEmpty ? l.pick("(không có)", "(none)") : text)
        }
        if !content.figures.isEmpty {
            lines.append("")
            lines.append(l.pick("SỐ LIỆU THEO KHU VỰC", "FIGURES BY AREA"))
            for row in content.figures {
                let name = areas.first { $0.id == row.areaID }?.name ?? row.areaID
                lines.append("  \(name)")
                for field in AreaFigures.Field.allCases {
                    guard let value = row[field] else { continue }
                    let shown = field == .finesVND ? VietnameseNumber.money(value) : VietnameseNumber.grouped(value)
                    lines.append("    \(field.label(l)): \(shown)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
