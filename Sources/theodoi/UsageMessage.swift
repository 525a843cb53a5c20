import Foundation
import Tracking

/// swift-argument-parser's usage errors in the user's language: its messages are English
/// ("Error: Unknown option '--bogus'", "Usage: …"), and a Vietnamese user typing `theodoi statu`
/// should read what is wrong, and the command they probably meant, in Vietnamese.
enum UsageMessage {
    /// The parser's message (`fullMessage(for:)`), translated line by line where its shape is
    /// known; English is left as it is.
    /// - Parameter arguments: the command line, to tell a mistyped command from a stray argument.
    static func translated(_ message: String, arguments: [String], commands: [String], language: Language) -> String {
        guard language == .vi else { return message }
        var lines: [String] = []
        for line in message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("Help:") { continue }   // the option's help text, in English
            lines.append(translate(line, arguments: arguments, commands: commands))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func translate(_ line: String, arguments: [String], commands: [String]) -> String {
        if let value = quoted(line, after: "Error: Unexpected argument ") {
            if value == arguments.first(where: { !$0.hasPrefix("-") }), !value.contains("/"), !value.contains(".") {
                let guess = commands.min { distance($0, value) < distance($1, value) }
                let hint = guess.flatMap { distance($0, value) <= 2 ? " (có phải \"\($0)\"?)" : nil } ?? ""
                return "lỗi: không có lệnh \"\(value)\"\(hint); các lệnh: " + commands.joined(separator: ", ")
            }
            return "lỗi: không hiểu tham số \"\(value)\""
        }
        if let option = quoted(line, after: "Error: Unknown option ") { return "lỗi: không có tùy chọn \"\(option)\"" }
        if let value = quoted(line, after: "Error: The value "), let rest = line.range(of: " is invalid for ") {
            let option = quoted(String(line[rest.upperBound...]), after: "") ?? ""
            var text = "lỗi: \"\(value)\" không hợp lệ cho \(option.split(separator: " ").first.map(String.init) ?? option)"
            if let choices = line.range(of: "Please provide one of ") {
                let list = line[choices.upperBound...].split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
                text += "; hãy dùng một trong: " + list.joined(separator: ", ")
            }
            return text
        }
        if let argument = quoted(line, after: "Error: Missing expected argument ") { return "lỗi: thiếu \(argument) (bắt buộc)" }
        if let option = quoted(line, after: "Error: Missing value for ") {
            return "lỗi: thiếu giá trị cho \(option.split(separator: " ").first.map(String.init) ?? option)"
        }
        if line.hasPrefix("Error: ") { return "lỗi: " + line.dropFirst("Error: ".count) }
        if line.hasPrefix("Usage: ") { return "Cách dùng: " + line.dropFirst("Usage: ".count) }
        if let command = quoted(line.trimmingCharacters(in: .whitespaces), after: "See "), line.contains("for more information") {
            return "  Xem thêm: \(command)"
        }
        return line
    }

    /// The text between the first pair of single quotes after `prefix` ("Error: Unknown option '--x'").
    private static func quoted(_ line: String, after prefix: String) -> String? {
        guard line.hasPrefix(prefix) else { return nil }
        let rest = line.dropFirst(prefix.count)
        guard rest.first == "'", let end = rest.dropFirst().firstIndex(of: "'") else { return nil }
        return String(rest[rest.index(after: rest.startIndex)..<end])
    }

    /// Levenshtein distance, for "did you mean".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
