/// A paragraph: `<w:p>` with its alignment, indents, spacing and runs.
public struct DocxParagraph: Sendable, Equatable {
    public enum Alignment: String, Sendable {
        case left, center, right
        /// Justified: both margins (`w:jc="both"`).
        case justified = "both"
    }

    public var runs: [DocxRun]
    public var alignment: Alignment
    /// Twips (1/20 pt; 567 to the centimetre).
    public var firstLineIndent: Int
    public var leftIndent: Int
    public var rightIndent: Int
    /// Points before and after.
    public var spaceBefore: Double
    public var spaceAfter: Double
    /// Line spacing in lines (1.0 single).
    public var lineSpacing: Double
    /// Kept on the page with the next paragraph (a heading, a signature block's lines).
    public var keepWithNext: Bool
    /// A bottom border: the horizontal rule under a name or the motto.
    public var bottomRule: Bool
    /// The size of the paragraph mark, in points: what an empty paragraph is high (a rule's).
    public var markPointSize: Double?

    public init(_ runs: [DocxRun], alignment: Alignment = .left, firstLineIndent: Int = 0, leftIndent: Int = 0, rightIndent: Int = 0,
                spaceBefore: Double = 0, spaceAfter: Double = 0, lineSpacing: Double = 1.0, keepWithNext: Bool = false,
                bottomRule: Bool = false, markPointSize: Double? = nil) {
        self.runs = runs
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.rightIndent = rightIndent
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineSpacing = lineSpacing
        self.keepWithNext = keepWithNext
        self.bottomRule = bottomRule
        self.markPointSize = markPointSize
    }

    /// One run of text in one format.
    public init(_ text: String, bold: Bool = false, italic: Bool = false, pointSize: Double? = nil, alignment: Alignment = .left,
                spaceBefore: Double = 0, spaceAfter: Double = 0, keepWithNext: Bool = false) {
        self.init([DocxRun(text, bold: bold, italic: italic, pointSize: pointSize)], alignment: alignment,
                  spaceBefore: spaceBefore, spaceAfter: spaceAfter, keepWithNext: keepWithNext)
    }

    var xml: String {
        var properties = ""
        if keepWithNext { properties += "<w:keepNext/>" }
        if bottomRule {
            properties += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
        }
        // Spacing in twips; line in 240ths of a line with lineRule auto (ECMA-376 §17.3.1.33).
        properties += "<w:spacing w:before=\"\(Int((spaceBefore * 20).rounded()))\" w:after=\"\(Int((spaceAfter * 20).rounded()))\""
            + " w:line=\"\(Int((lineSpacing * 240).rounded()))\" w:lineRule=\"auto\"/>"
        if firstLineIndent != 0 || leftIndent != 0 || rightIndent != 0 {
            properties += "<w:ind w:left=\"\(leftIndent)\" w:right=\"\(rightIndent)\" w:firstLine=\"\(firstLineIndent)\"/>"
        }
        properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>"
        if let markPointSize {
            let half = Int((markPointSize * 2).rounded())
            properties += "<w:rPr><w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/></w:rPr>"
        }
        return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs.map(\.xml).joined() + "</w:p>"
    }
}
