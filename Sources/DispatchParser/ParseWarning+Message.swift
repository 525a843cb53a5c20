import Tracking

/// The words of each warning, both languages side by side so that neither is forgotten when a
/// kind is added (the switches are exhaustive). The English is the wording of before issue 10,
/// so that scripts reading `--lang en` see no change.
extension ParseWarning.Kind {
    public func message(_ l: Language) -> String {
        switch self {
        case .emptyText:
            l.pick("văn bản trống; không đọc được nội dung nào",
                   "the text is empty; nothing was found")
        case .noReferenceLine:
            l.pick("không thấy dòng “Số:”; chưa tìm được số, ký hiệu văn bản",
                   "no “Số:” line; the reference was not found")
        case .notAReference(let written):
            l.pick("“\(written)” không phải số, ký hiệu văn bản",
                   "“\(written)” is not a document reference")
        case .noIssuer:
            l.pick("không thấy tên cơ quan ban hành phía trên số, ký hiệu",
                   "no issuing body above the reference")
        case .issuerToneMarks(let written, let standard):
            l.pick("tên cơ quan ban hành viết “\(written)”; đã ghi theo cách bỏ dấu chuẩn là “\(standard)”",
                   "issuer written “\(written)”; given with the standard tone mark as “\(standard)”")
        case .noPlaceAndDate:
            l.pick("không thấy dòng địa danh và ngày tháng (“…, ngày … tháng … năm …”)",
                   "no place and date line (“…, ngày … tháng … năm …”)")
        case .dateWithoutPlace:
            l.pick("ngày ban hành không có địa danh đứng trước",
                   "the date has no place before it")
        case .noSubjectLine:
            l.pick("không thấy dòng “V/v”; chưa tìm được trích yếu",
                   "no “V/v” line; the subject was not found")
        case .emptySubject:
            l.pick("dòng “V/v” để trống",
                   "the “V/v” line is empty")
        case .noAddresseeLine:
            l.pick("không thấy dòng “Kính gửi:”; chưa tìm được nơi nhận",
                   "no “Kính gửi:” line; the addressees were not found")
        case .addresseesSplit(let written, let names):
            l.pick("“\(written)” được tách thành \(names.count) cơ quan: \(names.joined(separator: "; "))",
                   "“\(written)” read as \(names.count) agencies: \(names.joined(separator: "; "))")
        case .noAddressee:
            l.pick("dòng “Kính gửi:” không nêu cơ quan nào",
                   "“Kính gửi:” names no agency")
        case .citedDateInvalid(let reference, let written):
            l.pick("văn bản \(reference) ghi ngày “\(written)”, không phải ngày có thật; để trống ngày của văn bản này",
                   "\(reference) is dated “\(written)”, which is no date; its date is left empty")
        case .citedDateAfterDispatch(let reference, let date, let dispatchDate):
            l.pick("văn bản \(reference) ghi ngày \(date), sau ngày ban hành của chính công văn (\(dispatchDate)); để trống ngày của văn bản này",
                   "\(reference) is dated \(date), after the dispatch itself (\(dispatchDate)); its date is left empty")
        case .citedDateImplausible(let reference, let date):
            l.pick("văn bản \(reference) ghi ngày \(date), không thể đúng; để trống ngày của văn bản này",
                   "\(reference) is dated \(date), which cannot be right; its date is left empty")
        case .approvalItem(let item):
            l.pick("mục \(item) chỉ đồng ý hoặc ghi nhận, không giao việc; không tính là nhiệm vụ",
                   "item \(item) approves or notes and asks nothing; it is not a task")
        case .paragraphsAsTasks(let count):
            l.pick("phần nội dung không có mục đánh số; đã coi \(count) đoạn là nhiệm vụ",
                   "the body has no numbered item; \(count) paragraph\(count == 1 ? "" : "s") read as task\(count == 1 ? "" : "s")")
        case .noTask:
            l.pick("phần nội dung không có nhiệm vụ đánh số",
                   "no numbered task in the body")
        case .deadlineNoRealDay(let task, let phrase):
            l.pick("nhiệm vụ \(task): “\(phrase)” không phải ngày có thật; giữ nguyên thời hạn như văn bản ghi, không có ngày",
                   "task \(task): “\(phrase)” names no real day; the deadline is kept as written, without a date")
        case .deadlineNoDate(let task, let phrase):
            l.pick("nhiệm vụ \(task): “\(phrase)” không nêu ngày cụ thể",
                   "task \(task): “\(phrase)” names no date")
        case .deadlineNoYear(let task, let phrase):
            l.pick("nhiệm vụ \(task): “\(phrase)” không ghi năm; lấy năm ban hành công văn",
                   "task \(task): “\(phrase)” has no year; the dispatch's year was taken")
        case .noDeadline(let task):
            l.pick("nhiệm vụ \(task) không có thời hạn",
                   "task \(task) names no deadline")
        case .assigneeNotAddressee(let task, let name):
            l.pick("nhiệm vụ \(task) giao cho “\(name)”, cơ quan không có trong phần “Kính gửi”",
                   "task \(task) is given to “\(name)”, who is not among the addressees")
        case .assignedToAllAddressees(let task, let phrase, 1):
            l.pick("nhiệm vụ \(task) giao cho “\(phrase)”; coi như giao cho cơ quan duy nhất ở phần “Kính gửi”",
                   "task \(task) is given to “\(phrase)”; its assignee is taken to be the only addressee")
        case .assignedToAllAddressees(let task, let phrase, let count):
            l.pick("nhiệm vụ \(task) giao cho “\(phrase)”; coi như giao cho cả \(count) cơ quan ở phần “Kính gửi”",
                   "task \(task) is given to “\(phrase)”; its assignees are taken to be all \(count) addressees")
        case .noAssignee(let task):
            l.pick("nhiệm vụ \(task): chưa xác định được cơ quan thực hiện",
                   "task \(task): no addressee recognised as its assignee")
        case .noRecipientList:
            l.pick("không thấy phần “Nơi nhận:”",
                   "no “Nơi nhận:” list")
        case .emptyRecipientList:
            l.pick("phần “Nơi nhận:” không ghi nơi nào",
                   "“Nơi nhận:” lists nothing")
        case .noSignature:
            l.pick("không thấy phần chữ ký",
                   "no signature block")
        case .signatureWithoutTitle:
            l.pick("phần chữ ký không ghi chức vụ người ký",
                   "the signature has no title")
        case .signatureWithoutName:
            l.pick("phần chữ ký không ghi họ tên người ký",
                   "the signature has no name")
        }
    }

