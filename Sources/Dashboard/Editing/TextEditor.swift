import Canvas
import Tracking

/// The text of one form field being edited, with its cursor and undo history: a pure value,
/// changed only by the keys it is given.
///
/// Built for Vietnamese typed over SSH through Unikey, ibus, Telex or VNI:
///
/// - The text is always NFC, and the cursor counts Characters (grapheme clusters): it moves
///   over "ệ" in one step, and Backspace or Delete removes the whole letter whether it came
///   precomposed or as a base letter with its marks.
/// - A combining mark typed right after a letter joins that letter ("e", U+0302, U+0301 is
///   "ế"), and the cursor stays just after it.
/// - Input methods rewrite the syllable being typed with Backspaces and a replacement ("a",
///   Backspace, "â", Backspace, "ấ"); that is ordinary typing here.
///
/// Keys:
///
/// | key | effect |
/// |---|---|
/// | printable character | inserted at the cursor (control characters and Tab are not) |
/// | Enter | a new line when multi-line; not used by a single-line field |
/// | Backspace / Delete | remove the Character before / after the cursor |
/// | Left / Right | one Character |
/// | `.wordLeft` / `.wordRight` | to the start of the previous word / the end of the next one |
/// | Up / Down | one visual row, keeping the display column (not used on the first / last row) |
/// | Home, Ctrl-A / End, Ctrl-E | start / end of the **visual** row the cursor is on |
/// | Ctrl-U / Ctrl-K | delete to the start / end of the **logical** line, as in a shell |
/// | Ctrl-W | delete the word before the cursor |
/// | Ctrl-Z | undo |
///
/// Home and End follow the rows the user sees, as Up and Down do and as text boxes in a
/// browser or a word processor do; Ctrl-U and Ctrl-K delete by logical line as a shell does,
/// so that what they delete does not depend on the width of the terminal.
///
/// Words are runs of letters and digits (tone marks belong to their letter): "Phú Lâm," is the
/// words "Phú" and "Lâm", and "15/02/2025" the words "15", "02" and "2025".
///
/// Undo: consecutive inserted Characters, Enters of a multi-line field and Backspaces make one
/// step, ended by any other key, a cursor move included: a word typed through an input method
/// (which corrects itself with Backspaces inside every syllable) and a paste arriving as
/// thousands of keys are undone at once. Consecutive Deletes make one step; Ctrl-U, Ctrl-K and
/// Ctrl-W one step each. Undo puts the cursor back where it was before the step.
public struct TextEditor: Sendable, Equatable {
    /// The text, always NFC; "\n" only in a multi-line editor, and no other control character.
    public private(set) var text: String
    /// The cursor, as an offset in Characters (grapheme clusters): `0...text.count`.
    public private(set) var cursor: Int
    /// Whether Enter inserts a new line (a text area) or is left to the form (a one-line field).
    public let isMultiline: Bool

    /// Whether the whole text is selected, as a prefilled one-line field is when Tab enters
    /// it (browsers do so): typing then replaces it (one undo step: Ctrl-Z brings it back),
    /// Backspace or Delete clears it, and any other key just drops the selection and acts.
    public private(set) var isAllSelected = false

    private var history = EditHistory()
    /// The display column that Up and Down aim for while they are pressed in a row, so that
    /// crossing a short row does not lose it.
    private var goalColumn: Int?

    /// An editor holding `text` (made NFC, see ``replaceAll(with:)``), its cursor at the end.
    public init(text: String = "", multiline: Bool) {
        isMultiline = multiline
        self.text = Self.cleaned(text, multiline: multiline)
        cursor = self.text.count
    }

    // MARK: - Keys

