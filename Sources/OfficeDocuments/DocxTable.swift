/// A table: `<w:tbl>` with fixed column widths, with or without borders.
///
/// Without borders it lays out side by side what Nghị định 30/2020 places in two columns (the
/// issuer and the national name on top, "Nơi nhận" and the signature at the bottom); with them
/// it holds figures.
public struct DocxTable: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var paragraphs: [DocxParagraph]
        public init(_ paragraphs: [DocxParagraph]) { self.paragraphs = paragraphs }
    }

    /// Column widths in twips.
    public var columnWidths: [Int]
    public var rows: [[Cell]]
    public var bordered: Bool
    /// The first row repeats at the top of each page (a header row).
    public var headerRow: Bool

    public init(columnWidths: [Int], rows: [[Cell]], bordered: Bool, headerRow: Bool = false) {
        self.columnWidths = columnWidths
        self.rows = rows
        self.bordered = bordered
        self.headerRow = headerRow
    }

    var xml: String {
        let line = bordered ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\""
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(line)/>" }.joined()
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(columnWidths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblBorders>" + borders + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
            + columnWidths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            out += "<w:tr>" + (index == 0 && headerRow ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            for (column, cell) in row.enumerated() {
                let width = column < columnWidths.count ? columnWidths[column] : 0
                // A cell must hold at least one paragraph (ECMA-376 §17.4.66).
                let paragraphs = cell.paragraphs.isEmpty ? [DocxParagraph([])] : cell.paragraphs
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>" + paragraphs.map(\.xml).joined() + "</w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>"
    }
}
