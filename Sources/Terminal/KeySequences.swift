import CNcursesw

/// Escape sequences that common terminals send for editing and function keys, taught to
/// curses on top of the terminfo entry's own.
///
/// Over SSH, `$TERM` often names a relative of the real emulator: PuTTY and tmux say one thing
/// and send another for Home, End or F5. curses passes a sequence it does not know on as Esc
/// followed by plain characters, which would close a form and type "[1~" into the next field.
/// Sequences that the terminfo entry binds to a standard key are left as they are.
///
/// Keys that curses has no name for (Ctrl-Left/Right and Alt-B/F, for moving by word) are
/// bound to codes of our own, ``PrivateKeyCode``, which `Key.decoding` turns into
/// `.wordLeft`/`.wordRight`.
public enum KeySequences {
    private static let escape = "\u{1B}"

    /// xterm (normal and application modes), VT220, rxvt, PuTTY and the Linux console.
    public static let common: [(sequence: String, code: Int32)] = {
        var table: [(String, Int32)] = []
        func add(_ code: Int32, _ sequences: String...) {
            for sequence in sequences { table.append((escape + sequence, code)) }
        }
        add(KEY_UP, "[A", "OA")
        add(KEY_DOWN, "[B", "OB")
        add(KEY_RIGHT, "[C", "OC")
        add(KEY_LEFT, "[D", "OD")
        add(KEY_HOME, "[H", "OH", "[1~", "[7~")
        add(KEY_END, "[F", "OF", "[4~", "[8~")
        add(KEY_IC, "[2~")
        add(KEY_DC, "[3~")
        add(KEY_PPAGE, "[5~")
        add(KEY_NPAGE, "[6~")
        add(KEY_BTAB, "[Z")
        add(KEY_ENTER, "OM")
        // Word moves, which have no `KEY_*` name: Ctrl-Left/Right as xterm (and VTE, tmux,
        // PuTTY in xterm mode) and rxvt send them, and Alt-B/Alt-F as readline knows them
        // (macOS Terminal and iTerm2 send these for Option-Left/Right).
        add(PrivateKeyCode.wordLeft, "[1;5D", "Od", "b")
        add(PrivateKeyCode.wordRight, "[1;5C", "Oc", "f")
        // Bracketed paste (xterm, VTE, tmux, PuTTY, Windows Terminal), which the screen enables.
        add(PrivateKeyCode.pasteStart, "[200~")
        add(PrivateKeyCode.pasteEnd, "[201~")
        let functionKeys: [(Int32, [String])] = [
            (1, ["OP", "[11~", "[[A"]), (2, ["OQ", "[12~", "[[B"]), (3, ["OR", "[13~", "[[C"]),
            (4, ["OS", "[14~", "[[D"]), (5, ["[15~", "[[E"]), (6, ["[17~"]), (7, ["[18~"]),
            (8, ["[19~"]), (9, ["[20~"]), (10, ["[21~"]), (11, ["[23~"]), (12, ["[24~"]),
        ]
        for (number, sequences) in functionKeys {
            for sequence in sequences { table.append((escape + sequence, theodoi_key_f(number))) }
        }
        return table
    }()

    /// Binds every sequence of ``common`` that the current terminal does not already bind to a
    /// standard key. Extended keys (codes above `KEY_MAX`, which curses numbers for terminfo
    /// extensions such as the Linux console's `kcbt2`) are rebound: we could not name them.
    static func install() {
        for (sequence, code) in common {
            let existing = key_defined(sequence)
            if existing == 0 || existing > KEY_MAX {
                define_key(sequence, code)
            }
        }
    }
}
