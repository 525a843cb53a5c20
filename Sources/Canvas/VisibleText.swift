/// Makes text safe to put on a terminal: control characters are drawn as visible placeholders
/// instead of being obeyed, so an ESC typed or pasted into a report cannot change a reader's
/// title, colours or screen. Every path from data to the terminal goes through here: the
/// ``Buffer`` for screens, and the command line's text output.
public enum VisibleText {
    /// C0 controls become their Control Pictures (ESC → "␛"), DEL "␡", C1 controls "�"; the
    /// invisible characters that reorder or hide text (bidi controls such as U+202E, zero-width
    /// spaces, the BOM, line and paragraph separators) become their code in brackets
    /// ("⟨U+202E⟩"), so that a name cannot read backwards or hide a word on a reader's screen
    /// (the "Trojan Source" class, CVE-2021-42574).
    /// - Parameter keepingNewlines: keep "\n" (and "\t" as four spaces) for multi-line output.
    public static func sanitized(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || isHiddenFormat($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepingNewlines: result.append(scalar)
            case 0x09 where keepingNewlines: result.append(contentsOf: "    ".unicodeScalars)
            default:
                if isHiddenFormat(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result.append(contentsOf: "⟨U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)⟩".unicodeScalars)
                } else {
                    result.append(picture(scalar) ?? scalar)
                }
            }
        }
        return String(result)
    }

    /// The placeholder for a control scalar, nil for anything else.
    public static func picture(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "␡"
        case 0x80...0x9F: "\u{FFFD}"
        default: nil
        }
    }

    /// Invisible characters that change how the text around them reads: the bidi embeddings,
    /// overrides, isolates and marks (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069),
    /// zero-width space and word joiner (U+200B, U+2060–U+2064), the BOM (U+FEFF) and the line
    /// and paragraph separators (U+2028–U+2029). The zero-width joiner and non-joiner (U+200C–
    /// U+200D) stay: emoji sequences and scripts need them.
    public static func isHiddenFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
