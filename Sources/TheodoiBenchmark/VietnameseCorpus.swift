/// The words the generator draws from: agency names of a province (Bắc Ninh's departments,
/// districts, communes, police and press), subjects, issuers, signers and report sentences.
/// Fixed lists, so that the data set depends only on the seed.
enum VietnameseCorpus {
    /// About 170 agencies: departments, district committees and police, commune committees,
    /// press and tax. The names of dispatch 239's addressees are among them, so imports match
    /// the stored agencies as well as create new ones.
    static let agencies: [String] = {
        var names = departments + districts.map { "UBND \($0)" } + ["Công an tỉnh"]
        names += districts.map { "Công an \($0)" }
        names += wards.map { "UBND phường \($0)" } + communes.map { "UBND xã \($0)" }
        names += press + ["Cục Thuế tỉnh", "Chi cục Thuế khu vực Tiên Du – Từ Sơn", "Chi cục Thuế khu vực Quế Võ – Gia Bình",
                          "Viện Nghiên cứu phát triển kinh tế xã hội tỉnh"]
        return names
    }()

    static let departments = [
        "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Tài chính",
        "Sở Thông tin và Truyền thông", "Sở Công Thương", "Sở Giao thông vận tải",
        "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế", "Sở Giáo dục và Đào tạo",
        "Sở Lao động – Thương binh và Xã hội", "Sở Tư pháp", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ", "Sở Ngoại vụ", "Sở Nông nghiệp và Môi trường", "Thanh tra tỉnh",
        "Ban Quản lý các khu công nghiệp tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    ]

    static let districts = [
        "thành phố Bắc Ninh", "thành phố Từ Sơn", "thị xã Quế Võ", "thị xã Thuận Thành",
        "huyện Tiên Du", "huyện Yên Phong", "huyện Gia Bình", "huyện Lương Tài",
    ]

    static let wards = [
        "Phong Khê", "Khúc Xuyên", "Vũ Ninh", "Kinh Bắc", "Đại Phúc", "Tiền An", "Ninh Xá", "Suối Hoa",
        "Thị Cầu", "Đáp Cầu", "Vệ An", "Võ Cường", "Vân Dương", "Hạp Lĩnh", "Khắc Niệm", "Nam Sơn",
        "Kim Chân", "Hòa Long", "Vạn An", "Đông Ngàn", "Đình Bảng", "Tân Hồng", "Châu Khê", "Đồng Kỵ",
        "Trang Hạ", "Phù Khê", "Hương Mạc", "Tam Sơn", "Tương Giang", "Đồng Nguyên", "Phù Chẩn",
        "Phố Mới", "Việt Hùng", "Bằng An", "Phương Liễu", "Nhân Hòa", "Hồ", "Gia Đông", "Thanh Khương",
        "Trạm Lộ", "Xuân Lâm", "Hà Mãn", "Song Hồ",
    ]

    static let communes = [
        "Văn Môn", "Yên Phụ", "Đông Thọ", "Đông Tiến", "Dũng Liệt", "Tam Đa", "Tam Giang", "Hòa Tiến",
        "Đông Phong", "Long Châu", "Thụy Hòa", "Trung Nghĩa", "Phú Lâm", "Lạc Vệ", "Tân Chi", "Đại Đồng",
        "Hoàn Sơn", "Liên Bão", "Nội Duệ", "Cảnh Hưng", "Phật Tích", "Minh Đạo", "Hiên Vân", "Việt Đoàn",
        "Tri Phương", "Tiên Du", "Đại Xuân", "Cách Bi", "Mộ Đạo", "Đào Viên", "Phù Lương", "Ngọc Xá",
        "Châu Phong", "Chi Lăng", "Hán Quảng", "Yên Giả", "Phù Lãng", "Việt Thống", "Đức Long",
        "Bồng Lai", "Ngũ Thái", "Song Liễu", "Nghĩa Đạo", "Mão Điền", "An Bình", "Đình Tổ", "Trí Quả",
        "Hoài Thượng", "Nhân Thắng", "Xuân Lai", "Đại Bái", "Quỳnh Phú", "Lãng Ngâm", "Song Giang",
        "Giang Sơn", "Đông Cứu", "Bình Dương", "Thái Bảo", "Vạn Ninh", "Cao Đức", "Phú Hòa",
        "Trung Kênh", "Lâm Thao", "Tân Lãng", "Quảng Phú", "An Thịnh", "Trừng Xá", "Mỹ Hương", "Minh Tân",
        "Phú Lương", "Lai Hạ", "Bình Định", "Trung Chính",
    ]

    static let press = [
        "Báo Bắc Ninh", "Đài Phát thanh và Truyền hình tỉnh", "Cổng Thông tin điện tử tỉnh",
        "Báo Nhân Dân thường trú tại Bắc Ninh", "Báo Tài nguyên và Môi trường khu vực phía Bắc",
    ]

    // MARK: - Documents

    static let issuers = [
        "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC NINH", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
    ]

    /// The part of a state reference after the number: "UBND-NN.TN".
    static let symbols = [
        "UBND-NN.TN", "UBND-KTTH", "UBND-XDCB", "UBND-NC", "UBND-KGVX", "UBND-CN", "KH-UBND",
        "STNMT-CCBVMT", "STNMT-TNN", "VP-NN.TN",
    ]

    static let kinds = ["công văn", "công văn", "công văn", "kế hoạch", "thông báo"]

    static let signers: [(authority: String, title: String, name: String)] = [
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vương Quốc Tuấn"),
        ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đào Quang Khải"),
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hương Giang"),
        ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Vũ Huy Phương"),
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hằng Nga"),
    ]

    static let subjectTopics = [
        "tăng cường công tác quản lý, xử lý ô nhiễm môi trường tại %@",
        "kiểm tra, xử lý các cơ sở sản xuất gây ô nhiễm môi trường trên địa bàn %@",
        "triển khai thực hiện Luật Bảo vệ môi trường năm 2020 tại %@",
        "thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt tại %@",
        "chấn chỉnh công tác quản lý đất đai, khai thác khoáng sản trái phép tại %@",
        "rà soát các dự án đầu tư chậm tiến độ, vi phạm pháp luật về môi trường tại %@",
        "phòng, chống thiên tai, tìm kiếm cứu nạn mùa mưa bão năm nay tại %@",
        "xử lý dứt điểm tình trạng đốt rơm rạ, rác thải gây ô nhiễm không khí tại %@",
        "báo cáo kết quả thực hiện các kiến nghị của cử tri về môi trường tại %@",
        "đẩy nhanh tiến độ xây dựng hệ thống xử lý nước thải tập trung tại %@",
    ]

    static let places = [
        "phường Phong Khê", "CCN Phú Lâm", "xã Văn Môn", "thị xã Quế Võ", "huyện Gia Bình",
        "thành phố Từ Sơn", "huyện Lương Tài", "các khu công nghiệp", "lưu vực sông Ngũ Huyện Khê",
        "lưu vực sông Cầu", "làng nghề Đa Hội", "làng nghề Đồng Kỵ",
    ]

    static let taskActions = [
        "chủ trì, phối hợp với các cơ quan liên quan kiểm tra, rà soát toàn bộ các cơ sở sản xuất, kinh doanh; xử lý nghiêm các trường hợp vi phạm theo quy định",
        "tổ chức tuyên truyền, phổ biến pháp luật về bảo vệ môi trường đến từng hộ gia đình, cơ sở sản xuất",
        "cắt điện, đình chỉ hoạt động đối với các cơ sở xả thải trái phép ra môi trường",
        "đôn đốc các chủ đầu tư đẩy nhanh tiến độ xây dựng hệ thống thu gom, xử lý nước thải",
        "cung cấp thông tin, số liệu về tình hình vi phạm và kết quả xử lý để tổng hợp",
        "xây dựng kế hoạch di dời các cơ sở gây ô nhiễm ra khỏi khu dân cư",
        "đưa tin, phản ánh kịp thời kết quả triển khai trên các phương tiện thông tin đại chúng",
        "rà soát nghĩa vụ thuế của các cơ sở sản xuất, truy thu các khoản còn nợ đọng",
    ]

    // MARK: - Reports

    static let sectionSentences: [[String]] = [
        // work done
        [
            "Ngay sau khi nhận được văn bản chỉ đạo, đơn vị đã ban hành kế hoạch triển khai, phân công nhiệm vụ cụ thể cho từng phòng, bộ phận chuyên môn.",
            "Đơn vị đã phối hợp với UBND các xã, phường tổ chức 12 đợt kiểm tra đột xuất đối với các cơ sở sản xuất có nguy cơ gây ô nhiễm cao.",
            "Tổ chức hội nghị quán triệt, tuyên truyền Luật Bảo vệ môi trường năm 2020 và các văn bản hướng dẫn thi hành cho cán bộ, công chức và nhân dân.",
            "Thành lập tổ công tác liên ngành thường trực tại địa bàn, duy trì chế độ giao ban hằng tuần để kịp thời nắm bắt tình hình.",
            "Lập danh sách các cơ sở chưa có hồ sơ, thủ tục môi trường; yêu cầu các cơ sở hoàn thiện trong thời hạn 30 ngày.",
        ],
        // results
        [
            "Qua kiểm tra đã phát hiện, lập biên bản các trường hợp vi phạm, ban hành quyết định xử phạt vi phạm hành chính và nộp ngân sách nhà nước.",
            "Chất lượng môi trường không khí và nước mặt tại khu vực đã có chuyển biến tích cực, số lượng đơn thư phản ánh của người dân giảm rõ rệt.",
            "Đã phối hợp với Công ty Điện lực cắt điện đối với các cơ sở cố tình tái phạm, không chấp hành quyết định đình chỉ hoạt động.",
            "Hoàn thành việc di dời một phần các hộ sản xuất vào cụm công nghiệp tập trung, giảm đáng kể lượng nước thải chưa qua xử lý.",
            "Tỷ lệ thu gom chất thải rắn sinh hoạt trên địa bàn đạt trên 95 %, không còn tình trạng đổ thải trái phép dọc các tuyến đường.",
        ],
        // lessons
        [
            "Cần sự vào cuộc quyết liệt của cả hệ thống chính trị, trong đó người đứng đầu cấp ủy, chính quyền phải trực tiếp chỉ đạo.",
            "Công tác kiểm tra phải được tiến hành thường xuyên, đột xuất, kết hợp chặt chẽ giữa các lực lượng chức năng.",
            "Phát huy vai trò giám sát của Mặt trận Tổ quốc, các đoàn thể và cộng đồng dân cư trong phát hiện vi phạm.",
        ],
        // causes
        [
            "Một số cơ sở sản xuất quy mô hộ gia đình nằm xen kẽ trong khu dân cư, hoạt động vào ban đêm nên khó phát hiện, xử lý.",
            "Hạ tầng thu gom, xử lý nước thải tập trung chưa hoàn thiện; kinh phí đầu tư còn hạn chế.",
            "Nhận thức của một bộ phận người dân và chủ cơ sở về bảo vệ môi trường chưa cao, còn chạy theo lợi nhuận trước mắt.",
            "Lực lượng cán bộ chuyên trách về môi trường ở cấp xã còn mỏng, kiêm nhiệm nhiều việc.",
        ],
        // solutions
        [
            "Tiếp tục duy trì các tổ kiểm tra liên ngành, xử lý nghiêm, dứt điểm các trường hợp vi phạm, công khai trên phương tiện thông tin đại chúng.",
            "Đề nghị UBND tỉnh bố trí kinh phí đầu tư hoàn thiện hệ thống xử lý nước thải tập trung trong năm tới.",
            "Đẩy mạnh ứng dụng công nghệ thông tin, lắp đặt camera giám sát tại các điểm nóng về xả thải.",
            "Kiên quyết di dời các cơ sở gây ô nhiễm ra khỏi khu dân cư theo lộ trình đã được phê duyệt.",
        ],
    ]

    static let areaIDs = ["phong-khe", "phu-lam", "van-mon"]
}
