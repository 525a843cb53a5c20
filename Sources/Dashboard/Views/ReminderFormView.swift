import Canvas
import Tracking

/// The reminder form, a box over the board or deadline view it was opened from: the notice
/// or the focused field's error, the three fields, whom it will be recorded for, the keys;
/// and the confirmation over it when asked.
enum ReminderFormView {
    /// The date fields' width: "dd/mm/yyyy" and the cursor after it.
    static let dateWidth = 12

    static func render(_ state: AppState, theme: Theme, labels: Labels, area: Rect, into buffer: inout Buffer) {
        guard let form = state.reminderForm else { return }
        let l = state.language
        let width = min(area.width - 2, 76)
        let fieldLabels = ReminderForm.Field.allCases.map { label($0, l) }
        let labelWidth = fieldLabels.map { DisplayWidth.of($0) }.max() ?? 0
        let textWidth = width - 4

        // Whom it chases: short names (a board's fourteen agencies fit on a few lines), wrapped.
        let count = ReminderRecord.agencyCount(form.targets)
        var heading = l.pick("Sẽ ghi cho \(count) cơ quan quá hạn ngày \(form.targetsDay.vietnamese):",
                             "Will be recorded for the \(count) agencies overdue on \(form.targetsDay.vietnamese):")
        if count == 0 {
            heading = l.pick("Không có cơ quan nào quá hạn ngày \(form.targetsDay.vietnamese).",
                             "No agency is overdue on \(form.targetsDay.vietnamese).")
        }
        // Row 0 says what went wrong, on up to three rows when it must: a refusal's end says what
        // happened, after a database's path that may take a row of its own.
        var message: (text: String, style: Style)?
        if let error = form.errors[form.focus] {
            message = ("⚠ " + label(form.focus, l).trimmingSuffix(":") + ": " + error, theme.error)
        } else if let notice = form.notice {
            message = (notice, form.noticeCountsErrors ? theme.error : theme.title)
        }
        let messageLines = message.map { Array(TextClipper.wrap($0.text, width: textWidth).prefix(3)) } ?? []
        let messageRows = max(1, messageLines.count)
        let fixedRows = messageRows + 3 + 1 + 1 + 1 + 1 + 1   // message, fields, note, blank, heading, blank, keys
        let room = max(1, area.height - 2 - fixedRows)
        let names = agencyLines(form.agencies.map(\.shortName), width: textWidth, room: room, l)
        let height = min(area.height, fixedRows + names.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box)
        var title = [l.pick("Ghi công văn đôn đốc", "Record a reminder"), form.request.directive]
        if let number = form.seed.taskNumber { title.append(labels.task(number)) }
        let inner = theme.focus.panel(title.joined(separator: " · "), focused: true).render(box, &buffer)
        guard inner.height >= fixedRows else { return }
        let x = inner.x + 1
        var y = inner.y

        for (index, line) in messageLines.enumerated() {
            buffer.write(line, x: x, y: y + index, maxWidth: textWidth, style: message?.style ?? .plain)
        }
        y += messageRows
        for field in ReminderForm.Field.allCases {
            let focused = form.focus == field
            buffer.write(label(field, l), x: x, y: y, style: focused ? theme.title : .plain)
            let fieldX = x + labelWidth + 1
            let fieldWidth = field == .reference ? max(10, inner.maxX - fieldX - 1) : dateWidth
            if let editor = form.editors[field] {
                ReportFormView.drawLine(editor, focused: focused && form.question == nil, hasError: form.errors[field] != nil,
                                        x: fieldX, y: y, width: fieldWidth, theme: theme, into: &buffer)
            }
            if field != .reference {
                let hint = field == .sentOn ? "dd/mm/yyyy" : l.pick("dd/mm/yyyy, chậm nhất", "dd/mm/yyyy, at the latest")
                buffer.write(hint, x: fieldX + fieldWidth + 1, y: y, maxWidth: max(0, inner.maxX - fieldX - fieldWidth - 1), style: theme.muted)
            }
            y += 1
        }
        buffer.write(l.pick("Hẹn báo cáo không phải gia hạn: hạn và trạng thái giữ nguyên.",
                            "The date asked for is not an extension: deadlines and statuses stay."),
                     x: x, y: y, maxWidth: textWidth, style: theme.muted)
        y += 2
        buffer.write(heading, x: x, y: y, maxWidth: textWidth, style: theme.title)
        y += 1
        for line in names where y < inner.maxY - 2 {
            buffer.write(line, x: x, y: y, maxWidth: textWidth)
            y += 1
        }
        buffer.write(l.pick("Enter ở ô cuối hoặc Ctrl-S: ghi · Tab: ô kế · Esc: huỷ, không ghi gì",
                            "Ctrl-S or Enter on the last field: record · Esc: cancel, writes nothing"),
                     x: x, y: inner.maxY - 1, maxWidth: textWidth, style: theme.muted)

        if case .confirm(let record) = form.question {
            renderQuestion(record, state: state, theme: theme, area: area, into: &buffer)
        }
    }

    static func label(_ field: ReminderForm.Field, _ l: Language) -> String {
        switch field {
        case .reference: l.pick("Số ký hiệu:", "Reference:")
        case .sentOn: l.pick("Ngày gửi:", "Sent on:")
        case .askedBy: l.pick("Hẹn báo cáo:", "Reports by:")
        }
    }

    /// The names joined and wrapped to `width`, at most `room` lines; the last line then says
    /// how many more there are.
    static func agencyLines(_ names: [String], width: Int, room: Int, _ l: Language) -> [String] {
        guard !names.isEmpty else { return [] }
        let all = TextClipper.wrap(names.joined(separator: ", "), width: width)
        guard all.count > room, room > 0 else { return all }
        // As many names as fill room − 1 lines, then how many are left.
        var shown: [String] = [], listed = 0
        for count in 1..<names.count {
            let lines = TextClipper.wrap(names.prefix(count).joined(separator: ", ") + ",", width: width)
            if lines.count > room - 1 { break }
            (shown, listed) = (lines, count)
        }
        return shown + [l.pick("… và \(names.count - listed) cơ quan khác", "… and \(names.count - listed) more")]
    }

    static func renderQuestion(_ record: ReminderRecord, state: AppState, theme: Theme, area: Rect, into buffer: inout Buffer) {
        let l = state.language
        let count = ReminderRecord.agencyCount(record.targets)
        let question = l.pick("Ghi công văn đôn đốc \(record.reference) cho \(count) cơ quan?",
                              "Record reminder \(record.reference) for \(count) agencies?")
        let width = min(area.width - 4, 64)
        var lines = TextClipper.wrap(question, width: width - 4)
        lines += [
            l.pick("Ngày gửi \(record.sentOn.vietnamese) · hẹn báo cáo chậm nhất \(record.askedBy?.vietnamese ?? "—")",
                   "Sent \(record.sentOn.vietnamese) · reports asked by \(record.askedBy?.vietnamese ?? "—")"),
            "",
            l.pick("Enter/y: ghi · Esc/n: quay lại sửa", "Enter/y: record · Esc/n: back to editing"),
        ]
        let height = min(area.height, lines.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.fill(box)
        let inner = theme.focus.panel(l.pick("Xác nhận", "Confirm"), focused: true).render(box, &buffer)
        for (index, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + index, maxWidth: inner.width - 1,
                         style: index == lines.count - 1 ? theme.title : .plain)
        }
    }
}

private extension String {
    /// The label without its colon, to name the field in an error ("Ngày gửi: …").
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
