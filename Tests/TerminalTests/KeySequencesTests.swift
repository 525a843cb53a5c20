import Canvas
import CNcursesw
import Terminal
import Testing

/// The extra escape sequences taught to curses for terminals whose `$TERM` is only a relative.
struct KeySequencesTests {
    @Test func everySequenceIsAnEscapeSequenceBoundOnce() {
        let sequences = KeySequences.common.map(\.sequence)
        // Esc and at least one more character (Alt-B is "\u{1B}b").
        #expect(sequences.allSatisfy { $0.hasPrefix("\u{1B}") && $0.count >= 2 })
        #expect(Set(sequences).count == sequences.count)
    }

    @Test func theSequencesDecodeToTheKeysTheirNamesSay() {
        func key(_ sequence: String) -> Key? {
            KeySequences.common.first { $0.sequence == "\u{1B}" + sequence }
                .flatMap { Key.decoding(status: KEY_CODE_YES, value: UInt32($0.code)) }
        }
        #expect(key("[1~") == .home)
        #expect(key("OF") == .end)
        #expect(key("[Z") == .backTab)
        #expect(key("[15~") == .function(5))
        #expect(key("[[E") == .function(5))
        #expect(key("OA") == .up)
    }

    /// Ctrl-Left/Right as xterm and rxvt send them, and Alt-B/Alt-F, move by word.
    @Test(arguments: [("[1;5D", Key.wordLeft), ("Od", .wordLeft), ("b", .wordLeft),
                      ("[1;5C", .wordRight), ("Oc", .wordRight), ("f", .wordRight)])
    func wordMoveSequences(_ sequence: String, _ expected: Key) {
        let bound = KeySequences.common.filter { $0.sequence == "\u{1B}" + sequence }
        #expect(bound.count == 1)
        #expect(bound.first.flatMap { Key.decoding(status: KEY_CODE_YES, value: UInt32($0.code)) } == expected)
    }

    @Test func plainArrowsAreNotWordMoves() {
        // Application-mode Left is "\u{1B}OD"; rxvt's Ctrl-Left differs only in case.
        let left = KeySequences.common.first { $0.sequence == "\u{1B}OD" }
        #expect(left.map(\.code) == KEY_LEFT)
        let right = KeySequences.common.first { $0.sequence == "\u{1B}[C" }
        #expect(right.map(\.code) == KEY_RIGHT)
    }
}
