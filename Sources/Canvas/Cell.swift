/// One terminal cell: one grapheme cluster and its style. A character two columns wide takes
/// its cell and the next one, which holds a continuation (empty text).
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster drawn here, "" for the right half of a wide character.
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()

    public var isContinuation: Bool { text.isEmpty }
}
