/// A bordered panel with a title, drawn with the light box-drawing characters (which PuTTY and
/// the Linux console show reliably, unlike curses' ACS line drawing) or plain ASCII.
public struct Box: Sendable {
    public struct Border: Sendable, Hashable {
        public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character

        public static let light = Border(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
        public static let heavy = Border(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
        public static let ascii = Border(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
    }

    public var title: String
    public var border: Border
    public var borderStyle: Style
    public var titleStyle: Style

    public init(title: String = "", border: Border = .light, borderStyle: Style = .plain, titleStyle: Style = Style(bold: true)) {
        self.title = title
        self.border = border
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// Draws the box on `area` and returns the inside.
    @discardableResult
    public func render(_ area: Rect, _ buffer: inout Buffer) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let horizontal = String(repeating: border.horizontal, count: area.width - 2)
        buffer.write(String(border.topLeft) + horizontal + String(border.topRight), x: area.x, y: area.y, maxWidth: area.width, style: borderStyle)
        buffer.write(String(border.bottomLeft) + horizontal + String(border.bottomRight), x: area.x, y: area.maxY - 1, maxWidth: area.width, style: borderStyle)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(String(border.vertical), x: area.x, y: y, style: borderStyle)
            buffer.write(String(border.vertical), x: area.maxX - 1, y: y, style: borderStyle)
        }
        if !title.isEmpty, area.width > 4 {
            buffer.write(" \(title) ", x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: titleStyle)
        }
        return area.inset(by: 1)
    }
}
