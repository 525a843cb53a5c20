/// Splitting a rectangle into rows or columns, as a pure function (ratatui's layout, reduced).
public enum Layout {
    /// How much room one part asks for.
    public enum Size: Hashable, Sendable {
        /// Exactly this many cells (less if there is not enough room).
        case fixed(Int)
        /// A share of what the fixed parts leave, weighted against the other `fill`s.
        case fill(Int)
        /// A percentage of the whole, taken before the `fill`s.
        case percent(Int)
    }

    public enum Direction: Sendable {
        case vertical
        case horizontal
    }

    /// Splits `area` along `direction`, with `spacing` cells between parts. Parts that do not
    /// fit get zero size; the last `fill` takes any remainder so the parts cover the area.
    public static func split(_ area: Rect, _ direction: Direction, _ sizes: [Size], spacing: Int = 0) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let available = max(0, total - spacing * max(0, sizes.count - 1))
        var lengths = sizes.map { size -> Int in
            switch size {
            case .fixed(let cells): cells
            case .percent(let share): available * share / 100
            case .fill: 0
            }
        }
        var remaining = available - lengths.reduce(0, +)
        if remaining < 0 {
            // Not enough room: shrink from the end.
            for index in lengths.indices.reversed() where remaining < 0 {
                let cut = min(lengths[index], -remaining)
                lengths[index] -= cut
                remaining += cut
            }
        }
        let weights = sizes.map { if case .fill(let weight) = $0 { max(1, weight) } else { 0 } }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0 {
            var given = 0
            let lastFill = weights.lastIndex { $0 > 0 }!
            for index in sizes.indices where weights[index] > 0 {
                let share = index == lastFill ? remaining - given : remaining * weights[index] / weightSum
                lengths[index] = share
                given += share
            }
        }
        var offset = direction == .vertical ? area.y : area.x
        return lengths.map { length in
            defer { offset += length + spacing }
            return direction == .vertical
                ? Rect(x: area.x, y: offset, width: area.width, height: length)
                : Rect(x: offset, y: area.y, width: length, height: area.height)
        }
    }
}
