import Foundation

/// Normalisation and search folding for Vietnamese text.
///
/// SQLite and `==` on bytes see "Khê" typed precomposed (NFC) and decomposed (NFD, as some input
/// methods and macOS file names send it) as different words, so every text is stored in NFC.
/// Search goes further and folds case, tone marks and the đ/d difference, because people type
/// "phong khe" or "dai" on keyboards without a Vietnamese input method.
public enum VietnameseText {
    /// The canonical composed form (NFC) in which all text is stored and compared.
    ///
    /// Text whose every scalar is below U+0300 or in Latin Extended Additional (U+1E00–U+1EFF,
    /// where the precomposed Vietnamese letters are) is NFC already — no combining mark to
    /// compose, no singleton to replace — and is returned as it is, without Foundation's
    /// conversion: the common case for stored Vietnamese text, read 10⁵ times at a department's scale.
    public static func normalized(_ text: some StringProtocol) -> String {
        let string = String(text)
        if string.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value) }) { return string }
        return string.precomposedStringWithCanonicalMapping
    }

    /// A search key: lower case, without tone or vowel marks, "đ" as "d", runs of white space
    /// as one space, trimmed. "Đài Phát thanh" → "dai phat thanh".
    public static func fold(_ text: some StringProtocol) -> String {
        // ASCII text (ids, folded queries) has no marks to strip: no Unicode decomposition.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
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

    /// Whether a search box's `query` is found in `text`, as Vietnamese users expect of one:
    /// a query typed without marks ignores them ("dai" finds "Đài" and "Đại"); a query with
    /// marks matches them ("Đà" finds "Đà Nẵng", not "Đầu tư"). Case and white space runs are
    /// ignored either way; precomposed and decomposed forms are one.
    public static func searchMatches(_ query: some StringProtocol, in text: some StringProtocol) -> Bool {
        let folded = fold(query)
        guard !folded.isEmpty else { return true }
        let marked = spaced(normalized(query).lowercased())
        if marked == folded { return fold(text).contains(folded) }
        return spaced(normalized(text).lowercased()).contains(marked)
    }

    /// Runs of white space as one space, trimmed.
    private static func spaced(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `query` folds to a prefix of `candidate` or of one of its words, so that
    /// "cong an" finds "Công an tỉnh" and "phu lam" finds "CCN Phú Lâm".
    public static func matchesWordPrefix(_ query: some StringProtocol, in candidate: some StringProtocol) -> Bool {
        matchesWordPrefix(folded: fold(query), inFolded: fold(candidate))
    }

    /// ``matchesWordPrefix(_:in:)`` for a query and a candidate folded already.
    static func matchesWordPrefix(folded key: String, inFolded folded: String) -> Bool {
        guard !key.isEmpty else { return false }
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
