import Canvas
import Tracking

/// One area on the home screen: where it is, its industry, how many reports cover it and the
/// latest figures with their date. The figures go by their short names ("KT 20 · VP 12"), as
/// many to a line as fit; the home screen draws the legend under the panels.
enum AreaPanel {
    static func render(_ summary: AreaSummary, number: Int, selected: Bool, focused: Bool, theme: Theme,
                       labels: Labels, area: Rect, into buffer: inout Buffer) {
        // Unfocused, the selected area (the one Enter opens once the areas are focused again)
        // keeps the row mark in its title.
        let inner = theme.focus.panel("\(number) \(summary.area.name)", focused: selected && focused, selected: selected)
            .render(area, &buffer)
        guard !inner.isEmpty else { return }
        let place = ("\(summary.area.locality), \(summary.area.district)", theme.muted)
        var lines: [(String, Style)] = [
            (summary.area.industry, .plain),
            (labels.pick("Báo cáo có số liệu: \(summary.contributions.count)/\(summary.expectedReports)",
                         "Reports with figures: \(summary.contributions.count)/\(summary.expectedReports)"), .plain),
        ]
        if summary.contributions.isEmpty {
            lines.append((labels.noData, theme.muted))
        } else {
            lines += figureLines(summary, labels: labels, width: inner.width).map { ($0, .plain) }
            if let date = summary.latestDate {
                lines.append((labels.pick("Số liệu ngày \(date.vietnamese)", "Figures of \(date.vietnamese)"), theme.muted))
            }
        }
        // The place gives way first when the panel is short, then the figures; the date line
        // stays: it says how old the figures are.
        if lines.count < inner.height { lines.insert(place, at: 0) }
        if lines.count > inner.height, let last = lines.last {
            lines = Array(lines.prefix(inner.height - 1)) + [last]
        }
        for (index, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line.0, x: inner.x, y: inner.y + index, maxWidth: inner.width, style: line.1)
        }
    }

    /// "KT 20 · VP 12 · XP 5", "Tiền phạt 1,3 tỷ đ", …: each reported figure as its short name
    /// and total, packed into lines of `width` columns.
    static func figureLines(_ summary: AreaSummary, labels: Labels, width: Int) -> [String] {
        let items: [String] = AreaFigures.Field.allCases.compactMap { field in
            guard let total = summary.total(field) else { return nil }
            let name = field.name(labels.language).short
            // Panels stand side by side: money always in the short form, so that two panels do
            // not show "1,3 tỷ đ" beside "8.700.000.000 đ" (the area's table has the full amount).
            let value = field == .finesVND ? VietnameseNumber.shortMoney(total, language: labels.language) : VietnameseNumber.grouped(total)
            return name + " " + value
        }
        var lines: [String] = []
        for item in items {
            if let last = lines.last, DisplayWidth.of(last + " · " + item) <= width {
                lines[lines.count - 1] = last + " · " + item
            } else {
                lines.append(item)
            }
        }
        return lines
    }
}
