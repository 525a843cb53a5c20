import CNcursesw
import Glibc

extension TerminalScreen {
    /// Makes ncurses take the terminal's real size after a SIGWINCH. ncurses' own handler turns
    /// the signal into KEY_RESIZE, but a signal that lands while ncurses waits for the rest of an
    /// escape sequence can be lost; asking the terminal is never wrong.
    /// - Returns: true when the size changed (the next present redraws everything).
    public func adoptWindowSize() -> Bool {
        let current = size
        guard current.width > 0 else { return false }   // stopped: there is no screen to resize
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0 else { return false }
        guard Int(window.ws_col) != current.width || Int(window.ws_row) != current.height else { return false }
        resizeterm(Int32(window.ws_row), Int32(window.ws_col))
        repaint()
        return true
    }
}
