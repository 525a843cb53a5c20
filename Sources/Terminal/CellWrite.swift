import Canvas

/// What to write into the curses window for one cell of a frame.
///
/// Our width table (in `Canvas`) and the C library's `wcwidth`, which curses lays cells out
/// by, can disagree (an emoji made wide by U+FE0F is 2 for us and often 1 for glibc). So the
/// right half of a wide character is skipped only when curses also thinks its left half is
/// wide; otherwise it is blanked, and curses' picture of the screen stays whole.
public enum CellWrite: Hashable, Sendable {
    /// Nothing to write: the wide character on the left already covers this cell.
    case skip
    /// Write these scalars (a base and its combining marks) in this style.
    case scalars([Unicode.Scalar], Style)

    /// The most scalars one cell takes: curses keeps `CCHARW_MAX` (5) per cell, one of which
    /// we leave for the terminating zero. A Vietnamese letter needs at most three.
    public static let maximumScalars = 4

    /// What to write at column `x` of row `y`.
    /// - Parameter terminalWidth: the width curses gives a scalar (`wcwidth`: −1 for a
    ///   scalar the locale cannot print, 0 for a combining mark).
    public static func planned(x: Int, y: Int, in buffer: Buffer, terminalWidth: (Unicode.Scalar) -> Int) -> CellWrite {
        let cell = buffer[x, y]
        if cell.isContinuation {
            let left = buffer[x - 1, y]
            if x > 0, ourWidth(left.text) == 2, let base = left.text.unicodeScalars.first, terminalWidth(base) == 2,
               fitsOneCell(left.text, terminalWidth: terminalWidth) {
                return .skip
            }
            // An orphan right half, or one whose left half curses draws narrow.
            return .scalars([" "], cell.style)
        }
        if !fitsOneCell(cell.text, terminalWidth: terminalWidth) {
            // A cluster curses cannot hold in one cell (👨‍👩‍👧, 🇻🇳, 👍🏽): one visible
            // placeholder, never a part of it that reads as another character (👨, 🇻, 👍).
            // A wide one keeps its two columns: the right half is written blank.
            return .scalars(["\u{FFFD}"], cell.style)
        }
        var scalars = Array(cell.text.unicodeScalars.prefix(maximumScalars))
        let base = scalars[0]
        let ours = ourWidth(cell.text)
        let theirs = terminalWidth(base)
        if ours == 2, x + 1 >= buffer.width || !buffer[x + 1, y].isContinuation {
            // A wide character whose right half would fall off the row (or is not there):
            // a blank is better than a wrapped or shifted row.
            return .scalars([" "], cell.style)
        }
        if ours == 1, theirs == 2 {
            // Curses would take two columns for what we laid out in one.
            return .scalars([" "], cell.style)
        }
        if theirs < 0 {
            // Not printable in this locale: show that something is there.
            return .scalars(["\u{FFFD}"], cell.style)
        }
        if theirs == 0 {
            // A lone combining mark would join the cell on its left; give it the dotted
            // circle that Unicode uses to show a mark on its own.
            scalars = Array((["\u{25CC}"] + scalars).prefix(maximumScalars))
        }
        return .scalars(scalars, cell.style)
    }

    /// Whether curses can draw the cell's cluster whole: a base followed only by zero-width
    /// scalars (combining marks, variation selectors, ZWJ), at most ``maximumScalars`` in all.
    /// A scalar of its own width after the base (the second half of a flag, a skin tone, the
    /// next person of a family) is dropped or misplaced by `setcchar`.
    static func fitsOneCell(_ text: String, terminalWidth: (Unicode.Scalar) -> Int) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count > 1 else { return true }
        return scalars.count <= maximumScalars && scalars.dropFirst().allSatisfy { terminalWidth($0) == 0 }
    }

    /// Our width of a cell's text (its first grapheme), 1 when it has none.
    private static func ourWidth(_ text: String) -> Int {
        text.first.map { DisplayWidth.of($0) } ?? 1
    }
}
