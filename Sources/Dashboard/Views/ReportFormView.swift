import Canvas
import Tracking

/// Column widths the form's update and view share, so that Up/Down in a section wrap exactly
/// as the lines are drawn.
public enum FormLayout {
    static let referenceWidth = 22
    static let dateWidth = 12
    static let areaColumn = 13

    public static func editorWidth(_ field: ReportForm.Field, screenWidth: Int) -> Int {
        switch field {
        case .reference: referenceWidth
        case .date: dateWidth
        case .section: max(10, screenWidth - 6)
        case .figure(_, let figure): cellWidth(figure, screenWidth: screenWidth) - 1
        }
    }

    static func cellWidth(_ field: AreaFigures.Field, screenWidth: Int) -> Int {
        let available = max(40, screenWidth - 4 - areaColumn)
        let money = max(10, available / 4)
        return field == .finesVND ? money : max(5, (available - money) / 7)
    }
}

/// The report form: reference and date, the five sections as text areas (the focused one
/// larger), the figures table, and the question being asked, if any.
enum ReportFormView {
    static func render(_ state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        guard let form = state.form else { return }
        let l = state.language
        // The form's own task and agency (its directive's), not the open board's.
        let task = form.subject.task
        var parts = [l.pick("Báo cáo", "Report"), form.subject.senderName(l) ?? form.agencyID]
        if let task {
            parts.append(labels.task(task.number))
            if !task.deadline.raw.isEmpty { parts.append(task.deadline.raw) }
        }
        parts.append(l.pick("lần \(form.baseRevision + 1)", "revision \(form.baseRevision + 1)"))
        let title = parts.joined(separator: " · ")
        let inner = theme.focus.panel(title, focused: true).render(area, &buffer)
        guard inner.height >= 8 else { return }
        let focused = form.focusedField

        // Row 0: the notice, or the focused field's error.
        if let error = form.errors[focused] {
            buffer.write("⚠ " + fieldName(focused, state: state) + ": " + error, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme.error)
        } else if let notice = form.notice {
            buffer.write(notice, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme.muted)
        } else if case .figure = focused {
            // The table's headings are abbreviated: name the focused cell in full.
            buffer.write(fieldName(focused, state: state), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme.title)
        }

        // Row 1: reference and date.
        var x = inner.x + 1
        x += buffer.write(l.pick("Số báo cáo: ", "Reference: "), x: x, y: inner.y + 1, style: focused == .reference ? theme.title : .plain)
        drawLine(form, .reference, x: x, y: inner.y + 1, width: FormLayout.referenceWidth, theme: theme, into: &buffer)
        x += FormLayout.referenceWidth + 2
        x += buffer.write(l.pick("Ngày: ", "Date: "), x: x, y: inner.y + 1, style: focused == .date ? theme.title : .plain)
        drawLine(form, .date, x: x, y: inner.y + 1, width: FormLayout.dateWidth, theme: theme, into: &buffer)
        x += FormLayout.dateWidth + 1
        buffer.write("dd/mm/yyyy", x: x, y: inner.y + 1, maxWidth: max(0, inner.maxX - x), style: theme.muted)

        // The figures table at the bottom: a header, a row per area, and the legend of its short
        // heads (a line, two in a tall window; the focused cell's long name is also on row 0).
        let legendTop = inner.maxY - (inner.height >= 30 ? 2 : 1)
        // A directive with no area has no figures: no table, no empty header, no legend.
        let figuresTop = form.areaIDs.isEmpty ? inner.maxY : legendTop - (form.areaIDs.count + 1)
        if !form.areaIDs.isEmpty {
            FigureLegend.render(l, theme: theme, area: Rect(x: inner.x + 1, y: legendTop, width: inner.width - 2, height: inner.maxY - legendTop),
                                into: &buffer)
            renderFigures(form, state: state, theme: theme, top: figuresTop, inner: inner, into: &buffer)
        }

        // The sections in between: a label each, one line of text each, the rest to the focused one.
        let sectionsTop = inner.y + 2
        let available = figuresTop - sectionsTop
        let sections = ReportSection.allCases
        let focusedSection: ReportSection? = if case .section(let s) = focused { s } else { nil }
        let baseLines = max(0, min(1, (available - sections.count) / sections.count))
        let extra = max(0, available - sections.count * (1 + baseLines))
        var y = sectionsTop
        for (index, section) in sections.enumerated() {
            let field = ReportForm.Field.section(section)
            // The focused section takes the spare room; with none focused, it is shared out in order.
            let spare = focusedSection == nil ? extra / sections.count + (index < extra % sections.count ? 1 : 0) : 0
            let lines = baseLines + spare + (section == focusedSection ? extra : 0)
            // The focused section's label carries the row mark, as a selected row does elsewhere.
            var label = (section == focusedSection ? theme.focus.rowMark + " " : "  ") + section.label(l)
            if section == .workDone || section == .results { label += " *" }
            buffer.write(label, x: inner.x, y: y, maxWidth: inner.width, style: section == focusedSection ? theme.title : theme.muted)
            if let error = form.errors[field] {
                buffer.write(" ⚠ " + error, x: inner.x + DisplayWidth.of(label), y: y, maxWidth: max(0, inner.width - DisplayWidth.of(label)), style: theme.error)
            }
            y += 1
            if lines > 0 {
                drawArea(form, field, x: inner.x + 3, y: y, width: FormLayout.editorWidth(field, screenWidth: state.width),
                         height: lines, focused: section == focusedSection, theme: theme, into: &buffer)
                y += lines
            }
        }

        if let question = form.question {
            renderQuestion(question, form: form, state: state, theme: theme, area: area, into: &buffer)
        }
    }

