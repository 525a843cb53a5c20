/// One of the polluted areas a directive targets, with what reports about it carry.
public struct Area: Hashable, Sendable, Identifiable {
    /// "phong-khe"
    public var id: String
    /// The name used on screen and in figures: "Phong Khê", "CCN Phú Lâm", "Văn Môn".
    public var name: String
    /// "phường Phong Khê", "xã Phú Lâm", "xã Văn Môn (thôn Mẫn Xá)".
    public var locality: String
    /// "thành phố Bắc Ninh", "huyện Tiên Du", "huyện Yên Phong".
    public var district: String
    /// "tái chế giấy", "tái chế nhôm"…
    public var industry: String
    /// The local government answerable for the area (an agency id).
    public var governmentID: String?

    public init(id: String, name: String, locality: String, district: String, industry: String, governmentID: String?) {
        self.id = id
        self.name = VietnameseText.normalized(name)
        self.locality = VietnameseText.normalized(locality)
        self.district = VietnameseText.normalized(district)
        self.industry = VietnameseText.normalized(industry)
        self.governmentID = governmentID
    }

    /// The names a person may type for this area ("phong khe", "phu lam", "man xa").
    public var searchNames: [String] { [name, locality, id] }
}
