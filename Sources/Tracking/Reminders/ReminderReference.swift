import Foundation

/// The reference (số, ký hiệu) of a reminder dispatch as the office numbered it: the one rule
/// that `remind --record` and the dashboard's form both apply, so that a reference typed in one
/// is never refused by the other.
public enum ReminderReference {
    /// Long enough for any "số/ký hiệu" an office writes; short enough for a board row.
    public static let maximumLength = 100

    /// Why a reference was refused; each front end says it in its own words (an option or a field).
    public enum Problem: Error, Sendable, Equatable {
        case empty
        case tooLong
        case control
    }

    /// The reference, NFC and trimmed: not empty, one line, no control character, at most
    /// ``maximumLength`` characters (grapheme clusters, as the user counts them).
    public static func checked(_ text: String) throws(Problem) -> String {
        let trimmed = VietnameseText.normalized(text).trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { throw .empty }
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) { throw .control }
        if trimmed.count > maximumLength { throw .tooLong }
        return trimmed
    }
}
