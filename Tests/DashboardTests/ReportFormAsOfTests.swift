import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The report form under a `--today` earlier than the latest revision: it counts and prefills
/// from the revisions submitted by today, as the board does, and does not open at all when a
/// revision came after today (nothing typed could be stored).
@Suite struct ReportFormAsOfTests {
    /// Opens the form as the shell does: the agency's revisions as of the state's today.
    func open(_ fixture: DashboardFixture, today: String, width: Int = 80, height: Int = 24,
              language: Language = .vi, draft: String? = nil) throws -> AppState {
        var state = try fixture.state(today: today, width: width, height: height, language: language)
        let reports = try fixture.store.reports(taskID: "1", agencyID: "cong-an-tinh", asOf: state.today)
        _ = Update.apply(.reportFormLoaded(ReportFormSeed(taskID: "1", agencyID: "cong-an-tinh", reports: reports,
                                                          draftPayload: draft, draftSavedAt: draft.map { _ in "2025-02-14T09:00:00+07:00" })),
                         to: &state)
        return state
    }

    func screen(_ state: AppState) -> String {
        DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
    }

    @Test func aRevisionAfterTodayKeepsTheFormClosedAndSaysWhyAtOnce() throws {
        let fixture = try DashboardFixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-10")
        try fixture.submit("cong-an-tinh", on: "2025-02-14")
        let state = try open(fixture, today: "2025-02-12")
        #expect(state.form == nil)
        #expect(state.screen != .reportForm)
        let message = "Cơ quan này đã nộp lần 2 ngày 14/02/2025, sau ngày đang xem 12/02/2025: không nộp lùi ngày được."
        #expect(state.notice == message)
        // Whole at 80 columns: the end says what happened.
        let shown = screen(state)
        #expect(shown.contains("Cơ quan này đã nộp lần 2 ngày 14/02/2025, sau ngày đang xem 12/02/2025: không"), "\(shown)")
        #expect(shown.contains("nộp lùi ngày được."), "\(shown)")

        let english = try open(fixture, today: "2025-02-12", width: 120, language: .en)
        #expect(english.notice
            == "This agency already submitted revision 2 on 14/02/2025, after the day being viewed (12/02/2025): a report cannot be backdated.")
    }

    /// From the agency's detail (where `n` is pressed after reading its revisions), the refusal
    /// is seen too.
    @Test func theRefusalIsSeenOnTheAgencysDetail() throws {
        let fixture = try DashboardFixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-14")
        var state = try fixture.state(today: "2025-02-12", width: 80, height: 24)
        state.stack.append(.agency("cong-an-tinh"))
        let reports = try fixture.store.reports(taskID: "1", agencyID: "cong-an-tinh", asOf: state.today)
        _ = Update.apply(.reportFormLoaded(ReportFormSeed(taskID: "1", agencyID: "cong-an-tinh", reports: reports,
                                                          draftPayload: nil, draftSavedAt: nil)), to: &state)
        #expect(state.screen == .agency("cong-an-tinh"))
        let shown = screen(state)
        #expect(shown.contains("Cơ quan này đã nộp lần 1 ngày 14/02/2025"), "\(shown)")
        #expect(shown.contains("nộp lùi ngày được."), "\(shown)")
    }

    @Test func theNextRevisionAndThePrefillAreThoseAsOfToday() throws {
        let fixture = try DashboardFixture()
        try fixture.submit("cong-an-tinh", on: "2025-02-10", results: "bản đầu")
        let state = try open(fixture, today: "2025-02-13", width: 120, height: 40)
        let form = try #require(state.form)
        #expect(form.baseRevision == 1)
        #expect(screen(state).contains("lần 2"))
        #expect(form.notice == "Bắt đầu từ lần 1; nộp sẽ thành lần 2")
        #expect(form.text(.section(.results)) == "bản đầu")
        // The revision's own date, which the form accepts: never after today.
        #expect(form.text(.date) == "10/02/2025")
        if case .failure(let failure) = form.validate(today: state.today, language: .vi) {
            #expect(failure.errors[.date] == nil)
        }
    }

    @Test func nothingSubmittedByTodayStartsEmptyOnToday() throws {
        let fixture = try DashboardFixture()
        let state = try open(fixture, today: "2025-02-12")
        let form = try #require(state.form)
        #expect(form.baseRevision == 0)
        #expect(form.text(.reference).isEmpty)
        #expect(form.text(.date) == "12/02/2025")
        #expect(form.notice == nil)
        #expect(screen(state).contains("lần 1"))
    }

    /// Whatever the seed holds, the form does not start on a date its own check refuses.
    @Test func aPrefilledDateIsNeverOneTheFormRefuses() throws {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-12", width: 80, height: 24)
        let later = ReportContent(reference: "9/BC", date: CalendarDate(iso: "2025-02-14")!, sections: [.workDone: "a", .results: "b"])
        _ = Update.apply(.reportFormLoaded(ReportFormSeed(taskID: "1", agencyID: "cong-an-tinh", latestRevision: 1, latest: later,
                                                          draftPayload: nil, draftSavedAt: nil)), to: &state)
        let form = try #require(state.form)
        #expect(form.text(.date) == "12/02/2025")
        let content = try form.validate(today: state.today, language: .vi).get()
        #expect(content.date == CalendarDate(iso: "2025-02-12"))
    }

    /// A draft typed while the day being viewed was later: its date is flagged as the form opens.
    @Test func aRestoredDraftDatedAfterTodayIsFlaggedAtOnce() throws {
        let fixture = try DashboardFixture()
        var typed = ReportForm(taskID: "1", agencyID: "cong-an-tinh", areaIDs: [], baseRevision: 0)
        typed.setText(.date, "14/02/2025")
        let state = try open(fixture, today: "2025-02-12", draft: typed.draftPayload)
        #expect(state.form?.text(.date) == "14/02/2025")
        #expect(state.form?.errors[.date] == "sau ngày hôm nay (12/02/2025)")
    }
}
