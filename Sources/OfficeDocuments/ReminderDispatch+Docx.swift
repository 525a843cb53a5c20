import Tracking

extension ReminderDispatch {
    /// The draft as a DOCX document, in the layout of ``AdministrativeLayout`` (Nghị định
    /// 30/2020/NĐ-CP, Phụ lục I; the công văn of Mẫu 1.5, Phụ lục III): the two columns on top
    /// with "Số: …/…" and the "V/v" line under the issuer, "Kính gửi:", the content justified,
    /// and "Nơi nhận:" beside the signature block.
    public func docx(page: DocxPageSetup = .a4Administrative) -> DocxDocument {
        let layout = AdministrativeLayout(settings: settings, page: page)
        var document = DocxDocument(page: page, title: subject)
        document.append(layout.header(numberLine: Self.numberLine, subject: subject, placeAndDate: placeAndDate))
        for paragraph in layout.addressees(addresseeLines) { document.append(paragraph) }
        for paragraph in body { document.append(AdministrativeLayout.body(paragraph)) }
        document.append(layout.signature(recipients: recipientLines, signatureLines: signatureLines))
        return document
    }
}
