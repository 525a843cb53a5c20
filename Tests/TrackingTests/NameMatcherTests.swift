import Foundation
import Testing
@testable import Tracking

/// Pins down finding one agency or area by what a person typed: full name in any case or
/// normalisation, short name, id, a folded word prefix; exact beats prefix; several matches
/// are refused with the candidates.
@Suite struct NameMatcherTests {
    let agencies = NameMatcher(Fixture.agencies) { $0.searchNames }
    let areas = NameMatcher(Fixture.areas) { $0.searchNames }

    enum Found: Equatable { case one(String), none, several([String]) }

    func agency(_ query: String) -> Found {
        switch agencies.match(query) {
        case .found(let agency): .one(agency.id)
        case .notFound: .none
        case .ambiguous(let candidates): .several(candidates.map(\.id))
        }
    }

    func area(_ query: String) -> Found {
        switch areas.match(query) {
        case .found(let area): .one(area.id)
        case .notFound: .none
        case .ambiguous(let candidates): .several(candidates.map(\.id))
        }
    }

    @Test(arguments: [
        ("cong an", "cong-an-tinh"),
        ("Công an tỉnh", "cong-an-tinh"),
        ("CÔNG AN TỈNH", "cong-an-tinh"),
        ("CA tỉnh", "cong-an-tinh"),
        ("cong-an-tinh", "cong-an-tinh"),
        ("dai", "dai-ptth"),
        ("Đài", "dai-ptth"),
        ("truyen hinh", "dai-ptth"),
        ("Sở Tài chính", "so-tai-chinh"),  // exact, though "so tai" also starts Sở Tài nguyên…
        ("so tai chinh", "so-tai-chinh"),
        ("so tai nguyen", "so-tnmt"),
        ("Sở TN&MT", "so-tnmt"),
        ("thue", "cuc-thue"),
    ])
    func findsOneAgency(query: String, id: String) {
        #expect(agency(query) == .one(id))
    }

    @Test func decomposedInputFindsTheSameAgency() {
        #expect(agency("Sở Tài chính".decomposedStringWithCanonicalMapping) == .one("so-tai-chinh"))
        #expect(agency("Công an".decomposedStringWithCanonicalMapping) == .one("cong-an-tinh"))
    }

    @Test func severalMatchesAreRefusedWithTheCandidatesInOrder() {
        #expect(agency("so tai") == .several(["so-tnmt", "so-tai-chinh"]))
        #expect(agency("so") == .several(["so-tnmt", "so-tai-chinh"]))
        #expect(agency("tinh") == .several(["cong-an-tinh", "dai-ptth", "cuc-thue"]))
    }

    @Test(arguments: ["ha noi", "", "   ", "ong an", "Sở Tài chính Bắc Ninh"])
    func nothingFound(query: String) {
        #expect(agency(query) == .none)
    }

    /// "UBND tỉnh" is also the start of a word in the other two names; typed in full, it is exact.
    @Test func anExactNameBeatsPrefixes() {
        let bodies = NameMatcher(["Văn phòng UBND tỉnh", "UBND tỉnh", "UBND tỉnh Bắc Giang"]) { [$0] }
        guard case .found(let found) = bodies.match("ubnd tinh") else {
            Issue.record("expected one match")
            return
        }
        #expect(found == "UBND tỉnh")
        guard case .ambiguous(let candidates) = bodies.match("ubnd") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(candidates == ["Văn phòng UBND tỉnh", "UBND tỉnh", "UBND tỉnh Bắc Giang"])
    }

    @Test func twoItemsWithTheSameExactNameAreAmbiguous() {
        // Only the exact twins are offered, not a third name the query merely starts.
        let twins = NameMatcher(["a", "b", "c"]) { $0 == "c" ? ["Sở Tài chính Bắc Ninh"] : ["Sở Tài chính"] }
        guard case .ambiguous(let items) = twins.match("so tai chinh") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(items == ["a", "b"])
    }

    @Test(arguments: [
        ("phong khe", "phong-khe"), ("Phong Khê", "phong-khe"), ("phuong phong", "phong-khe"), ("khe", "phong-khe"),
        ("phu lam", "phu-lam"), ("ccn", "phu-lam"), ("CCN Phú Lâm", "phu-lam"),
        ("van mon", "van-mon"), ("man xa", "van-mon"), ("van-mon", "van-mon"),
    ])
    func findsOneArea(query: String, id: String) {
        #expect(area(query) == .one(id))
    }

    @Test func areaAmbiguityAndMiss() {
        #expect(area("xa") == .several(["phu-lam", "van-mon"]))
        #expect(area("yen phong") == .none)
    }
}

/// The dashboard's filter: marks ignored when the query has none, matched when it has.
@Suite struct SearchMatchTests {
    @Test(arguments: [
        ("dai", "Đài Phát thanh và Truyền hình", true),
        ("dai", "Sở Đầu tư", false),
        ("dau", "Sở Kế hoạch và Đầu tư", true),
        ("Đà", "Đài Phát thanh", true),
        ("Đà", "Sở Kế hoạch và Đầu tư", false),
        ("đầu", "Sở Kế hoạch và ĐẦU TƯ", true),
        ("ĐÀI", "Đài Phát thanh", true),
        ("Đa\u{0300}i", "Đài Phát thanh", true),          // decomposed query
        ("Đài", "Đa\u{0300}i Phát thanh", true),          // decomposed text
        ("ke  hoach", "Sở Kế hoạch và Đầu tư", true),
        ("Kế  hoạch", "Sở Kế hoạch và Đầu tư", true),
        ("kê", "Sở Kế hoạch", false),
        ("", "anything", true),
    ])
    func queriesWithAndWithoutMarks(query: String, text: String, expected: Bool) {
        #expect(VietnameseText.searchMatches(query, in: text) == expected)
    }
}

/// Folding ASCII text takes a shortcut; it must give what the full path gives.
@Suite struct FoldShortcutTests {
    @Test(arguments: ["  Cong  AN\ttinh ", "so-tnmt", "UBND\u{0B}xa\u{0C}Mo", "", "   "])
    func asciiFoldsAsTheFullPathWould(text: String) {
        // The same text with one non-ASCII letter appended takes the full path.
        let full = VietnameseText.fold(text + " đ")
        let expected = full.hasSuffix(" d") ? String(full.dropLast(2)) : String(full.dropLast(1))
        #expect(VietnameseText.fold(text) == expected.trimmingCharacters(in: .whitespaces))
    }
}
