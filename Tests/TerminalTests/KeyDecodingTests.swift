import Canvas
import CNcursesw
import Terminal
import Testing

/// The table from `wget_wch` results to keys, as raw mode delivers them.
struct KeyDecodingTests {
    private func character(_ value: UInt32) -> Key? { Key.decoding(status: OK, value: value) }
    private func code(_ value: Int32) -> Key? { Key.decoding(status: KEY_CODE_YES, value: UInt32(value)) }

    @Test func nothingPendingIsNil() {
        #expect(Key.decoding(status: ERR, value: 0) == nil)
    }

    @Test func cursesConstantsAreTheDocumentedOnes() {
        // The values the table relies on, as ncurses documents them (octal in curses.h).
        #expect(OK == 0 && ERR == -1 && KEY_CODE_YES == 0o400)
        #expect(KEY_UP == 0o403 && KEY_RESIZE == 0o632 && KEY_BTAB == 0o541 && theodoi_key_f(5) == 0o415)
    }

    @Test(arguments: Array("aZ09 ~!q/"))
    func printableASCII(_ letter: Character) {
        #expect(character(letter.unicodeScalars.first!.value) == .character(letter))
    }

    @Test func vietnameseLetterArrivesWhole() {
        #expect(character(0x1EC7) == .character("ệ"))
        #expect(character(0x0111) == .character("đ"))
        #expect(character(0x01B0) == .character("ư"))
    }

    @Test func combiningMarkAloneIsItsOwnCharacter() {
        let key = character(0x0323)
        #expect(key == .character("\u{0323}"))
        // The text field joins it to the base letter before it: e + dot below + circumflex.
        guard case .character(let mark)? = key, case .character(let circumflex)? = character(0x0302) else {
            Issue.record("not characters")
            return
        }
        #expect("e" + String(mark) + String(circumflex) == "ệ")
    }

    @Test func enter() {
        #expect(character(10) == .enter)
        #expect(character(13) == .enter)
        #expect(code(KEY_ENTER) == .enter)
    }

    @Test func tabAndBackTab() {
        #expect(character(9) == .tab)
        #expect(code(KEY_BTAB) == .backTab)
    }

    @Test func escape() {
        #expect(character(27) == .escape)
    }

    @Test func backspaceInAllItsForms() {
        #expect(character(127) == .backspace)
        #expect(character(8) == .backspace)
        #expect(code(KEY_BACKSPACE) == .backspace)
    }

    @Test func controlLetters() {
        #expect(character(19) == .control("s"))
        #expect(character(1) == .control("a"))
        #expect(character(3) == .control("c"))
        #expect(character(12) == .control("l"))
        #expect(character(26) == .control("z"))
    }

    @Test func otherControlBytesAreUnknown() {
        #expect(character(0) == .unknown(0))
        #expect(character(28) == .unknown(28))
        #expect(character(0x9B) == .unknown(0x9B))
    }

    @Test func arrowsAndEditingKeys() {
        #expect(code(KEY_UP) == .up)
        #expect(code(KEY_DOWN) == .down)
        #expect(code(KEY_LEFT) == .left)
        #expect(code(KEY_RIGHT) == .right)
        #expect(code(KEY_HOME) == .home)
        #expect(code(KEY_END) == .end)
        #expect(code(KEY_FIND) == .home)
        #expect(code(KEY_SELECT) == .end)
        #expect(code(KEY_PPAGE) == .pageUp)
        #expect(code(KEY_NPAGE) == .pageDown)
        #expect(code(KEY_DC) == .delete)
        #expect(code(KEY_IC) == .insert)
    }

    @Test func resize() {
        #expect(code(KEY_RESIZE) == .resize)
    }

    @Test func functionKeys() {
        #expect(code(theodoi_key_f(5)) == .function(5))
        #expect(code(theodoi_key_f(1)) == .function(1))
        #expect(code(theodoi_key_f(12)) == .function(12))
    }

    @Test func wordMovesFromOurOwnCodes() {
        #expect(code(PrivateKeyCode.wordLeft) == .wordLeft)
        #expect(code(PrivateKeyCode.wordRight) == .wordRight)
        // As characters the same numbers are letters: only the status makes them keys.
        #expect(character(UInt32(PrivateKeyCode.wordLeft)) == .character("\u{1000}"))
    }

    @Test func ourCodesStayClearOfCursesOwn() {
        // curses numbers terminfo's extended keys (kLFT5, kRIT5 …) upward from KEY_MAX; the
        // xterm entries define about 150 of them, so ours keep well clear.
        let ours = [PrivateKeyCode.wordLeft, PrivateKeyCode.wordRight]
        #expect(ours.allSatisfy { $0 > KEY_MAX + 1024 })
        #expect(Set(ours).count == ours.count)
        #expect(ours.allSatisfy { code($0) != .unknown($0) })
        // And a code just above KEY_MAX, an extension we did not rebind, stays unknown.
        #expect(code(KEY_MAX + 1) == .unknown(KEY_MAX + 1))
    }

    @Test func unmappedCodesAreUnknown() {
        #expect(code(KEY_MOUSE) == .unknown(KEY_MOUSE))
        #expect(code(theodoi_key_f(0)) == .unknown(theodoi_key_f(0)))
    }

    @Test func aCodeIsNotReadAsACharacter() {
        // KEY_UP is 259, which as a character would be "ă" (U+0103); the status decides.
        #expect(character(UInt32(KEY_UP)) == .character("ă"))
        #expect(code(KEY_UP) == .up)
    }
}