    static func fieldName(_ field: ReportForm.Field, state: AppState) -> String {
        let l = state.language
        switch field {
        case .reference: return l.pick("Số báo cáo", "Reference")
        case .date: return l.pick("Ngày", "Date")
        case .section(let section): return section.label(l)
        case .figure(let areaID, let figure):
            return figure.label(l) + " · " + (state.form?.subject.areaName(areaID) ?? areaID)
        }
    }

    /// A one-line field: its text on an underlined stretch, the cursor as a reversed cell.
    static func drawLine(_ form: ReportForm, _ field: ReportForm.Field, x: Int, y: Int, width: Int, theme: Theme, into buffer: inout Buffer) {
        guard let editor = form.editors[field] else { return }
        drawLine(editor, focused: form.focusedField == field, hasError: form.errors[field] != nil, x: x, y: y, width: width,
                 theme: theme, into: &buffer)
    }

    /// One line of any form (the reminder form's too): `editor`'s text on an underlined stretch,
    /// scrolled so that the cursor stays inside, the cursor as a reversed cell.
    static func drawLine(_ editor: TextEditor, focused: Bool, hasError: Bool, x: Int, y: Int, width: Int, theme: Theme,
                         into buffer: inout Buffer) {
        var style = Style(underline: true)
        if hasError { style = theme.error.merged(underline: true) }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), with: Cell(" ", style: style))
        let (_, column) = editor.cursorPosition(width: 10_000)
        // Scroll a long value so that the cursor stays inside the field.
        let shift = focused ? max(0, column - width + 1) : 0
        let text = String(editor.text.dropFirst(max(0, characters(in: editor.text, columns: shift))))
        buffer.write(text, x: x, y: y, maxWidth: width, style: style)
        if focused, editor.isAllSelected {
            // The whole text selected (Tab into a prefilled field): shown reversed, as typing replaces it.
            buffer.restyle(Rect(x: x, y: y, width: min(width, DisplayWidth.of(text)), height: 1)) { $0.reverse = true }
        } else if focused {
            buffer.restyle(Rect(x: x + column - shift, y: y, width: 1, height: 1)) { $0.reverse = true }
        }
    }

    /// A multi-line text area showing the visual lines around the cursor.
    static func drawArea(_ form: ReportForm, _ field: ReportForm.Field, x: Int, y: Int, width: Int, height: Int,
                         focused: Bool, theme: Theme, into buffer: inout Buffer) {
        guard let editor = form.editors[field] else { return }
        let (lines, cursor) = editor.layout(width: width)
        let first = focused ? max(0, min(cursor.row - height + 1, lines.count - height)) : 0
        for row in 0..<height {
            let index = first + row
            guard index < lines.count else { break }
            var text = lines[index].text
            if !focused, row == height - 1, index < lines.count - 1 { text = TextClipper.clip(text + " …", to: width) }
            buffer.write(text, x: x, y: y + row, maxWidth: width, style: focused ? .plain : theme.muted)
        }
        if focused {
            buffer.restyle(Rect(x: x + cursor.column, y: y + cursor.row - first, width: 1, height: 1)) { $0.reverse = true }
        }
    }

    static func renderFigures(_ form: ReportForm, state: AppState, theme: Theme, top: Int, inner: Rect, into buffer: inout Buffer) {
        let l = state.language
        var x = inner.x + 1 + FormLayout.areaColumn
        buffer.write(l.pick("Số liệu", "Figures"), x: inner.x + 1, y: top, maxWidth: FormLayout.areaColumn - 1, style: theme.title)
        for field in AreaFigures.Field.allCases {
            let width = FormLayout.cellWidth(field, screenWidth: state.width)
            let name = field.name(l).short
            buffer.write(name, x: x, y: top, maxWidth: width - 1, style: theme.muted)
            x += width
        }
        for (row, areaID) in form.areaIDs.enumerated() {
            let y = top + 1 + row
            let name = form.subject.areaName(areaID)
            let focusedRow = if case .figure(let id, _) = form.focusedField { id == areaID } else { false }
            buffer.write(name, x: inner.x + 1, y: y, maxWidth: FormLayout.areaColumn - 1, style: focusedRow ? theme.title : .plain)
            var x = inner.x + 1 + FormLayout.areaColumn
            for field in AreaFigures.Field.allCases {
                let width = FormLayout.cellWidth(field, screenWidth: state.width)
                drawLine(form, .figure(areaID: areaID, field), x: x, y: y, width: width - 1, theme: theme, into: &buffer)
                x += width
            }
        }
    }

    static func renderQuestion(_ question: ReportForm.Question, form: ReportForm, state: AppState, theme: Theme,
                               area: Rect, into buffer: inout Buffer) {
        let l = state.language
        var lines: [String]
        let title: String
        switch question {
        case .confirmSubmit(let content):
            title = l.pick("Nộp báo cáo này?", "Submit this report?")
            let agency = form.subject.senderName(l) ?? form.agencyID
            let filled = ReportSection.allCases.filter { !content[$0].isEmpty }.count
            let areas = content.figures.map { form.subject.areaName($0.areaID) }
            lines = [
                l.pick("Cơ quan: ", "Agency: ") + agency,
                l.pick("Số \(content.reference) ngày \(content.date.vietnamese)", "\(content.reference) of \(content.date.vietnamese)"),
                l.pick("Các mục có nội dung: \(filled)/5", "Sections filled: \(filled)/5"),
                l.pick("Số liệu: ", "Figures: ") + (areas.isEmpty ? l.pick("không có", "none") : areas.joined(separator: ", ")),
                l.pick("Sẽ là lần nộp thứ \(form.baseRevision + 1), ngày \(state.today.vietnamese)",
                       "Will be revision \(form.baseRevision + 1), dated \(state.today.vietnamese)"),
                timeliness(form, state: state),
                "",
                l.pick("Enter/y: nộp · Esc/n: quay lại sửa", "Enter/y: submit · Esc/n: back to editing"),
            ]
        case .discardDraft:
            title = l.pick("Xoá bản nháp?", "Delete the draft?")
            lines = [
                l.pick("Đóng biểu mẫu. Bản nháp được giữ lại trừ khi bạn chọn xoá.", "Closing the form. The draft is kept unless you delete it."),
                "",
                l.pick("Enter/y: xoá bản nháp · Esc/n: giữ bản nháp", "Enter/y: delete the draft · Esc/n: keep the draft"),
            ]
        }
        let width = min(area.width - 4, max(DisplayWidth.of(title) + 6, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 4))
        let height = min(area.height, lines.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box)
        let inner = theme.focus.panel(title, focused: true).render(box, &buffer)
        for (index, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + index, maxWidth: inner.width - 1, style: index == lines.count - 1 ? theme.title : .plain)
        }
    }

    /// How many characters of `text` fill `columns` display columns.
    static func characters(in text: String, columns: Int) -> Int {
        var used = 0, count = 0
        for character in text {
            if used >= columns { break }
            used += DisplayWidth.of(character)
            count += 1
        }
        return count
    }
    /// How the submission will count: on time or late against its due date (the first revision
    /// decides; a later one changes nothing).
    static func timeliness(_ form: ReportForm, state: AppState) -> String {
        let l = state.language
        guard form.baseRevision == 0 else {
            return l.pick("Thời hạn tính theo lần nộp đầu; lần này không thay đổi.", "Timeliness counts the first revision; this one changes nothing.")
        }
        guard let due = form.subject.row?.progress.due else {
            return l.pick("Nhiệm vụ không có thời hạn.", "The task has no deadline.")
        }
        if state.today > due {
            let days = due.days(to: state.today)
            return l.pick("Tính là ☑ Hoàn thành quá hạn: trễ \(days) ngày (hạn \(due.vietnamese)).",
                          "Counts as ☑ Done late: \(days) days after the due date (\(due.vietnamese)).")
        }
        return l.pick("Tính là ✓ Hoàn thành đúng hạn (hạn \(due.vietnamese)).", "Counts as ✓ Done on time (due \(due.vietnamese)).")
    }
}

extension Style {
    func merged(underline: Bool) -> Style {
        var style = self
        style.underline = underline
        return style
    }

}
