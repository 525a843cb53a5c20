import Tracking

/// The data set every new database starts with: dispatch 239/UBND-NN.TN of the Bắc Ninh
/// Provincial People's Committee (17/01/2025), the two documents it follows up, its 14
/// addressees, the three polluted areas and its two tasks, as written in the dispatch
/// (`Tests/TrackingStoreTests/Fixtures/239-UBND-NN.TN.txt`, kept byte for byte).
public enum Dispatch239 {
    public static let reference = DocumentReference("239/UBND-NN.TN")!

    public static let partyDirective = Document(
        reference: DocumentReference("1671-CV/TU")!, kind: "công văn",
        issuer: "BAN THƯỜNG VỤ TỈNH ỦY BẮC NINH", date: CalendarDate(year: 2024, month: 9, day: 23),
        subject: "tăng cường xử lý ô nhiễm môi trường tại phường Phong Khê, CCN Phú Lâm và xã Văn Môn")

    public static let provincialDirective = Document(
        reference: DocumentReference("3688/UBND-NN.TN")!, kind: "công văn",
        issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", place: "Bắc Ninh", date: CalendarDate(year: 2024, month: 9, day: 30),
        followsUp: [Citation(reference: DocumentReference("1671-CV/TU")!, date: CalendarDate(year: 2024, month: 9, day: 23))])

    public static let directive = Document(
        reference: reference, kind: "công văn", issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", place: "Bắc Ninh",
        date: CalendarDate(year: 2025, month: 1, day: 17),
        subject: "báo cáo kết quả 05 tháng thực hiện chỉ đạo của BTV Tỉnh ủy tại công văn số 1671-CV/TU ngày 23/9/2024, về việc tăng cường xử lý ô nhiễm môi trường tại phường Phong Khê, CCN Phú Lâm và xã Văn Môn",
        signer: Signer(authority: "TL. CHỦ TỊCH", title: "CHÁNH VĂN PHÒNG", name: "Vũ Huy Phương"),
        followsUp: [
            Citation(reference: DocumentReference("1671-CV/TU")!, date: CalendarDate(year: 2024, month: 9, day: 23)),
            Citation(reference: DocumentReference("3688/UBND-NN.TN")!, date: CalendarDate(year: 2024, month: 9, day: 30)),
        ],
        addressees: addressees.map(\.name),
        recipients: ["Như trên", "TTTU, TTHĐND tỉnh", "Chủ tịch và các PCTUBND tỉnh (b/c)", "Lãnh đạo VP UBND tỉnh",
                     "Lưu: VT, NN.TN, XDCB, NC, KGVX"])

    /// The 14 addressees in the order of "Kính gửi" (the grouped "Các Sở: …" line split).
    public static let addressees: [Agency] = [
        Agency(id: "so-tnmt", name: "Sở Tài nguyên và Môi trường", shortName: "Sở TN&MT", kind: .department),
        Agency(id: "so-khdt", name: "Sở Kế hoạch và Đầu tư", shortName: "Sở KH&ĐT", kind: .department),
        Agency(id: "so-xd", name: "Sở Xây dựng", shortName: "Sở Xây dựng", kind: .department),
        Agency(id: "so-tc", name: "Sở Tài chính", shortName: "Sở Tài chính", kind: .department),
        Agency(id: "so-tttt", name: "Sở Thông tin và Truyền thông", shortName: "Sở TT&TT", kind: .department),
        Agency(id: "cong-an-tinh", name: "Công an tỉnh", shortName: "Công an tỉnh", kind: .police),
        Agency(id: "cuc-thue", name: "Cục Thuế tỉnh", shortName: "Cục Thuế", kind: .tax),
        Agency(id: "vien-ncpt", name: "Viện Nghiên cứu phát triển kinh tế xã hội tỉnh", shortName: "Viện NCPT KT-XH", kind: .institute),
        Agency(id: "dai-ptth", name: "Đài Phát thanh và Truyền hình tỉnh", shortName: "Đài PT-TH", kind: .media),
        Agency(id: "bao-bac-ninh", name: "Báo Bắc Ninh", shortName: "Báo Bắc Ninh", kind: .media),
        Agency(id: "cong-ttdt", name: "Cổng Thông tin điện tử tỉnh", shortName: "Cổng TTĐT", kind: .media),
        Agency(id: "ubnd-tp-bac-ninh", name: "UBND thành phố Bắc Ninh", shortName: "UBND TP Bắc Ninh", kind: .localGovernment),
        Agency(id: "ubnd-tien-du", name: "UBND huyện Tiên Du", shortName: "UBND Tiên Du", kind: .localGovernment),
        Agency(id: "ubnd-yen-phong", name: "UBND huyện Yên Phong", shortName: "UBND Yên Phong", kind: .localGovernment),
    ]

