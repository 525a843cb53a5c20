/// Which rows of a long list are visible in a window of `height` rows, keeping the selected row
/// in view: the list scrolls only when the selection would leave the window.
public struct ScrollWindow: Hashable, Sendable {
    public var offset: Int

    public init(offset: Int = 0) {
        self.offset = offset
    }

    /// The offset that shows `selected` in a window of `height` rows over `count` items,
    /// moving as little as possible from the current offset.
    public func following(selected: Int, count: Int, height: Int) -> ScrollWindow {
        guard height > 0, count > height else { return ScrollWindow(offset: 0) }
        var offset = min(self.offset, count - height)
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        return ScrollWindow(offset: max(0, offset))
    }
}
