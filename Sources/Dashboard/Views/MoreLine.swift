import Canvas

/// The wall cannot scroll: a list longer than its box ends with a line that says how many rows
/// are not shown ("… và 3 cơ quan khác"), where a screen at a keyboard has a scroll mark that
/// no one at the wall could follow.
enum MoreLine {
    /// How many rows a wall list shows when `count` rows of one line each meet `height` lines:
    /// all of them, or one less to leave the last line to this note.
    static func shown(count: Int, height: Int) -> Int {
        count > height ? max(0, height - 1) : count
    }

    static func render(hidden: Int, noun: (vi: String, en: String), labels: Labels, theme: Theme,
                       x: Int, y: Int, width: Int, into buffer: inout Buffer) {
        guard hidden > 0 else { return }
        buffer.write(labels.pick("… và \(hidden) \(noun.vi) khác", "… and \(hidden) more \(noun.en)"),
                     x: x, y: y, maxWidth: width, style: theme.muted)
    }
}
