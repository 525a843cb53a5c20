import Canvas
import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal as curses drives it: start and stop, present a ``Buffer``, read keys.
///
/// Everything the application draws goes through a `Buffer`; this class only turns frames
/// into curses calls, which is why it is the one place that touches ncurses. It is meant for
/// one thread (curses is not thread-safe): the executable's single event loop creates it,
/// polls ``inputDescriptor`` itself and calls ``readKey()`` and ``present(_:)``.
public final class TerminalScreen {
    /// The curses screen from `newterm`, nil once stopped.
    private var screen: OpaquePointer?
    /// Its standard window, the one every frame is drawn into; freed with the screen, so
    /// every use checks `screen` first.
    private let window: UnsafeMutablePointer<WINDOW>
    /// Colour pairs handed out so far.
    private var pairs: ColorPairTable
    /// The frame on the terminal, to draw only what changed; nil forces a full redraw.
    private var previous: Buffer?

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, pairs: ColorPairTable) {
        self.screen = screen
        self.window = window
        self.pairs = pairs
    }

    deinit { stop() }

    /// Whether standard input and output are both terminals (not a pipe or a file).
    public static var isTerminal: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Takes over the terminal in full-screen mode.
    ///
    /// The order is the one measured to work (see ARCHITECTURE.md): the locale first, and a
    /// UTF-8 character type even in a `LANG=C` session, or curses shows Vietnamese as blanks and
    /// drops typed letters; raw mode so that Ctrl-S, Ctrl-Z and Ctrl-C arrive as keys; a short
    /// Esc delay, or Esc takes a second; no blocking reads, because the caller polls. Common
    /// key sequences that the terminfo entry lacks are added (see `KeySequences`).
    /// - Parameter noColor: draw attributes only (the user asked for it, e.g. `NO_COLOR`).
    /// - Throws: ``TerminalError`` when the terminal cannot show the dashboard; the terminal
    ///   is left as it was.
    public static func start(noColor: Bool) throws(TerminalError) -> TerminalScreen {
        guard isTerminal else { throw .notATerminal }
        setlocale(LC_ALL, "")
        if !codesetIsUTF8 {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
        guard let screen = newterm(nil, theodoi_stdout(), theodoi_stdin()) else {
            throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        guard theodoi_has_cup() != 0, let window = theodoi_stdscr() else {
            endwin()
            delscreen(screen)
            throw .cannotAddressCursor
        }
        set_escdelay(25)
        raw()
        noecho()
        keypad(window, true)
        KeySequences.install()
        nodelay(window, true)
        curs_set(0)
        // Ask for pastes in brackets, so that a pasted line break is text, not Enter.
        writeControl(bracketedPasteOn)

        var colorCount = 0, pairLimit = 0, defaultColors = false
        if !noColor, has_colors(), start_color() == OK {
            defaultColors = use_default_colors() == OK
            colorCount = min(Int(theodoi_colors()), 256)
            pairLimit = Int(theodoi_color_pairs())
        }
        let pairs = ColorPairTable(colorCount: colorCount, pairLimit: pairLimit, defaultColors: defaultColors)
        return TerminalScreen(screen: screen, window: window, pairs: pairs)
    }

    /// Whether the character type locale is UTF-8 ("UTF-8", or "utf8" on some systems).
    private static var codesetIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }

    /// The colours drawn: 0 when none (no colour terminal, or `noColor`), else up to 256.
    public var colorCount: Int { pairs.usesColor ? pairs.colorCount : 0 }

    /// The terminal's size in cells; it changes after a ``Key/resize``. (0, 0) once stopped.
    public var size: (width: Int, height: Int) {
        guard screen != nil else { return (0, 0) }
        return (Int(theodoi_getmaxx(window)), Int(theodoi_getmaxy(window)))
    }

    /// The descriptor to poll for input.
    public var inputDescriptor: Int32 { STDIN_FILENO }

    /// Draws a frame: writes the cells that differ from the last frame into the window, then
    /// lets curses send the terminal only what changed on it.
    ///
    /// A buffer smaller than the terminal leaves the rest blank; a larger one is cut.
    public func present(_ buffer: Buffer) {
        guard screen != nil else { return }
        let diff = FrameDiff(from: previous, to: buffer)
        if diff.isFullRedraw { werase(window) }
        let (width, height) = size
        let lastRow = min(height, buffer.height) - 1
        let lastColumn = min(width, buffer.width) - 1
        for position in diff.positions where position.x <= lastColumn && position.y <= lastRow {
            guard case .scalars(let scalars, let style) = CellWrite.planned(
                x: position.x, y: position.y, in: buffer, terminalWidth: Self.terminalWidth
            ) else { continue }
            var cell = makeCell(scalars, style)
            if position.y == height - 1, position.x == width - 1 {
                // Adding at the bottom-right corner would move the cursor past the end of the
                // window; inserting there writes the cell without moving it.
                mvwins_wch(window, Int32(position.y), Int32(position.x), &cell)
            } else {
                mvwadd_wch(window, Int32(position.y), Int32(position.x), &cell)
            }
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// One curses cell: the scalars of a grapheme (base and marks), attributes and a pair.
    private func makeCell(_ scalars: [Unicode.Scalar], _ style: Style) -> cchar_t {
        var attributes = theodoi_a_normal()
        if style.bold { attributes |= theodoi_a_bold() }
        // Muted text is an attribute, never grey: grey on black vanishes on the Linux console.
        if style.dim { attributes |= theodoi_a_dim() }
        if style.underline { attributes |= theodoi_a_underline() }
        if style.reverse { attributes |= theodoi_a_reverse() }
        let allocation = pairs.pair(for: style)
        if allocation.isNew {
            init_pair(allocation.number, allocation.colors.foreground, allocation.colors.background)
        }
        var cell = cchar_t()
        var text = scalars.map { wchar_t(bitPattern: $0.value) } + [0]
        if setcchar(&cell, &text, attributes, allocation.number, nil) == ERR {
            var replacement: [wchar_t] = [0xFFFD, 0]
            setcchar(&cell, &replacement, attributes, allocation.number, nil)
        }
        return cell
    }

    /// The width curses gives a scalar: the C library's `wcwidth` in the current locale.
    private static func terminalWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(theodoi_wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    /// The next key, or nil when none is pending.
    ///
    /// Never blocks. Call it until it returns nil whenever `poll` reports input on
    /// ``inputDescriptor`` or is interrupted (EINTR): curses may hold several keys already
    /// read, and reports a window-size change (SIGWINCH) as ``Key/resize`` here, after which
    /// ``size`` is the new size and the next ``present(_:)`` redraws every cell.
    public func readKey() -> Key? {
        guard screen != nil else { return nil }
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == KEY_CODE_YES, Int32(bitPattern: value) == PrivateKeyCode.pasteStart { return readPaste() }
        let key = Key.decoding(status: status, value: UInt32(value))
        if key == .resize { previous = nil }
        return key
    }

    /// The rest of a bracketed paste, up to its end marker, as one ``Key/paste(_:)``. A paste
    /// can arrive in several reads: waits up to half a second for each next part; a paste whose
    /// end never comes is given as far as it went.
    private func readPaste() -> Key {
        var scalars = String.UnicodeScalarView()
        wtimeout(window, 500)
        defer { nodelay(window, true) }
        while true {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == OK {
                switch UInt32(value) {
                case 13: scalars.append("\n")
                case let code: if let scalar = Unicode.Scalar(code) { scalars.append(scalar) }
                }
            } else if status == KEY_CODE_YES {
                let code = Int32(bitPattern: value)
                if code == PrivateKeyCode.pasteEnd { break }
                if code == KEY_ENTER { scalars.append("\n") }
                // Other keys inside a paste (a sequence a terminal sent) carry no text.
            } else {
                break
            }
        }
        return .paste(String(scalars))
    }

    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Writes a mode sequence straight to the terminal (curses has no call for it).
    private static func writeControl(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }

    /// Redraws the whole terminal on the next ``present(_:)`` (Ctrl-L), for when something
    /// else wrote on it or the emulator lost its contents.
    public func repaint() {
        guard screen != nil else { return }
        if let current = theodoi_curscr() { clearok(current, true) }
        previous = nil
    }

    /// Gives the terminal back as it was (cursor, modes, main screen). Safe to call twice.
    public func stop() {
        guard let screen else { return }
        Self.writeControl(Self.bracketedPasteOff)
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    /// Restores the terminal from a SIGTERM or SIGHUP handler path: only `endwin`, which
    /// resets the modes and shows the cursor. The process should exit right after.
    public static func emergencyRestore() {
        writeControl(bracketedPasteOff)
        endwin()
    }
}
