import Foundation
import ZIPFoundation

/// A WordprocessingML document (ECMA-376, "Office Open XML"), as few parts as Word and
/// LibreOffice need: `[Content_Types].xml`, `_rels/.rels`, `word/document.xml`,
/// `word/_rels/document.xml.rels`, `word/styles.xml`, `word/settings.xml` and the page-number
/// header `word/header1.xml`, zipped in memory.
///
/// The default character format is that of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I,
/// khoản 1 and Mục II: Times New Roman (a Unicode font of TCVN 6909:2001), black, the body in
/// 14 pt (13–14 allowed); the language Vietnamese, so that spelling and hyphenation use it.
public struct DocxDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case paragraph(DocxParagraph)
        case table(DocxTable)
        /// The next block starts a new page (`<w:br w:type="page"/>`).
        case pageBreak
    }

    /// The font of every run.
    public static let fontName = "Times New Roman"
    /// The body's size, in points.
    public static let bodyPointSize = 14.0

    public var blocks: [Block]
    public var page: DocxPageSetup
    /// The document's title in its properties (`docProps/core.xml`).
    public var title: String

    public init(blocks: [Block] = [], page: DocxPageSetup = .a4Administrative, title: String = "") {
        self.blocks = blocks
        self.page = page
        self.title = title
    }

    public mutating func append(_ paragraph: DocxParagraph) { blocks.append(.paragraph(paragraph)) }
    public mutating func append(_ table: DocxTable) { blocks.append(.table(table)) }

    /// `other`'s blocks after a page break: several dispatches in one file, one a page.
    public mutating func append(onNewPage other: DocxDocument) {
        if !blocks.isEmpty { blocks.append(.pageBreak) }
        blocks += other.blocks
    }

    // MARK: - Parts

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    public var documentXML: String {
        var body = ""
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): body += paragraph.xml
            case .table(let table):
                body += table.xml
                // Two tables in a row would merge: Word wants a paragraph between (and after the last).
                body += DocxParagraph([], spaceAfter: 0).xml
            case .pageBreak:
                body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            }
        }
        return Self.header + "<w:document xmlns:w=\"\(Self.wordNamespace)\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
            + body + page.xml + "</w:body></w:document>"
    }

    public var stylesXML: String {
        let half = Int(Self.bodyPointSize * 2)
        let font = "<w:rFonts w:ascii=\"\(Self.fontName)\" w:hAnsi=\"\(Self.fontName)\" w:cs=\"\(Self.fontName)\" w:eastAsia=\"\(Self.fontName)\"/>"
        return Self.header + "<w:styles xmlns:w=\"\(Self.wordNamespace)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>" + font
            + "<w:color w:val=\"000000\"/><w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/>"
            + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }

    public var settingsXML: String {
        Self.header + "<w:settings xmlns:w=\"\(Self.wordNamespace)\"><w:defaultTabStop w:val=\"720\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "</w:settings>"
    }

    var coreXML: String {
        Self.header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + WordText.escaped(title) + "</dc:title>"
            + "<dc:language>vi-VN</dc:language></cp:coreProperties>"
    }

    static let contentTypesXML = header
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "</Types>"

    static let packageRelationshipsXML = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    static let documentRelationshipsXML = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
        + "<Relationship Id=\"rIdPageNumber\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
        + "</Relationships>"

    /// The page number of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 11: Arabic
    /// numerals in 13–14 pt upright, centred in the top margin, not shown on the first page (the
    /// section's `w:titlePg`). A `PAGE` field, which Word and LibreOffice fill in.
    static let pageNumberHeaderXML = header
        + "<w:hdr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "</w:p></w:hdr>"

    /// The parts by their path in the package, `[Content_Types].xml` first (as Word writes it).
    public var parts: [(path: String, text: String)] {
        [("[Content_Types].xml", Self.contentTypesXML), ("_rels/.rels", Self.packageRelationshipsXML),
         ("docProps/core.xml", coreXML), ("word/document.xml", documentXML),
         ("word/_rels/document.xml.rels", Self.documentRelationshipsXML), ("word/styles.xml", stylesXML),
         ("word/settings.xml", settingsXML), ("word/header1.xml", Self.pageNumberHeaderXML)]
    }

    /// The `.docx` bytes: the parts deflated into a zip built in memory. The same document
    /// gives the same bytes (every entry is dated 1 January 2025).
    public func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 1_735_689_600)
        for part in parts {
            let bytes = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DocxError.notWritten }
        return data
    }
}

/// The archive gave no bytes back (ZIPFoundation's in-memory archive always does).
public enum DocxError: Error {
    case notWritten
}
