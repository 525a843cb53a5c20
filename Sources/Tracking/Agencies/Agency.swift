/// A body that is given tasks, reports, or succeeds one that did.
public struct Agency: Hashable, Sendable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Sở: a provincial department.
        case department
        case police
        case tax
        case institute
        /// Radio and television, newspaper, the provincial web portal.
        case media
        /// UBND of a city, district, commune or ward.
        case localGovernment = "local_government"
        /// Tỉnh ủy and its standing committee.
        case partyBody = "party_body"
        /// UBND tỉnh, its office.
        case provincialGovernment = "provincial_government"
        /// A ministry or a body of ministerial rank (Bộ, cơ quan ngang bộ, Văn phòng Chính phủ).
        /// Added with issue 10; the raw values above are unchanged, so stored kinds still read.
        case ministry

        public func label(_ language: Language) -> String {
            switch self {
            case .department: language.pick("Sở, ngành", "Department")
            case .police: language.pick("Công an", "Police")
            case .tax: language.pick("Thuế", "Tax")
            case .institute: language.pick("Viện nghiên cứu", "Institute")
            case .media: language.pick("Báo chí, truyền thông", "Media")
            case .localGovernment: language.pick("Chính quyền địa phương", "Local government")
            case .partyBody: language.pick("Cơ quan Đảng", "Party body")
            case .provincialGovernment: language.pick("UBND tỉnh", "Provincial government")
            case .ministry: language.pick("Bộ, cơ quan ngang bộ", "Ministry")
            }
        }
    }

    /// A stable, readable key: "cong-an-tinh".
    public var id: String
    /// The full name in NFC: "Công an tỉnh".
    public var name: String
    /// For narrow columns: "CA tỉnh".
    public var shortName: String
    public var kind: Kind

    public init(id: String, name: String, shortName: String, kind: Kind) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.shortName = VietnameseText.normalized(shortName)
        self.kind = kind
    }

    /// The names a person may type for this agency.
    public var searchNames: [String] { [name, shortName, id] }
}
