import Canvas
import Foundation
import Testing

/// Writing into the cell grid: clipping, wide characters, combining marks, control characters.
@Suite struct BufferTests {
    @Test func writeClipsWithAnEllipsisAtTheRightWidth() {
        var buffer = Buffer(width: 12, height: 1)
        let used = buffer.write("Viện Nghiên cứu phát triển", x: 1, y: 0, maxWidth: 10)
        #expect(used == 10)
        #expect(buffer.lines() == [" Viện Nghi… "])
    }

    @Test func decomposedTextTakesOneCellPerLetter() {
        var buffer = Buffer(width: 8, height: 1)
        buffer.write("Khê".decomposedStringWithCanonicalMapping, x: 0, y: 0)
        #expect(buffer[2, 0].text == "ê".decomposedStringWithCanonicalMapping)
        #expect(buffer[3, 0].text == " ")
        #expect(DisplayWidth.of(buffer.lines()[0]) == 8)
    }

    @Test func wideCharactersTakeTwoCellsAndNeverHalfOfOne() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.write("中文字", x: 0, y: 0)
        // Only one wide character and the ellipsis fit in 5 columns with a cut.
        #expect(buffer[0, 0].text == "中")
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer.lines()[0] == "中文…")
    }

    @Test func controlCharactersAreDrawnAsPictures() {
        var buffer = Buffer(width: 20, height: 1)
        buffer.write("a\u{1B}]0;x\u{07}b\u{9B}", x: 0, y: 0)
        let line = buffer.lines()[0]
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(line.hasPrefix("a␛]0;x␇b\u{FFFD}"))
    }

    @Test func writingOutsideTheBufferIsIgnored() {
        var buffer = Buffer(width: 3, height: 2)
        #expect(buffer.write("xyz", x: 5, y: 0) == 0)
        #expect(buffer.write("xyz", x: 0, y: 2) == 0)
        #expect(buffer.lines() == ["   ", "   "])
    }

    @Test func restyleKeepsTheText() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("abcd", x: 0, y: 0)
        buffer.restyle(Rect(x: 1, y: 0, width: 2, height: 1)) { $0.reverse = true }
        #expect(buffer.lines() == ["abcd"])
        #expect(buffer[1, 0].style.reverse && buffer[2, 0].style.reverse && !buffer[3, 0].style.reverse)
    }

    @Test func wrapBreaksAtSpacesAndInsideOverlongWords() {
        #expect(TextClipper.wrap("Kiểm tra 20 cơ sở tái chế", width: 10) == ["Kiểm tra", "20 cơ sở", "tái chế"])
        #expect(TextClipper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextClipper.wrap("một\nhai", width: 10) == ["một", "hai"])
        // A character wider than the line does not stop the wrapping.
        #expect(TextClipper.wrap("中文", width: 1) == ["中", "文"])
    }

    @Test func paddedIsExactlyTheWidth() {
        #expect(DisplayWidth.of(TextClipper.padded("Đài", to: 6)) == 6)
        #expect(TextClipper.padded("Đài Phát thanh", to: 6) == "Đài P…")
    }
}
