/// How a cell is drawn. Colours are optional: a terminal without colour (or with `NO_COLOR`)
/// draws only the attributes, so meaning never rests on colour alone.
public struct Style: Hashable, Sendable {
    public enum Color: Hashable, Sendable {
        case black, red, green, yellow, blue, magenta, cyan, white
        /// One of 256 colours; terminals with fewer get ``fallback``.
        case indexed(UInt8, fallback: BasicColor)

        /// The 8-colour equivalent.
        public var basic: BasicColor {
            switch self {
            case .black: .black
            case .red: .red
            case .green: .green
            case .yellow: .yellow
            case .blue: .blue
            case .magenta: .magenta
            case .cyan: .cyan
            case .white: .white
            case .indexed(_, let fallback): fallback
            }
        }
    }

    /// The eight colours every colour terminal has, with their curses numbers.
    public enum BasicColor: Int, Hashable, Sendable, CaseIterable {
        case black = 0, red, green, yellow, blue, magenta, cyan, white
    }

    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
                underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()
}
