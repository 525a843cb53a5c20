/// Makes stored text safe to print on a terminal: control characters are drawn as visible
/// placeholders instead of being obeyed, so an ESC typed or pasted into a report cannot change
/// a reader's title, colours or screen.
public enum VisibleText {
    /// C0 controls become their Control Pictures (ESC → "␛"), DEL "␡", C1 controls "�".
    /// - Parameter keepingNewlines: keep "\n" (and "\t" as spaces) for multi-line output.
    public static func sanitized(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepingNewlines: result.append(scalar)
            case 0x09 where keepingNewlines: result.append(contentsOf: "    ".unicodeScalars)
            case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("␡")
            case 0x80...0x9F: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
