/// The undo history of a ``TextEditor``: the text and cursor as they were before each step,
/// the newest last, and which kind of step is still open (so that the next key of the same
/// kind joins it instead of starting a new one).
struct EditHistory: Sendable, Equatable {
    /// The text and cursor before one step.
    struct Snapshot: Sendable, Equatable {
        var text: String
        var cursor: Int
    }

    /// What the step still open is made of.
    enum OpenStep: Sendable, Equatable {
        /// No step is open: the next change starts one.
        case none
        /// Inserted Characters and Backspaces, as typing (and an input method's corrections,
        /// and a paste arriving key by key) produces them.
        case typing
        /// Consecutive presses of Delete.
        case deletingForward
    }

    /// How many steps are kept; the oldest are forgotten beyond it.
    static let limit = 200

    private(set) var snapshots: [Snapshot] = []
    var open: OpenStep = .none

    /// Records the state before a change of kind `kind`, unless a step of that kind is open
    /// (then the change joins it). `kind == .none` records a step of its own.
    mutating func willChange(_ kind: OpenStep, text: String, cursor: Int) {
        if kind != .none, open == kind { return }
        snapshots.append(Snapshot(text: text, cursor: cursor))
        if snapshots.count > Self.limit { snapshots.removeFirst(snapshots.count - Self.limit) }
        open = kind
    }

    /// Whether a step would change `text`: steps that ended where they began (typing "a" and
    /// then Backspace) do not count.
    func canUndo(from text: String) -> Bool {
        snapshots.contains { $0.text != text }
    }

    /// The state before the newest step that changed `text`, dropping it and any step that
    /// ended where it began; nil when there is none.
    mutating func undo(from text: String) -> Snapshot? {
        open = .none
        while let last = snapshots.popLast() {
            if last.text != text { return last }
        }
        return nil
    }

    mutating func clear() {
        snapshots = []
        open = .none
    }
}
