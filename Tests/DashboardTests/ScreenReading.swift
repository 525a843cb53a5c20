import Canvas

/// Reading a rendered buffer as a person would: a box by its title, the rows of a list, the
/// row marked as selected.
enum ScreenReading {
    /// Every line as text.
    static func lines(_ buffer: Buffer) -> [String] { buffer.lines() }

    /// The row of the first box top border whose title (after "┌ " or "+ ", with or without a
    /// focus or selection mark) starts with `title`; nil when there is none.
    static func titleRow(_ buffer: Buffer, _ title: String) -> (x: Int, y: Int, line: String)? {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where ["┌", "+"].contains(buffer[x, y].text) {
                let rest = text(buffer, y: y, from: x + 1, to: buffer.width)
                for prefix in [" ", " ▶ ", " > ", " › ", " >"] where rest.hasPrefix(prefix + title) {
                    return (x, y, text(buffer, y: y, from: x, to: buffer.width))
                }
            }
        }
        return nil
    }

    /// The inside lines of the box titled `title`, trimmed of the padding on their right.
    static func boxLines(_ buffer: Buffer, _ title: String) -> [String] {
        guard let top = titleRow(buffer, title) else { return [] }
        var right = top.x + 1
        while right < buffer.width, !["┐", "+"].contains(buffer[right, top.y].text) { right += 1 }
        var lines: [String] = []
        var y = top.y + 1
        while y < buffer.height, !["└", "+"].contains(buffer[top.x, y].text) {
            var line = text(buffer, y: y, from: top.x + 1, to: right)
            while line.last == " " { line.removeLast() }
            lines.append(line)
            y += 1
        }
        return lines
    }

    /// A box's inside as one paragraph (wrapped lines joined with a space).
    static func boxText(_ buffer: Buffer, _ title: String) -> String {
        boxLines(buffer, title).map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func text(_ buffer: Buffer, y: Int, from: Int, to: Int) -> String {
        (from..<max(from, to)).reduce(into: "") { $0 += buffer[$1, y].text }
    }

    /// The rows whose cell at column `x` holds `glyph` (the row mark), top to bottom.
    static func markedRows(_ buffer: Buffer, glyph: String, x: Int = 1) -> [Int] {
        (0..<buffer.height).filter { buffer[x, $0].text == glyph }
    }

    /// True when every cell of row `y` from `from` to `to` is reversed.
    static func isReversed(_ buffer: Buffer, y: Int, from: Int, to: Int) -> Bool {
        (from..<to).allSatisfy { buffer[$0, y].style.reverse }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
