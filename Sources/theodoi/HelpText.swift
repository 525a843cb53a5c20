import Foundation
import Tracking

/// The command line's language, read before parsing — the help is built while parsing, and a
/// parsing error must speak it too: `--lang` on the command line, else `$THEODOI_LANG`, else
/// Vietnamese.
/// swift-argument-parser's own headings ("OVERVIEW:", "OPTIONS:", …) are put in Vietnamese
/// on the way out (``localized(_:)``).
enum HelpText {
    static let language: Language = {
        let arguments = CommandLine.arguments
        var value: String?
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
            if argument == "--lang", index + 1 < arguments.count { value = arguments[index + 1] }
        }
        return (try? AppContext.language(value ?? ProcessInfo.processInfo.environment["THEODOI_LANG"])) ?? .vi
    }()

    static func pick(_ vietnamese: String, _ english: String) -> String {
        language.pick(vietnamese, english)
    }

    /// The parser's English headings and fixed phrases in a help text, in Vietnamese.
    static func localized(_ help: String) -> String {
        guard language == .vi else { return help }
        let phrases = [
            ("OVERVIEW:", "TỔNG QUAN:"), ("USAGE:", "CÁCH DÙNG:"), ("ARGUMENTS:", "THAM SỐ:"), ("OPTIONS:", "TÙY CHỌN:"),
            ("SUBCOMMANDS:", "LỆNH:"), (" (default)  ", " (mặc định)"), ("Show help information.", "Hiện trợ giúp này."),
            ("Show the version.", "Hiện phiên bản."), ("(default: ", "(mặc định: "),
            ("(values: ", "(giá trị: "), ("; default: ", "; mặc định: "), ("\nExamples:\n", "\nVí dụ:\n"), ("\nExample:", "\nVí dụ:"),
            ("  See 'theodoi help <subcommand>' for detailed help.", "  Xem 'theodoi help <lệnh>' để biết chi tiết từng lệnh."),
        ]
        return phrases.reduce(help) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