    /// Bodies that are not addressees of 239 but receive its reports or took over an
    /// addressee's duties in the 2025 reorganisation (FACTS.md).
    public static let otherAgencies: [Agency] = [
        Agency(id: "so-nnmt", name: "Sở Nông nghiệp và Môi trường", shortName: "Sở NN&MT", kind: .department),
        Agency(id: "so-khcn", name: "Sở Khoa học và Công nghệ", shortName: "Sở KH&CN", kind: .department),
        Agency(id: "so-vhttdl", name: "Sở Văn hóa, Thể thao và Du lịch", shortName: "Sở VHTT&DL", kind: .department),
        Agency(id: "thue-tinh", name: "Thuế tỉnh Bắc Ninh", shortName: "Thuế tỉnh", kind: .tax),
        Agency(id: "ubnd-xa-tien-du", name: "UBND xã Tiên Du", shortName: "UBND xã Tiên Du", kind: .localGovernment),
        Agency(id: "ubnd-xa-van-mon", name: "UBND xã Văn Môn", shortName: "UBND xã Văn Môn", kind: .localGovernment),
    ]

    public static let successions: [Succession] = [
        Succession(predecessorID: "so-tnmt", successorIDs: ["so-nnmt"], effective: date(2025, 3, 1),
                   note: "hợp nhất với Sở Nông nghiệp và Phát triển nông thôn thành Sở Nông nghiệp và Môi trường"),
        Succession(predecessorID: "so-khdt", successorIDs: ["so-tc"], effective: date(2025, 3, 1),
                   note: "hợp nhất vào Sở Tài chính"),
        Succession(predecessorID: "so-tttt", successorIDs: ["so-khcn", "so-vhttdl"], effective: date(2025, 3, 1),
                   note: "hợp nhất vào Sở Khoa học và Công nghệ; báo chí, xuất bản chuyển về Sở Văn hóa, Thể thao và Du lịch"),
        Succession(predecessorID: "cuc-thue", successorIDs: ["thue-tinh"], effective: date(2025, 7, 1),
                   note: "tổ chức lại thành Thuế tỉnh Bắc Ninh"),
        Succession(predecessorID: "ubnd-tien-du", successorIDs: ["ubnd-xa-tien-du"], effective: date(2025, 7, 1),
                   note: "kết thúc cấp huyện; xã Phú Lâm nhập vào xã Tiên Du"),
        Succession(predecessorID: "ubnd-yen-phong", successorIDs: ["ubnd-xa-van-mon"], effective: date(2025, 7, 1),
                   note: "kết thúc cấp huyện; xã Văn Môn (mới) gồm Văn Môn, Yên Phụ, Đông Thọ"),
    ]

    public static let areas: [Area] = [
        Area(id: "phong-khe", name: "Phong Khê", locality: "phường Phong Khê", district: "thành phố Bắc Ninh",
             industry: "tái chế giấy (làng nghề)", governmentID: "ubnd-tp-bac-ninh"),
        Area(id: "phu-lam", name: "CCN Phú Lâm", locality: "xã Phú Lâm", district: "huyện Tiên Du",
             industry: "sản xuất giấy, hơi nước thương phẩm", governmentID: "ubnd-tien-du"),
        Area(id: "van-mon", name: "Văn Môn", locality: "xã Văn Môn (thôn Mẫn Xá)", district: "huyện Yên Phong",
             industry: "tái chế nhôm", governmentID: "ubnd-yen-phong"),
    ]

    /// Task 1: every addressee reports. Its id is filled in by the store.
    public static let task1 = DirectiveTask(
        id: "", directive: reference, number: "1",
        text: "Giao các Sở, ngành, địa phương liên quan báo cáo kết quả sau 05 tháng thực hiện chỉ đạo của Tỉnh ủy, UBND tỉnh; báo cáo Thường trực Tỉnh ủy và UBND tỉnh, đồng gửi Sở Tài nguyên và Môi trường để tổng hợp, trước ngày 15/02/2025.",
        deadline: Deadline(phrase: "trước ngày 15/02/2025"),
        assigneeIDs: addressees.map(\.id),
        reportTo: ["Thường trực Tỉnh ủy", "UBND tỉnh"],
        copyTo: ["Sở Tài nguyên và Môi trường"])

    /// Task 2: Sở TN&MT consolidates task 1's reports.
    public static let task2 = DirectiveTask(
        id: "", directive: reference, number: "2",
        text: "Giao Sở Tài nguyên và Môi trường tổng hợp báo cáo, đồng thời tham mưu, đề xuất các giải pháp tiếp theo để xử lý dứt điểm tình trạng ô nhiễm môi trường tại 03 khu vực trên; báo cáo Thường trực Tỉnh ủy và UBND tỉnh, trước ngày 20/02/2025./.",
        deadline: Deadline(phrase: "trước ngày 20/02/2025"),
        assigneeIDs: ["so-tnmt"],
        reportTo: ["Thường trực Tỉnh ủy", "UBND tỉnh"])

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }
}