    /// Applies one key; returns true when the key was consumed (text or cursor may have
    /// changed), false when the editor does not use it, so that the form can: Tab, Esc,
    /// Ctrl-S, Enter in a single-line field, Up on the first visual row, Down on the last.
    ///
    /// Any key but an insert or a Backspace, used or not, ends the undo step being typed (and
    /// any key but Delete ends a run of Deletes).
    /// - Parameter wrapWidth: the width in columns the field is drawn at, for Up, Down, Home
    ///   and End.
    public mutating func handle(_ key: Key, wrapWidth: Int) -> Bool {
        let keepsGoalColumn = key == .up || key == .down
        defer { if !keepsGoalColumn { goalColumn = nil } }
        let kind: EditHistory.OpenStep = Self.continuesTyping(key) ? .typing : key == .delete ? .deletingForward : .none
        if history.open != kind { history.open = .none }
        if isAllSelected {
            isAllSelected = false
            switch key {
            case .character(let character) where Self.isInsertable(character):
                history.open = .none
                history.willChange(.typing, text: text, cursor: cursor)
                replace(0..<text.count, with: String(character))
                return true
            case .backspace, .delete:
                deleteEdit(0..<text.count)
                return true
            default:
                break
            }
        }

        switch key {
        case .character(let character):
            guard Self.isInsertable(character) else { return false }
            insert(String(character))
        case .paste(let pasted):
            // One edit and one undo step, whatever its length; in a one-line field its line
            // breaks and tabs become spaces (it stays in the field it was pasted in).
            let cleaned = Self.cleaned(pasted, multiline: isMultiline)
            guard !cleaned.isEmpty else { return true }
            history.willChange(.none, text: text, cursor: cursor)
            replace(cursor..<cursor, with: cleaned)
        case .enter:
            guard isMultiline else { return false }
            insert("\n")
        case .backspace:
            guard cursor > 0 else { return true }
            history.willChange(.typing, text: text, cursor: cursor)
            replace(cursor - 1..<cursor, with: "")
        case .delete:
            guard cursor < text.count else { return true }
            history.willChange(.deletingForward, text: text, cursor: cursor)
            replace(cursor..<cursor + 1, with: "")
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .wordLeft:
            cursor = wordStart(before: cursor)
        case .wordRight:
            cursor = wordEnd(after: cursor)
        case .up, .down:
            let layout = WrappedText(text, width: wrapWidth)
            let row = layout.row(of: cursor)
            let target = key == .up ? row - 1 : row + 1
            guard layout.rows.indices.contains(target) else { return false }
            let goal = goalColumn ?? layout.column(of: cursor, on: row)
            goalColumn = goal
            cursor = layout.offset(onRow: target, column: goal)
        case .home, .control("a"):
            let layout = WrappedText(text, width: wrapWidth)
            cursor = layout.rows[layout.row(of: cursor)].start
        case .end, .control("e"):
            let layout = WrappedText(text, width: wrapWidth)
            cursor = layout.rows[layout.row(of: cursor)].lastCursor
        case .control("u"):
            deleteEdit(lineStart(at: cursor)..<cursor)
        case .control("k"):
            deleteEdit(cursor..<lineEnd(at: cursor))
        case .control("w"):
            deleteEdit(wordStart(before: cursor)..<cursor)
        case .control("z"):
            undo()
        default:
            return false
        }
        return true
    }

    /// Whether `key` keeps the typing step open: an insert or a Backspace.
    private static func continuesTyping(_ key: Key) -> Bool {
        switch key {
        case .character(let character): isInsertable(character)
        case .enter, .backspace: true
        default: false
        }
    }

    /// Whether a typed Character may go into the text: not a control character (C0, DEL, C1,
    /// Tab, a "\n" that did not come as Enter) nor a line or paragraph separator.
    static func isInsertable(_ character: Character) -> Bool {
        !character.unicodeScalars.contains(where: isForbidden)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    // MARK: - Undo and replacement

    /// Selects the whole text (nothing when empty), the cursor at its end.
    public mutating func selectAll() {
        isAllSelected = !text.isEmpty
        cursor = text.count
    }

    /// Whether ``undo()`` would change the text.
    public var canUndo: Bool { history.canUndo(from: text) }

    /// Goes back to the text and cursor before the last step (see the type's documentation
    /// for what a step is). Ctrl-Z through ``handle(_:wrapWidth:)`` does the same.
    public mutating func undo() {
        goalColumn = nil
        guard let snapshot = history.undo(from: text) else { return }
        text = snapshot.text
        cursor = snapshot.cursor
    }

    /// Replaces the whole text, e.g. with a restored draft, and puts the cursor at its end.
    ///
    /// This is a new starting point, not an edit: the undo history is cleared, so that Ctrl-Z
    /// right after a draft is restored cannot empty the field. The text is cleaned as by
    /// ``init(text:multiline:)``: made NFC; "\r\n" and "\r" become "\n"; in a one-line editor
    /// new lines become spaces; Tab becomes a space; other control characters are dropped.
    public mutating func replaceAll(with text: String) {
        isAllSelected = false
        self.text = Self.cleaned(text, multiline: isMultiline)
        cursor = self.text.count
        history.clear()
        goalColumn = nil
    }

    // MARK: - Layout

    /// The text wrapped to `width` columns as the view will draw it (break at spaces, inside
    /// overlong words; "\n" ends a row and is not part of it), each row with the Character
    /// offset where it starts. The space at which a row breaks is drawn on neither row; every
    /// other Character is on exactly one row, leading spaces included. A width below 1 counts
    /// as 1. There is always at least one row.
    public func visualLines(width: Int) -> [(start: Int, text: String)] {
        let layout = WrappedText(text, width: width)
        return layout.rows.indices.map { (start: layout.rows[$0].start, text: layout.text(ofRow: $0)) }
    }

    /// ``visualLines(width:)`` and ``cursorPosition(width:)`` from one layout: a frame of a
    /// long section (100 000 characters) wraps it once, not twice.
    public func layout(width: Int) -> (lines: VisualLines, cursor: (row: Int, column: Int)) {
        let layout = WrappedText(text, width: width)
        let row = layout.row(of: cursor)
        return (VisualLines(layout: layout), (row, min(layout.column(of: cursor, on: row), layout.width - 1)))
    }

    /// The visual rows of a text, each made into a string only when read.
    public struct VisualLines {
        fileprivate let layout: WrappedText
        public var count: Int { layout.rows.count }
        public subscript(index: Int) -> (start: Int, text: String) {
            (layout.rows[index].start, layout.text(ofRow: index))
        }
    }

    /// Where the cursor is drawn: the visual row and the display column (by `DisplayWidth`).
    ///
    /// At the end of a row that fills the width exactly, the column is the row's last one
    /// (`width - 1`), as a terminal keeps its own cursor there after writing the last column.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let layout = WrappedText(text, width: width)
        let row = layout.row(of: cursor)
        return (row, min(layout.column(of: cursor, on: row), layout.width - 1))
    }

