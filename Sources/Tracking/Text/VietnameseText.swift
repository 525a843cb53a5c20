import Foundation

/// Normalisation and search folding for Vietnamese text.
///
/// SQLite and `==` on bytes see "Khê" typed precomposed (NFC) and decomposed (NFD, as some input
/// methods and macOS file names send it) as different words, so every text is stored in NFC.
/// Search goes further and folds case, tone marks and the đ/d difference, because people type
/// "phong khe" or "dai" on keyboards without a Vietnamese input method.
public enum VietnameseText {
    /// The canonical composed form (NFC) in which all text is stored and compared.
    public static func normalized(_ text: some StringProtocol) -> String {
        String(text).precomposedStringWithCanonicalMapping
    }

    /// A search key: lower case, without tone or vowel marks, "đ" as "d", runs of white space
    /// as one space, trimmed. "Đài Phát thanh" → "dai phat thanh".
    public static func fold(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in String(text).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar == "đ" ? "d" : scalar)
        }
        return String(scalars)
    }

    /// Whether `query` folds to a prefix of `candidate` or of one of its words, so that
    /// "cong an" finds "Công an tỉnh" and "phu lam" finds "CCN Phú Lâm".
    public static func matchesWordPrefix(_ query: some StringProtocol, in candidate: some StringProtocol) -> Bool {
        let key = fold(query)
        guard !key.isEmpty else { return false }
        let folded = fold(candidate)
        // A word starts at the beginning or after anything that is not a letter or digit:
        // "thon man" finds "xã Văn Môn (thôn Mẫn Xá)".
        var previous: Character? = nil
        for index in folded.indices {
            defer { previous = folded[index] }
            if let previous, previous.isLetter || previous.isNumber { continue }
            if folded[index...].hasPrefix(key) { return true }
        }
        return false
    }
}
