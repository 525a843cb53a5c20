import Canvas

/// A text laid out in rows of at most `width` display columns, each row knowing which
/// Characters of the text it shows: the geometry that ``TextEditor`` moves its cursor in.
///
/// The rules are those of `TextClipper.wrap`, so that a field looks the same whether it is
/// being edited or only shown: "\n" ends a row; otherwise break at a space, and inside a word
/// only when the word alone is wider than the row. The space at which a row breaks is not
/// drawn (it is between the two rows). Unlike `TextClipper.wrap`, every other Character keeps
/// its place, leading spaces included, so that the offsets add up; and a character wider than
/// the whole row (a wide letter in a one-column row) still gets a row of its own.
struct WrappedText {
    /// One visual row.
    struct Row: Equatable {
        /// The Character offset of the row's first Character.
        var start: Int
        /// Just past the row's last Character shown.
        var end: Int
        /// The last cursor offset that belongs to this row: just past its text when the row
        /// ends at a "\n", at a breaking space or at the end of the text; the offset of its last
        /// Character when a word was cut after it (the offset past it is the next row's start).
        var lastCursor: Int
    }

    let rows: [Row]
    let width: Int
    /// The text's Characters: a row's text is made only when asked for (a frame shows a few
    /// rows of a section that may have thousands).
    let characters: [Character]

    /// What row `index` shows.
    func text(ofRow index: Int) -> String {
        String(characters[rows[index].start..<rows[index].end])
    }

    /// Lays `text` out in rows of `width` columns (at least 1).
    init(_ text: String, width: Int) {
        let width = max(1, width)
        self.width = width
        let characters = Array(text)
        self.characters = characters
        var rows: [Row] = []
        var paragraphStart = 0
        while true {
            let paragraphEnd = characters[paragraphStart...].firstIndex(of: "\n") ?? characters.count
            Self.layOut(characters, paragraphStart..<paragraphEnd, width: width, into: &rows)
            guard paragraphEnd < characters.count else { break }
            paragraphStart = paragraphEnd + 1
        }
        self.rows = rows
    }

    /// Greedy filling of one paragraph (a range without "\n").
    private static func layOut(_ characters: [Character], _ paragraph: Range<Int>, width: Int, into rows: inout [Row]) {
        func emit(_ start: Int, _ end: Int, lastCursor: Int) {
            rows.append(Row(start: start, end: end, lastCursor: lastCursor))
        }
        var lineStart = paragraph.lowerBound, lineEnd = paragraph.lowerBound
        var lineWidth = 0, wordsOnLine = 0
        var wordStart = paragraph.lowerBound
        while wordStart <= paragraph.upperBound {
            let wordEnd = characters[wordStart..<paragraph.upperBound].firstIndex(of: " ") ?? paragraph.upperBound
            let wordWidth = characters[wordStart..<wordEnd].reduce(0) { $0 + DisplayWidth.of($1) }
            defer { wordStart = wordEnd + 1 }
            if wordsOnLine > 0, lineWidth + 1 + wordWidth <= width {
                lineEnd = wordEnd
                lineWidth += 1 + wordWidth
                wordsOnLine += 1
                continue
            }
            if wordsOnLine > 0 {
                // Break at the space before this word: it ends the row and is not drawn.
                emit(lineStart, lineEnd, lastCursor: lineEnd)
            }
            var pieceStart = wordStart, remaining = wordWidth
            while remaining > width {
                // Cut the word: as many Characters as fit, at least one.
                var pieceEnd = pieceStart, pieceWidth = 0
                while pieceEnd < wordEnd {
                    let characterWidth = DisplayWidth.of(characters[pieceEnd])
                    if pieceWidth + characterWidth > width, pieceEnd > pieceStart { break }
                    pieceWidth += characterWidth
                    pieceEnd += 1
                }
                // A single letter wider than the row: it is the rest of the word, its own row.
                if pieceEnd == wordEnd { break }
                emit(pieceStart, pieceEnd, lastCursor: pieceEnd - 1)
                pieceStart = pieceEnd
                remaining -= pieceWidth
            }
            lineStart = pieceStart
            lineEnd = wordEnd
            lineWidth = remaining
            wordsOnLine = 1
        }
        emit(lineStart, lineEnd, lastCursor: lineEnd)
    }

    /// The row the cursor at `offset` is drawn on: the last row starting at or before it.
    func row(of offset: Int) -> Int {
        var low = 0, high = rows.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if rows[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The display column of the cursor at `offset` on `row`: the width of what lies before it
    /// on that row. It can equal `width` at the end of a row that fills the width exactly.
    func column(of offset: Int, on row: Int) -> Int {
        let line = rows[row]
        let shown = max(0, min(offset, line.lastCursor) - line.start)
        return characters[line.start..<min(line.end, line.start + shown)].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// The cursor offset on `row` nearest to display column `goal` without passing it (a wide
    /// letter straddling `goal` leaves the cursor before it); the row's end when it is shorter.
    func offset(onRow row: Int, column goal: Int) -> Int {
        let line = rows[row]
        var offset = line.start, column = 0
        for character in characters[line.start..<line.end] {
            guard offset < line.lastCursor else { break }
            let next = column + DisplayWidth.of(character)
            if next > goal { break }
            column = next
            offset += 1
        }
        return offset
    }
}
