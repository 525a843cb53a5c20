import DispatchParser
import Testing
import Tracking

/// Every kind of parser warning, said in both languages (issue 10: English lines under a
/// Vietnamese heading). One row per kind: a kind added without its row fails `everyKindHasARow`.
@Suite struct ParseWarningTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var warning: ParseWarning
        var vi: String
        var en: String
        var testDescription: String { warning.code }
    }

    static let rows: [Row] = [
        Row(warning: .init(line: 1, .emptyText),
            vi: "dòng 1: văn bản trống; không đọc được nội dung nào",
            en: "line 1: the text is empty; nothing was found"),
        Row(warning: .init(line: 1, .noReferenceLine),
            vi: "dòng 1: không thấy dòng “Số:”; chưa tìm được số, ký hiệu văn bản",
            en: "line 1: no “Số:” line; the reference was not found"),
        Row(warning: .init(line: 3, .notAReference(written: "239/")),
            vi: "dòng 3: “239/” không phải số, ký hiệu văn bản",
            en: "line 3: “239/” is not a document reference"),
        Row(warning: .init(line: 1, .noIssuer),
            vi: "dòng 1: không thấy tên cơ quan ban hành phía trên số, ký hiệu",
            en: "line 1: no issuing body above the reference"),
        Row(warning: .init(line: 1, .issuerToneMarks(written: "UỶ BAN NHÂN DÂN", standard: "ỦY BAN NHÂN DÂN")),
            vi: "dòng 1: tên cơ quan ban hành viết “UỶ BAN NHÂN DÂN”; đã ghi theo cách bỏ dấu chuẩn là “ỦY BAN NHÂN DÂN”",
            en: "line 1: issuer written “UỶ BAN NHÂN DÂN”; given with the standard tone mark as “ỦY BAN NHÂN DÂN”"),
        Row(warning: .init(line: 1, .noPlaceAndDate),
            vi: "dòng 1: không thấy dòng địa danh và ngày tháng (“…, ngày … tháng … năm …”)",
            en: "line 1: no place and date line (“…, ngày … tháng … năm …”)"),
        Row(warning: .init(line: 4, .dateWithoutPlace),
            vi: "dòng 4: ngày ban hành không có địa danh đứng trước",
            en: "line 4: the date has no place before it"),
        Row(warning: .init(line: 1, .noSubjectLine),
            vi: "dòng 1: không thấy dòng “V/v”; chưa tìm được trích yếu",
            en: "line 1: no “V/v” line; the subject was not found"),
        Row(warning: .init(line: 5, .emptySubject),
            vi: "dòng 5: dòng “V/v” để trống",
            en: "line 5: the “V/v” line is empty"),
        Row(warning: .init(line: 12, .noAddresseeLine),
            vi: "dòng 12: không thấy dòng “Kính gửi:”; chưa tìm được nơi nhận",
            en: "line 12: no “Kính gửi:” line; the addressees were not found"),
        Row(warning: .init(line: 25, .addresseesSplit(written: "Báo Bắc Ninh, Cổng Thông tin điện tử tỉnh",
                                                       names: ["Báo Bắc Ninh", "Cổng Thông tin điện tử tỉnh"])),
            vi: "dòng 25: “Báo Bắc Ninh, Cổng Thông tin điện tử tỉnh” được tách thành 2 cơ quan: Báo Bắc Ninh; Cổng Thông tin điện tử tỉnh",
            en: "line 25: “Báo Bắc Ninh, Cổng Thông tin điện tử tỉnh” read as 2 agencies: Báo Bắc Ninh; Cổng Thông tin điện tử tỉnh"),
        Row(warning: .init(line: 9, .noAddressee),
            vi: "dòng 9: dòng “Kính gửi:” không nêu cơ quan nào",
            en: "line 9: “Kính gửi:” names no agency"),
        Row(warning: .init(line: 14, .citedDateInvalid(reference: "9/BTC-ĐT", written: "31/02/2024")),
            vi: "dòng 14: văn bản 9/BTC-ĐT ghi ngày “31/02/2024”, không phải ngày có thật; để trống ngày của văn bản này",
            en: "line 14: 9/BTC-ĐT is dated “31/02/2024”, which is no date; its date is left empty"),
        Row(warning: .init(line: 14, .citedDateAfterDispatch(reference: "77/KBNN-KSC", date: "15/03/2025", dispatchDate: "24/01/2025")),
            vi: "dòng 14: văn bản 77/KBNN-KSC ghi ngày 15/03/2025, sau ngày ban hành của chính công văn (24/01/2025); để trống ngày của văn bản này",
            en: "line 14: 77/KBNN-KSC is dated 15/03/2025, after the dispatch itself (24/01/2025); its date is left empty"),
        Row(warning: .init(line: 14, .citedDateImplausible(reference: "1120/BTC-ĐT", date: "20/02/1924")),
            vi: "dòng 14: văn bản 1120/BTC-ĐT ghi ngày 20/02/1924, không thể đúng; để trống ngày của văn bản này",
            en: "line 14: 1120/BTC-ĐT is dated 20/02/1924, which cannot be right; its date is left empty"),
        Row(warning: .init(line: 20, .approvalItem(item: "1")),
            vi: "dòng 20: mục 1 chỉ đồng ý hoặc ghi nhận, không giao việc; không tính là nhiệm vụ",
            en: "line 20: item 1 approves or notes and asks nothing; it is not a task"),
        Row(warning: .init(line: 8, .paragraphsAsTasks(count: 2)),
            vi: "dòng 8: phần nội dung không có mục đánh số; đã coi 2 đoạn là nhiệm vụ",
            en: "line 8: the body has no numbered item; 2 paragraphs read as tasks"),
        Row(warning: .init(line: 8, .noTask),
            vi: "dòng 8: phần nội dung không có nhiệm vụ đánh số",
            en: "line 8: no numbered task in the body"),
        Row(warning: .init(line: 30, .deadlineNoRealDay(task: "1", phrase: "trước ngày 29/02/2025")),
            vi: "dòng 30: nhiệm vụ 1: “trước ngày 29/02/2025” không phải ngày có thật; giữ nguyên thời hạn như văn bản ghi, không có ngày",
            en: "line 30: task 1: “trước ngày 29/02/2025” names no real day; the deadline is kept as written, without a date"),
        Row(warning: .init(line: 30, .deadlineNoDate(task: "3", phrase: "kịp thời")),
            vi: "dòng 30: nhiệm vụ 3: “kịp thời” không nêu ngày cụ thể",
            en: "line 30: task 3: “kịp thời” names no date"),
        Row(warning: .init(line: 31, .deadlineNoYear(task: "2.1", phrase: "trước 30/6")),
            vi: "dòng 31: nhiệm vụ 2.1: “trước 30/6” không ghi năm; lấy năm ban hành công văn",
            en: "line 31: task 2.1: “trước 30/6” has no year; the dispatch's year was taken"),
        Row(warning: .init(line: 32, .noDeadline(task: "4")),
            vi: "dòng 32: nhiệm vụ 4 không có thời hạn",
            en: "line 32: task 4 names no deadline"),
        Row(warning: .init(line: 33, .assigneeNotAddressee(task: "2", name: "Sở Y tế")),
            vi: "dòng 33: nhiệm vụ 2 giao cho “Sở Y tế”, cơ quan không có trong phần “Kính gửi”",
            en: "line 33: task 2 is given to “Sở Y tế”, who is not among the addressees"),
        Row(warning: .init(line: 36, .assignedToAllAddressees(task: "1", phrase: "các Sở, ngành, địa phương liên quan", count: 14)),
            vi: "dòng 36: nhiệm vụ 1 giao cho “các Sở, ngành, địa phương liên quan”; coi như giao cho cả 14 cơ quan ở phần “Kính gửi”",
            en: "line 36: task 1 is given to “các Sở, ngành, địa phương liên quan”; its assignees are taken to be all 14 addressees"),
        Row(warning: .init(line: 37, .noAssignee(task: "5")),
            vi: "dòng 37: nhiệm vụ 5: chưa xác định được cơ quan thực hiện",
            en: "line 37: task 5: no addressee recognised as its assignee"),
        Row(warning: .init(line: 60, .noRecipientList),
            vi: "dòng 60: không thấy phần “Nơi nhận:”",
            en: "line 60: no “Nơi nhận:” list"),
        Row(warning: .init(line: 50, .emptyRecipientList),
            vi: "dòng 50: phần “Nơi nhận:” không ghi nơi nào",
            en: "line 50: “Nơi nhận:” lists nothing"),
        Row(warning: .init(line: 60, .noSignature),
            vi: "dòng 60: không thấy phần chữ ký",
            en: "line 60: no signature block"),
        Row(warning: .init(line: 60, .signatureWithoutTitle),
            vi: "dòng 60: phần chữ ký không ghi chức vụ người ký",
            en: "line 60: the signature has no title"),
        Row(warning: .init(line: 60, .signatureWithoutName),
            vi: "dòng 60: phần chữ ký không ghi họ tên người ký",
            en: "line 60: the signature has no name"),
    ]

    @Test(arguments: rows) func saidInBothLanguages(_ row: Row) {
        #expect(row.warning.message(.vi) == row.vi)
        #expect(row.warning.message(.en) == row.en)
        #expect(EnglishWords.found(in: row.warning.message(.vi)).isEmpty)
    }

    /// 30 kinds, each once: a new kind needs its row above and a code of its own.
    @Test func everyKindHasARow() {
        let codes = Self.rows.map(\.warning.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.count == 30)
    }

    /// One of a kind is not said as many.
    @Test func singulars() {
        #expect(ParseWarning(line: 8, .paragraphsAsTasks(count: 1)).message(.en)
            == "line 8: the body has no numbered item; 1 paragraph read as task")
        let all = ParseWarning(line: 6, .assignedToAllAddressees(task: "2", phrase: "Các đơn vị liên quan", count: 1))
        #expect(all.message(.vi) == "dòng 6: nhiệm vụ 2 giao cho “Các đơn vị liên quan”; coi như giao cho cơ quan duy nhất ở phần “Kính gửi”")
        #expect(all.message(.en) == "line 6: task 2 is given to “Các đơn vị liên quan”; its assignee is taken to be the only addressee")
    }

    /// Whatever a real text makes the parser say, nothing of it is English in Vietnamese.
    @Test func noEnglishInTheWarningsOfTheFixtures() throws {
        for name in ["239-UBND-NN.TN.txt", "synthetic-STNMT-KT.txt"] {
            let parsed = DispatchParser.parse(try DispatchParserTests.fixture(name))
            #expect(!parsed.warnings.isEmpty)
            for warning in parsed.warnings {
                #expect(EnglishWords.found(in: warning.message(.vi)).isEmpty, "\(warning.message(.vi))")
            }
        }
    }

    @Test func jsonGivesTheChosenLanguageAndTheCodes() throws {
        let parsed = DispatchParser.parse(try DispatchParserTests.fixture("239-UBND-NN.TN.txt"))
        guard case .orderedObject(let vi) = parsed.jsonValue(.vi), case .orderedObject(let en) = parsed.jsonValue(.en) else {
            Issue.record("not an ordered object")
            return
        }
        let strings = { (pairs: [JSONValue.Pair], key: String) -> [String] in
            guard case .array(let items)? = pairs.first(where: { $0.key == key })?.value else { return [] }
            return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        }
        #expect(strings(vi, "warnings") == parsed.warnings.map { $0.message(.vi) })
        #expect(strings(en, "warnings") == parsed.warnings.map { $0.message(.en) })
        #expect(strings(vi, "warning_codes") == strings(en, "warning_codes"))
        #expect(strings(vi, "warning_codes") == ["issuer_tone_marks", "addressees_split", "addressees_split", "assigned_to_all_addressees"])
    }
}

/// English words that have no business in a Vietnamese message (none is a Vietnamese syllable).
enum EnglishWords {
    static let words: Set<String> = [
        "the", "is", "was", "not", "no", "none", "of", "as", "task", "tasks", "line", "item", "read", "agencies",
        "agency", "date", "dated", "found", "given", "signature", "deadline", "year", "list", "names", "warning",
        "warnings", "assignee", "assignees", "addressees", "would", "stored", "without", "imported", "refused",
    ]

    static func found(in text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter(words.contains)
    }
}
