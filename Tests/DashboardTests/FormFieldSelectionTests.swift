import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// Tab into a prefilled one-line field selects it (typing replaces it, Ctrl-Z restores), and
/// the count of fields to fix follows the fixes.
@Suite struct FormFieldSelectionTests {
    @Test func tabIntoThePrefilledDateSelectsItSoTypingReplacesIt() throws {
        var (_, state) = try ReportFormTests().openForm()
        state.press(.tab)
        #expect(state.form?.focusedField == .date)
        #expect(state.form?.text(.date) == "12/02/2025")
        state.type("31/01/2025")
        #expect(state.form?.text(.date) == "31/01/2025")
        state.press(.control("z"))
        #expect(state.form?.text(.date) == "12/02/2025")
        // Arrows just move: the text stays and the next letter goes where the cursor is.
        state.press(.tab, .backTab, .left)
        state.type("9")
        #expect(state.form?.text(.date) == "12/02/20295")
    }

    @Test func theCountOfFieldsToFixFollowsTheFixes() throws {
        var (_, state) = try ReportFormTests().openForm()
        state.press(.control("s"))
        #expect(state.form?.notice == "Chưa nộp: còn 3 chỗ cần sửa")
        #expect(state.form?.focusedField == .reference)
        state.type("12/BC")
        #expect(state.form?.notice == "Chưa nộp: còn 2 chỗ cần sửa")
        while state.form?.focusedField != .section(.workDone) { state.press(.tab) }
        state.type("Đã kiểm tra")
        state.press(.tab)
        state.type("Tốt")
        #expect(state.form?.notice == nil)
    }
}
