import Canvas
import Foundation
import Testing

/// The pinned width table: what the terminal will really use, whatever the locale.
@Suite struct DisplayWidthTests {
    @Test func vietnameseIsOneColumnPerLetterInNFCAndNFD() {
        let text = "Phường Phong Khê – Cụm công nghiệp Phú Lâm – xã Văn Môn"
        #expect(DisplayWidth.of(text) == 55)
        #expect(DisplayWidth.of(text.decomposedStringWithCanonicalMapping) == 55)
    }

    @Test(arguments: [
        ("a", 1), ("ệ", 1), ("Đ", 1), ("\u{0323}", 0), ("中", 2), ("한", 2), ("Ａ", 2), ("🙂", 2), ("☺️", 2),
        ("─", 1), ("✓", 1), ("◔", 1), ("…", 1),
    ])
    func widthOfOneCharacter(text: String, width: Int) throws {
        let character = try #require(text.first)
        #expect(DisplayWidth.of(character) == width)
    }
}
