import Canvas

/// Curses colour pairs for the (foreground, background) combinations that frames use,
/// allocated on demand.
///
/// Curses draws colour only through numbered pairs, and a terminal has a limited number of
/// them (64 on the Linux console), so pairs are numbered as styles first ask for them rather
/// than for every combination up front. Kept pure, apart from the curses call that the caller
/// makes for each new pair, so that the mapping can be tested without a terminal.
public struct ColorPairTable: Sendable {
    /// A foreground and a background as curses colour numbers; −1 is the terminal's default.
    public struct Colors: Hashable, Sendable {
        public var foreground: Int16
        public var background: Int16

        public init(foreground: Int16, background: Int16) {
            self.foreground = foreground
            self.background = background
        }

        public static let terminalDefault = Colors(foreground: -1, background: -1)
    }

    /// The pair to draw with, and whether the caller must first define it with `init_pair`.
    public struct Allocation: Hashable, Sendable {
        public var number: Int16
        public var colors: Colors
        public var isNew: Bool

        public init(number: Int16, colors: Colors, isNew: Bool) {
            self.number = number
            self.colors = colors
            self.isNew = isNew
        }
    }

    /// How many colours the terminal has: 0 for none, 8, 16, 88 or 256.
    public let colorCount: Int
    /// The number of pairs the terminal allows, pair 0 included (curses' `COLOR_PAIRS`).
    public let pairLimit: Int
    /// Whether −1 may be used for the terminal's own colours (`use_default_colors` worked).
    /// When not, the default foreground becomes white and the default background black.
    public let defaultColors: Bool
    /// The pairs handed out so far.
    public private(set) var numbers: [Colors: Int16] = [:]

    public init(colorCount: Int, pairLimit: Int, defaultColors: Bool = true) {
        self.colorCount = colorCount
        // Pair numbers are `short` in init_pair and setcchar.
        self.pairLimit = min(max(pairLimit, 0), Int(Int16.max) + 1)
        self.defaultColors = defaultColors
    }

    /// Whether colours are drawn at all: fewer than the eight basic ones counts as none.
    public var usesColor: Bool { colorCount >= 8 && pairLimit > 1 }

    /// The curses colour number for a style's colour: the 256-colour index on terminals that
    /// have 256, the basic colour (0–7) otherwise, −1 (or the fallback) for the default.
    public func colorNumber(_ color: Style.Color?, isForeground: Bool) -> Int16 {
        guard let color else {
            if defaultColors { return -1 }
            return Int16(isForeground ? Style.BasicColor.white.rawValue : Style.BasicColor.black.rawValue)
        }
        if colorCount >= 256, case .indexed(let index, _) = color { return Int16(index) }
        return Int16(color.basic.rawValue)
    }

    /// The colours a style asks for, in curses numbers.
    public func colors(for style: Style) -> Colors {
        Colors(foreground: colorNumber(style.foreground, isForeground: true),
               background: colorNumber(style.background, isForeground: false))
    }

    /// The pair for a style's colours, numbering a new one when this combination is first
    /// seen. Pair 0 (never redefined) serves the terminal's defaults, terminals without colour,
    /// and every style once the terminal's pairs run out: the attributes still show then.
    public mutating func pair(for style: Style) -> Allocation {
        guard usesColor else { return Allocation(number: 0, colors: .terminalDefault, isNew: false) }
        let wanted = colors(for: style)
        if style.foreground == nil, style.background == nil {
            return Allocation(number: 0, colors: wanted, isNew: false)
        }
        if let number = numbers[wanted] { return Allocation(number: number, colors: wanted, isNew: false) }
        let next = numbers.count + 1
        guard next < pairLimit else { return Allocation(number: 0, colors: wanted, isNew: false) }
        let number = Int16(next)
        numbers[wanted] = number
        return Allocation(number: number, colors: wanted, isNew: true)
    }
}