    /// For `warning_codes` in `theodoi parse --format json`: never renamed once published.
    public var code: String {
        switch self {
        case .emptyText: "empty_text"
        case .noReferenceLine: "no_reference_line"
        case .notAReference: "not_a_reference"
        case .noIssuer: "no_issuer"
        case .issuerToneMarks: "issuer_tone_marks"
        case .noPlaceAndDate: "no_place_and_date"
        case .dateWithoutPlace: "date_without_place"
        case .noSubjectLine: "no_subject_line"
        case .emptySubject: "empty_subject"
        case .noAddresseeLine: "no_addressee_line"
        case .addresseesSplit: "addressees_split"
        case .noAddressee: "no_addressee"
        case .citedDateInvalid: "cited_date_invalid"
        case .citedDateAfterDispatch: "cited_date_after_dispatch"
        case .citedDateImplausible: "cited_date_implausible"
        case .approvalItem: "approval_item"
        case .paragraphsAsTasks: "paragraphs_as_tasks"
        case .noTask: "no_task"
        case .deadlineNoRealDay: "deadline_no_real_day"
        case .deadlineNoDate: "deadline_no_date"
        case .deadlineNoYear: "deadline_no_year"
        case .noDeadline: "no_deadline"
        case .assigneeNotAddressee: "assignee_not_addressee"
        case .assignedToAllAddressees: "assigned_to_all_addressees"
        case .noAssignee: "no_assignee"
        case .noRecipientList: "no_recipient_list"
        case .emptyRecipientList: "empty_recipient_list"
        case .noSignature: "no_signature"
        case .signatureWithoutTitle: "signature_without_title"
        case .signatureWithoutName: "signature_without_name"
        }
    }
}
