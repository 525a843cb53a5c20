import Canvas
import CNcursesw
import Dashboard
import DispatchParser
import Foundation
import Terminal
import Tracking
import TrackingStore

/// What the fuzzer drives (issue 12): the dispatch parser on any bytes, and the key decoder
/// with the dashboard's `Update` and views on any key sequence. Each returns normally or
/// traps (a crash is what libFuzzer looks for); an input that trapped once is kept under
/// `Tests/FuzzTargetsTests/Regressions` and replayed by `swift test`.
public enum FuzzTargets {
    /// Any bytes as a dispatch: parsed, and its JSON rendered in both languages.
    public static func parser(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let parsed = DispatchParser.parse(text)
        _ = parsed.jsonValue(.vi).rendered()
        _ = parsed.jsonValue(.en).rendered()
    }

    /// Any bytes as keys: each 5 bytes are one `wget_wch` result (status, then a value), decoded
    /// as the terminal adapter decodes them and applied to the 239 board, with a resize and a
    /// render now and then.
    public static func keys(_ data: Data) {
        var state = boardState
        let bytes = [UInt8](data)
        var index = 0
        while index + 5 <= bytes.count {
            let status: Int32 = bytes[index] & 1 == 0 ? OK : KEY_CODE_YES
            var value = UInt32(bytes[index + 1]) | UInt32(bytes[index + 2]) << 8 | UInt32(bytes[index + 3]) << 16
            // Mostly keyboard-sized values: ASCII, Vietnamese letters, marks, curses key codes.
            if bytes[index + 4] & 3 != 0 { value %= 0x2000 }
            index += 5
            if let key = Key.decoding(status: status, value: value) {
                _ = Update.apply(.key(key), to: &state)
            }
            if bytes[index - 1] == 0xFF {
                _ = Update.apply(.resize(width: 20 + Int(value % 200), height: 5 + Int(value % 60)), to: &state)
            }
            if bytes[index - 1] & 0x0F == 0 {
                _ = DashboardView.render(state, theme: Theme(colors: .none))
            }
        }
        _ = DashboardView.render(state, theme: Theme(colors: .none))
    }

    /// The 239 board at 80×24 on 12/02/2025, read once from a fresh store.
    private static let boardState: AppState = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theodoi-fuzz-\(getpid())")
        let today = CalendarDate(year: 2025, month: 2, day: 12)!
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let store = try? SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path),
              let snapshot = try? store.snapshot(asOf: today) else { fatalError("cannot make the fuzzing store") }
        var state = AppState(snapshot: snapshot, rules: StatusRules(), today: today, minuteOfDay: 14 * 60,
                             language: .vi, width: 80, height: 24)
        state.stack = [.home]
        return state
    }()
}
