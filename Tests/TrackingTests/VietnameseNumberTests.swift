import Testing
@testable import Tracking

/// Pins down whole numbers and money as Vietnamese offices write them: "." or " " thousands
/// groups, an optional currency word, and refusal of anything else; grouping and short forms.
@Suite struct VietnameseNumberTests {
    @Test(arguments: [
        ("1.300.000.000", 1_300_000_000),
        ("1 300 000 000", 1_300_000_000),
        ("1300000000", 1_300_000_000),
        ("1.300.000.000 đ", 1_300_000_000),
        ("1.300.000.000đ", 1_300_000_000),
        ("1.300.000.000 VND", 1_300_000_000),
        ("500 đồng", 500),
        ("  12  ", 12),
        ("0", 0),
        ("007", 7),
        ("1.000", 1000),
        ("12.345", 12_345),
        ("1\u{00A0}000", 1000),
    ])
    func readsWholeNumbers(text: String, value: Int) {
        #expect(VietnameseNumber.parseWhole(text) == value)
    }

    @Test(arguments: [
        "-5", "+5", "1,3", "1,300", "1.30.000", "1.0000", "1.300 000", "1.", ".100", "1..000",
        "abc", "12a", "", " ", "đ", "VND", "mười", "١٢", "99999999999999999999", "1 tỷ",
    ])
    func refusesAnythingElse(text: String) {
        #expect(VietnameseNumber.parseWhole(text) == nil)
    }

    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (12_345, "12.345"),
        (1_300_000_000, "1.300.000.000"), (-1_234_567, "-1.234.567"), (-999, "-999"),
    ])
    func grouping(value: Int, text: String) {
        #expect(VietnameseNumber.grouped(value) == text)
    }

    @Test func money() {
        #expect(VietnameseNumber.money(1_300_000_000) == "1.300.000.000 đ")
        #expect(VietnameseNumber.money(0) == "0 đ")
        #expect(VietnameseNumber.parseWhole(VietnameseNumber.money(1_300_000_000)) == 1_300_000_000)
    }

    @Test(arguments: [
        (1_300_000_000, "1,3 tỷ đ", "1.3bn VND"),
        (1_000_000_000, "1 tỷ đ", "1bn VND"),
        (1_250_000_000, "1,3 tỷ đ", "1.3bn VND"),   // halves round away from zero
        (12_040_000_000, "12 tỷ đ", "12bn VND"),
        (340_000_000, "340 triệu đ", "340m VND"),
        (2_500_000, "2,5 triệu đ", "2.5m VND"),
        (1_000_000, "1 triệu đ", "1m VND"),
        (950_000, "950.000 đ", "950,000 VND"),
        (999_950_000, "1 tỷ đ", "1bn VND"),           // rounded first, then the unit chosen
        (0, "0 đ", "0 VND"),
        (-1_300_000_000, "-1,3 tỷ đ", "-1.3bn VND"),
    ])
    func shortMoney(value: Int, vietnamese: String, english: String) {
        #expect(VietnameseNumber.shortMoney(value) == vietnamese)
        #expect(VietnameseNumber.shortMoney(value, language: .en) == english)
    }
}
