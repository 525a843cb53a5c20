import Canvas
import Dashboard
import Foundation
import Testing
import Tracking
import TrackingStore

/// The report form through `update`: typing, validation in place, confirmation, drafts, conflicts.
@Suite struct ReportFormTests {
    func openForm(today: String = "2025-02-12", width: Int = 80, height: Int = 24) throws -> (DashboardFixture, AppState) {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: today, width: width, height: height)
        let effects = state.press(.tab, .down, .down, .down, .down, .down, .character("n"))
        #expect(effects == [.openReportForm(taskID: "1", agencyID: "cong-an-tinh")])
        _ = Update.apply(.reportFormLoaded(ReportFormSeed(taskID: "1", agencyID: "cong-an-tinh", latestRevision: 0,
                                                          latest: nil, draftPayload: nil, draftSavedAt: nil)), to: &state)
        #expect(state.screen == .reportForm)
        return (fixture, state)
    }

    /// Tabs to `field` and types `text` there.
    func fill(_ state: inout AppState, _ field: ReportForm.Field, _ text: String) {
        while state.form?.focusedField != field { state.press(.tab) }
        state.press(.control("u"))   // the date starts as today
        state.type(text)
    }

    @Test(arguments: [("2025-02-12", "Tính là ✓ Hoàn thành đúng hạn (hạn 14/02/2025)"),
                      ("2025-02-17", "Tính là ☑ Hoàn thành quá hạn: trễ 3 ngày (hạn 14/02/2025)")])
    func theConfirmationSaysHowTheReportWillCount(today: String, expected: String) throws {
        var (_, state) = try openForm(today: today, width: 120, height: 40)
        fill(&state, .reference, "7/BC")
        fill(&state, .section(.workDone), "Đã kiểm tra")
        fill(&state, .section(.results), "Tốt")
        state.press(.control("s"))
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains(expected), "\(screen)")
    }

    @Test func formOpensOnItsFirstFieldInTabOrder() throws {
        var (_, state) = try openForm()
        #expect(state.form?.focusedField == .reference)
        state.press(.tab)
        #expect(state.form?.focusedField == .date)
        state.press(.tab)
        #expect(state.form?.focusedField == .section(.workDone))
        state.press(.backTab, .backTab)
        #expect(state.form?.focusedField == .reference)
        state.press(.backTab)
        #expect(state.form?.focusedField == .figure(areaID: "van-mon", .complaintsHandled))
    }

    @Test func impossibleDateAndLetterInANumberAreShownAndNothingIsSubmitted() throws {
        var (_, state) = try openForm()
        fill(&state, .reference, "12/BC-CAT")
        fill(&state, .date, "31/02/2025")
        fill(&state, .section(.workDone), "Kiểm tra")
        fill(&state, .section(.results), "Tốt")
        fill(&state, .figure(areaID: "phong-khe", .inspected), "2O")
        let effects = state.press(.control("s"))
        #expect(effects.isEmpty)
        #expect(state.form?.question == nil)
        #expect(state.form?.errors[.date]?.contains("không phải ngày có thật") == true)
        #expect(state.form?.errors[.figure(areaID: "phong-khe", .inspected)] == "số nguyên ≥ 0")
        #expect(state.form?.focusedField == .date)
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("⚠ Ngày: \"31/02/2025\" không phải ngày có thật"))
    }

    @Test func validReportAsksThenSubmitsNFC() throws {
        var (_, state) = try openForm()
        fill(&state, .reference, "12/BC-CAT")
        fill(&state, .date, "12/02/2025")
        fill(&state, .section(.workDone), "Kiểm tra 20 cơ sở ở Phong Khê".decomposedStringWithCanonicalMapping)
        fill(&state, .section(.results), "Đình chỉ 12 cơ sở")
        fill(&state, .figure(areaID: "phong-khe", .inspected), "20")
        fill(&state, .figure(areaID: "phong-khe", .finesVND), "1.300.000.000")
        fill(&state, .figure(areaID: "van-mon", .violations), "15")
        #expect(state.press(.control("s")).isEmpty)
        guard case .confirmSubmit(let content)? = state.form?.question else {
            Issue.record("no confirmation asked")
            return
        }
        #expect(Array(content[.workDone].utf8) == Array("Kiểm tra 20 cơ sở ở Phong Khê".precomposedStringWithCanonicalMapping.utf8))
        #expect(content.figures.map(\.areaID) == ["phong-khe", "van-mon"])
        #expect(content.figures[0].finesVND == 1_300_000_000)
        let screen = DashboardView.render(state, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("Nộp báo cáo này?"))
        let effects = state.press(.enter)
        #expect(effects == [.submitReport(taskID: "1", agencyID: "cong-an-tinh", content: content, expectedRevision: 0, reportedBy: nil)])
        _ = Update.apply(.reportSubmitted(revision: 1), to: &state)
        #expect(state.form == nil)
        #expect(state.screen == .home)
    }

    @Test func escapeOnAnUntouchedFormJustCloses() throws {
        var (_, state) = try openForm()
        #expect(state.form?.text(.date) == "12/02/2025")
        #expect(state.press(.escape).isEmpty)
        #expect(state.form == nil)
        #expect(state.screen == .home)
    }

    @Test func escapeAsksEvenAfterTheDraftWasSavedWhileTyping() throws {
        var (_, state) = try openForm()
        fill(&state, .reference, "7/BC")
        // The pause in typing saved the draft (the shell answers the save with draftSaved).
        _ = Update.apply(.draftSaved, to: &state)
        #expect(state.form?.isDirty == false)
        state.press(.escape)
        #expect(state.form?.question == .discardDraft)
    }

    @Test func escapeAsksAndTheSafeAnswerKeepsTheDraft() throws {
        var (_, state) = try openForm()
        fill(&state, .reference, "7/BC")
        state.press(.escape)
        #expect(state.form?.question == .discardDraft)
        let effects = state.press(.escape)
        guard case .saveDraft(let task, let agency, let payload, _)? = effects.first else {
            Issue.record("the draft was not kept: \(effects)")
            return
        }
        #expect((task, agency) == ("1", "cong-an-tinh"))
        #expect(payload.contains("7/BC"))
        #expect(state.form == nil)
    }

    @Test func aDraftIsRestoredWordForWordAndMarked() throws {
        var (_, state) = try openForm()
        fill(&state, .reference, "12/BC-CAT")
        fill(&state, .date, "31/02/2025")
        fill(&state, .section(.lessons), "Phối hợp\nsớm với điện lực")
        fill(&state, .figure(areaID: "phu-lam", .finesVND), "340.000.000")
        let payload = try #require(state.form?.draftPayload)
        var (_, restored) = try openForm()
        _ = Update.apply(.reportFormLoaded(ReportFormSeed(taskID: "1", agencyID: "cong-an-tinh", latestRevision: 0, latest: nil,
                                                          draftPayload: payload, draftSavedAt: "2025-02-12T10:31:05+07:00")), to: &restored)
        for field in [ReportForm.Field.reference, .date, .section(.lessons), .figure(areaID: "phu-lam", .finesVND)] {
            #expect(restored.form?.text(field) == state.form?.text(field))
        }
        #expect(restored.form?.notice?.contains("Đã khôi phục bản nháp") == true)
        let screen = DashboardView.render(restored, theme: Theme(colors: .none)).lines().joined(separator: "\n")
        #expect(screen.contains("Đã khôi phục bản nháp lưu lúc 12/02/2025 10:31"))
    }

    @Test func aConflictIsReportedAndTheNextSubmitBuildsOnIt() throws {
        var (_, state) = try openForm()
        _ = Update.apply(.reportRejected("canbo đã nộp lần 1", latestRevision: 1), to: &state)
        #expect(state.form?.notice == "canbo đã nộp lần 1")
        #expect(state.form?.baseRevision == 1)
        #expect(state.screen == .reportForm)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func snapshotWithErrors(width: Int, height: Int) throws {
        var (_, state) = try openForm(width: width, height: height)
        fill(&state, .reference, "12/BC-CAT")
        fill(&state, .date, "31/02/2025")
        fill(&state, .section(.workDone), "Kiểm tra 20 cơ sở tái chế giấy ở Phong Khê; 12 cơ sở dừng hoạt động, cắt điện 5 cơ sở.")
        fill(&state, .figure(areaID: "phong-khe", .inspected), "abc")
        state.press(.control("s"))
        try Snapshot.assert(DashboardView.render(state, theme: Theme(colors: .none)), named: "report-form-errors-\(width)x\(height)")
    }
}

