import Canvas
import Tracking

/// The weeks around the deadlines, a block per week: weekends dimmed, public holidays (Tết)
/// underlined and marked, today reversed, each due date marked "▲". Marks are glyphs as well
/// as styles, so a monochrome terminal shows them too.
enum CalendarStrip {
    static let weekWidth = 21
    static let linesPerRow = 4

    /// The weeks to show: from the directive's date (or today, or the first due date, whichever
    /// is earliest) to the week of the last due date or today. When today is far from the
    /// deadlines, the weeks around the deadlines.
    static func weeks(for state: AppState) -> [CalendarDate] {
        let dues = state.deadlines.dueDates
        guard let firstDue = dues.min(), let lastDue = dues.max() else { return [] }
        let issued = state.directive?.document.date ?? firstDue
        var start = min(issued, firstDue, state.today), end = max(lastDue, state.today)
        if start.days(to: end) > 16 * 7 {
            start = min(issued, firstDue)
            end = lastDue
        }
        var monday = start.adding(days: 1 - start.weekday)
        var weeks: [CalendarDate] = []
        while monday <= end && weeks.count < 60 {
            weeks.append(monday)
            monday = monday.adding(days: 7)
        }
        return weeks
    }

    static func weeksPerRow(width: Int) -> Int { max(1, (width + 1) / (weekWidth + 1)) }

    /// Lines the strip needs inside its box (0 when fewer than one week row and a legend fit).
    static func height(for state: AppState, width: Int, maxHeight: Int) -> Int {
        let rowsNeeded = (weeks(for: state).count + weeksPerRow(width: width) - 1) / weeksPerRow(width: width)
        let rowsFitting = (maxHeight - 2 - 1) / linesPerRow
        let rows = min(rowsNeeded, rowsFitting)
        return rows > 0 ? rows * linesPerRow + 1 : 0
    }

    static func render(_ state: AppState, theme: Theme, area: Rect, into buffer: inout Buffer) {
        let perRow = weeksPerRow(width: area.width)
        let rows = (area.height - 1) / linesPerRow
        var weeks = weeks(for: state)
        // Keep the latest weeks when not all fit: the deadlines are at the end.
        if weeks.count > perRow * rows { weeks = Array(weeks.suffix(perRow * rows)) }
        let dues = state.deadlines.dueDates
        let calendar = state.rules.calendar
        let l = state.language
        let dayNames = l == .vi ? ["T2", "T3", "T4", "T5", "T6", "T7", "CN"] : ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
        for (index, monday) in weeks.enumerated() {
            let x = area.x + (index % perRow) * (weekWidth + 1)
            let y = area.y + (index / perRow) * linesPerRow
            let sunday = monday.adding(days: 6)
            let range = String(monday.vietnamese.prefix(5)) + " – " + String(sunday.vietnamese.prefix(5))
            buffer.write(range, x: x + (weekWidth - DisplayWidth.of(range)) / 2, y: y, style: theme.title)
            for offset in 0..<7 {
                let day = monday.adding(days: offset)
                let column = x + offset * 3
                let number = (day.day < 10 ? " " : "") + "\(day.day)"
                var style: Style = day.isWeekend ? theme.weekend : .plain
                var mark = " "
                if calendar.holidayName(on: day) != nil {
                    style = theme.holiday
                    mark = theme.asciiOnly ? "~" : "•"
                }
                if !calendar.isWorkingDay(day), !day.isWeekend, calendar.holidayName(on: day) == nil { style = theme.weekend }
                if day == state.today {
                    style = theme.today
                    mark = theme.asciiOnly ? "*" : "●"
                }
                if dues.contains(day) {
                    style.bold = true
                    style.underline = true
                    if day != state.today { style.foreground = theme.due.foreground }
                    mark = theme.asciiOnly ? "^" : "▲"
                }
                buffer.write(dayNames[offset], x: column, y: y + 1, style: offset >= 5 ? theme.weekend : theme.muted)
                buffer.write(number, x: column, y: y + 2, style: style)
                buffer.write(mark, x: column + 1, y: y + 3, style: dues.contains(day) ? theme.due : style)
            }
        }
        let legend = theme.asciiOnly
            ? l.pick("^ hạn  * hôm nay  ~ nghỉ lễ, Tết  (T7, CN mờ)", "^ due  * today  ~ holiday  (weekends dim)")
            : l.pick("▲ hạn  ● hôm nay  • nghỉ lễ, Tết  (T7, CN mờ)", "▲ due  ● today  • public holiday  (weekends dim)")
        var legendLine = legend
        if let firstWeek = weeks.first, let lastWeek = weeks.last,
           state.today < firstWeek || state.today > lastWeek.adding(days: 6) {
            legendLine += l.pick(" · hôm nay \(state.today.vietnamese) ngoài lịch", " · today \(state.today.vietnamese) not shown")
        }
        buffer.write(legendLine, x: area.x, y: area.maxY - 1, maxWidth: area.width, style: theme.muted)
    }
}
