import Canvas
import Tracking

/// One area: where it is and who answers for it, then the figures by agency with their totals.
enum AreaDetailView {
    static func render(_ state: AppState, areaID: String, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        guard let place = state.snapshot.areas.first(where: { $0.id == areaID }) else { return }
        let summary = state.areaSummary(place)
        let parts = Layout.split(area, .vertical, [.fixed(6), .fill(1)])
        let info = theme.focus.panel(place.name, focused: false).render(parts[0], &buffer)
        var lines = [
            "\(place.locality), \(place.district) · \(place.industry)",
            labels.pick("Chính quyền phụ trách: ", "Local government: ") + governmentLine(place, state: state, labels: labels),
            labels.pick("Báo cáo có số liệu: \(summary.contributions.count)/\(summary.expectedReports)",
                        "Reports with figures: \(summary.contributions.count)/\(summary.expectedReports)")
                + (summary.latestDate.map { labels.pick(" · mới nhất ngày ", " · newest ") + $0.vietnamese } ?? ""),
        ]
        if summary.contributions.isEmpty { lines.append(labels.noData) }
        for (index, line) in lines.prefix(info.height).enumerated() {
            buffer.write(line, x: info.x + 1, y: info.y + index, maxWidth: info.width - 1)
        }
        FiguresTable.render(summary, state: state, theme: theme, labels: labels, area: parts[1], into: &buffer)
    }

    /// "UBND huyện Tiên Du (từ 01/07/2025: UBND xã Tiên Du)".
    static func governmentLine(_ place: Area, state: AppState, labels: Labels) -> String {
        guard let id = place.governmentID, let agency = state.snapshot.agency(id) else { return "–" }
        let history = SuccessionHistory(state.snapshot.successions)
        let holders = history.holders(of: id, on: state.today)
        guard holders != [id], let change = history.successions.first(where: { $0.predecessorID == id }) else { return agency.name }
        let names = holders.compactMap { state.snapshot.agency($0)?.name }.joined(separator: ", ")
        return agency.name + labels.pick(" (từ \(change.effective.vietnamese): \(names))", " (from \(change.effective.vietnamese): \(names))")
    }
}

/// The figures every agency reported for one area, a row per report, with a total row.
enum FiguresTable {
    static func render(_ summary: AreaSummary, state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        let inner = theme.focus.panel(labels.pick("Số liệu theo cơ quan", "Figures by agency"), focused: state.showsSelection).render(area, &buffer)
        guard !inner.isEmpty else { return }
        let fields = AreaFigures.Field.allCases
        let wide = inner.width >= 110
        let numberWidth = 6, moneyWidth = wide ? 16 : 10, dateWidth = 10, referenceWidth = wide ? 14 : 0
        let nameWidth = max(10, inner.width - 2 - dateWidth - 1 - (wide ? referenceWidth + 1 : 0) - moneyWidth - numberWidth * 7)
        func columnWidth(_ field: AreaFigures.Field) -> Int { field == .finesVND ? moneyWidth : numberWidth }
        func drawRow(_ y: Int, name: String, date: String, reference: String, value: (AreaFigures.Field) -> String, style: Style) {
            var x = inner.x + 1
            buffer.write(name, x: x, y: y, maxWidth: nameWidth - 1, style: style)
            x += nameWidth
            buffer.write(date, x: x, y: y, maxWidth: dateWidth, style: style)
            x += dateWidth + 1
            if wide {
                buffer.write(reference, x: x, y: y, maxWidth: referenceWidth, style: style)
                x += referenceWidth + 1
            }
            for field in fields {
                let text = value(field)
                let width = columnWidth(field)
                let shown = TextClipper.clip(text, to: width - 1)
                buffer.write(shown, x: x + width - 1 - DisplayWidth.of(shown), y: y, style: style)
                x += width
            }
        }
        drawRow(inner.y, name: labels.pick("Cơ quan", "Agency"), date: labels.pick("Ngày BC", "Date"),
                reference: labels.pick("Số BC", "Reference"), value: { $0.name(state.language).short }, style: theme.title)
        // The legend of the short heads at the bottom, wrapped (up to three lines, fewer when the
        // table is short): the rows keep at least three lines.
        let legend = FigureLegend.lines(state.language, width: inner.width - 2, maxLines: min(3, max(0, inner.height - 5)))
        for (index, line) in legend.enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.maxY - legend.count + index, maxWidth: inner.width - 2, style: theme.muted)
        }
        let contributions = summary.contributions
        let listHeight = inner.height - 2 - legend.count
        let offset = VisibleRange.offset(selected: state.selectedDetailRow, count: contributions.count, height: listHeight)
        for (line, index) in (offset..<min(contributions.count, offset + max(0, listHeight))).enumerated() {
            let (report, figures) = contributions[index]
            let y = inner.y + 1 + line
            let name = state.snapshot.agency(report.agencyID).map { wide ? $0.name : $0.shortName } ?? report.agencyID
            drawRow(y, name: name, date: report.content.date.vietnamese, reference: report.content.reference,
                    value: { field in figures[field].map { field == .finesVND ? labels.money($0, room: moneyWidth - 1) : VietnameseNumber.grouped($0) } ?? "–" },
                    style: .plain)
            if state.showsSelection, index == state.selectedDetailRow {
                theme.focus.markSelected(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            }
        }
        if !contributions.isEmpty, inner.height >= 3 {
            drawRow(inner.maxY - 1 - legend.count, name: labels.pick("Tổng cộng", "Total"), date: "", reference: "",
                    value: { field in summary.total(field).map { field == .finesVND ? labels.money($0, room: moneyWidth - 1) : VietnameseNumber.grouped($0) } ?? "–" },
                    style: theme.title)
        }
    }
}
