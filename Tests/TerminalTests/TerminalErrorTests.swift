import Terminal
import Testing

/// The messages a user sees when the dashboard cannot start.
struct TerminalErrorTests {
    @Test func unknownTerminalNamesItAndTheFix() {
        let error = TerminalError.unknownTerminal("xterm-kitty")
        #expect(error.message(vietnamese: true)
            == "terminal \"xterm-kitty\" không được hỗ trợ (thiếu terminfo); hãy đặt TERM=xterm-256color hoặc cài gói ncurses-term")
        #expect(error.message(vietnamese: false)
            == "terminal \"xterm-kitty\" is not supported (no terminfo entry); set TERM=xterm-256color or install the ncurses-term package")
    }

    @Test func unsetTermSaysSo() {
        #expect(TerminalError.unknownTerminal("").message(vietnamese: false).hasPrefix("TERM is not set"))
    }

    @Test func terminalNameCannotCarryEscapes() {
        let message = TerminalError.unknownTerminal("x\u{1B}]0;owned\u{07}").message(vietnamese: false)
        #expect(!message.contains("\u{1B}"))
        #expect(message.contains("x␛]0;owned␇"))
    }

    @Test(arguments: [TerminalError.notATerminal, .unknownTerminal("ghostty"), .cannotAddressCursor])
    func everyMessageIsOneLine(_ error: TerminalError) {
        for vietnamese in [true, false] {
            let message = error.message(vietnamese: vietnamese)
            #expect(!message.isEmpty)
            #expect(!message.contains("\n"))
        }
    }
}
