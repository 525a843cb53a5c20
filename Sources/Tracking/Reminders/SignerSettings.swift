import Foundation

/// Who issues and signs the documents theodoi drafts (`[signer]` in `config.toml`): the
/// issuing body under its supervising body, the place written before the date, and the
/// signature block.
///
/// The elements are those of Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I: "tên cơ quan, tổ
/// chức chủ quản trực tiếp" and "tên cơ quan ban hành văn bản" (top left), "địa danh" (before the
/// date), and "quyền hạn, chức vụ, họ tên của người ký" (bottom right). Unit codes and names change
/// with reorganisations (Sở TN&MT became Sở NN&MT on 01/03/2025), so they are configuration,
/// never code; the defaults are those of the lead department of dispatch 239.
public struct SignerSettings: Hashable, Sendable {
    /// The supervising body, upper case ("UBND TỈNH BẮC NINH"); nil or empty for none.
    public var parent: String?
    /// The issuing body, upper case ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG").
    public var issuer: String
    /// The place before the date ("Bắc Ninh").
    public var place: String
    /// The authority prefix and office, upper case ("KT. GIÁM ĐỐC"); nil when the head signs.
    public var authority: String?
    /// The signer's title, upper case ("PHÓ GIÁM ĐỐC").
    public var title: String
    /// The signer's name; nil leaves the line for the office to fill.
    public var name: String?

    public init(parent: String? = "UBND TỈNH BẮC NINH", issuer: String = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", place: String = "Bắc Ninh",
                authority: String? = nil, title: String = "GIÁM ĐỐC", name: String? = nil) {
        func cleaned(_ text: String?) -> String? {
            guard let text else { return nil }
            let trimmed = VietnameseText.normalized(text).trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        self.parent = cleaned(parent)
        self.issuer = cleaned(issuer) ?? ""
        self.place = cleaned(place) ?? ""
        self.authority = cleaned(authority)
        self.title = cleaned(title) ?? ""
        self.name = cleaned(name)
    }

    /// The lead department of dispatch 239, its head signing.
    public static let standard = SignerSettings()

    /// The lead department of dispatch 239 on `date`: Sở TN&MT, then from 01/03/2025 Sở Nông
    /// nghiệp và Môi trường, which took over its duties (FACTS.md, the 2025 reorganisation).
    public static func standard(on date: CalendarDate) -> SignerSettings {
        date < CalendarDate(year: 2025, month: 3, day: 1)! ? standard : SignerSettings(issuer: "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
    }
}
