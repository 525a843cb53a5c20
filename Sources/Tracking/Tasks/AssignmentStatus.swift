/// Where one agency stands on one task, on the two axes the Government Office counts:
/// reported or not, on time or not.
///
/// The raw values are the JSON contract of `theodoi status`; never rename them.
public enum AssignmentStatus: String, Sendable, CaseIterable, Codable, Hashable {
    case pending
    case dueSoon = "due_soon"
    case overdue
    case doneOnTime = "done_on_time"
    case doneLate = "done_late"
    case noDeadline = "no_deadline"

    public var isDone: Bool { self == .doneOnTime || self == .doneLate }

    /// Shown next to the word, so that status never rests on colour alone.
    public var glyph: String {
        switch self {
        case .pending: "○"
        case .dueSoon: "◔"
        case .overdue: "✗"
        case .doneOnTime: "✓"
        case .doneLate: "☑"
        case .noDeadline: "–"
        }
    }

    /// For terminals that cannot show the glyphs above (`vt100`, a non-UTF-8 console).
    public var asciiGlyph: String {
        switch self {
        case .pending: "o"
        case .dueSoon: "!"
        case .overdue: "x"
        case .doneOnTime: "+"
        case .doneLate: "~"
        case .noDeadline: "-"
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.pending, .vi): "Đang thực hiện (trong hạn)"
        case (.dueSoon, .vi): "Sắp đến hạn"
        case (.overdue, .vi): "Quá hạn"
        case (.doneOnTime, .vi): "Hoàn thành đúng hạn"
        case (.doneLate, .vi): "Hoàn thành quá hạn"
        case (.noDeadline, .vi): "Không có thời hạn"
        case (.pending, .en): "In progress (on time)"
        case (.dueSoon, .en): "Due soon"
        case (.overdue, .en): "Overdue"
        case (.doneOnTime, .en): "Done on time"
        case (.doneLate, .en): "Done late"
        case (.noDeadline, .en): "No deadline"
        }
    }
}
