import Tracking

/// The parts every document theodoi drafts shares, placed and formatted as Nghị định
/// 30/2020/NĐ-CP, Phụ lục I (Phần I, Mục II, and the layout sketch of Mục IV, "Sơ đồ bố trí các
/// thành phần thể thức văn bản") places them.
///
/// | Part | Where | Format (Phụ lục I, Mục II) |
/// | --- | --- | --- |
/// | Supervising body | top left, centred | 12 pt, upper case, upright (khoản 2) |
/// | Issuing body | under it | 12 pt, upper case, bold, a rule 1/3–1/2 of its length under it (khoản 2) |
/// | "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" | top right, centred | 12–13 pt, upper case, bold (khoản 1) |
/// | "Độc lập - Tự do - Hạnh phúc" | under it | 13–14 pt, bold, a rule as long as it under it (khoản 1) |
/// | "Số: …/…" | under the issuer, centred | 13 pt (khoản 3) |
/// | Place and date | under the motto, centred | 13–14 pt, italic (khoản 4) |
/// | "V/v …" of a công văn | under the number, centred | 12–13 pt (khoản 5) |
/// | "Kính gửi:" | above the content | 14 pt (khoản 9) |
/// | Content | | 13–14 pt, justified, first line indented 1–1.27 cm, paragraphs ≥ 6 pt apart, lines single to 1.5 (khoản 6) |
/// | Authority, title | bottom right, centred | 13–14 pt, upper case, bold (khoản 7) |
/// | Signer's name | under the space to sign | 13–14 pt, bold (khoản 7) |
/// | "Nơi nhận:" | bottom left | 12 pt, bold italic; the list 11 pt, "-" before each, ";" after, "." after the last (khoản 9) |
///
/// Where a range is allowed theodoi takes 12 pt for the names on top (so that the national
/// name fits its column on one line), 13 pt for the motto, the number and the date, and 14 pt
/// for the content and the signature. The two columns of the top and of the bottom are tables
/// without borders, as the models of Phụ lục III are typeset.
public struct AdministrativeLayout: Sendable {
    public var settings: SignerSettings
    public var page: DocxPageSetup

    /// The top left column, in twips (about 6.3 cm): the issuer, the number, the "V/v".
    public static let issuerColumn = 3600
    /// The bottom left column (about 7.9 cm): "Nơi nhận:".
    public static let recipientsColumn = 4500
    /// The first-line indent of the content: 1.27 cm (720 twips), within 1–1.27 cm (khoản 6).
    public static let firstLineIndent = 720
    /// The space after a paragraph of the content: 6 pt, the least khoản 6 allows.
    public static let paragraphSpacing = 6.0
    /// The line spacing of the content: single, the least khoản 6 allows (at most 1.5 lines).
    public static let lineSpacing = 1.0

    public init(settings: SignerSettings, page: DocxPageSetup = .a4Administrative) {
        self.settings = settings
        self.page = page
    }

    // MARK: - Top

    /// The two columns on top: the issuer (its supervising body above it), "Số: …", and the
    /// `subject` ("V/v …" of a công văn, nil for a kind of document that has a title instead) on
    /// the left; the national name, the motto and the place and date on the right.
    public func header(numberLine: String, subject: String?, placeAndDate: String) -> DocxTable {
        let left = Self.issuerColumn, right = page.textWidth - Self.issuerColumn
        var issuer: [DocxParagraph] = []
        if let parent = settings.parent { issuer.append(DocxParagraph(parent.uppercased(), pointSize: 12, alignment: .center)) }
        issuer.append(DocxParagraph(settings.issuer.uppercased(), bold: true, pointSize: 12, alignment: .center))
        // About a third of the column, centred: 1/3–1/2 of the name (khoản 2).
        issuer.append(Self.rule(width: left / 3, in: left))
        issuer.append(DocxParagraph(numberLine, pointSize: 13, alignment: .center, spaceBefore: 6))
        if let subject { issuer.append(DocxParagraph(subject, pointSize: 12, alignment: .center, spaceBefore: 3)) }

        var state: [DocxParagraph] = []
        state.append(DocxParagraph(ReminderDispatch.nationalName, bold: true, pointSize: 12, alignment: .center))
        state.append(DocxParagraph(ReminderDispatch.motto, bold: true, pointSize: 13, alignment: .center))
        // The motto in 13 pt bold is about 6 cm long (khoản 1: the rule as long as the motto).
        state.append(Self.rule(width: 3400, in: right))
        state.append(DocxParagraph(placeAndDate, italic: true, pointSize: 13, alignment: .center, spaceBefore: 6))
        return DocxTable(columnWidths: [left, right], rows: [[.init(issuer), .init(state)]], bordered: false)
    }

    /// A horizontal rule `width` twips long, centred in a column `column` twips wide: the
    /// bottom border of an empty paragraph 3 pt high.
    public static func rule(width: Int, in column: Int) -> DocxParagraph {
        let side = max(0, (column - width) / 2 - 108)
        return DocxParagraph([], alignment: .center, leftIndent: side, rightIndent: side, bottomRule: true, markPointSize: 3)
    }

    // MARK: - Middle

    /// The "Kính gửi:" block: one addressee inline and centred, else "Kính gửi:" and the list
    /// under it, indented (Mẫu 1.5 of Phụ lục III).
    public func addressees(_ lines: [String]) -> [DocxParagraph] {
        guard lines.count > 1 else {
            return lines.map { DocxParagraph($0, pointSize: 14, alignment: .center, spaceBefore: 12, spaceAfter: 6) }
        }
        return lines.enumerated().map { index, line in
            DocxParagraph([DocxRun(line, pointSize: 14)], leftIndent: index == 0 ? 1701 : 2268,
                          spaceBefore: index == 0 ? 12 : 0, spaceAfter: index == lines.count - 1 ? 6 : 0)
        }
    }

    /// A paragraph of the content: justified, first line indented, 6 pt after (khoản 6).
    public static func body(_ text: String, bold: Bool = false, italic: Bool = false, keepWithNext: Bool = false) -> DocxParagraph {
        DocxParagraph([DocxRun(text, bold: bold, italic: italic)], alignment: .justified, firstLineIndent: firstLineIndent,
                      spaceAfter: paragraphSpacing, lineSpacing: lineSpacing, keepWithNext: keepWithNext)
    }

    // MARK: - Bottom

    /// The two columns at the bottom: "Nơi nhận:" and its list on the left, the signature block
    /// on the right (authority and title, room to sign, the name).
    public func signature(recipients: [String], signatureLines: [String]) -> DocxTable {
        let left = Self.recipientsColumn, right = page.textWidth - Self.recipientsColumn
        var list = [DocxParagraph("Nơi nhận:", bold: true, italic: true, pointSize: 12, spaceBefore: 6)]
        list += recipients.map { DocxParagraph($0, pointSize: 11) }
        var signer = signatureLines.dropLast().map {
            DocxParagraph($0.uppercased(), bold: true, pointSize: 14, alignment: .center, keepWithNext: true)
        }
        if signer.isEmpty { signer = [DocxParagraph([], spaceBefore: 0)] }
        signer[0].spaceBefore = 6
        // Room for the signature and the seal: four empty lines.
        for _ in 0..<4 { signer.append(DocxParagraph([DocxRun("", pointSize: 14)], keepWithNext: true)) }
        signer.append(DocxParagraph(signatureLines.last ?? "…", bold: true, pointSize: 14, alignment: .center))
        return DocxTable(columnWidths: [left, right], rows: [[.init(list), .init(signer)]], bordered: false)
    }
}
