import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OfficeDocuments
import Testing
import Tracking

/// The DOCX writer: the parts a package needs, well-formed XML with the data escaped, the page
/// and the fonts of Nghị định 30/2020, read back by unzipping with ZIPFoundation.
@Suite struct DocxDocumentTests {
    static func parts(_ document: DocxDocument) throws -> [String: String] {
        try DocxTestData.unzip(document.data())
    }

    @Test func thePackageHoldsThePartsWordNeeds() throws {
        let parts = try Self.parts(DocxTestData.reminder.docx())
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
                                    "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/header1.xml"])
        #expect(parts["[Content_Types].xml"]!.contains("wordprocessingml.document.main+xml"))
        #expect(parts["_rels/.rels"]!.contains("Target=\"word/document.xml\""))
    }

    /// Nghị định 30, Phụ lục I, Mục II, khoản 11: the page number centred in the top margin, not
    /// on the first page.
    @Test func pagesAreNumberedFromTheSecond() throws {
        let parts = try Self.parts(DocxTestData.reminder.docx())
        let header = try #require(parts["word/header1.xml"])
        #expect(header.contains("<w:jc w:val=\"center\"/>"))
        #expect(header.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        #expect(parts["[Content_Types].xml"]!.contains("PartName=\"/word/header1.xml\""))
        #expect(parts["word/_rels/document.xml.rels"]!.contains("Id=\"rIdPageNumber\""))
        let section = try #require(parts["word/document.xml"]?.components(separatedBy: "<w:sectPr>").last)
        #expect(section.contains("<w:headerReference w:type=\"default\" r:id=\"rIdPageNumber\"/>"))
        #expect(section.contains("<w:titlePg/>"))
        #expect(!section.contains("w:type=\"first\""))
    }

    @Test func everyPartIsWellFormedXML() throws {
        for (path, text) in try Self.parts(DocxTestData.reminder.docx())
            .merging(Self.parts(ConsolidatedReportDocument(snapshot: DocxTestData.snapshot, board: DocxTestData.board,
                                                           settings: .standard).docx()), uniquingKeysWith: { a, b in a + b }) {
            // Merged parts are two documents in a row: parse each on its own.
            for piece in text.components(separatedBy: "<?xml").dropFirst() {
                let parser = XMLParser(data: Data(("<?xml" + piece).utf8))
                #expect(parser.parse(), "\(path): \(parser.parserError.map(String.init(describing:)) ?? "?")")
            }
        }
    }

    @Test func theDataIsEscapedAndHoldsNoControlCharacter() throws {
        let xml = try #require(Self.parts(DocxTestData.reminder.docx())["word/document.xml"])
        #expect(xml.contains("Sở &lt;Xây&gt; &amp; &quot;Dựng&quot; &apos;A&apos;␛[31m⟨U+202E⟩"))
        #expect(!xml.contains("<Xây>"))
        // Only the newline after the XML declaration is below U+0020.
        let controls = xml.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
        #expect(Array(controls) == ["\n" as Unicode.Scalar])
        #expect(WordText.escaped("a\u{0}b\u{FFFF}\u{85}") == "a␀b\u{FFFD}\u{FFFD}")
    }

    @Test func thePageIsA4WithTheDecreeMargins() throws {
        let xml = try #require(Self.parts(DocxTestData.reminder.docx())["word/document.xml"])
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        // 20 mm top and bottom, 15 mm right, 30 mm left.
        #expect(xml.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
        let page = DocxPageSetup.a4Administrative
        #expect((1134...1417).contains(page.top) && (1134...1417).contains(page.bottom))
        #expect((1701...1984).contains(page.left) && (850...1134).contains(page.right))
    }

    @Test func theFontIsTimesNewRoman14() throws {
        let styles = try #require(Self.parts(DocxTestData.reminder.docx())["word/styles.xml"])
        #expect(styles.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\""))
        #expect(styles.contains("<w:sz w:val=\"28\"/>"))
        #expect(styles.contains("w:val=\"vi-VN\""))
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        #expect(try DocxTestData.reminder.docx().data() == DocxTestData.reminder.docx().data())
    }
}
