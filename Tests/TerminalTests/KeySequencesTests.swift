import Canvas
import CNcursesw
import Terminal
import Testing

/// The extra escape sequences taught to curses for terminals whose `$TERM` is only a relative.
struct KeySequencesTests {
    @Test func everySequenceIsAnEscapeSequenceBoundOnce() {
        let sequences = KeySequences.common.map(\.sequence)
        #expect(sequences.allSatisfy { $0.hasPrefix("\u{1B}") && $0.count >= 3 })
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
}
