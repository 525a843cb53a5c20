import Canvas
import Dashboard
import Foundation
import Testing

/// The report form's text editing, key by key, as Vietnamese arrives over SSH from Unikey,
/// ibus, Telex and VNI: precomposed or decomposed, in bursts of Backspaces and replacements.
@Suite struct TextEditorTests {
    // MARK: - Typing Vietnamese

    static let vietnamese = [
        "Tiếng Việt", "Phường Phong Khê", "Nguyễn Thị Hằng", "đường ướt", "Ủy ban nhân dân tỉnh Bắc Ninh",
    ]

    @Test(arguments: vietnamese)
    func typingPrecomposedKeepsItAsIs(_ words: String) {
        var editor = TextEditor(multiline: false)
        editor.type(words.precomposedStringWithCanonicalMapping)
        #expect(editor.text == words)
        #expect(editor.text.unicodeScalars.elementsEqual(words.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(editor.cursor == words.count)
    }

    /// A decomposed letter arrives from `wget_wch` as its base and then each mark, one key each.
    @Test(arguments: vietnamese)
    func typingDecomposedScalarByScalarGivesNFC(_ words: String) {
        let decomposed = words.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > words.precomposedStringWithCanonicalMapping.unicodeScalars.count)
        var editor = TextEditor(multiline: false)
        editor.typeScalars(decomposed)
        #expect(editor.text.unicodeScalars.elementsEqual(words.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(editor.cursor == words.count)
        #expect(editor.cursor == editor.text.count)
    }

    @Test func aDecomposedClusterAsOneKeyIsStoredNFC() {
        var editor = TextEditor(multiline: false)
        editor.press(.character("e\u{0323}\u{0302}"))
        #expect(editor.text.unicodeScalars.map(\.value) == [0x1EC7])
        #expect(editor.cursor == 1)
    }

    /// Input methods rewrite the syllable being typed: Backspaces, then the letters again.
    static let bursts: [(name: String, keys: [Key], result: String)] = [
        ("a â ấ", [.character("a"), .backspace, .character("â"), .backspace, .character("ấ")], "ấ"),
        // Telex "tieengs": the second "e" becomes ⌫ "ê"; "s" makes the tone: ⌫⌫⌫ "ếng".
        ("Telex tieengs", keys("tie") + [.backspace] + keys("êng") + [.backspace, .backspace, .backspace] + keys("ếng"), "tiếng"),
        // VNI "tie6ng1": the same rewrites, driven by digits the user never sees.
        ("VNI Vie6t5", keys("Vie") + [.backspace] + keys("êt") + [.backspace, .backspace] + keys("ệt"), "Việt"),
        // An input method that sends its replacement decomposed, one scalar per key.
        ("decomposed replacement", keys("tie") + [.backspace] + scalarKeys("e\u{0302}ng") + [.backspace, .backspace, .backspace]
            + scalarKeys("e\u{0302}\u{0301}ng"), "tiếng"),
        // Telex "dd" for đ, "uw" "ow" for ư ơ: "dduwowngf" → "đường".
        ("Telex dduwowngf", keys("d") + [.backspace] + keys("đu") + [.backspace] + keys("ưo") + [.backspace]
            + keys("ơng") + [.backspace, .backspace, .backspace] + keys("ờng"), "đường"),
    ]

    @Test(arguments: bursts.indices)
    func inputMethodBurstsGiveTheWord(_ index: Int) {
        let burst = Self.bursts[index]
        var editor = TextEditor(text: "Báo cáo ", multiline: false)
        editor.press(burst.keys)
        #expect(editor.text == "Báo cáo " + burst.result, "\(burst.name)")
        #expect(editor.text.unicodeScalars.elementsEqual(("Báo cáo " + burst.result).precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(editor.cursor == editor.text.count)
        // The whole burst was typing: one undo step.
        editor.press(.control("z"))
        #expect(editor.text == "Báo cáo ")
    }

    @Test func aBurstInsideAWordRewritesOnlyThatSyllable() {
        // "Viet Nam" with the cursor after "Viet"; Telex "j" then "ee" fix it to "Việt".
        var editor = TextEditor(text: "Viet Nam", multiline: false)
        editor.press(.home, .wordRight)
        editor.press([.backspace, .backspace] + keys("ẹt") + [.backspace, .backspace] + keys("ệt"))
        #expect(editor.text == "Việt Nam")
        #expect(editor.before == "Việt")
    }

    // MARK: - Combining marks

    @Test func aMarkJoinsTheLetterBeforeItAndTheCursorStaysAfterIt() {
        var editor = TextEditor(multiline: false)
        editor.type("tie")
        editor.press(.character("\u{0302}"))
        #expect(editor.text == "tiê")
        #expect(editor.text.unicodeScalars.count == 3)
        #expect(editor.cursor == 3)
        editor.press(.character("\u{0301}"))
        #expect(editor.text.unicodeScalars.map(\.value) == [0x74, 0x69, 0x1EBF])
        #expect(editor.cursor == 3)
        editor.type("ng")
        #expect(editor.text == "tiếng")
        #expect(editor.cursor == 5)
    }

    @Test func aMarkTypedInTheMiddleJoinsTheLetterBeforeTheCursor() {
        var editor = TextEditor(text: "Viet Nam", multiline: false)
        editor.press(.home, .right, .right, .right)
        editor.typeScalars("\u{0323}\u{0302}")
        #expect(editor.text == "Việt Nam")
        #expect(editor.text.unicodeScalars.count == 8)
        #expect(editor.cursor == 3)
        editor.type("-")
        #expect(editor.text == "Việ-t Nam")
    }

    // MARK: - Backspace and Delete

    /// Each letter in NFC and NFD; whichever way it came, one key removes all of it.
    static let forms: [(name: String, letter: String)] = [
        ("NFC ệ", "\u{1EC7}"), ("NFD ệ", "e\u{0323}\u{0302}"), ("NFD ệ, marks reversed", "e\u{0302}\u{0323}"),
        ("NFC ữ", "\u{1EEF}"), ("NFD ữ", "u\u{031B}\u{0303}"), ("NFC đ", "đ"),
    ]

    @Test(arguments: forms.indices)
    func backspaceRemovesAWholeLetter(_ index: Int) {
        let letter = Self.forms[index].letter
        var editor = TextEditor(multiline: false)
        editor.typeScalars("Vi" + letter)
        #expect(editor.text.count == 3)
        editor.press(.backspace)
        #expect(editor.text == "Vi", "\(Self.forms[index].name)")
        #expect(editor.cursor == 2)
    }

    @Test(arguments: forms.indices)
    func deleteRemovesAWholeLetter(_ index: Int) {
        let letter = Self.forms[index].letter
        var editor = TextEditor(text: letter + "t", multiline: false)
        editor.press(.home, .delete)
        #expect(editor.text == "t", "\(Self.forms[index].name)")
        #expect(editor.cursor == 0)
    }

    @Test func backspaceAtTheStartAndDeleteAtTheEndAreHarmless() {
        var editor = TextEditor(text: "Khê", multiline: false)
        let used = editor.handle(.delete, wrapWidth: 80)
        #expect(used)
        #expect(editor.text == "Khê")
        editor.press(.home)
        let usedAtStart = editor.handle(.backspace, wrapWidth: 80)
        #expect(usedAtStart)
        #expect(editor.text == "Khê" && editor.cursor == 0)
    }

    @Test func leftAndRightMoveByWholeLetters() {
        var editor = TextEditor(text: "Vie\u{0323}\u{0302}t", multiline: false)
        #expect(editor.text.unicodeScalars.count == 4)
        #expect(editor.cursor == 4)
        editor.press(.left)
        #expect(editor.before == "Việ")
        editor.press(.left, .left, .left, .left)
        #expect(editor.cursor == 0)
        editor.press(.right, .right, .right)
        #expect(editor.before == "Việ")
        editor.press(.right, .right)
        #expect(editor.cursor == 4)
    }

    // MARK: - Line keys

    @Test func homeAndEndGoToTheVisualRow() {
        // At 10 columns: "Phường" / "Phong Khê".
        var editor = TextEditor(text: "Phường Phong Khê", multiline: false)
        #expect(editor.rows(width: 10) == ["0 Phường", "7 Phong Khê"])
        for home in [Key.home, .control("a")] {
            editor.press(.end)
            editor.press(home, width: 10)
            #expect(editor.before == "Phường ")
        }
        editor.press(.home, width: 10)
        editor.press(.up, width: 10)
        #expect(editor.cursor == 0)
        for end in [Key.end, .control("e")] {
            editor.press(.home, width: 10)
            editor.press(end, width: 10)
            #expect(editor.before == "Phường")
        }
        // With room for everything, the visual row is the whole line.
        editor.press(.home, width: 80)
        #expect(editor.cursor == 0)
        editor.press(.control("e"), width: 80)
        #expect(editor.cursor == 16)
    }

    @Test func endOfARowCutInsideAWordIsBeforeItsLastLetter() {
        // "abcde" / "fghij" / "kl": the offset after "j" is where "k" starts, on the next row.
        var editor = TextEditor(text: "abcdefghijkl", multiline: false)
        #expect(editor.rows(width: 5) == ["0 abcde", "5 fghij", "10 kl"])
        editor.press(.home, width: 80)
        editor.press(.right, .right, .right, .right, .right, .right, .right)
        editor.press(.end, width: 5)
        #expect(editor.cursor == 9)
        #expect(editor.cursorPosition(width: 5) == (1, 4))
        editor.press(.home, width: 5)
        #expect(editor.cursor == 5)
    }

    @Test func homeAndEndInAMultiLineText() {
        var editor = TextEditor(text: "Dòng một\nDòng hai", multiline: true)
        editor.press(.home)
        #expect(editor.before == "Dòng một\n")
        editor.press(.up, .end)
        #expect(editor.before == "Dòng một")
    }

    @Test func controlUAndKDeleteToTheEndsOfTheLogicalLine() {
        // The second line wraps at 6 columns; Ctrl-U and Ctrl-K ignore that.
        var editor = TextEditor(text: "Dòng một\nDòng hai dài\nBa", multiline: true)
        #expect(editor.rows(width: 6) == ["0 Dòng", "5 một", "9 Dòng", "14 hai", "18 dài", "22 Ba"])
        editor.press(.up, .up, .up, .home, .right, .right, .right, .right, .right, .right, width: 6)
        #expect(editor.before == "Dòng một\nDòng h")
        editor.press(.control("k"), width: 6)
        #expect(editor.text == "Dòng một\nDòng h\nBa")
        #expect(editor.before == "Dòng một\nDòng h")
        editor.press(.control("u"), width: 6)
        #expect(editor.text == "Dòng một\n\nBa")
        #expect(editor.cursor == 9)
        // On an empty line both have nothing to delete, and keep the key.
        let used1 = editor.handle(.control("u"), wrapWidth: 6)
        let used2 = editor.handle(.control("k"), wrapWidth: 6)
        #expect(used1 && used2)
        #expect(editor.text == "Dòng một\n\nBa")
    }

    @Test func controlUInASingleLineFieldDeletesToItsStart() {
        var editor = TextEditor(text: "Sở Tài nguyên và Môi trường", multiline: false)
        editor.press(.home, .wordRight, .wordRight)
        editor.press(.control("u"))
        #expect(editor.text == " nguyên và Môi trường")
        #expect(editor.cursor == 0)
        editor.press(.wordRight, .control("k"))
        #expect(editor.text == " nguyên")
    }

    @Test func controlWDeletesTheWordBeforeTheCursor() {
        var editor = TextEditor(text: "Báo cáo tiến độ, ", multiline: false)
        editor.press(.control("w"))
        #expect(editor.text == "Báo cáo tiến ")
        editor.press(.control("w"))
        #expect(editor.text == "Báo cáo ")
        #expect(editor.cursor == 8)
        // Inside the text, only what is before the cursor goes.
        var middle = TextEditor(text: "Sở Tài nguyên", multiline: false)
        middle.press(.home, .wordRight, .wordRight, .control("w"))
        #expect(middle.text == "Sở  nguyên")
        #expect(middle.cursor == 3)
    }

    // MARK: - Word moves

    @Test func wordMovesStopAtVietnameseWords() {
        var editor = TextEditor(text: "Phường Phong Khê, CCN Phú Lâm (2025)", multiline: false)
        var stops: [String] = []
        for _ in 0..<8 {
            editor.press(.wordLeft)
            stops.append(editor.before)
        }
        #expect(stops == ["Phường Phong Khê, CCN Phú Lâm (", "Phường Phong Khê, CCN Phú ", "Phường Phong Khê, CCN ",
                          "Phường Phong Khê, ", "Phường Phong ", "Phường ", "", ""])
        stops = []
        for _ in 0..<8 {
            editor.press(.wordRight)
            stops.append(editor.before)
        }
        #expect(stops == ["Phường", "Phường Phong", "Phường Phong Khê", "Phường Phong Khê, CCN", "Phường Phong Khê, CCN Phú",
                          "Phường Phong Khê, CCN Phú Lâm", "Phường Phong Khê, CCN Phú Lâm (2025",
                          "Phường Phong Khê, CCN Phú Lâm (2025)"])
    }

    @Test func wordMovesTreatDecomposedLettersAsLetters() {
        var editor = TextEditor(text: "Khe\u{0302} va\u{0300}", multiline: false)
        editor.press(.wordLeft)
        #expect(editor.before == "Khê ")
        editor.press(.home, .wordRight)
        #expect(editor.before == "Khê")
    }

    // MARK: - Up and Down across wrapped rows

    /// "Phường Khê 中文字 ab" at 10 columns: "Phường Khê" (10 columns) / "中文字 ab" (9).
    static let wrapped = "Phường Khê 中文字 ab"

    @Test func upAndDownKeepTheColumnAcrossWideLetters() {
        var editor = TextEditor(text: Self.wrapped, multiline: false)
        #expect(editor.rows(width: 10) == ["0 Phường Khê", "11 中文字 ab"])
        editor.press(.home, width: 10)
        editor.press(.up, width: 10)
        editor.press(.right, .right, .right)
        #expect(editor.cursorPosition(width: 10) == (0, 3))
        // Column 3 falls inside "文" (columns 2-3): the cursor stops before it.
        editor.press(.down, width: 10)
        #expect(editor.before == "Phường Khê 中")
        #expect(editor.cursorPosition(width: 10) == (1, 2))
        // Back up, the column aimed at is still 3, not 2.
        editor.press(.up, width: 10)
        #expect(editor.cursor == 3)
        #expect(editor.cursorPosition(width: 10) == (0, 3))
    }

    @Test func downFromTheEndOfALongRowGoesToTheEndOfAShorterOne() {
        var editor = TextEditor(text: Self.wrapped, multiline: false)
        editor.press(.up, width: 10)
        editor.press(.end, width: 10)
        #expect(editor.cursor == 10)
        editor.press(.down, width: 10)
        #expect(editor.cursor == 17)
        #expect(editor.cursorPosition(width: 10) == (1, 9))
        editor.press(.up, width: 10)
        #expect(editor.cursor == 10)
    }

    @Test func upAndDownRememberTheColumnAcrossAShortLine() {
        var editor = TextEditor(text: "Nguyễn Thị Hằng\nAn\nTrần Văn Bình", multiline: true)
        editor.press(.up, .up, .home, .wordRight, .wordRight, width: 20)
        #expect(editor.cursorPosition(width: 20) == (0, 10))
        editor.press(.down, width: 20)
        #expect(editor.before == "Nguyễn Thị Hằng\nAn")
        editor.press(.down, width: 20)
        #expect(editor.before == "Nguyễn Thị Hằng\nAn\nTrần Văn B")
        editor.press(.up, .up, width: 20)
        #expect(editor.before == "Nguyễn Thị")
        // Any other key forgets the column: from "An"'s end, Down aims at column 2.
        editor.press(.down, .end, .down, width: 20)
        #expect(editor.before == "Nguyễn Thị Hằng\nAn\nTr")
    }

    @Test func upOnTheFirstRowAndDownOnTheLastAreLeftToTheForm() {
        var editor = TextEditor(text: Self.wrapped, multiline: true)
        let used = editor.handle(.down, wrapWidth: 10)
        #expect(!used)
        #expect(editor.cursor == 17)
        let usedUp = editor.handle(.up, wrapWidth: 10)
        #expect(usedUp)
        let usedUpAgain = editor.handle(.up, wrapWidth: 10)
        #expect(!usedUpAgain)
        #expect(editor.cursor == 9)
        // At 80 columns there is one row: neither is used.
        let usedUpWide = editor.handle(.up, wrapWidth: 80)
        let usedDownWide = editor.handle(.down, wrapWidth: 80)
        #expect(!usedUpWide && !usedDownWide)
        var empty = TextEditor(multiline: true)
        let usedUpEmpty = empty.handle(.up, wrapWidth: 10)
        let usedDownEmpty = empty.handle(.down, wrapWidth: 10)
        #expect(!usedUpEmpty && !usedDownEmpty)
    }

    // MARK: - Cursor position and rows

    @Test(arguments: [(0, 0), (1, 2), (2, 4), (3, 5), (4, 6)])
    func cursorColumnCountsWideLettersTwice(_ offset: Int, _ column: Int) {
        var editor = TextEditor(text: "中文ab", multiline: false)
        editor.press(.home)
        for _ in 0..<offset { editor.press(.right) }
        #expect(editor.cursorPosition(width: 80) == (0, column))
    }

    @Test func cursorColumnCountsVietnameseOnceWhateverTheForm() {
        let nfd = TextEditor(text: "Phường Phong Khê".decomposedStringWithCanonicalMapping, multiline: false)
        #expect(nfd.cursorPosition(width: 80) == (0, 16))
        let nfc = TextEditor(text: "Phường Phong Khê", multiline: false)
        #expect(nfc.cursorPosition(width: 80) == (0, 16))
    }

    @Test func wideLettersWrapWhole() {
        // "中文字" is 6 columns: at 5 it is cut after "中文", never inside a letter.
        var editor = TextEditor(text: "中文字", multiline: false)
        #expect(editor.rows(width: 5) == ["0 中文", "2 字"])
        #expect(editor.cursorPosition(width: 5) == (1, 2))
        editor.press(.left)
        #expect(editor.cursorPosition(width: 5) == (1, 0))
        editor.press(.left)
        #expect(editor.cursorPosition(width: 5) == (0, 2))
        // A row narrower than one wide letter still holds one, and wrapping ends.
        #expect(editor.rows(width: 1) == ["0 中", "1 文", "2 字"])
    }

    @Test func atTheEndOfAFullRowTheCursorStaysInTheLastColumn() {
        var editor = TextEditor(text: "abcde fg", multiline: false)
        #expect(editor.rows(width: 5) == ["0 abcde", "6 fg"])
        editor.press(.home, width: 80)
        editor.press(.wordRight)
        #expect(editor.cursorPosition(width: 5) == (0, 4))
        editor.press(.right)
        #expect(editor.cursorPosition(width: 5) == (1, 0))
    }

    @Test func rowsKeepEveryCharacterInPlace() {
        let editor = TextEditor(text: "  Hai dấu cách đầu,   ba ở giữa\n\nvà dòng trống", multiline: true)
        let characters = Array(editor.text)
        for width in [1, 3, 7, 12, 40] {
            let rows = editor.visualLines(width: width)
            for (index, row) in rows.enumerated() {
                #expect(String(characters[row.start..<row.start + row.text.count]) == row.text)
                #expect(DisplayWidth.of(row.text) <= max(width, 2))
                if index > 0 {
                    // Between two rows there is nothing, a breaking space or the "\n".
                    let previous = rows[index - 1]
                    let gap = row.start - (previous.start + previous.text.count)
                    #expect(gap == 0 || (gap == 1 && [" ", "\n"].contains(characters[row.start - 1])))
                }
            }
            #expect(rows.first?.start == 0)
            #expect(rows.last.map { $0.start + $0.text.count } == characters.count)
        }
        #expect(editor.visualLines(width: 40).map(\.text) == ["  Hai dấu cách đầu,   ba ở giữa", "", "và dòng trống"])
    }

    @Test(arguments: [
        "Phường Phong Khê – Cụm công nghiệp Phú Lâm – xã Văn Môn",
        "Kiểm tra 20 cơ sở, phát hiện 12 vi phạm\nPhạt 5 cơ sở, tổng số tiền 1,3 tỷ đồng",
        "Supercalifragilisticexpialidocious và từ ngắn",
        "中文字 ab 中文 cd",
    ], [4, 9, 17, 40])
    func rowsAreWhatTextClipperDraws(_ text: String, _ width: Int) {
        let editor = TextEditor(text: text, multiline: true)
        #expect(editor.visualLines(width: width).map(\.text) == TextClipper.wrap(text, width: width))
    }

    @Test func anEmptyTextHasOneEmptyRow() {
        let editor = TextEditor(multiline: true)
        #expect(editor.rows(width: 10) == ["0 "])
        #expect(editor.cursorPosition(width: 10) == (0, 0))
        #expect(editor.cursorPosition(width: 0) == (0, 0))
    }

    // MARK: - Enter, Tab and control characters

    @Test func singleLineFieldLeavesEnterToTheForm() {
        var editor = TextEditor(text: "Công an tỉnh", multiline: false)
        let used = editor.handle(.enter, wrapWidth: 80)
        #expect(!used)
        #expect(editor.text == "Công an tỉnh")
        var area = TextEditor(text: "Công an tỉnh", multiline: true)
        let usedByArea = area.handle(.enter, wrapWidth: 80)
        #expect(usedByArea)
        area.type("Sở Y tế")
        #expect(area.text == "Công an tỉnh\nSở Y tế")
        #expect(area.cursorPosition(width: 80) == (1, 7))
    }

    @Test(arguments: ["\u{1B}", "\t", "\n", "\r", "\r\n", "\u{7F}", "\u{00}", "\u{07}", "\u{85}", "\u{9B}", "\u{2028}"] as [Character])
    func controlCharactersAreNotInserted(_ control: Character) {
        var editor = TextEditor(text: "ab", multiline: true)
        let used = editor.handle(.character(control), wrapWidth: 80)
        #expect(!used)
        #expect(editor.text == "ab")
        #expect(editor.cursor == 2)
    }

    @Test(arguments: [Key.tab, .backTab, .escape, .control("s"), .pageUp, .function(5), .insert, .unknown(28)])
    func keysForTheFormAreLeftToIt(_ key: Key) {
        var editor = TextEditor(text: "ab", multiline: true)
        let used = editor.handle(key, wrapWidth: 80)
        #expect(!used)
        #expect(editor.text == "ab" && editor.cursor == 2)
    }

    // MARK: - Undo

    @Test func aTypingRunIsOneUndoStep() {
        var editor = TextEditor(text: "Ghi chú: ", multiline: false)
        #expect(!editor.canUndo)
        editor.type("đã kiểm tra")
        #expect(editor.canUndo)
        editor.press(.control("z"))
        #expect(editor.text == "Ghi chú: ")
        #expect(editor.cursor == 9)
        #expect(!editor.canUndo)
    }

    @Test func aCursorMoveEndsTheRun() {
        var editor = TextEditor(multiline: false)
        editor.type("abc")
        editor.press(.left)
        editor.type("X")
        #expect(editor.text == "abXc")
        editor.undo()
        #expect(editor.text == "abc")
        #expect(editor.cursor == 2)
        editor.undo()
        #expect(editor.text == "")
        #expect(!editor.canUndo)
    }

    @Test func aBackspaceAfterAMoveIsAStepOfItsOwn() {
        var editor = TextEditor(multiline: false)
        editor.type("abc")
        editor.press(.left, .backspace, .backspace)
        #expect(editor.text == "c")
        editor.press(.control("z"))
        #expect(editor.text == "abc" && editor.cursor == 2)
        editor.press(.control("z"))
        #expect(editor.text == "")
    }

    @Test func deletesAndWordDeletesAreStepsOfTheirOwn() {
        var editor = TextEditor(text: "một hai ba bốn", multiline: false)
        editor.press(.control("w"), .control("w"))
        #expect(editor.text == "một hai ")
        editor.press(.home, .delete, .delete)
        #expect(editor.text == "t hai ")
        editor.undo()
        #expect(editor.text == "một hai " && editor.cursor == 0)
        editor.undo()
        #expect(editor.text == "một hai ba " && editor.cursor == 11)
        editor.undo()
        #expect(editor.text == "một hai ba bốn" && editor.cursor == 14)
        #expect(!editor.canUndo)
    }

    @Test func aPasteOfTwoThousandCharactersIsOneUndoStep() {
        let sentence = "Kiểm tra 20 cơ sở tái chế giấy ở phường Phong Khê, phát hiện 12 vi phạm. "
        var pasted = ""
        while pasted.count < 2_000 { pasted += pasted.count % 700 < 100 ? "\n" + sentence : sentence }
        pasted = String(pasted.prefix(2_000))
        #expect(pasted.count == 2_000)

        var editor = TextEditor(text: "Ghi chú:", multiline: true)
        editor.press(.enter)
        editor.press(.left)
        editor.type(pasted)
        #expect(editor.text == "Ghi chú:" + pasted + "\n")
        #expect(editor.cursor == 8 + 2_000)
        editor.press(.control("z"))
        #expect(editor.text == "Ghi chú:\n")
        #expect(editor.cursor == 8)
        editor.press(.control("z"))
        #expect(editor.text == "Ghi chú:")
        #expect(!editor.canUndo)
    }

    @Test func undoWithNothingToUndoKeepsTheKey() {
        var editor = TextEditor(text: "Khê", multiline: false)
        let used = editor.handle(.control("z"), wrapWidth: 80)
        #expect(used)
        #expect(editor.text == "Khê")
        // A run that ended where it began is not something to undo.
        editor.type("a")
        editor.press(.backspace)
        #expect(!editor.canUndo)
    }

    // MARK: - Replacing the text

    @Test func replaceAllStartsAFreshHistory() {
        var editor = TextEditor(multiline: true)
        editor.type("abc")
        editor.replaceAll(with: "Bản nháp".decomposedStringWithCanonicalMapping)
        #expect(editor.text.unicodeScalars.elementsEqual("Bản nháp".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(editor.cursor == 8)
        #expect(!editor.canUndo)
        editor.press(.control("z"))
        #expect(editor.text == "Bản nháp")
    }

    @Test func textFromOutsideIsCleaned() {
        var line = TextEditor(text: "Dòng 1\r\nDòng 2\tX\u{1B}[31m", multiline: false)
        #expect(line.text == "Dòng 1 Dòng 2 X[31m")
        line.replaceAll(with: "a\nb")
        #expect(line.text == "a b")
        let area = TextEditor(text: "a\r\nb\rc\nd\u{07}", multiline: true)
        #expect(area.text == "a\nb\nc\nd")
    }
}

