import DispatchParser
import Foundation
import Testing
import Tracking

/// The parser on dispatch 239/UBND-NN.TN as published (tabs, blank lines, interleaved header
/// columns), and on text it was never meant to read.
@Suite struct DispatchParserTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    static let addressees239 = [
        "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Tài chính",
        "Sở Thông tin và Truyền thông", "Công an tỉnh", "Cục Thuế tỉnh",
        "Viện Nghiên cứu phát triển kinh tế xã hội tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
        "Báo Bắc Ninh", "Cổng Thông tin điện tử tỉnh", "UBND thành phố Bắc Ninh", "UBND huyện Tiên Du",
        "UBND huyện Yên Phong",
    ]

    static func check239(_ parsed: ParsedDispatch) {
        #expect(parsed.reference?.text == "239/UBND-NN.TN")
        #expect(parsed.reference?.number == "239")
        #expect(parsed.reference?.symbol == "UBND-NN.TN")
        #expect(parsed.issuer == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH")
        #expect(parsed.place == "Bắc Ninh")
        #expect(parsed.date?.iso == "2025-01-17")
        #expect(parsed.subject?.hasPrefix("báo cáo kết quả 05 tháng thực hiện chỉ đạo của BTV Tỉnh ủy") == true)
        #expect(parsed.subject?.hasSuffix("CCN Phú Lâm và xã Văn Môn") == true)
        #expect(parsed.references.map(\.reference.text) == ["1671-CV/TU", "3688/UBND-NN.TN"])
        #expect(parsed.references.map { $0.date?.iso } == ["2024-09-23", "2024-09-30"])
        #expect(parsed.addressees == addressees239)
        #expect(parsed.tasks.map(\.number) == ["1", "2"])
        if parsed.tasks.count == 2 {
            #expect(parsed.tasks[0].assignees == addressees239)
            #expect(parsed.tasks[0].text.hasPrefix("Giao các Sở, ngành, địa phương liên quan báo cáo kết quả sau 05 tháng"))
            #expect(parsed.tasks[0].deadline?.raw == "trước ngày 15/02/2025")
            #expect(parsed.tasks[0].deadline?.anchor?.iso == "2025-02-15")
            #expect(parsed.tasks[0].deadline?.qualifier == .before)
            #expect(parsed.tasks[1].assignees == ["Sở Tài nguyên và Môi trường"])
            #expect(parsed.tasks[1].text.hasSuffix("trước ngày 20/02/2025."))
            #expect(parsed.tasks[1].deadline?.raw == "trước ngày 20/02/2025")
            #expect(parsed.tasks[1].deadline?.anchor?.iso == "2025-02-20")
        }
        #expect(parsed.recipients == [
            "Như trên", "TTTU, TTHĐND tỉnh", "Chủ tịch và các PCTUBND tỉnh (b/c)", "Lãnh đạo VP UBND tỉnh",
            "Lưu: VT, NN.TN, XDCB, NC, KGVX",
        ])
        #expect(parsed.signer == ParsedDispatch.Signer(authority: "TL. CHỦ TỊCH", title: "CHÁNH VĂN PHÒNG", name: "Vũ Huy Phương"))
    }

    @Test func dispatch239AsPublished() throws {
        let parsed = DispatchParser.parse(try Self.fixture("239-UBND-NN.TN.txt"))
        Self.check239(parsed)
        // The doubts are reported: the tone mark changed in the issuer, the lines split by
        // commas, task 1 given to "các Sở, ngành, địa phương liên quan".
        #expect(parsed.warnings.contains { $0.line == 1 && $0.code == "issuer_tone_marks" && $0.message(.en).contains("UỶ BAN") })
        #expect(parsed.warnings.contains {
            $0 == ParseWarning(line: 36, .assignedToAllAddressees(task: "1", phrase: "các Sở, ngành, địa phương liên quan", count: 14))
        })
        #expect(parsed.warnings.allSatisfy { $0.message(.en).hasPrefix("line ") && $0.message(.vi).hasPrefix("dòng ") })
    }

    /// A layout as legal-text web sites flatten it (see Fixtures/README.md).
    @Test func webPageLayoutWithDeputySignature() throws {
        let parsed = DispatchParser.parse(try Self.fixture("synthetic-STNMT-KT.txt"))
        #expect(parsed.reference?.text == "45/STNMT-MT")
        #expect(parsed.issuer == "UBND TỈNH BẮC NINH SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")
        #expect(parsed.place == "Bắc Ninh")
        #expect(parsed.date?.iso == "2025-02-20")
        #expect(parsed.subject == "đôn đốc báo cáo tình hình xử lý ô nhiễm tại CCN Phú Lâm và xã Văn Môn")
        #expect(parsed.references.map(\.reference.text) == ["239/UBND-NN.TN"])
        #expect(parsed.references.first?.date?.iso == "2025-01-17")
        #expect(parsed.addressees == ["Công an tỉnh", "Sở Công Thương", "Sở Xây dựng", "UBND huyện Tiên Du", "UBND huyện Yên Phong"])
        #expect(parsed.tasks.map(\.assignees) == [
            ["Công an tỉnh", "Sở Công Thương"], ["UBND huyện Tiên Du", "UBND huyện Yên Phong"], ["Sở Xây dựng"],
        ])
        #expect(parsed.tasks.first?.deadline?.qualifier == .monthly)
        #expect(parsed.tasks.first?.deadline?.dayOfMonth == 10)
        #expect(parsed.tasks.first?.deadline?.anchor == nil)
        #expect(parsed.tasks.dropFirst().first?.text.contains("b) Gửi báo cáo") == true)
        #expect(parsed.tasks.dropFirst().first?.deadline?.anchor?.iso == "2025-03-05")
        // "phối hợp kịp thời": the phrase is kept, with no date (issue 10).
        #expect(parsed.tasks.last?.deadline?.raw == "kịp thời")
        #expect(parsed.tasks.last?.deadline?.anchor == nil)
        #expect(parsed.tasks.last?.deadline?.granularity == DeadlineGranularity.none)
        #expect(parsed.recipients == ["Như trên", "UBND tỉnh (b/c)", "Lưu: VT, MT"])
        #expect(parsed.signer == ParsedDispatch.Signer(authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn An"))
        #expect(parsed.warnings.contains { $0.message(.en).hasPrefix("line 30: task 3: “kịp thời” names no date") })
        #expect(parsed.warnings.contains { $0.message(.vi) == "dòng 30: nhiệm vụ 3: “kịp thời” không nêu ngày cụ thể" })
    }

    @Test func chainedAuthority() {
        let text = "Nơi nhận:\n- Lưu: VT.\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(Đã ký)\nTrần Thị Bình"
        #expect(DispatchParser.parse(text).signer == ParsedDispatch.Signer(
            authority: "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG", title: "PHÓ CHÁNH VĂN PHÒNG", name: "Trần Thị Bình"))
    }

    @Test func decomposedInputGivesTheSameResult() throws {
        let text = try Self.fixture("239-UBND-NN.TN.txt")
        #expect(DispatchParser.parse(text.decomposedStringWithCanonicalMapping) == DispatchParser.parse(text))
    }

    @Test func crlfAndCarriageReturnLineEnds() throws {
        let text = try Self.fixture("239-UBND-NN.TN.txt")
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let parsed = DispatchParser.parse(crlf)
        Self.check239(parsed)
        #expect(parsed == DispatchParser.parse(text))
        #expect(DispatchParser.parse(text.replacingOccurrences(of: "\n", with: "\r")) == DispatchParser.parse(text))
        #expect(DispatchParser.parse("\u{FEFF}" + text) == DispatchParser.parse(text))
    }

    @Test func groupedAddresseeLinesAreSplit() {
        let text = """
            Kính gửi:
            - Các Sở: Tài nguyên và Môi trường, Kế hoạch và Đầu tư, Lao động, Thương binh và Xã hội;
            - Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Ninh, Cổng Thông tin điện tử tỉnh.
            - UBND thành phố Bắc Ninh, huyện Tiên Du và huyện Yên Phong.
            - Các Ban: Ban Tuyên giáo Tỉnh ủy, Dân vận Tỉnh ủy;
            """
        #expect(DispatchParser.parse(text).addressees == [
            "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Lao động, Thương binh và Xã hội",
            "Đài Phát thanh và Truyền hình tỉnh", "Báo Bắc Ninh", "Cổng Thông tin điện tử tỉnh",
            "UBND thành phố Bắc Ninh", "UBND huyện Tiên Du", "UBND huyện Yên Phong",
            "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy",
        ])
    }

    @Test func singleInlineAddressee() {
        let parsed = DispatchParser.parse("Kính gửi: Sở Tài nguyên và Môi trường.\n\n1. Giao Sở Tài nguyên và Môi trường kiểm tra, chậm nhất ngày 10/3/2025.")
        #expect(parsed.addressees == ["Sở Tài nguyên và Môi trường"])
        #expect(parsed.tasks.first?.assignees == ["Sở Tài nguyên và Môi trường"])
        #expect(parsed.tasks.first?.deadline?.raw == "chậm nhất ngày 10/3/2025")
        #expect(parsed.tasks.first?.deadline?.qualifier == .noLaterThan)
    }

    @Test func jsonFollowsTheSpecification() throws {
        let parsed = DispatchParser.parse(try Self.fixture("239-UBND-NN.TN.txt"))
        guard case .orderedObject(let pairs) = parsed.jsonValue(.vi) else {
            Issue.record("not an ordered object")
            return
        }
        #expect(pairs.map(\.key) == ["reference", "number", "symbol", "issuer", "place", "date", "subject",
                                     "references", "addressees", "tasks", "recipients", "signer", "warnings", "warning_codes"])
        let rendered = parsed.jsonValue(.vi).rendered()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
        #expect(root["date"] as? String == "2025-01-17")
        let task = try #require((root["tasks"] as? [[String: Any]])?.last)
        #expect((task["deadline"] as? [String: Any])?["date"] as? String == "2025-02-20")
    }

    @Test func nothingFoundIsNullAndWarned() throws {
        let parsed = DispatchParser.parse("")
        #expect(parsed.reference == nil && parsed.issuer == nil && parsed.date == nil && parsed.signer == nil)
        #expect(parsed.addressees.isEmpty && parsed.tasks.isEmpty && parsed.references.isEmpty)
        #expect(!parsed.warnings.isEmpty)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(parsed.jsonValue(.vi).rendered().utf8)) as? [String: Any])
        #expect(root["reference"] is NSNull)
        #expect(root["signer"] is NSNull)
        #expect((root["tasks"] as? [Any])?.isEmpty == true)

        let prose = DispatchParser.parse("Hôm nay trời đẹp.\nKhông có gì để đọc.")
        #expect(prose.reference == nil && prose.place == nil && prose.subject == nil && prose.tasks.isEmpty)
        #expect(prose.warnings.contains { $0.kind == .noReferenceLine })
    }

    @Test func aTaskWithoutADateHasNoDeadline() {
        let parsed = DispatchParser.parse("Kính gửi: Công an tỉnh.\n\n1. Giao Công an tỉnh kiểm tra, xử lý.")
        #expect(parsed.tasks.count == 1)
        #expect(parsed.tasks.first?.deadline == nil)
        #expect(parsed.warnings.contains { $0.kind == .noDeadline(task: "1") })
    }

    /// "khẩn trương" asks for speed without a date: the phrase is kept, its date is null.
    @Test func anUrgentTaskKeepsItsPhraseWithoutADate() {
        let parsed = DispatchParser.parse("Kính gửi: Công an tỉnh.\n\n1. Giao Công an tỉnh khẩn trương kiểm tra, xử lý.")
        #expect(parsed.tasks.first?.deadline?.raw == "khẩn trương")
        #expect(parsed.tasks.first?.deadline?.anchor == nil)
        #expect(parsed.tasks.first?.deadline?.qualifier == Deadline.Qualifier.none)
        #expect(parsed.warnings.contains { $0.kind == .deadlineNoDate(task: "1", phrase: "khẩn trương") })
    }

    @Test func truncatedDispatchesNeverCrash() throws {
        let text = try Self.fixture("239-UBND-NN.TN.txt")
        let characters = Array(text)
        var cut = 0
        while cut <= characters.count {
            let parsed = DispatchParser.parse(String(characters[..<cut]))
            _ = parsed.jsonValue(.vi).rendered()
            cut += 7
        }
        let half = DispatchParser.parse(String(characters[..<(characters.count / 2)]))
        #expect(half.reference?.text == "239/UBND-NN.TN")
        #expect(half.signer == nil)
        #expect(half.recipients.isEmpty)
        #expect(half.warnings.contains { $0.kind == .noRecipientList })
    }

    /// The real dispatch with characters deleted, duplicated and replaced at random.
    @Test func mutatedDispatchNeverCrashes() throws {
        let original = Array(try Self.fixture("239-UBND-NN.TN.txt"))
        let alphabet = Array("\t\n\r :,;./-()ĐđỦỷ0123456789")
        var generator = SplitMix64(seed: 17)
        for _ in 0..<150 {
            var characters = original
            for _ in 0..<Int(generator.next() % 40) + 1 where !characters.isEmpty {
                let at = Int(generator.next() % UInt64(characters.count))
                switch generator.next() % 3 {
                case 0: characters.remove(at: at)
                case 1: characters.insert(characters[at], at: at)
                default: characters[at] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
            }
            let parsed = DispatchParser.parse(String(characters))
            _ = parsed.jsonValue(.vi).rendered()
            #expect(parsed.warnings.allSatisfy { $0.line >= 1 && $0.message(.vi).hasPrefix("dòng \($0.line): ") })
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 239)
        for _ in 0..<300 {
            let count = Int(generator.next() % 400)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = DispatchParser.parse(String(decoding: bytes, as: UTF8.self)).jsonValue(.vi).rendered()
        }
        // Pieces of real dispatches shuffled.
        let pieces = ["Số: ", "239/", "UBND", "Kính gửi:", "- Các Sở:", ":", ",", " và ", "huyện ", "1. ", "Giao ",
                      "trước ngày ", "31/02/2025", "15/02/2025", "\n", "\t", "\r\n", "TL. ", "CHỦ TỊCH", "Nơi nhận:", "- ",
                      "V/v", "ngày 17 tháng 01 năm 2025", "Các ", "UBND ", "(Đã ký)", "./.", "9999999999999999999999/X"]
        for _ in 0..<300 {
            let count = Int(generator.next() % 60)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            _ = DispatchParser.parse(text).jsonValue(.vi).rendered()
        }
    }
}

/// A small deterministic generator, so that a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
