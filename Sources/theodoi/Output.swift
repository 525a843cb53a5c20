import Canvas
import Foundation

/// Text for people on standard output, with control characters from the data made visible so
/// that a report cannot send commands to the reader's terminal.
enum Output {
    static func text(_ text: String) {
        print(VisibleText.sanitized(text, keepingNewlines: true), terminator: "")
    }
}

extension Output {
    /// One refused item of a bulk command (a file, a line), on standard error as
    /// "theodoi: …" after everything standard output has so far, so that the two stay in
    /// order on a terminal or in one log. Control characters from the data are made visible.
    static func refusal(_ line: String) {
        fflush(nil)
        FileHandle.standardError.write(Data(("theodoi: " + VisibleText.sanitized(line) + "\n").utf8))
    }
}
