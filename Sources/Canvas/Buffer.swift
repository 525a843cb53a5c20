/// A grid of cells that widgets draw into and the terminal adapter presents.
///
/// Writing is by grapheme cluster and display width, never by byte or scalar, so a Vietnamese
/// letter is one cell however it was typed and a wide character takes two. Control characters
/// are replaced by visible placeholders here, so no data can reach the terminal as a command.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * width + x] : .blank }
        set { if contains(x, y) { cells[y * width + x] = newValue } }
    }

    func contains(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let clip = rect.intersection(area)
        for y in clip.y..<clip.maxY {
            for x in clip.x..<clip.maxX { self[x, y] = cell }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping its text (a selection bar).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let clip = rect.intersection(area)
        for y in clip.y..<clip.maxY {
            for x in clip.x..<clip.maxX { change(&cells[y * width + x].style) }
        }
    }

    /// Writes `text` on one row from column `x`, within `maxWidth` columns (to the buffer's
    /// edge by default). Text that does not fit ends in "…". Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let visible = TextClipper.clip(text, to: limit)
        var column = x
        for character in visible {
            let cellWidth = DisplayWidth.of(character)
            guard cellWidth > 0 else { continue }
            if column >= 0 {
                self[column, y] = Cell(String(character), style: style)
                if cellWidth == 2 { self[column + 1, y] = Cell("", style: style) }
            }
            column += cellWidth
        }
        return column - x
    }

    /// The rows as plain text, for snapshot tests and the plain fallback.
    public func lines() -> [String] {
        (0..<height).map { y in
            (0..<width).reduce(into: "") { line, x in line += self[x, y].text }
        }
    }
}

/// Fitting text into a number of columns.
public enum TextClipper {
    /// `text` with control characters made visible, cut to at most `width` columns; when it
    /// had to be cut, the last column holds "…".
    public static func clip(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        let safe = VisibleText.sanitized(text)
        if DisplayWidth.of(safe) <= width { return safe }
        var result = "", used = 0
        for character in safe {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// `text` padded with spaces (or clipped) to exactly `width` columns.
    public static func padded(_ text: String, to width: Int) -> String {
        let clipped = clip(text, to: width)
        return clipped + String(repeating: " ", count: max(0, width - DisplayWidth.of(clipped)))
    }

    /// Splits `text` into lines of at most `width` columns, breaking at spaces where it can
    /// and inside a word only when the word alone is too long. Newlines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in VisibleText.sanitized(text, keepingNewlines: true).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            let linesBefore = lines.count
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 || !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    var head = "", headWidth = 0
                    for character in word {
                        let w = DisplayWidth.of(character)
                        if headWidth + w > width { break }
                        head.append(character)
                        headWidth += w
                    }
                    if head.isEmpty, let first = word.first {
                        // A character wider than the whole line still gets a line of its own.
                        head = String(first)
                        headWidth = DisplayWidth.of(first)
                    }
                    lines.append(head)
                    word.removeFirst(head.count)
                    wordWidth -= headWidth
                }
                line = word
                lineWidth = wordWidth
            }
            // An overlong word split to the end leaves nothing over: no empty line for it.
            if !line.isEmpty || lines.count == linesBefore { lines.append(line) }
        }
        return lines
    }
}
