/// A key press, as the terminal adapter decodes it and the application's update reads it.
/// It lives here, beside the cell grid, so that the pure application code does not depend on
/// the terminal adapter.
public enum Key: Hashable, Sendable {
    /// A printable grapheme. A decomposed letter may arrive as its base and then its marks,
    /// each as its own key; text fields join them.
    case character(Character)
    /// A bracketed paste, whole (line breaks as "\n"): inserted at once, in the field it was
    /// made in, instead of arriving as thousands of keys whose Enter and Tab would act.
    case paste(String)
    case enter
    case escape
    case tab
    case backTab
    case up
    case down
    case left
    case right
    case home
    case end
    /// To the start of the previous word: Ctrl-Left, or Alt-B (Option-Left on a Mac).
    case wordLeft
    /// To the end of the next word: Ctrl-Right, or Alt-F (Option-Right on a Mac).
    case wordRight
    case pageUp
    case pageDown
    case backspace
    case delete
    case insert
    case function(Int)
    /// Ctrl with a letter, as the lowercase letter: Ctrl-S is `.control("s")`.
    case control(Character)
    case resize
    case unknown(Int32)
}
