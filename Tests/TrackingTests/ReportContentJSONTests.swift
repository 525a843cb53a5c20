import Foundation
import Testing
@testable import Tracking

/// Pins down reading the submit JSON: areas by folded name, money as text, missing figures as
/// nil, and every refusal with its exact place (unknown keys with a suggestion, wrong types,
/// impossible dates, unknown areas), then `validated` (negative figures, duplicate areas, dates
/// after today, empty reports) and the JSON written back.
@Suite struct ReportContentJSONTests {
    static let today = day("2025-02-12")

    func read(_ json: String) throws(ReportInputError) -> ReportContent {
        try ReportContent(json: Data(json.utf8), areas: Fixture.areas)
    }

    /// The refusal of `json`, from reading or else from validating; nil when it is accepted.
    func refusal(_ json: String) -> ReportInputError? {
        do {
            _ = try read(json).validated(areas: Fixture.areas, today: Self.today)
            return nil
        } catch {
            return error
        }
    }

    /// A valid report around one figures row.
    func withFigures(_ rows: String) -> String {
        #"{"reference": "12/BC-CAT", "date": "2025-02-12", "results": "Đã kiểm tra", "figures": [\#(rows)]}"#
    }

    @Test func readsTheReadmeExample() throws {
        let content = try read("""
            {"reference": "12/BC-CAT", "date": "2025-02-12",
             "work_done": "Kiểm tra", "results": "Xử phạt", "lessons": "", "causes": null, "solutions": "Di dời",
             "figures": [{"area": "Phong Khê", "inspected": 20, "violations": 12, "fines_count": 5,
                          "fines_vnd": 1300000000, "suspended": 12, "power_cut": 5, "relocated": 0,
                          "complaints_handled": 3}]}
            """).validated(areas: Fixture.areas, today: Self.today)
        #expect(content.reference == "12/BC-CAT")
        #expect(content.date == day("2025-02-12"))
        #expect(content[.workDone] == "Kiểm tra" && content[.results] == "Xử phạt" && content[.solutions] == "Di dời")
        #expect(content[.lessons] == "" && content[.causes] == "")
        #expect(content.figures == [AreaFigures(areaID: "phong-khe", inspected: 20, violations: 12, finesCount: 5,
                                                finesVND: 1_300_000_000, suspended: 12, powerCut: 5, relocated: 0,
                                                complaintsHandled: 3)])
    }

    @Test(arguments: [
        ("phong khe", "phong-khe"), ("PHONG KHÊ", "phong-khe"), ("phong-khe", "phong-khe"),
        ("phu lam", "phu-lam"), ("CCN Phú Lâm", "phu-lam"), ("van mon", "van-mon"), ("Mẫn Xá", "van-mon"),
    ])
    func areaByFoldedName(name: String, id: String) throws {
        let content = try read(withFigures(#"{"area": "\#(name)", "inspected": 1}"#))
        #expect(content.figures.map(\.areaID) == [id])
    }

    @Test func areaInDecomposedForm() throws {
        let content = try read(withFigures(#"{"area": "\#("Phong Khê".decomposedStringWithCanonicalMapping)"}"#))
        #expect(content.figures.map(\.areaID) == ["phong-khe"])
    }

    @Test func moneyAsTextAndFiguresLeftOut() throws {
        let content = try read(withFigures(#"""
            {"area": "phong khe", "fines_vnd": "1.300.000.000", "inspected": " 20 ", "violations": null, "relocated": 0},
            {"area": "phu lam", "fines_vnd": "1.300.000.000 đ"}
            """#))
        #expect(content.figures[0].finesVND == 1_300_000_000)
        #expect(content.figures[0].inspected == 20)
        #expect(content.figures[0].violations == nil)   // not reported, not zero
        #expect(content.figures[0].relocated == 0)
        #expect(content.figures[0].powerCut == nil)
        #expect(content.figures[1].finesVND == 1_300_000_000)
    }

    @Test func vietnameseDateAndNFCText() throws {
        let decomposed = "Đã xử lý Khê".decomposedStringWithCanonicalMapping
        let content = try read(#"{"reference": " 12/BC-CAT ", "date": "12/02/2025", "results": "\#(decomposed)"}"#)
        #expect(content.date == day("2025-02-12"))
        #expect(content.reference == "12/BC-CAT")
        #expect(Array(content[.results].unicodeScalars) == Array("Đã xử lý Khê".unicodeScalars))
        #expect(content.figures.isEmpty)
    }

    @Test(arguments: [
        // input, path, problem
        ("hello", "", ReportInputError.Problem.notJSON("")),
        ("", "", .notJSON("")),
        ("[1, 2]", "", .notAnObject),
        (#""report""#, "", .notAnObject),
        (#"{"reference": "1/BC", "date": "2025-02-12", "work_don": "x"}"#, "report", .unknownKey("work_don", suggestion: "work_done")),
        (#"{"reference": "1/BC", "date": "2025-02-12", "Results": "x"}"#, "report", .unknownKey("Results", suggestion: "results")),
        (#"{"reference": "1/BC", "date": "2025-02-12", "ghi_chu_them": "x"}"#, "report", .unknownKey("ghi_chu_them", suggestion: nil)),
        (#"{"date": "2025-02-12", "results": "x"}"#, "reference", .missing),
        (#"{"reference": 12, "date": "2025-02-12", "results": "x"}"#, "reference", .notText),
        (#"{"reference": "1/BC", "results": "x"}"#, "date", .missing),
        (#"{"reference": "1/BC", "date": 20250212, "results": "x"}"#, "date", .notText),
        (#"{"reference": "1/BC", "date": "31/02/2025", "results": "x"}"#, "date", .notADate("31/02/2025")),
        (#"{"reference": "1/BC", "date": "2025-02-29", "results": "x"}"#, "date", .notADate("2025-02-29")),
        (#"{"reference": "1/BC", "date": "hôm nay", "results": "x"}"#, "date", .notADate("hôm nay")),
        (#"{"reference": "1/BC", "date": "2025-02-12", "results": ["x"]}"#, "results", .notText),
        (#"{"reference": "1/BC", "date": "2025-02-13", "results": "x"}"#, "date", .dateAfterToday(day("2025-02-13"), day("2025-02-12"))),
        (#"{"reference": "  ", "date": "2025-02-12", "results": "x"}"#, "reference", .missing),
        (#"{"reference": "1/BC", "date": "2025-02-12", "results": " \n "}"#, "work_done", .noSection),
        (#"{"reference": "1/BC", "date": "2025-02-12"}"#, "work_done", .noSection),
    ])
    func topLevelRefusals(json: String, path: String, problem: ReportInputError.Problem) throws {
        let error = try #require(refusal(json))
        #expect(error.path == path)
        if case .notJSON = problem {
            guard error.problem.isMalformedJSON else { Issue.record("expected malformed JSON, got \(error.problem)"); return }
        } else {
            #expect(error.problem == problem)
        }
    }

    @Test(arguments: [
        (#"{"area": "phong khe", "fines_vdn": 5}"#, "figures[0]", ReportInputError.Problem.unknownKey("fines_vdn", suggestion: "fines_vnd")),
        (#"{"area": "phong khe", "inspected": -5}"#, "figures[0].inspected", .negative(-5)),
        (#"{"area": "phong khe", "fines_vnd": "-1.000"}"#, "figures[0].fines_vnd", .negative(-1000)),
        (#"{"area": "phong khe", "violations": 1.5}"#, "figures[0].violations", .notAWholeNumber("1.5")),
        (#"{"area": "phong khe", "violations": "mười hai"}"#, "figures[0].violations", .notAWholeNumber("mười hai")),
        (#"{"area": "phong khe", "violations": "1,5"}"#, "figures[0].violations", .notAWholeNumber("1,5")),
        (#"{"area": "phong khe", "violations": true}"#, "figures[0].violations", .notAWholeNumber("true")),
        (#"{"area": "phong khe", "violations": [3]}"#, "figures[0].violations", .notAWholeNumber("[…]")),
        (#"{"area": "Hà Nội"}"#, "figures[0].area", .unknownArea("Hà Nội", ["Phong Khê", "CCN Phú Lâm", "Văn Môn"])),
        (#"{"area": "xa"}"#, "figures[0].area", .ambiguousArea("xa", ["CCN Phú Lâm", "Văn Môn"])),
        (#"{"inspected": 3}"#, "figures[0].area", .missing),
        (#"{"area": 3}"#, "figures[0].area", .notText),
        (#""phong khe""#, "figures[0]", .notAnObject),
        (#"{"area": "phong khe"}, {"area": "Phú Lâm", "relocated": "x"}"#, "figures[1].relocated", .notAWholeNumber("x")),
        (#"{"area": "Phong Khê", "inspected": 1}, {"area": "phong khe", "inspected": 2}"#, "figures[1].area", .duplicateArea("phong-khe")),
    ])
    func figureRefusals(rows: String, path: String, problem: ReportInputError.Problem) throws {
        let error = try #require(refusal(withFigures(rows)))
        #expect(error.path == path)
        #expect(error.problem == problem)
    }

    @Test func figuresMustBeAnArray() throws {
        let error = try #require(refusal(#"{"reference": "1/BC", "date": "2025-02-12", "results": "x", "figures": {"area": "phong khe"}}"#))
        #expect(error.path == "figures")
        #expect(error.problem == .notAnArray)
        #expect(error.message(.vi) == "figures: phải là một mảng JSON [ … ]")
    }

    @Test func aFiguresRowThatIsNotAnObjectNamesItsPlace() throws {
        let error = try #require(refusal(withFigures(#""phong khe""#)))
        #expect(error.message(.vi) == "figures[0]: phải là một đối tượng JSON { … }")
        #expect(error.message(.en) == "figures[0]: must be a JSON object { … }")
    }

    @Test func messagesNameThePlace() throws {
        let negative = try #require(refusal(withFigures(#"{"area": "phong khe", "fines_vnd": -5}"#)))
        #expect(negative.message(.vi) == "figures[0].fines_vnd: không được âm (-5)")
        #expect(negative.message(.en) == "figures[0].fines_vnd: must not be negative (-5)")
        let misspelt = try #require(refusal(#"{"reference": "1/BC", "date": "2025-02-12", "work_don": "x"}"#))
        #expect(misspelt.message(.vi) == #"khóa không xác định "work_don" ở report (có phải "work_done"?)"#)
        #expect(misspelt.message(.en) == #"unknown key "work_don" in report (did you mean "work_done"?)"#)
        let impossible = try #require(refusal(#"{"reference": "1/BC", "date": "31/02/2025", "results": "x"}"#))
        #expect(impossible.message(.vi).hasPrefix(#"date: "31/02/2025" không phải ngày có thật"#))
        let garbage = try #require(refusal("not json"))
        #expect(garbage.message(.vi).hasPrefix("báo cáo không phải JSON hợp lệ"))
        #expect(garbage.message(.en).hasPrefix("the report is not valid JSON"))
    }

    @Test func validatedAcceptsTodayAndChecksDirectlyBuiltFigures() throws {
        let content = ReportContent(reference: "1/BC", date: Self.today, sections: [.lessons: "x"],
                                    figures: [AreaFigures(areaID: "ha-noi")])
        #expect(throws: ReportInputError(path: "figures[0].area", problem: .unknownArea("ha-noi", ["Phong Khê", "CCN Phú Lâm", "Văn Môn"]))) {
            try content.validated(areas: Fixture.areas, today: Self.today)
        }
        var fixed = content
        fixed.figures = [AreaFigures(areaID: "van-mon", powerCut: 0)]
        #expect(try fixed.validated(areas: Fixture.areas, today: Self.today) == fixed)
    }

    /// What `report show --format json` writes can be submitted again and means the same.
    @Test func jsonWrittenBackReadsTheSame() throws {
        let original = try read(withFigures(#"{"area": "Văn Môn", "fines_vnd": "950.000", "relocated": 0}, {"area": "phu lam", "inspected": 4}"#))
        let written = JSONValue.orderedObject(original.jsonObject).rendered()
        #expect(written.hasPrefix("{\n  \"reference\": \"12/BC-CAT\",\n  \"date\": \"2025-02-12\",\n  \"work_done\": \"\","))
        #expect(written.contains("\"area\": \"van-mon\""))
        #expect(written.contains("\"inspected\": null"))
        let reread = try read(written)
        #expect(reread.reference == original.reference && reread.date == original.date)
        #expect(ReportSection.allCases.allSatisfy { reread[$0] == original[$0] })
        #expect(reread.figures == original.figures)
    }

    @Test func keyListsFollowTheForm() {
        #expect(ReportContent.topLevelKeys == ["reference", "date", "work_done", "results", "lessons", "causes", "solutions", "figures"])
        #expect(ReportContent.figureKeys == ["area", "inspected", "violations", "fines_count", "fines_vnd", "suspended",
                                             "power_cut", "relocated", "complaints_handled"])
    }
}
