import Canvas

/// Where the keys act, shown one way on every screen (issue 9: a new user met "▶" in a box
/// corner on one panel, "›" on the rows of another and reverse video alone after Tab).
///
/// - The focused panel's title starts with ``panelMark`` ("▶ ", "> " in ASCII) and takes the
///   focus style; the other panels' titles carry no mark and are dimmed when there is colour.
/// - The selected row of the focused list starts with ``rowMark`` ("›", ">" in ASCII) and is
///   reversed: both, so that it shows without colour (`NO_COLOR`), in ASCII, and on a terminal
///   that ignores one of the two. A list whose panel is not focused keeps its selection marked
///   with the glyph alone (the agency `n` would report on stays in sight after Tab).
/// - A panel that is itself the selected entry of an unfocused row of panels (an area of the
///   board after Tab) carries the glyph in its title, spaced like the focus mark ("┌ › 1 Phong
///   Khê ─", not "┌›1 Phong Khê" against the corner; "+ >1 Phong Khê -" in ASCII), and its
///   title is not dimmed.
///
/// Every view draws its panels and selections through here, so the convention cannot drift.
/// The wall has no focus: its views pass `focused: false` there (``AppState/showsSelection``).
struct Focus {
    let theme: Theme

    var panelMark: String { theme.asciiOnly ? "> " : "▶ " }
    var rowMark: String { theme.asciiOnly ? ">" : "›" }

    /// A panel's box: the title marked and in the focus style when `focused`; marked with the
    /// row glyph when `selected` but not focused.
    func panel(_ title: String, focused: Bool, selected: Bool = false) -> Box {
        let unfocusedTitle = theme.colors == .none || selected ? theme.title : Style(dim: true)
        // In ASCII the row mark (">") is the focus mark ("> ") without its space: it stays
        // against the name there ("+ >1 Phong Khê"), or it would read as the focus.
        let mark = focused ? panelMark : selected ? rowMark + (theme.asciiOnly ? "" : " ") : ""
        return Box(title: mark + title, border: theme.boxBorder,
                   borderStyle: focused ? theme.focusedBorder : theme.border,
                   titleStyle: focused ? theme.focusedBorder : unfocusedTitle)
    }

    /// Marks the selected entry of a list, `rows` being its lines (a row is one or more lines
    /// wide): the glyph in the first column of its first line, which every list leaves free,
    /// and, when the list's panel is focused, every line reversed.
    func markSelected(_ rows: Rect, focused: Bool = true, into buffer: inout Buffer) {
        guard !rows.isEmpty else { return }
        buffer.write(rowMark, x: rows.x, y: rows.y, maxWidth: 1, style: buffer[rows.x, rows.y].style.merged(bold: true))
        if focused { buffer.restyle(rows) { $0.reverse = true } }
    }
}

extension Theme {
    /// The focus convention for this theme.
    var focus: Focus { Focus(theme: self) }
}

extension Style {
    func merged(bold: Bool) -> Style {
        var style = self
        style.bold = bold
        return style
    }
}
