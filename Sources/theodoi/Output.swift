import Canvas
import Foundation

/// Text for people on standard output, with control characters from the data made visible so
/// that a report cannot send commands to the reader's terminal.
enum Output {
    static func text(_ text: String) {
        print(VisibleText.sanitized(text, keepingNewlines: true), terminator: "")
    }
}
