/// A stretch of text in one character format: `<w:r>` with its `<w:rPr>`.
public struct DocxRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    /// Points; nil keeps the paragraph's (the document default, ``DocxDocument/bodyPointSize``).
    public var pointSize: Double?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, pointSize: Double? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.pointSize = pointSize
    }

    /// The run's XML; the text escaped (``WordText``), each newline a `<w:br/>`.
    var xml: String {
        var properties = ""
        if bold { properties += "<w:b/><w:bCs/>" }
        if italic { properties += "<w:i/><w:iCs/>" }
        if let pointSize {
            // Sizes are in half-points (ECMA-376 Part 1, §17.3.2.38 sz).
            let half = Int((pointSize * 2).rounded())
            properties += "<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
        }
        var out = "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>" + properties + "</w:rPr>")
        for (index, line) in WordText.escaped(text).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "<w:br/>" }
            if !line.isEmpty { out += "<w:t xml:space=\"preserve\">" + line + "</w:t>" }
        }
        return out + "</w:r>"
    }
}
