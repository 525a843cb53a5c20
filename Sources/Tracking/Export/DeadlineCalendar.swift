/// `theodoi export --format ics`: the deadlines as an iCalendar file (RFC 5545), one all-day
/// event per task due date under the active policy, with who has still to report.
public struct DeadlineCalendar: Sendable {
    public var board: StatusBoard
    public var language: Language
    /// The moment of the export as `VietnamClock.timestamp()` gives it ("2025-02-12T10:31:05+07:00").
    public var timestamp: String

    public init(board: StatusBoard, language: Language, timestamp: String) {
        self.board = board
        self.language = language
        self.timestamp = timestamp
    }

    public func render() -> String {
        let l = language
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//theodoi//theodoi export//\(l.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        ]
        let stamp = Self.utcStamp(timestamp)
        for directive in board.directives {
            let reference = directive.document.reference.text
            for task in directive.tasks {
                guard let due = task.due else { continue }
                let missing = task.missing
                var description = task.task.deadline.raw.isEmpty ? l.pick("Không có thời hạn", "No deadline") : task.task.deadline.raw
                description += "\n" + (missing.isEmpty
                    ? l.pick("Tất cả cơ quan đã báo cáo.", "Every agency has reported.")
                    : l.pick("Chưa báo cáo (\(missing.count)/\(task.leadRows.count)): ", "Not yet reported (\(missing.count)/\(task.leadRows.count)): ")
                        + missing.map(\.agency.name).joined(separator: ", "))
                lines += [
                    "BEGIN:VEVENT",
                    "UID:" + Self.escaped(Self.uid(taskID: task.task.id, directive: reference)),
                    "DTSTAMP:" + stamp,
                    "DTSTART;VALUE=DATE:" + Self.basic(due),
                    "DTEND;VALUE=DATE:" + Self.basic(due.adding(days: 1)),
                    "SUMMARY:" + Self.escaped(l.pick("Hạn: Nhiệm vụ \(task.task.number) — \(reference)", "Due: Task \(task.task.number) — \(reference)")),
                    "DESCRIPTION:" + Self.escaped(description),
                    "TRANSP:TRANSPARENT",
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined()
    }

    /// A stable identifier: the same task of the same directive keeps its UID across exports.
    static func uid(taskID: String, directive: String) -> String {
        let safe = String(directive.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-")
                ? Character(scalar) : "-"
        })
        return "\(taskID)-\(safe)@theodoi"
    }

    /// 20250214
    static func basic(_ date: CalendarDate) -> String {
        String(date.iso.filter { $0 != "-" })
    }

    /// "2025-02-12T10:31:05+07:00" → "20250212T033105Z".
    static func utcStamp(_ timestamp: String) -> String {
        let parts = Array(timestamp.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard parts.count >= from + count else { return nil }
            return Int(String(decoding: parts[from..<(from + count)], as: UTF8.self))
        }
        guard let date = CalendarDate(iso: timestamp.prefix(10)), let hour = number(11, 2), let minute = number(14, 2),
              let second = number(17, 2) else { return "19700101T000000Z" }
        var seconds = hour * 3600 + minute * 60 + second - VietnamClock.utcOffset
        var day = date
        if seconds < 0 { seconds += 86_400; day = day.adding(days: -1) }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return basic(day) + "T" + two(seconds / 3600) + two(seconds / 60 % 60) + two(seconds % 60) + "Z"
    }

    /// TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma, and newlines as "\n";
    /// other control characters made visible (the format does not allow them).
    public static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.replacingNewlines(with: "\n").unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case _ where ExportText.needsPlaceholder(scalar): result += ExportText.visible(String(scalar))
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence, each
    /// physical line ending in CRLF; continuation lines start with one space.
    public static func folded(_ line: String) -> String {
        var result = ""
        var current = 0
        let limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if current + size > limit {
                result += "\r\n "
                current = 1
            }
            result.unicodeScalars.append(scalar)
            current += size
        }
        return result + "\r\n"
    }
}