/// The form applies the length limits `report submit` applies, in the field.
@Suite struct ReportFormLimitTests {
    @Test func aSectionOverTheLimitIsAnErrorInItsField() throws {
        var form = ReportForm(taskID: "1", agencyID: "cong-an-tinh", areaIDs: [], baseRevision: 0)
        form.setText(.reference, "12/BC-CAT")
        form.setText(.date, "10/02/2025")
        form.setText(.section(.results), "Đã xử lý")
        form.setText(.section(.workDone), String(repeating: "a", count: ReportContent.maximumSectionLength + 1))
        guard case .failure(let failure) = form.validate(today: CalendarDate(iso: "2025-02-12")!, language: .vi) else {
            Issue.record("accepted a section over the limit"); return
        }
        #expect(failure.errors[.section(.workDone)] == "dài 100.001 ký tự, quá giới hạn 100.000")
        form.setText(.section(.workDone), String(repeating: "a", count: ReportContent.maximumSectionLength))
        guard case .success = form.validate(today: CalendarDate(iso: "2025-02-12")!, language: .vi) else {
            Issue.record("refused a section at the limit"); return
        }
    }
}

/// A draft that waits for a busy database: the form says so and stays dirty; saved, it says nothing.
@Suite struct DraftDeferredTests {
    @Test func aDeferredDraftIsSaidAndRetried() throws {
        let fixture = try DashboardFixture()
        var state = try fixture.state(today: "2025-02-12", width: 120, height: 40)
        var form = ReportForm(taskID: "1", agencyID: "cong-an-tinh", areaIDs: [], baseRevision: 0)
        form.isDirty = true
        state.form = form
        _ = Update.apply(.draftDeferred, to: &state)
        #expect(state.form?.isDirty == true)
        #expect(state.form?.notice == "Chưa lưu được nháp: cơ sở dữ liệu đang bận; sẽ tự thử lại (phần đã gõ vẫn còn)")
        _ = Update.apply(.draftSaved, to: &state)
        #expect(state.form?.isDirty == false)
        #expect(state.form?.notice == nil)
    }
}
