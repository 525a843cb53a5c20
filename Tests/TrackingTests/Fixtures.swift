@testable import Tracking

/// Shared test data: a date from a literal, and the agencies and areas of dispatch 239 that the
/// suites use. Fixture literals are known-good; a typo stops the run with its text.
func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(parsing: text) else { preconditionFailure("bad fixture date \(text)") }
    return date
}

enum Fixture {
    static let stnmt = Agency(id: "so-tnmt", name: "Sở Tài nguyên và Môi trường", shortName: "Sở TN&MT", kind: .department)
    static let stc = Agency(id: "so-tai-chinh", name: "Sở Tài chính", shortName: "Sở TC", kind: .department)
    static let congAn = Agency(id: "cong-an-tinh", name: "Công an tỉnh", shortName: "CA tỉnh", kind: .police)
    static let dai = Agency(id: "dai-ptth", name: "Đài Phát thanh và Truyền hình tỉnh", shortName: "Đài PT-TH", kind: .media)
    static let thue = Agency(id: "cuc-thue", name: "Cục Thuế tỉnh", shortName: "Cục Thuế", kind: .tax)
    static let agencies = [stnmt, stc, congAn, dai, thue]

    static let phongKhe = Area(id: "phong-khe", name: "Phong Khê", locality: "phường Phong Khê",
                               district: "thành phố Bắc Ninh", industry: "tái chế giấy", governmentID: nil)
    static let phuLam = Area(id: "phu-lam", name: "CCN Phú Lâm", locality: "xã Phú Lâm",
                             district: "huyện Tiên Du", industry: "công nghiệp", governmentID: nil)
    static let vanMon = Area(id: "van-mon", name: "Văn Môn", locality: "xã Văn Môn (thôn Mẫn Xá)",
                             district: "huyện Yên Phong", industry: "tái chế nhôm", governmentID: nil)
    static let areas = [phongKhe, phuLam, vanMon]
}
