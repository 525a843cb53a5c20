import Canvas
import Terminal
import Testing

/// What is written into the curses window for one cell.
struct CellWriteTests {
    /// glibc's answers under a UTF-8 locale, for the scalars used here.
    private static func glibcWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0xFE0F: 0
        case 0x4E00...0x9FFF: 2
        case 0xE000: -1  // pretend: not printable in this locale
        default: 1
        }
    }

    private func plan(_ x: Int, _ buffer: Buffer, width: (Unicode.Scalar) -> Int = glibcWidth) -> CellWrite {
        CellWrite.planned(x: x, y: 0, in: buffer, terminalWidth: width)
    }

    private func row(_ text: String, width: Int = 6, style: Style = .plain) -> Buffer {
        var buffer = Buffer(width: width, height: 1)
        buffer.write(text, x: 0, y: 0, style: style)
        return buffer
    }

    /// glibc's widths for emoji: wide pictographs and skin tones, narrow regional indicators,
    /// zero-width joiner and variation selector.
    private static func emojiWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x200D, 0xFE0F: 0
        case 0x1F1E6...0x1F1FF: 1
        case 0x1F300...0x1FAFF: 2
        default: 1
        }
    }

    /// "G👨‍👩‍👧H E🇻🇳F I👍🏽J": each cluster curses cannot hold whole is one placeholder of its
    /// width, never its first person, half flag or untoned hand.
    @Test(arguments: ["👨\u{200D}👩\u{200D}👧", "🇻🇳", "👍🏽"])
    func clustersCursesCannotHoldAreAPlaceholder(cluster: String) {
        let buffer = row("G" + cluster + "H", width: 8)
        #expect(plan(1, buffer, width: Self.emojiWidth) == .scalars(["\u{FFFD}"], .plain))
        #expect(plan(2, buffer, width: Self.emojiWidth) == .scalars([" "], .plain))   // its right half, blank
        #expect(plan(3, buffer, width: Self.emojiWidth) == .scalars(["H"], .plain))
        // A single emoji (with its variation selector) is drawn whole.
        let single = row("👍\u{FE0F}x", width: 8)
        #expect(plan(0, single, width: Self.emojiWidth) == .scalars(["👍", "\u{FE0F}"], .plain))
        #expect(plan(1, single, width: Self.emojiWidth) == .skip)
    }

    @Test func aDecomposedLetterIsOneCellWithItsMarks() {
        let bold = Style(bold: true)
        #expect(plan(0, row("e\u{0323}\u{0302}", style: bold)) == .scalars(["e", "\u{0323}", "\u{0302}"], bold))
        #expect(plan(0, row("ệ")) == .scalars(["\u{1EC7}"], .plain))
    }

    @Test func wideCharacterIsWrittenAndItsRightHalfSkipped() {
        let buffer = row("中a")
        #expect(plan(0, buffer) == .scalars(["中"], .plain))
        #expect(plan(1, buffer) == .skip)
        #expect(plan(2, buffer) == .scalars(["a"], .plain))
    }

    @Test func rightHalfIsBlankedWhenCursesDrawsTheLeftHalfNarrow() {
        // U+2139 U+FE0F is wide for us (emoji presentation), one column for glibc.
        let buffer = row("\u{2139}\u{FE0F}")
        #expect(plan(0, buffer) == .scalars(["\u{2139}", "\u{FE0F}"], .plain))
        #expect(plan(1, buffer) == .scalars([" "], .plain))
    }

    @Test func orphanRightHalfIsBlanked() {
        var buffer = row("中")
        buffer[0, 0] = Cell("a")
        #expect(plan(1, buffer) == .scalars([" "], .plain))
    }

    @Test func wideCharacterWithoutRoomIsBlanked() {
        var buffer = Buffer(width: 2, height: 1)
        buffer[1, 0] = Cell("中")
        #expect(plan(1, buffer) == .scalars([" "], .plain))
    }

    /// More marks than a cell holds: a placeholder, not a letter with some of its marks (which
    /// would read as another letter than the one stored); up to four scalars are drawn whole.
    @Test func marksBeyondWhatACellHoldsAreAPlaceholder() {
        let zalgo = "a\u{0300}\u{0301}\u{0302}\u{0303}\u{0304}"
        #expect(plan(0, row(zalgo)) == .scalars(["\u{FFFD}"], .plain))
        #expect(plan(0, row("a\u{0300}\u{0301}\u{0302}")) == .scalars(["a", "\u{0300}", "\u{0301}", "\u{0302}"], .plain))
    }

    @Test func unprintableBecomesReplacementCharacter() {
        #expect(plan(0, row("\u{E000}")) == .scalars(["\u{FFFD}"], .plain))
    }

    @Test func loneMarkGetsADottedCircle() {
        var buffer = Buffer(width: 2, height: 1)
        buffer[0, 0] = Cell("\u{0323}")
        #expect(plan(0, buffer) == .scalars(["\u{25CC}", "\u{0323}"], .plain))
    }
}
