import ArgumentParser
import DispatchParser
import Foundation
import Tracking
import TrackingStore

/// `theodoi import FILE… [--dry-run]`: parses dispatches and stores their directives,
/// addressees and tasks (SPEC §4), each in its own transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.pick("Đọc công văn và lưu văn bản chỉ đạo, nơi nhận và nhiệm vụ.", "Parse dispatches and store their directives, addressees and tasks."),
        discussion: HelpText.pick("""
            Nơi nhận và cơ quan thực hiện được đối chiếu với các cơ quan đã có theo tên đầy đủ \
            (bỏ qua dấu, hoa thường và khoảng trắng); cơ quan chưa có được tạo mới, loại cơ quan \
            đoán theo tên. Cảnh báo khi đọc văn bản được in trước; văn bản không có số, ký hiệu \
            hoặc không có nhiệm vụ đánh số bị từ chối. Văn bản đã có trong cơ sở dữ liệu bị từ \
            chối, không ghi gì. Chỉ quản trị và điều phối viên được nhập.

            Nhiều tệp được nhập lần lượt, mỗi tệp một giao dịch: tệp không đọc được, không phải \
            văn bản UTF-8, không có số, ký hiệu hoặc nhiệm vụ, hoặc đã có trong cơ sở dữ liệu bị \
            từ chối ở đầu ra lỗi kèm tên tệp và lý do, các tệp khác vẫn được nhập. Cuối cùng là \
            phần tổng cộng: số văn bản đã nhập và bị từ chối, số nhiệm vụ, lượt giao và cơ quan \
            tạo mới. Mã thoát 0 khi mọi tệp đều được nhập, 1 khi có tệp bị từ chối. Với \
            --dry-run không ghi gì, và kế hoạch của mỗi tệp tính cả những gì các tệp trước đó \
            sẽ lưu.

            Ví dụ:
              theodoi parse cong-van.txt            # kiểm tra trước
              theodoi import cong-van.txt --dry-run # xem sẽ lưu gì
              theodoi import cong-van.txt
              theodoi import cong-van-*.txt         # nhiều tệp; mã thoát 1 nếu có tệp bị từ chối
            """, """
            Addressees and assignees are matched to the stored agencies by their full name \
            (accents, case and spacing ignored); the others are created, with a kind guessed \
            from the name. The parser's warnings are printed first; a text without reference or \
            without numbered tasks is refused. A document already in the database is refused and \
            nothing is written. Only administrators and coordinators may import.

            Several files are imported one after the other, each in its own transaction: a file \
            that cannot be read, is not UTF-8 text, has no reference or no numbered task, or is \
            already in the database is refused on standard error with its name and the reason, \
            and the others still go in. A summary follows: how many were imported and refused, \
            and the tasks, assignments and agencies they created. Exit status 0 when every file \
            went in, 1 when any was refused. With --dry-run nothing is written, and each file's \
            plan counts what the files before it would have stored.

            Examples:
              theodoi parse cong-van.txt            # check first
              theodoi import cong-van.txt --dry-run # what would be stored
              theodoi import cong-van.txt
              theodoi import cong-van-*.txt         # several; exit 1 if any was refused
            """)
    )

    @Argument(help: ArgumentHelp(HelpText.pick("Các văn bản công văn (UTF-8); \"-\" là đầu vào chuẩn (tối đa một lần).", "The dispatches as UTF-8 text; \"-\" reads standard input (once at most)."), valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: ArgumentHelp(HelpText.pick("Chạy thử: cho biết sẽ lưu gì, không lưu gì.", "Show what would be stored, and store nothing.")))
    var dryRun = false

    @Option(name: .customLong("area"), help: ArgumentHelp(
        HelpText.pick("Khu vực mà văn bản nói đến (dùng được nhiều lần): tên, mã hoặc phần đầu tên không dấu. Khu vực có tên trong văn bản cũng được gắn, kèm ghi chú.", "An area the directive is about (repeatable): its name, id or a folded prefix. Areas named in the text are linked too, with a note."),
        valueName: "name"))
    var areaNames: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Số, ký hiệu (\"57/VPCP-TH\") cho văn bản đăng không có dòng \"Số:\"; số trong văn bản được ưu tiên.", "The reference (\"57/VPCP-TH\") of a dispatch published without a \"Số:\" line; the text's own wins."),
        valueName: "ref"))
    var reference: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Ngày ban hành (YYYY-MM-DD hoặc dd/mm/yyyy) khi văn bản không ghi.", "The date (YYYY-MM-DD or dd/mm/yyyy) when the text has none."), valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Cơ quan ban hành khi văn bản không ghi.", "The issuing body when the text has none."), valueName: "name"))
    var issuer: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let l = (try? AppContext.language(global.lang ?? ProcessInfo.processInfo.environment["THEODOI_LANG"])) ?? .vi
        if files.isEmpty {
            throw ValidationError(l.pick("thiếu tệp văn bản cần nhập", "no dispatch file given"))
        }
        if let reference, DocumentReference(reference) == nil {
            throw ValidationError(l.pick("“\(reference)” không phải số, ký hiệu văn bản (ví dụ 57/VPCP-TH)",
                                         "“\(reference)” is not a document reference (e.g. 57/VPCP-TH)"))
        }
        if let date, CalendarDate(parsing: date) == nil {
            throw ValidationError(l.pick("“\(date)” không phải ngày (YYYY-MM-DD hoặc dd/mm/yyyy)", "“\(date)” is not a date (YYYY-MM-DD or dd/mm/yyyy)"))
        }
        if reference != nil, files.count > 1 {
            throw ValidationError(l.pick("--reference chỉ dùng khi nhập một tệp", "--reference is for one file only"))
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError(l.pick("\"-\" (đầu vào chuẩn) chỉ được dùng một lần",
                                         "\"-\" (standard input) may be given only once"))
        }
    }

    func run() throws {
        if files.count == 1 {
            try importOne(files[0])
        } else {
            try importMany()
        }
    }

    /// One file: its warnings, its summary, or its refusal as the one error line (exit 1).
    private func importOne(_ file: String) throws {
        let context = try AppContext(global)
        let l = context.language
        let name = Self.displayName(file, l)
        let text = try Self.read(file, name: name)
        let parsed = parse(text)
        // On standard output: a refusal keeps to its one line on standard error (SPEC §4).
        Output.text(Self.warnings(parsed, language: l))
        var directive = try Self.directive(parsed, file: name)

        let store = try context.openStore()
        try Self.checkMayImport(store, context)
        let areas = try store.areas()
        let chosen = try Self.chosenAreas(areaNames, in: areas)
        let guessed = AreaMention.named(in: text, areas: areas).filter { area in !chosen.contains(area) }
        directive.areaIDs = (chosen + guessed).map(\.id)
        let plan = try store.importDirective(directive, user: context.user, at: context.clock.timestamp(), dryRun: dryRun)
        Output.text(Self.summary(plan, parsed: parsed, areas: areas, guessed: guessed, language: l))
    }

    /// Several files: each file's part as for one, a refusal on standard error with the
    /// file's name, then the totals; exit 1 when any file was refused.
    private func importMany() throws {
        let context = try AppContext(global)
        let l = context.language
        let store = try context.openStore()
        try Self.checkMayImport(store, context)

        /// A file read and parsed, or why it cannot be imported.
        struct Item {
            var name: String
            var parsed: ParsedDispatch?
            var directive: DirectiveImport?
            var refusal: (any UserFacingError)?
            /// Areas linked because the text names them (to confirm).
            var guessed: [Area] = []
        }
        let areas = try store.areas()
        let chosen = try Self.chosenAreas(areaNames, in: areas)
        let items = files.map { file -> Item in
            let name = Self.displayName(file, l)
            var parsed: ParsedDispatch? = nil
            do {
                let text = try Self.read(file, name: name)
                let dispatch = parse(text)
                parsed = dispatch
                var directive = try Self.directive(dispatch, file: name)
                let guessed = AreaMention.named(in: text, areas: areas).filter { area in !chosen.contains(area) }
                directive.areaIDs = (chosen + guessed).map(\.id)
                return Item(name: name, parsed: dispatch, directive: directive, guessed: guessed)
            } catch let error as any UserFacingError {
                return Item(name: name, parsed: parsed, refusal: error)
            } catch {
                return Item(name: name, parsed: parsed, refusal: ImportError.unreadable(name, "\(error)"))
            }
        }

        var imported: [ImportPlan] = [], refused: [String] = []
        var shown = 0
        /// Prints the files up to `index` (excluded) that were refused before the store, and
        /// the header and warnings of file `index`.
        func show(upTo index: Int) {
            while shown <= min(index, items.count - 1) {
                let item = items[shown]
                Output.text((shown == 0 ? "" : "\n") + l.pick("Tệp \(item.name):", "File \(item.name):") + "\n"
                    + (item.parsed.map { Self.warnings($0, language: l) } ?? ""))
                if shown < index, let error = item.refusal {
                    refused.append(item.name)
                    Output.refusal(error.message(l))
                }
                shown += 1
            }
        }
        let ready = items.indices.filter { items[$0].directive != nil }
        let directives = ready.map { items[$0].directive! }
        do {
            _ = try store.importDirectives(directives, user: context.user, at: context.clock.timestamp(), dryRun: dryRun) { slot, result in
                let index = ready[slot], item = items[index]
                show(upTo: index)
                switch result {
                case .success(let plan):
                    imported.append(plan)
                    Output.text(Self.summary(plan, parsed: item.parsed!, areas: areas, guessed: item.guessed, language: l))
                case .failure(let error):
                    refused.append(item.name)
                    Output.refusal("\(item.name): " + error.message(l))
                }
            }
            show(upTo: items.count)
        } catch {
            // The database as a whole failed (locked, read-only): what went in stays in.
            Output.text("\n" + Self.totals(imported: imported, refused: refused, dryRun: dryRun, language: l))
            throw error
        }
        Output.text("\n" + Self.totals(imported: imported, refused: refused, dryRun: dryRun, language: l))
        if !refused.isEmpty { throw ExitCode.failure }
    }

    /// The name a message gives a file: standard input is said in the user's language, not "-".
    static func displayName(_ file: String, _ l: Language) -> String {
        file == "-" ? standardInput(l) : file
    }

    private static func standardInput(_ l: Language) -> String {
        l.pick("(đầu vào chuẩn)", "(standard input)")
    }

    /// The file's bytes; "-" is standard input.
    private static func read(_ file: String, name: String) throws -> String {
        let data = try InputFile.read(file)
        try DispatchSizeLimit.check(data, name: name)
        guard let text = String(validating: data, as: UTF8.self) else { throw ImportError.notUTF8(name) }
        try Self.checkControlCharacters(text, name: name)
        return text
    }

    /// A dispatch's text holds no control character but tab, line breaks and form feed: a NUL
    /// or an ESC would otherwise vanish from (or reach) what is stored, unseen. Refused whole,
    /// with where it is, as a report's text is.
    static func checkControlCharacters(_ text: String, name: String) throws(ImportError) {
        var line = 1, column = 0
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" { line += 1; column = 0; continue }
            let value = scalar.value
            if (value < 0x20 && ![0x09, 0x0C, 0x0D].contains(value)) || (0x7F...0x9F).contains(value) {
                throw ImportError.controlCharacter(name, value, line: line, column: column)
            }
        }
    }

    private func parse(_ text: String) -> ParsedDispatch {
        var parsed = DispatchParser.parse(text)
        // What the header lacks, given on the command line; what the text says wins.
        if parsed.reference == nil, let reference { parsed.reference = DocumentReference(reference) }
        if parsed.date == nil, let date { parsed.date = CalendarDate(parsing: date) }
        if parsed.issuer == nil, let issuer { parsed.issuer = issuer }
        return parsed
    }

    /// The parser's warnings, or nothing when there are none.
    private static func warnings(_ parsed: ParsedDispatch, language l: Language) -> String {
        guard !parsed.warnings.isEmpty else { return "" }
        return l.pick("Cảnh báo khi đọc văn bản (\(parsed.warnings.count)):", "Parser warnings (\(parsed.warnings.count)):") + "\n"
            + parsed.warnings.map { "  - " + $0.message(l) + "\n" }.joined()
    }

    /// The directive to store, or why the text cannot be one.
    private static func directive(_ parsed: ParsedDispatch, file: String) throws(ImportError) -> DirectiveImport {
        guard let reference = parsed.reference else { throw .noReference(file) }
        guard !parsed.tasks.isEmpty else { throw .noTasks(file) }
        return directive(parsed, reference: reference)
    }

    /// The areas of `--area`, each resolved as a report's figures name areas.
    private static func chosenAreas(_ names: [String], in areas: [Area]) throws(StoreError) -> [Area] {
        var chosen: [Area] = []
        for name in names {
            let area = try Area.resolve(name, in: areas)
            if !chosen.contains(area) { chosen.append(area) }
        }
        return chosen
    }

    /// Only administrators and coordinators import. Reads the agencies alone (for the
    /// `[reporters]` keys), not the directives and reports.
    private static func checkMayImport(_ store: any TrackingStore, _ context: AppContext) throws {
        let agencies = try store.snapshot(asOf: context.today, directives: [], includingReports: false).agencies
        let access = try context.access(agencies: agencies)
        guard access.role >= .coordinator else { throw ImportError.notAllowed(user: context.user) }
    }

    /// The last lines of a run of several files.
    static func totals(imported: [ImportPlan], refused: [String], dryRun: Bool, language l: Language) -> String {
        let tasks = imported.reduce(0) { $0 + $1.tasks.count }
        let assignments = imported.reduce(0) { $0 + $1.assignmentCount }
        let agencies = imported.reduce(0) { $0 + $1.created.count }
        // Standard input, already in parentheses, is not wrapped in a second pair.
        let names = refused.map { $0 == standardInput(l) ? String($0.dropFirst().dropLast()) : $0 }
        let refusedList = refused.isEmpty ? "" : " (" + names.joined(separator: ", ") + ")"
        if dryRun {
            return l.pick("Tổng cộng (chạy thử, không ghi gì): sẽ nhập \(imported.count) văn bản, từ chối \(refused.count)\(refusedList); "
                            + "\(tasks) nhiệm vụ, \(assignments) lượt giao, \(agencies) cơ quan tạo mới.",
                          "In all (dry run, nothing written): \(imported.count) would be imported, \(refused.count) refused\(refusedList); "
                            + "\(tasks) tasks, \(assignments) assignments, \(agencies) agencies created.") + "\n"
        }
        return l.pick("Tổng cộng: đã nhập \(imported.count) văn bản, từ chối \(refused.count)\(refusedList); "
                        + "\(tasks) nhiệm vụ, \(assignments) lượt giao, \(agencies) cơ quan tạo mới.",
                      "In all: \(imported.count) imported, \(refused.count) refused\(refusedList); "
                        + "\(tasks) tasks, \(assignments) assignments, \(agencies) agencies created.") + "\n"
    }

    /// The parser's output as the store's plain values.
    static func directive(_ parsed: ParsedDispatch, reference: DocumentReference) -> DirectiveImport {
        let signer = parsed.signer.map { Signer(authority: $0.authority, title: $0.title, name: $0.name) }
        let document = Document(
            reference: reference, kind: "công văn", issuer: parsed.issuer ?? "", place: parsed.place, date: parsed.date,
            subject: parsed.subject, signer: signer,
            followsUp: parsed.references,
            addressees: parsed.addressees, recipients: parsed.recipients)
        let tasks = parsed.tasks.map { task in
            DirectiveImport.Task(number: task.number, text: task.text, deadlinePhrase: task.deadline?.raw,
                                 assigneeNames: task.assignees, cooperatingNames: task.cooperating)
        }
        return DirectiveImport(document: document, tasks: tasks)
    }

    /// A readable summary, in Vietnamese or English.
    /// - Parameters:
    ///   - areas: the store's areas, to name the linked ones.
    ///   - guessed: those linked because the text names them, with how to undo it.
    static func summary(_ plan: ImportPlan, parsed: ParsedDispatch, areas: [Area] = [], guessed: [Area] = [],
                        language l: Language) -> String {
        var out: [String] = []
        if plan.dryRun {
            out.append(l.pick("Chạy thử (--dry-run): không ghi gì. Nếu nhập thật:", "Dry run (--dry-run): nothing was written. A real import would store:"))
        } else {
            out.append(l.pick("Đã nhập văn bản chỉ đạo:", "Imported directive:"))
        }
        var header = "  \(plan.reference.text)"
        if let date = parsed.date { header += l.pick(" ngày ", " of ") + date.vietnamese }
        if let issuer = parsed.issuer { header += " — \(issuer)" }
        out.append(header)
        if let subject = parsed.subject { out.append("  V/v " + subject) }
        out.append(l.pick("Cơ quan đã có (\(plan.matched.count)):", "Agencies matched (\(plan.matched.count)):"))
        for agency in plan.matched { out.append("  - \(agency.name) [\(agency.id)]") }
        out.append(plan.dryRun
            ? l.pick("Cơ quan sẽ tạo mới (\(plan.created.count)):", "Agencies to create (\(plan.created.count)):")
            : l.pick("Cơ quan tạo mới (\(plan.created.count)):", "Agencies created (\(plan.created.count)):"))
        // An empty heading reads as if a list were missing: say "none".
        if plan.created.isEmpty { out[out.count - 1] += l.pick(" không có", " none") }
        for agency in plan.created { out.append("  - \(agency.name) [\(agency.id), \(agency.kind.label(l))]") }
        out.append(l.pick("Nhiệm vụ (\(plan.tasks.count)), \(plan.assignmentCount) lượt giao:",
                          "Tasks (\(plan.tasks.count)), \(plan.assignmentCount) assignments:"))
        for task in plan.tasks {
            let id = task.id.map { l.pick(" (mã \($0))", " (id \($0))") } ?? ""
            out.append("  \(task.number).\(id) " + l.pick("Thời hạn: ", "Deadline: ") + deadline(task.deadline, l))
            out.append("     " + l.pick("Giao cho: ", "Assigned to: ")
                + (task.assignees.isEmpty ? l.pick("(không có)", "(none)") : task.assignees.map(\.name).joined(separator: "; ")))
            if !task.cooperating.isEmpty {
                out.append("     " + l.pick("Phối hợp: ", "Cooperating: ") + task.cooperating.map(\.name).joined(separator: "; "))
            }
        }
        let linked = plan.areaIDs.map { id in areas.first { $0.id == id }?.name ?? id }
        out.append(plan.dryRun
            ? l.pick("Khu vực sẽ gắn (\(linked.count)): ", "Areas to link (\(linked.count)): ")
            : l.pick("Khu vực đã gắn (\(linked.count)): ", "Areas linked (\(linked.count)): "))
        out[out.count - 1] += linked.isEmpty
            ? l.pick("không có — bảng theo dõi không có hàng khu vực (thêm: --area hoặc theodoi area link)",
                     "none — the board has no area row (add: --area or theodoi area link)")
            : linked.joined(separator: ", ")
        for area in guessed {
            out.append(l.pick("  Gắn \(area.name) vì tên có trong văn bản; nếu sai: theodoi area unlink \(plan.reference.text) \"\(area.name)\"",
                              "  Linked \(area.name) because the text names it; if wrong: theodoi area unlink \(plan.reference.text) \"\(area.name)\""))
        }
        if !plan.warnings.isEmpty {
            out.append(l.pick("Lưu ý (\(plan.warnings.count)):", "Notes (\(plan.warnings.count)):"))
            for warning in plan.warnings { out.append("  - " + warning.message(l)) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func deadline(_ deadline: Deadline, _ l: Language) -> String {
        guard !deadline.raw.isEmpty else { return l.pick("không có", "none") }
        // The date written in the phrase, said as such: under the literal reading "trước ngày
        // 13/02" is due on the 12th, and a bare "(13/02/2025)" read like the due date.
        return deadline.raw + (deadline.anchor.map { l.pick(" (ngày ghi trong văn bản: \($0.vietnamese))", " (date in the text: \($0.vietnamese))") } ?? "")
    }
}

/// Why `theodoi import` refused a file (or, for `notAllowed`, every file) before writing anything.
enum ImportError: UserFacingError {
    case noReference(String)
    case noTasks(String)
    case notUTF8(String)
    case controlCharacter(String, UInt32, line: Int, column: Int)
    case unreadable(String, String)
    case notAllowed(user: String)

    func message(_ language: Language) -> String {
        switch self {
        case .noReference(let file):
            language.pick("\(file): không tìm thấy số, ký hiệu văn bản (dòng “Số:”); không nhập (cho số bằng --reference)",
                          "\(file): no document reference (“Số:” line) was found; nothing imported (give it with --reference)")
        case .noTasks(let file):
            language.pick("\(file): không tìm thấy nhiệm vụ đánh số nào; không nhập",
                          "\(file): no numbered task was found; nothing imported")
        case .notUTF8(let file):
            language.pick("\(file): không phải văn bản UTF-8 (hãy lưu lại dưới dạng UTF-8); không nhập",
                          "\(file): not UTF-8 text (save it as UTF-8); nothing imported")
        case .controlCharacter(let file, let value, let line, let column):
            language.pick("\(file): có ký tự điều khiển U+\(String(format: "%04X", value)) ở dòng \(line), cột \(column); không nhập (hãy xoá ký tự đó)",
                          "\(file): holds the control character U+\(String(format: "%04X", value)) at line \(line), column \(column); nothing imported (remove it)")
        case .unreadable(let file, let reason):
            language.pick("không đọc được \(file): \(reason)", "cannot read \(file): \(reason)")
        case .notAllowed(let user):
            language.pick("\(user) không có quyền nhập văn bản (chỉ quản trị viên và điều phối viên)",
                          "\(user) may not import documents (administrators and coordinators only)")
        }
    }
}
