import Canvas
import Tracking

/// Styles by meaning, for what the terminal can show. Every status also has a glyph and a word,
/// so with no colour at all (`NO_COLOR`, `vt100`) nothing is lost; "muted" is an attribute
/// (dim), never grey, which vanishes on the Linux console.
public struct Theme: Sendable {
    public enum ColorLevel: Sendable, Equatable {
        case none
        case basic
        case extended
    }

    public var colors: ColorLevel
    /// Draw boxes and glyphs with ASCII only (a terminal without UTF-8).
    public var asciiOnly: Bool

    public init(colors: ColorLevel, asciiOnly: Bool = false) {
        self.colors = colors
        self.asciiOnly = asciiOnly
    }

    /// The colour count the terminal reports, made a level.
    public init(colorCount: Int, asciiOnly: Bool = false) {
        self.init(colors: colorCount >= 256 ? .extended : colorCount >= 8 ? .basic : .none, asciiOnly: asciiOnly)
    }

    private func colored(_ color: Style.Color, bold: Bool = false) -> Style {
        colors == .none ? Style(bold: bold) : Style(foreground: color, bold: bold)
    }

    public func status(_ status: AssignmentStatus) -> Style {
        switch status {
        case .pending: colored(.cyan)
        case .dueSoon: colored(.indexed(214, fallback: .yellow), bold: true)
        case .overdue: colored(.red, bold: true)
        case .doneOnTime: colored(.green)
        case .doneLate: colored(.indexed(208, fallback: .magenta))
        case .noDeadline: .plain
        }
    }

    public func glyph(_ status: AssignmentStatus) -> String {
        asciiOnly ? status.asciiGlyph : status.glyph
    }

    public var border: Style { .plain }
    public var focusedBorder: Style { colors == .none ? Style(bold: true) : Style(foreground: .cyan, bold: true) }
    public var title: Style { Style(bold: true) }
    public var muted: Style { Style(dim: true) }
    public var selected: Style { Style(reverse: true) }
    public var header: Style {
        colors == .none ? Style(reverse: true) : Style(foreground: .white, background: .blue, bold: true)
    }
    public var hint: Style { colors == .none ? Style(reverse: true) : Style(foreground: .black, background: .cyan) }
    public var error: Style { colors == .none ? Style(bold: true, underline: true) : Style(foreground: .red, bold: true) }
    public var holiday: Style { colors == .none ? Style(underline: true) : Style(foreground: .magenta, underline: true) }
    public var weekend: Style { Style(dim: true) }
    public var today: Style { Style(bold: true, reverse: true) }
    public var due: Style { colors == .none ? Style(bold: true, underline: true) : Style(foreground: .red, bold: true, underline: true) }

    public var boxBorder: Box.Border { asciiOnly ? .ascii : .light }
}
