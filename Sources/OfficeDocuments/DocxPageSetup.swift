/// Paper size and margins, in twips (1/20 pt; 1 mm = 56.7 twips).
///
/// ``a4Administrative`` is the page of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I
/// (khoản 2 and 3): A4 paper (210 × 297 mm), portrait; margins top 20–25 mm, bottom 20–25 mm,
/// left 30–35 mm, right 15–20 mm. theodoi takes the smallest of each range, leaving the most
/// room for the text.
public struct DocxPageSetup: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var top: Int
    public var bottom: Int
    public var left: Int
    public var right: Int

    public init(width: Int, height: Int, top: Int, bottom: Int, left: Int, right: Int) {
        self.width = width
        self.height = height
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// Twips for a length in millimetres (1 inch = 25.4 mm = 1440 twips).
    public static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

    /// A4 portrait (11906 × 16838 twips), top and bottom 20 mm, left 30 mm, right 15 mm.
    public static let a4Administrative = DocxPageSetup(
        width: 11906, height: 16838,
        top: twips(millimetres: 20), bottom: twips(millimetres: 20), left: twips(millimetres: 30), right: twips(millimetres: 15))

    /// The width between the margins, what tables are laid out in.
    public var textWidth: Int { width - left - right }

    /// The section's properties: the page-number header (`rIdPageNumber`, see
    /// ``DocxDocument/pageNumberHeaderXML``) on every page but the first (`w:titlePg`: the first
    /// page takes the "first" header, which the document leaves out, so it shows no number).
    var xml: String {
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdPageNumber\"/>"
            + "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"/>"
            + "<w:pgMar w:top=\"\(top)\" w:right=\"\(right)\" w:bottom=\"\(bottom)\" w:left=\"\(left)\""
            + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>"
    }
}
