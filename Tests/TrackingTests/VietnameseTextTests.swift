import Foundation
import Testing
@testable import Tracking

/// Pins down NFC normalisation and search folding (case, tone and vowel marks, đ/d, white
/// space), NFC and NFD input alike, and word-prefix matching.
@Suite struct VietnameseTextTests {
    @Test(arguments: [
        ("Phong Khê", "phong khe"),
        ("CCN Phú Lâm", "ccn phu lam"),
        ("Đài Phát thanh", "dai phat thanh"),
        ("ĐÀI", "dai"),
        ("đ", "d"),
        ("Sở Tài nguyên và Môi trường", "so tai nguyen va moi truong"),
        ("Ưu tiên Ơn Ấp Ỷ", "uu tien on ap y"),
        ("  Công   an\ttỉnh \n", "cong an tinh"),
        ("Công\u{00A0}an", "cong an"),
        ("239/UBND-NN.TN", "239/ubnd-nn.tn"),
        ("", ""),
        (" \n\t ", ""),
    ])
    func folding(text: String, folded: String) {
        #expect(VietnameseText.fold(text) == folded)
    }

    @Test(arguments: ["Khê", "Phong Khê", "Đài Phát thanh và Truyền hình", "Mẫn Xá", "Ủy ban nhân dân"])
    func composedAndDecomposedInputAreOneWord(text: String) {
        let nfc = text.precomposedStringWithCanonicalMapping
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars)) // they really differ as stored
        #expect(Array(VietnameseText.normalized(nfd).unicodeScalars) == Array(nfc.unicodeScalars))
        #expect(Array(VietnameseText.normalized(nfc).unicodeScalars) == Array(nfc.unicodeScalars))
        #expect(VietnameseText.fold(nfd) == VietnameseText.fold(nfc))
        #expect(VietnameseText.fold(nfd).unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func normalisedKheIsThreeScalars() {
        let decomposed = "Khê".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count == 4)
        #expect(VietnameseText.normalized(decomposed).unicodeScalars.count == 3)
        #expect(VietnameseText.normalized(Substring("Khê")) == "Khê")
    }

    @Test(arguments: [
        ("cong an", "Công an tỉnh", true),
        ("Công An", "Công an tỉnh", true),
        ("an tinh", "Công an tỉnh", true),   // the start of a later word
        ("tinh", "Công an tỉnh", true),
        ("ong", "Công an tỉnh", false),      // the middle of a word
        ("tinh cong", "Công an tỉnh", false),
        ("cong an tinh bac ninh", "Công an tỉnh", false),
        ("phu lam", "CCN Phú Lâm", true),
        ("phong khe", "phường Phong Khê", true),
        ("dai", "Đài Phát thanh", true),
        ("đài", "Dai Phat thanh", true),
        ("thon man", "xã Văn Môn (thôn Mẫn Xá)", true),  // a word after a parenthesis
        ("mt", "Sở TN&MT", true),
        ("", "Công an tỉnh", false),
        ("   ", "Công an tỉnh", false),
    ])
    func wordPrefix(query: String, candidate: String, matches: Bool) {
        #expect(VietnameseText.matchesWordPrefix(query, in: candidate) == matches)
    }

    @Test func wordPrefixAcceptsDecomposedQueries() {
        #expect(VietnameseText.matchesWordPrefix("Khê".decomposedStringWithCanonicalMapping, in: "Phong Khê"))
    }
}
