import Canvas
import CNcursesw

/// Key codes of our own, for keys that curses has no `KEY_*` name for (Ctrl-Left, Alt-B …).
///
/// ``KeySequences`` binds the sequences terminals send for them to these codes with
/// `define_key`, and ``Key/decoding(status:value:)`` reads them back. They lie far above
/// `KEY_MAX` (0777): curses numbers the keys of terminfo extensions (xterm's `kLFT5` for
/// Ctrl-Left, a few hundred of them at most) from just above `KEY_MAX`, and ours must not
/// collide with those.
public enum PrivateKeyCode {
    /// Ctrl-Left, Alt-B: ``Key/wordLeft``.
    public static let wordLeft: Int32 = 0x1000
    /// Ctrl-Right, Alt-F: ``Key/wordRight``.
    public static let wordRight: Int32 = 0x1001
    /// The start and end of a bracketed paste (`ESC [200~`, `ESC [201~`).
    public static let pasteStart: Int32 = 0x1002
    public static let pasteEnd: Int32 = 0x1003
}

/// Decoding what `wget_wch` returns into a ``Key``.
///
/// `Key` itself lives in `Canvas`, beside the cell grid, so that the pure application code
/// (`Dashboard`) can read keys without depending on this adapter; only the decoding, which
/// knows curses' numbers, lives here. It is a pure function so that the whole table can be
/// tested without a terminal.
extension Key {
    /// The key for one `wget_wch` result, nil when nothing was pending (`ERR`).
    ///
    /// - Parameters:
    ///   - status: what `wget_wch` returned: `OK` for a character, `KEY_CODE_YES` for a
    ///     function key, `ERR` for none.
    ///   - value: the `wint_t` it stored: a Unicode scalar, or a `KEY_*` code.
    ///
    /// Characters arrive one scalar at a time: a precomposed Vietnamese letter ("ệ") is one
    /// `.character`; a decomposed one arrives as its base letter and then each combining mark,
    /// each its own `.character`, for the text field to join into one grapheme. In raw mode
    /// the control characters arrive as bytes: Tab (9), Enter (10 or 13), Backspace (8 or 127)
    /// and Esc (27) get their own cases, the other Ctrl-letters become `.control` with the
    /// lowercase letter.
    public static func decoding(status: Int32, value: UInt32) -> Key? {
        switch status {
        case OK: return character(code: value)
        case KEY_CODE_YES: return functionKey(code: Int32(bitPattern: value))
        default: return nil
        }
    }

    /// A character from the keyboard: a printable scalar or a control byte.
    private static func character(code: UInt32) -> Key {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26.
            return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0...31, 0x80...0x9F:
            // Ctrl-Space, Ctrl-\ and the like, and C1 controls: nothing printable.
            return .unknown(Int32(bitPattern: code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int32(bitPattern: code)) }
            return .character(Character(scalar))
        }
    }

    /// A key that curses decoded from an escape sequence (`KEY_CODE_YES`).
    private static func functionKey(code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        // Some terminfo entries (vt220, screen with some emulators) call Home "find" and
        // End "select", after the VT220 editing keypad.
        case KEY_HOME, KEY_FIND, KEY_BEG: return .home
        case KEY_END, KEY_SELECT, KEY_LL: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case PrivateKeyCode.wordLeft: return .wordLeft
        case PrivateKeyCode.wordRight: return .wordRight
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return .unknown(code)
        }
    }
}
