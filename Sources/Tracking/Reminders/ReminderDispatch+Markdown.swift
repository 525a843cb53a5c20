extension ReminderDispatch {
    /// The draft in Markdown, laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I places the parts
    /// of a công văn (Mẫu 1.5): two columns on top — the issuer (supervising body above, issuing
    /// body in bold), "Số: …/…" and the "V/v" line on the left; the national name and motto in
    /// bold and the place and date in italics on the right —, then "Kính gửi:", the content, and
    /// two columns at the bottom — "Nơi nhận:" in bold italics on the left, the signature block in
    /// bold on the right. Text from the data is escaped (``ConsolidatedReport/inline(_:)``).
    public func markdown() -> String {
        let e = ConsolidatedReport.cell
        var out: [String] = []
        let issuerTop = settings.parent.map(e) ?? "**" + e(settings.issuer) + "**"
        out.append("| " + issuerTop + " | **" + Self.nationalName + "** |")
        out.append("| :---: | :---: |")
        if settings.parent != nil { out.append("| **" + e(settings.issuer) + "** | **" + Self.motto + "** |") }
        out.append("| " + Self.numberLine + " | " + (settings.parent == nil ? "**" + Self.motto + "**" : "") + " |")
        out.append("| " + e(subject) + " | *" + e(placeAndDate) + "* |")
        out.append("")
        for line in addresseeLines { out.append(ConsolidatedReport.inline(line)) }
        out.append("")
        for paragraph in body {
            out.append(ConsolidatedReport.inline(paragraph))
            out.append("")
        }
        let left = ["***Nơi nhận:***"] + recipientLines.map(e)
        let right = signatureLines.dropLast().map { "**" + e($0) + "**" } + ["", "**" + e(signatureLines.last ?? "…") + "**"]
        out.append("| " + left[0] + " | " + right[0] + " |")
        out.append("| :--- | :---: |")
        for index in 1..<max(left.count, right.count) {
            let l = index < left.count ? left[index] : "", r = index < right.count ? right[index] : ""
            out.append("| " + l + " | " + r + " |")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
