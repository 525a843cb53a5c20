import Canvas
import Tracking

/// One area on the home screen: where it is, its industry, how many reports cover it and the
/// latest figures with their date.
enum AreaPanel {
    static func render(_ summary: AreaSummary, number: Int, selected: Bool, focused: Bool, theme: Theme,
                       labels: Labels, area: Rect, into buffer: inout Buffer) {
        let inner = theme.box("\(number) \(summary.area.name)", focused: selected && focused).render(area, &buffer)
        guard !inner.isEmpty else { return }
        if selected {
            // The selected area is marked by a heavier title even when the panel is not focused.
            buffer.write(selected && focused ? "▶" : "›", x: area.x, y: area.y, style: focused ? theme.focusedBorder : theme.title)
        }
        var lines: [(String, Style)] = [
            ("\(summary.area.locality), \(summary.area.district)", theme.muted),
            (summary.area.industry, .plain),
            (labels.pick("Báo cáo có số liệu: \(summary.contributions.count)/\(summary.expectedReports)",
                         "Reports with figures: \(summary.contributions.count)/\(summary.expectedReports)"), .plain),
        ]
        if summary.contributions.isEmpty {
            lines.append((labels.noData, theme.muted))
        } else {
            func figure(_ field: AreaFigures.Field, _ vi: String, _ en: String) -> String? {
                summary.total(field).map { labels.pick(vi, en) + " " + VietnameseNumber.grouped($0) }
            }
            let pairs: [[String?]] = [
                [figure(.inspected, "Kiểm tra", "Inspected"), figure(.violations, "Vi phạm", "Violations")],
                // The amount is labelled when no count of fines stands before it.
                [figure(.finesCount, "Phạt", "Fines"), summary.total(.finesVND).map {
                    (summary.total(.finesCount) == nil ? labels.pick("Tiền phạt ", "Fines ") : "") + labels.money($0, room: inner.width - 12)
                }],
                [figure(.suspended, "Đình chỉ", "Suspended"), figure(.powerCut, "Cắt điện", "Power cut")],
                [figure(.relocated, "Di dời", "Relocated"), figure(.complaintsHandled, "Kiến nghị", "Complaints")],
            ]
            for pair in pairs {
                let text = pair.compactMap { $0 }.joined(separator: " · ")
                if !text.isEmpty { lines.append((text, .plain)) }
            }
            if let date = summary.latestDate {
                lines.append((labels.pick("Số liệu ngày \(date.vietnamese)", "Figures of \(date.vietnamese)"), theme.muted))
            }
        }
        // Keep the date line when the panel is short: it says how old the figures are.
        if lines.count > inner.height, let last = lines.last {
            lines = Array(lines.prefix(inner.height - 1)) + [last]
        }
        for (index, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line.0, x: inner.x, y: inner.y + index, maxWidth: inner.width, style: line.1)
        }
    }
}
