/// Makes text safe to put on a terminal: control characters are drawn as visible placeholders
/// instead of being obeyed, so an ESC typed or pasted into a report cannot change a reader's
/// title, colours or screen. Every path from data to the terminal goes through here: the
/// ``Buffer`` for screens, and the command line's text output.
public enum VisibleText {
    /// C0 controls become their Control Pictures (ESC → "␛"), DEL "␡", C1 controls "�".
    /// - Parameter keepingNewlines: keep "\n" (and "\t" as four spaces) for multi-line output.
    public static func sanitized(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepingNewlines: result.append(scalar)
            case 0x09 where keepingNewlines: result.append(contentsOf: "    ".unicodeScalars)
            default: result.append(picture(scalar) ?? scalar)
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

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
