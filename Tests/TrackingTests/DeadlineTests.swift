import Foundation
import Testing
@testable import Tracking

/// Pins down how a deadline phrase is read: its qualifier, the date it names (never an invented
/// one), the monthly day, and the raw phrase kept as written in NFC.
@Suite struct DeadlineTests {
    @Test(arguments: [
        ("trước ngày 15/02/2025", Deadline.Qualifier.before, "2025-02-15"),
        ("trước ngày 20/02/2025", .before, "2025-02-20"),
        ("TRƯỚC NGÀY 15/02/2025", .before, "2025-02-15"),
        ("chậm nhất trước ngày 15/02/2025", .before, "2025-02-15"),
        ("báo cáo UBND tỉnh trước 15/2/2025.", .before, "2025-02-15"),
        ("trước   ngày\t15/02/2025", .before, "2025-02-15"),
        ("chậm nhất ngày 15/02/2025", .noLaterThan, "2025-02-15"),
        ("đến hết ngày 15/02/2025", .noLaterThan, "2025-02-15"),
        ("hạn 28/02/2025", .noLaterThan, "2025-02-28"),
        ("Quý I/2025, trước ngày 31/3/2025", .before, "2025-03-31"),
    ])
    func datedPhrases(phrase: String, qualifier: Deadline.Qualifier, anchor: String) {
        let deadline = Deadline(phrase: phrase)
        #expect(deadline.qualifier == qualifier)
        #expect(deadline.anchor == day(anchor))
        #expect(deadline.dayOfMonth == nil)
    }

    @Test(arguments: [
        ("chậm nhất ngày 17 hàng tháng", 17), ("hàng tháng, chậm nhất ngày 17", 17), ("Hằng tháng trước ngày 17", 17),
        ("chậm nhất ngày 31 hàng tháng", 31), ("ngày 1 hàng tháng", 1),
    ])
    func monthlyPhrases(phrase: String, dayOfMonth: Int) {
        let deadline = Deadline(phrase: phrase)
        #expect(deadline.qualifier == .monthly)
        #expect(deadline.dayOfMonth == dayOfMonth)
        #expect(deadline.anchor == nil)
    }

    /// No date is ever invented: a phrase without a real date has none.
    @Test(arguments: ["khẩn trương", "kịp thời", "theo quy định", "", "   ",
                      "trước ngày 31/02/2025", "trước ngày 29/02/2025", "trước ngày 15/02",
                      "chậm nhất ngày 32 hàng tháng", "chậm nhất ngày 0 hàng tháng", "hàng tháng"])
    func datelessPhrases(phrase: String) {
        let deadline = Deadline(phrase: phrase)
        #expect(deadline.qualifier == .none)
        #expect(deadline.anchor == nil)
        #expect(deadline.dayOfMonth == nil)
    }

    @Test func rawPhraseIsKeptTrimmedInNFC() {
        let decomposed = "  trước ngày 15/02/2025 ".decomposedStringWithCanonicalMapping
        let deadline = Deadline(phrase: decomposed)
        #expect(Array(deadline.raw.unicodeScalars) == Array("trước ngày 15/02/2025".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(deadline.qualifier == .before)
        #expect(deadline == Deadline(phrase: "trước ngày 15/02/2025"))
        #expect(Deadline(phrase: "trước ngày 31/02/2025").raw == "trước ngày 31/02/2025")
    }

    @Test func memberwiseAndNone() {
        let none = Deadline.none(raw: "khẩn trương")
        #expect(none.raw == "khẩn trương" && none.qualifier == .none && none.anchor == nil)
        #expect(Deadline.none().raw.isEmpty)
        let monthly = Deadline(raw: "ngày 17 hàng tháng", anchor: nil, qualifier: .monthly, dayOfMonth: 17)
        #expect(monthly == Deadline(phrase: "chậm nhất ngày 17 hàng tháng").with(raw: "ngày 17 hàng tháng"))
    }

    @Test func qualifierRawValuesAreTheJSONContract() {
        #expect(Deadline.Qualifier.allCases.map(\.rawValue) == ["before", "no_later_than", "monthly", "none"])
    }
}

private extension Deadline {
    func with(raw: String) -> Deadline {
        Deadline(raw: raw, anchor: anchor, qualifier: qualifier, dayOfMonth: dayOfMonth)
    }
}
