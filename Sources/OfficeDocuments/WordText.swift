import Tracking

/// Text from the data made safe for WordprocessingML, the XML inside a DOCX.
///
/// XML 1.0 (§2.2, "Char") admits no C0 control but tab, line feed and carriage return, and no
/// U+FFFE or U+FFFF: a document holding one is not well-formed and Word refuses to open it. So
/// control characters are first made visible as in the other exports (``ExportText/visible(_:keepingNewlines:)``:
/// ESC → "␛", a bidi override → "⟨U+202E⟩"), the two non-characters become U+FFFD, and the five
/// characters XML gives a meaning (`&`, `<`, `>`, `"`, `'`) are written as entities.
public enum WordText {
    /// `text` for an XML text node or attribute value; newlines are kept (a run turns them into
    /// `<w:br/>`), a tab is four spaces.
    public static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in ExportText.visible(text, keepingNewlines: true).unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            case "\u{FFFE}", "\u{FFFF}": result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
