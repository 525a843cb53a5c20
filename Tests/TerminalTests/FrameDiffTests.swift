import Canvas
import Terminal
import Testing

/// Which cells are rewritten between two frames.
struct FrameDiffTests {
    private typealias Position = FrameDiff.Position

    private func frame(_ lines: [String], width: Int = 6) -> Buffer {
        var buffer = Buffer(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { buffer.write(line, x: 0, y: y) }
        return buffer
    }

    @Test func firstFrameDrawsEveryCell() {
        let diff = FrameDiff(from: nil, to: Buffer(width: 3, height: 2))
        #expect(diff.isFullRedraw)
        #expect(diff.positions == [
            Position(x: 0, y: 0), Position(x: 1, y: 0), Position(x: 2, y: 0),
            Position(x: 0, y: 1), Position(x: 1, y: 1), Position(x: 2, y: 1),
        ])
    }

    @Test func sameFrameDrawsNothing() {
        let a = frame(["Phường", "Khê"])
        let diff = FrameDiff(from: a, to: a)
        #expect(!diff.isFullRedraw)
        #expect(diff.positions.isEmpty)
    }

    @Test func onlyChangedCellsRowByRow() {
        let diff = FrameDiff(from: frame(["abc", "def"]), to: frame(["abX", "Yef"]))
        #expect(diff.positions == [Position(x: 2, y: 0), Position(x: 0, y: 1)])
    }

    @Test func aStyleChangeAloneIsAChange() {
        let before = frame(["abc"])
        var after = before
        after.restyle(Rect(x: 1, y: 0, width: 1, height: 1)) { $0.reverse = true }
        #expect(FrameDiff(from: before, to: after).positions == [Position(x: 1, y: 0)])
    }

    @Test func canonicallyEquivalentTextIsNoChange() {
        // Swift compares strings by canonical equivalence: NFC "ệ" and NFD e + U+0323 + U+0302
        // look the same on screen, so the cell is not rewritten.
        #expect(FrameDiff(from: frame(["ệ"]), to: frame(["e\u{0323}\u{0302}"])).positions.isEmpty)
        #expect(FrameDiff(from: frame(["ệ"]), to: frame(["ê"])).positions == [Position(x: 0, y: 0)])
    }

    @Test func sizeChangeRedrawsEverything() {
        let diff = FrameDiff(from: Buffer(width: 4, height: 2), to: Buffer(width: 3, height: 2))
        #expect(diff.isFullRedraw)
        #expect(diff.positions.count == 6)
    }

    @Test func wideCharacterAndItsRightHalfGoTogether() {
        // "中" takes columns 1–2; replacing "ab" there redraws both halves.
        let diff = FrameDiff(from: frame(["xaby"]), to: frame(["x中y"]))
        #expect(diff.positions == [Position(x: 1, y: 0), Position(x: 2, y: 0)])
    }

    @Test func restylingOnlyTheRightHalfRedrawsItsLeftHalf() {
        let before = frame(["x中y"])
        var after = before
        after.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.bold = true }
        #expect(FrameDiff(from: before, to: after).positions == [Position(x: 1, y: 0), Position(x: 2, y: 0)])
    }

    @Test func changingOnlyTheLeftHalfRedrawsItsRightHalf() {
        let diff = FrameDiff(from: frame(["x中y"]), to: frame(["x文y"]))
        #expect(diff.positions == [Position(x: 1, y: 0), Position(x: 2, y: 0)])
    }
}
