import Foundation
import OfficeDocuments
import Testing
import Tracking

/// The reminder dispatch and the consolidated report in the layout of Nghị định 30/2020/NĐ-CP,
/// Phụ lục I, checked on the XML of `word/document.xml`.
@Suite struct AdministrativeLayoutTests {
    static func xml(_ document: DocxDocument) throws -> String {
        try #require(DocxTestData.unzip(document.data())["word/document.xml"])
    }

    @Test func theReminderHasTheNationalNameIssuerNumberAndSubject() throws {
        let xml = try Self.xml(DocxTestData.reminder.docx())
        // Two borderless columns on top.
        #expect(xml.hasPrefix("<?xml") && xml.contains("<w:tbl><w:tblPr>"))
        #expect(xml.contains("<w:top w:val=\"nil\"/>"))
        #expect(xml.contains("<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t>"))
        #expect(xml.contains("<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">Độc lập - Tự do - Hạnh phúc</w:t>"))
        #expect(xml.contains(">UBND TỈNH BẮC NINH<"))
        #expect(xml.contains("<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG</w:t>"))
        #expect(xml.contains(">Số: …/…<"))
        #expect(xml.contains(">V/v đôn đốc báo cáo thực hiện Công văn số 239/UBND-NN.TN ngày 17/01/2025<"))
        // The place and date in italics.
        #expect(xml.contains("<w:i/><w:iCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">Bắc Ninh, ngày … tháng … năm …</w:t>"))
        // Rules under the issuer and the motto.
        #expect(xml.components(separatedBy: "<w:pBdr><w:bottom w:val=\"single\"").count == 3)
    }

    @Test func theReminderBodyIsJustifiedWithAFirstLineIndent() throws {
        let xml = try Self.xml(DocxTestData.reminder.docx())
        #expect(xml.contains("Kính gửi: Sở &lt;Xây&gt;"))
        #expect(xml.contains("<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>"
                             + "<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"720\"/><w:jc w:val=\"both\"/></w:pPr>"
                             + "<w:r><w:t xml:space=\"preserve\">Theo Công văn số 239/UBND-NN.TN"))
        #expect(xml.contains(">Trân trọng./.<"))
    }

    @Test func theSignatureAndRecipientsFollowTheDecree() throws {
        let xml = try Self.xml(DocxTestData.reminder.docx())
        #expect(xml.contains("<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">Nơi nhận:</w:t>"))
        #expect(xml.contains("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">- Như trên;</w:t>"))
        #expect(xml.contains("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">- Lưu: VT.</w:t>"))
        for line in ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"] {
            #expect(xml.contains("<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">\(line)</w:t>"))
        }
    }

    @Test func theReportHasItsTitleTablesWithBordersAndTotals() throws {
        let report = ConsolidatedReportDocument(snapshot: DocxTestData.snapshot, board: DocxTestData.board, settings: .standard)
        let xml = try Self.xml(report.docx())
        #expect(xml.contains(">BÁO CÁO<"))
        #expect(xml.contains(">Kết quả thực hiện Công văn số 239/UBND-NN.TN ngày 17/01/2025<"))
        #expect(!xml.contains(">V/v "))
        #expect(xml.contains("<w:top w:val=\"single\" w:sz=\"4\""))
        #expect(xml.contains(">I. TÌNH HÌNH BÁO CÁO<"))
        #expect(xml.contains(">Đã báo cáo: 1/2 cơ quan, đơn vị; chưa báo cáo: Sở &lt;Xây&gt;"))
        #expect(xml.contains(">Tổng cộng<"))
        #expect(xml.contains(">1.300.000.000 đ<"))
        #expect(xml.contains(">Kiểm tra 20 cơ sở &lt;ngay&gt;<"))
        #expect(xml.contains(">Chưa có nội dung.<"))
        #expect(xml.contains(">GIÁM ĐỐC<"))
    }
}
