/// Small text helpers the export formats share. Tracking cannot use Canvas's `VisibleText`, so
/// control characters are made visible here the same way: C0 controls become their Control
/// Pictures (ESC → "␛"), DEL "␡", C1 controls "�", and the invisible characters that reorder
/// or hide text (bidi overrides such as U+202E, zero-width spaces, the BOM) their code in
/// brackets ("⟨U+202E⟩"): a consolidated report is read by people who sign it.
public enum ExportText {
    /// Control characters made visible; "\n" kept and "\t" as four spaces when `keepingNewlines`.
    /// "\r\n" and a lone "\r" count as newlines there.
    public static func visible(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsPlaceholder) else { return text }
        var result = String.UnicodeScalarView()
        let text = keepingNewlines ? text.replacingNewlines(with: "\n") : text
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepingNewlines: result.append(scalar)
            case 0x09 where keepingNewlines: result.append(contentsOf: "    ".unicodeScalars)
            case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("␡")
            case 0x80...0x9F: result.append("\u{FFFD}")
            case _ where JSONValue.isHidden(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(contentsOf: "⟨U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)⟩".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// A control character or an invisible one that reorders or hides text.
    static func needsPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || JSONValue.isHidden(scalar)
    }
}

extension String {
    /// "\r\n" and lone "\r" replaced by `newline`.
    func replacingNewlines(with newline: String) -> String {
        var result = ""
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result += newline
                previousCR = true
                continue
            }
            if scalar == "\n" {
                if !previousCR { result += newline }
            } else {
                result.unicodeScalars.append(scalar)
            }
            previousCR = false
        }
        return result
    }
}