// MARK: - Helpers

private func keys(_ text: String) -> [Key] { text.map { .character($0) } }

/// One key per Unicode scalar, as `wget_wch` delivers decomposed text.
private func scalarKeys(_ text: String) -> [Key] { text.unicodeScalars.map { .character(Character($0)) } }

private extension TextEditor {
    /// The text before the cursor.
    var before: String { String(text.prefix(cursor)) }

    mutating func type(_ text: String, width: Int = 80) {
        for character in text {
            let key: Key = character == "\n" ? .enter : .character(character)
            #expect(handle(key, wrapWidth: width))
        }
    }

    mutating func typeScalars(_ text: String) {
        press(scalarKeys(text))
    }

    mutating func press(_ keys: Key..., width: Int = 80) {
        press(keys, width: width)
    }

    mutating func press(_ keys: [Key], width: Int = 80) {
        for key in keys { _ = handle(key, wrapWidth: width) }
    }

    /// The visual rows as "start text", for compact expectations.
    func rows(width: Int) -> [String] {
        visualLines(width: width).map { "\($0.start) \($0.text)" }
    }
}


/// A bracketed paste is one edit: whole, in its field, one undo step.
@Suite struct TextEditorPasteTests {
    @Test func aPasteIsOneEditAndStaysInAOneLineField() {
        var line = TextEditor(text: "12/", multiline: false)
        let usedByLine = line.handle(.paste("BC-STNMT\r\nthêm\tnữa"), wrapWidth: 40)
        #expect(usedByLine)
        #expect(line.text == "12/BC-STNMT thêm nữa")
        line.undo()
        #expect(line.text == "12/")

        var area = TextEditor(text: "", multiline: true)
        let text = (1...2_000).map { "Dòng \($0): kiểm tra" }.joined(separator: "\n")
        let usedByArea = area.handle(.paste(text), wrapWidth: 40)
        #expect(usedByArea)
        #expect(area.text == text)
        #expect(area.cursor == text.count)
        area.undo()
        #expect(area.text.isEmpty)
    }
}
