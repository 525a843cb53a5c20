import ArgumentParser
import DispatchParser
import Foundation
import Tracking
import TrackingStore

/// `theodoi import FILE [--dry-run]`: parses a dispatch and stores its directive, addressees
/// and tasks (SPEC §4).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Parse a dispatch and store its directive, addressees and tasks.",
        discussion: """
            Addressees and assignees are matched to the stored agencies by their full name \
            (accents, case and spacing ignored); the others are created, with a kind guessed \
            from the name. The parser's warnings are printed first; a text without reference or \
            without numbered tasks is refused. A document already in the database is refused and \
            nothing is written. Only administrators and coordinators may import.

            Examples:
              theodoi parse cong-van.txt            # check first
              theodoi import cong-van.txt --dry-run # what would be stored
              theodoi import cong-van.txt
            """
    )

    @Argument(help: ArgumentHelp("The dispatch as UTF-8 text; \"-\" reads standard input.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Show what would be stored, and store nothing.")
    var dryRun = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        let l = context.language
        let data = try InputFile.read(file)
        let parsed = DispatchParser.parse(String(decoding: data, as: UTF8.self))
        // On standard output: a refusal keeps to its one line on standard error (SPEC §4).
        if !parsed.warnings.isEmpty {
            Output.text(l.pick("Cảnh báo khi đọc văn bản (\(parsed.warnings.count)):", "Parser warnings (\(parsed.warnings.count)):") + "\n"
                + parsed.warnings.map { "  - \($0)\n" }.joined())
        }
        guard let reference = parsed.reference else { throw ImportError.noReference(file) }
        guard !parsed.tasks.isEmpty else { throw ImportError.noTasks(file) }

        let store = try context.openStore()
        let snapshot = try store.snapshot(asOf: context.today)
        let access = try context.access(agencies: snapshot.agencies)
        guard access.role >= .coordinator else { throw ImportError.notAllowed(user: context.user) }

        let plan = try store.importDirective(Self.directive(parsed, reference: reference), user: context.user,
                                             at: context.clock.timestamp(), dryRun: dryRun)
        Output.text(Self.summary(plan, parsed: parsed, language: l))
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
                                 assigneeNames: task.assignees)
        }
        return DirectiveImport(document: document, tasks: tasks)
    }

    /// A readable summary, in Vietnamese or English.
    static func summary(_ plan: ImportPlan, parsed: ParsedDispatch, language l: Language) -> String {
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
        for agency in plan.created { out.append("  - \(agency.name) [\(agency.id), \(agency.kind.label(l))]") }
        out.append(l.pick("Nhiệm vụ (\(plan.tasks.count)), \(plan.assignmentCount) lượt giao:",
                          "Tasks (\(plan.tasks.count)), \(plan.assignmentCount) assignments:"))
        for task in plan.tasks {
            let id = task.id.map { l.pick(" (mã \($0))", " (id \($0))") } ?? ""
            out.append("  \(task.number).\(id) " + l.pick("Thời hạn: ", "Deadline: ") + deadline(task.deadline, l))
            out.append("     " + l.pick("Giao cho: ", "Assigned to: ")
                + (task.assignees.isEmpty ? l.pick("(không có)", "(none)") : task.assignees.map(\.name).joined(separator: "; ")))
        }
        if !plan.warnings.isEmpty {
            out.append(l.pick("Lưu ý (\(plan.warnings.count)):", "Notes (\(plan.warnings.count)):"))
            for warning in plan.warnings { out.append("  - \(warning)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func deadline(_ deadline: Deadline, _ l: Language) -> String {
        guard !deadline.raw.isEmpty else { return l.pick("không có", "none") }
        return deadline.raw + (deadline.anchor.map { " (\($0.vietnamese))" } ?? "")
    }
}

/// Why `theodoi import` refused before writing anything.
enum ImportError: UserFacingError {
    case noReference(String)
    case noTasks(String)
    case notAllowed(user: String)

    func message(_ language: Language) -> String {
        switch self {
        case .noReference(let file):
            language.pick("\(file): không tìm thấy số, ký hiệu văn bản (dòng “Số:”); không nhập",
                          "\(file): no document reference (“Số:” line) was found; nothing imported")
        case .noTasks(let file):
            language.pick("\(file): không tìm thấy nhiệm vụ đánh số nào; không nhập",
                          "\(file): no numbered task was found; nothing imported")
        case .notAllowed(let user):
            language.pick("\(user) không có quyền nhập văn bản (chỉ quản trị viên và điều phối viên)",
                          "\(user) may not import documents (administrators and coordinators only)")
        }
    }
}
