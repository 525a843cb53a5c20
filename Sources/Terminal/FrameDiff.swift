import Canvas

/// Which cells of a new frame must be written into the curses window.
///
/// Writing only what changed keeps a frame cheap for us; curses then compares its window with
/// what the terminal shows and sends only the difference. A two-column character and its
/// continuation cell are always redrawn together, so that the left half and the right half
/// can never come from different frames.
public struct FrameDiff: Hashable, Sendable {
    /// A cell position: column `x`, row `y`.
    public struct Position: Hashable, Sendable, CustomStringConvertible {
        public var x: Int
        public var y: Int

        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }

        public var description: String { "(\(x),\(y))" }
    }

    /// The cells to write, row by row, left to right.
    public let positions: [Position]
    /// True when there was no previous frame or its size differs: every cell is listed and
    /// the window should be erased first, so nothing of an older layout remains.
    public let isFullRedraw: Bool

    /// The cells of `next` that differ from `previous` (every cell when `previous` is nil or
    /// of another size).
    public init(from previous: Buffer?, to next: Buffer) {
        guard let previous, previous.width == next.width, previous.height == next.height else {
            isFullRedraw = true
            var all: [Position] = []
            all.reserveCapacity(next.width * next.height)
            for y in 0..<next.height {
                for x in 0..<next.width { all.append(Position(x: x, y: y)) }
            }
            positions = all
            return
        }
        isFullRedraw = false
        let width = next.width
        var changed: [Position] = []
        var marked = [Bool](repeating: false, count: width)
        for y in 0..<next.height {
            let row = y * width
            var any = false
            for x in 0..<width where previous.cells[row + x] != next.cells[row + x] {
                marked[x] = true
                any = true
                // A changed continuation: redraw the wide character it belongs to.
                if next.cells[row + x].isContinuation, x > 0 { marked[x - 1] = true }
                // A changed cell followed by a continuation: redraw that right half too.
                if x + 1 < width, next.cells[row + x + 1].isContinuation { marked[x + 1] = true }
            }
            guard any else { continue }
            for x in 0..<width where marked[x] {
                changed.append(Position(x: x, y: y))
                marked[x] = false
            }
        }
        positions = changed
    }
}
