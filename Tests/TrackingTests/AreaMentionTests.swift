import Testing
@testable import Tracking

/// Which areas a dispatch's text names: whole words, marks, case and đ/d ignored.
@Suite struct AreaMentionTests {
    static let areas = [
        Area(id: "phong-khe", name: "Phong Khê", locality: "phường Phong Khê", district: "thành phố Bắc Ninh", industry: "giấy", governmentID: nil),
        Area(id: "phu-lam", name: "CCN Phú Lâm", locality: "xã Phú Lâm", district: "huyện Tiên Du", industry: "giấy", governmentID: nil),
        Area(id: "van-mon", name: "Văn Môn", locality: "xã Văn Môn (thôn Mẫn Xá)", district: "huyện Yên Phong", industry: "nhôm", governmentID: nil),
        Area(id: "dong-ky", name: "Đồng Kỵ", locality: "phường Đồng Kỵ", district: "thành phố Từ Sơn", industry: "gỗ", governmentID: nil),
    ]

    @Test(arguments: [
        ("tình hình ô nhiễm tại CCN Phú Lâm và xã Văn Môn;", ["phu-lam", "van-mon"]),
        ("KIỂM TRA LÀNG NGHỀ PHONG KHÊ", ["phong-khe"]),
        ("tai xa Phu Lam (ban sao web mat dau)", ["phu-lam"]),
        ("làng nghề Dong Ky, Từ Sơn", ["dong-ky"]),           // đ typed as d
        ("(Phong Khê),Văn Môn.", ["phong-khe", "van-mon"]),  // punctuation is a word break
        ("Phong Khêu và Văn Mônica", []),                      // not whole words
        ("thôn Phong và xã Khê", []),
        ("", []),
    ])
    func areasNamedInText(text: String, expected: [String]) {
        #expect(AreaMention.named(in: text, areas: Self.areas).map(\.id) == expected)
    }
}
