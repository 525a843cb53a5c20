import Canvas

/// Why the full-screen dashboard cannot start on this terminal.
///
/// Each case is something the user can fix (or route around with the plain-text commands),
/// so the message names the fix rather than the curses call that failed.
public enum TerminalError: Error, Hashable {
    /// Standard input or output is not a terminal (a pipe, a file, `ssh` without `-t`).
    case notATerminal
    /// `newterm` found no terminfo entry for `$TERM` (the name, "" when TERM is unset).
    /// Typical over SSH from kitty or ghostty to a server without Debian's `ncurses-term`.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (no `cup` capability, as with `TERM=dumb`).
    case cannotAddressCursor

    /// A one-line message for the user, in Vietnamese or English.
    public func message(vietnamese: Bool) -> String {
        switch self {
        case .notATerminal:
            return vietnamese
                ? "đầu vào hoặc đầu ra chuẩn không phải là terminal; hãy chạy trong một terminal (qua ssh thì thêm -t)"
                : "standard input or output is not a terminal; run it in a terminal (over ssh, add -t)"
        case .unknownTerminal(let name) where name.isEmpty:
            return vietnamese
                ? "biến TERM chưa được đặt nên không biết loại terminal; hãy đặt TERM=xterm-256color"
                : "TERM is not set, so the terminal type is unknown; set TERM=xterm-256color"
        case .unknownTerminal(let rawName):
            // The name comes from the environment: show it, never let it drive the terminal.
            let name = VisibleText.sanitized(rawName)
            return vietnamese
                ? "terminal \"\(name)\" không được hỗ trợ (thiếu terminfo); hãy đặt TERM=xterm-256color hoặc cài gói ncurses-term"
                : "terminal \"\(name)\" is not supported (no terminfo entry); set TERM=xterm-256color or install the ncurses-term package"
        case .cannotAddressCursor:
            return vietnamese
                ? "terminal này không di chuyển được con trỏ (như TERM=dumb) nên không vẽ được màn hình; hãy đặt TERM=xterm-256color"
                : "this terminal cannot move the cursor (as with TERM=dumb), so the screen cannot be drawn; set TERM=xterm-256color"
        }
    }
}