    // MARK: - Editing

    private mutating func insert(_ inserted: String) {
        history.willChange(.typing, text: text, cursor: cursor)
        replace(cursor..<cursor, with: inserted)
    }

    /// A deletion that is an undo step of its own (Ctrl-U, Ctrl-K, Ctrl-W).
    private mutating func deleteEdit(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        history.willChange(.none, text: text, cursor: cursor)
        replace(range, with: "")
    }

    /// Replaces the Characters in `range` with `inserted`, keeps the text NFC and puts the
    /// cursor after the insertion.
    ///
    /// The text is rebuilt from the part before, the insertion and the part after, so that a
    /// combining mark joins the letter before it; the cursor is then the Character count of
    /// the (normalised) part before plus the insertion, which is just after the letter the mark
    /// joined. Should the insertion join the Character after it (a mark typed before a lone
    /// mark at the start of a line), the cursor goes after the joined Character.
    private mutating func replace(_ range: Range<Int>, with inserted: String) {
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        let head = VietnameseText.normalized(text[..<lower] + inserted)
        let whole = VietnameseText.normalized(head + text[upper...])
        text = whole
        cursor = min(head.count, whole.count)
    }

    // MARK: - Words and lines

    /// Letters and digits make words; tone and vowel marks are inside their letter's Character.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// The start of the word before `offset`: back over what is not a word, then over the word.
    private func wordStart(before offset: Int) -> Int {
        let characters = Array(text)
        var index = offset
        while index > 0, !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0, Self.isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    /// The end of the word after `offset`: on over what is not a word, then over the word.
    private func wordEnd(after offset: Int) -> Int {
        let characters = Array(text)
        var index = offset
        while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
        return index
    }

    /// The offset just after the "\n" before `offset`, or 0.
    private func lineStart(at offset: Int) -> Int {
        let before = text.prefix(offset)
        guard let newline = before.lastIndex(of: "\n") else { return 0 }
        return before.distance(from: before.startIndex, to: newline) + 1
    }

    /// The offset of the "\n" after `offset`, or the end of the text.
    private func lineEnd(at offset: Int) -> Int {
        let after = text.dropFirst(offset)
        guard let newline = after.firstIndex(of: "\n") else { return text.count }
        return offset + after.distance(from: after.startIndex, to: newline)
    }

    // MARK: - Cleaning

    /// `text` as the editor keeps it: NFC, "\r\n" and "\r" (and U+2028, U+2029) as "\n", or as
    /// a space in a one-line editor; Tab as a space; other control characters dropped.
    static func cleaned(_ text: String, multiline: Bool) -> String {
        let newline: Unicode.Scalar = multiline ? "\n" : " "
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterCarriageReturn: continue
            case "\n", "\r", "\u{2028}", "\u{2029}": scalars.append(newline)
            case "\t": scalars.append(" ")
            default: if !isForbidden(scalar) { scalars.append(scalar) }
            }
        }
        return VietnameseText.normalized(String(scalars))
    }
}
