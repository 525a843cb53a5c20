import Canvas
import Tracking

/// The read-only wall: one page at a time, filling the screen, with the page indicator, the
/// freshness stamp ("cập nhật lúc 14:05") and, when the data cannot be read, a visible warning
/// that what is shown is the last good data.
enum WallView {
    static func render(_ state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        let pages = WallPage.all(in: state)
        let page = pages[min(state.wallPage, pages.count - 1)]
        switch page {
        case .overview:
            HomeView.render(state, theme: theme, labels: labels, area: area, into: &buffer)
        case .area(let id):
            AreaDetailView.render(state, areaID: id, theme: theme, labels: labels, area: area, into: &buffer)
        case .agencies:
            AgencyPanel.render(state, theme: theme, labels: labels, area: area, into: &buffer)
        case .deadlines:
            DeadlineListView.render(state, theme: theme, labels: labels, area: area, into: &buffer)
        case .portfolio:
            PortfolioView.render(state, theme: theme, labels: labels, area: area, into: &buffer)
        case .board(let reference):
            if state.directive?.document.reference.text == reference {
                HomeView.render(state, theme: theme, labels: labels, area: area, into: &buffer)
            } else {
                let inner = theme.focus.panel(reference, focused: false).render(area, &buffer)
                buffer.write(labels.pick("Đang tải…", "Loading…"), x: inner.x + 1, y: inner.y, style: theme.muted)
            }
        }
    }

    static func pageName(_ page: WallPage, state: AppState, labels: Labels) -> String {
        switch page {
        case .overview: labels.pick("Tổng quan", "Overview")
        case .area(let id): state.snapshot.areas.first { $0.id == id }?.name ?? id
        case .agencies: labels.agencies
        case .deadlines: labels.deadlines
        case .portfolio: labels.pick("Văn bản chỉ đạo", "Directives")
        case .board(let reference): reference
        }
    }

    /// The wall's bottom line: page, freshness, rotation, the three keys it obeys.
    static func statusLine(_ state: AppState, theme: Theme, area: Rect, into buffer: inout Buffer) {
        let labels = Labels(language: state.language)
        let pages = WallPage.all(in: state)
        let index = min(state.wallPage, pages.count - 1)
        var parts = [labels.pick("Trang \(index + 1)/\(pages.count): ", "Page \(index + 1)/\(pages.count): ")
                     + pageName(pages[index], state: state, labels: labels)]
        if let minute = state.refreshedAtMinute {
            parts.append(labels.pick("cập nhật lúc ", "updated at ") + Labels.clock(minute))
        }
        if state.rotateSeconds > 0 {
            parts.append(labels.pick("tự chuyển trang sau \(state.rotateSeconds) giây", "next page in \(state.rotateSeconds) s"))
        }
        let keys = labels.pick("←→ trang · r làm mới · q thoát", "←→ page · r refresh · q quit")
        // The keys always show: in a narrow window the rotation gives way, then the page's name is cut.
        if state.rotateSeconds > 0, DisplayWidth.of(" " + (parts + [keys]).joined(separator: " · ")) > area.width {
            parts.removeLast()
        }
        let room = area.width - DisplayWidth.of(" " + (parts.dropFirst() + [keys]).joined(separator: " · ") + " · ")
        if DisplayWidth.of(parts[0]) > room { parts[0] = TextClipper.clip(parts[0], to: max(8, room)) }
        parts.append(keys)
        let stale = state.loadError != nil
        let style = stale ? theme.error.merged(underline: false) : theme.hint
        buffer.fill(area, with: Cell(" ", style: style))
        var text = " " + parts.joined(separator: " · ")
        if let error = state.loadError {
            text = " ⚠ " + labels.pick("DỮ LIỆU CŨ", "STALE DATA") + " (" + (state.refreshedAtMinute.map { Labels.clock($0) } ?? "–")
                + "): " + error + " · " + parts.joined(separator: " · ")
        }
        buffer.write(text, x: area.x, y: area.y, maxWidth: area.width, style: style)
    }
}
