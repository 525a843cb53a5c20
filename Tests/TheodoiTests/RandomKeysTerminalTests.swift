import Foundation
import GRDB
import Testing

/// 10 000 random keys — Vietnamese, combining marks, emoji, control and function keys, pastes —
/// to the dashboard and its form in a real terminal, with resizes in between: it never
/// crashes, and the database stays consistent. Deterministic: a fixed seed.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"), .serialized)
struct RandomKeysTerminalTests {
    /// SplitMix64, so that a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let named = ["Tab", "BTab", "Enter", "Escape", "Up", "Down", "Left", "Right", "Home", "End", "PPage", "NPage",
                        "BSpace", "DC", "F1", "F5", "F12", "C-a", "C-e", "C-k", "C-u", "C-w", "C-z", "C-l", "M-b", "M-f"]
    static let texts = ["ệ", "Đà", "e\u{0302}\u{0301}", "👨\u{200D}👩\u{200D}👧", "🇻🇳", "a", "1", " ", "/", "n", "d", "a", "?", "q",
                        "\u{202E}", "Phong Khê", "12/BC", "đ", "Ư", "x"]

    @Test func tenThousandRandomKeysNeverCrashIt() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["--db", folder.database, "--today", "2025-02-12"], width: 100, height: 30)
        try session.waitFor("home") { $0.contains("Cơ quan được giao") }
        var random = Generator(state: 20_250_212)
        var sent = 0
        while sent < 10_000 {
            var batch: [String] = []
            for _ in 0..<50 {
                switch Int.random(in: 0..<10, using: &random) {
                case 0...3: batch.append(Self.named.randomElement(using: &random)!)
                // Not a key name, so tmux sends it as text.
                default: batch.append(Self.texts.randomElement(using: &random)!)
                }
            }
            // "q" quits at the top level: the test's keys are for inside it.
            batch = batch.map { $0 == "q" ? "x" : $0 }
            try session.send(keys: batch)
            sent += 50
            if sent % 1_000 == 0 {
                try session.resize(width: Int.random(in: 40...160, using: &random), height: Int.random(in: 10...50, using: &random))
                if Bool.random(using: &random) { try session.paste("Dán:\nhai dòng 🇻🇳 ệ\u{202E}") }
            }
        }
        try session.resize(width: 100, height: 30)
        let early = try session.screen()
        #expect(!early.contains("EXIT="), "theodoi quit before the keys ended:\n\(early)")
        // Keys are queued faster than they are handled: Ctrl-C (quit, from any screen, saving a
        // form's draft) comes after all of them, so a clean exit means every key was handled
        // without a crash.
        try session.send("C-c")
        let screen = try session.waitFor("theodoi to finish the keys and quit", timeout: 120) { $0.contains("EXIT=") }
        #expect(screen.contains("EXIT=0"), "\(screen)")
        var configuration = Configuration()
        configuration.readonly = true
        let check = try DatabaseQueue(path: folder.database, configuration: configuration).read {
            try String.fetchAll($0, sql: "PRAGMA integrity_check")
        }
        #expect(check == ["ok"])
    }
}
