import ArgumentParser
import Canvas
import Foundation
import OfficeDocuments
import Tracking
import TrackingStore

enum RemindFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case md
    case docx
}

/// `theodoi remind`: whom the lead department must chase (overdue, then due within a few
/// working days), the draft of a reminder dispatch (công văn đôn đốc), and `--record`, which
/// stores a reminder once it is sent.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Whom to chase, a reminder dispatch draft (công văn đôn đốc), and recording one.",
        discussion: """
            Lists, per directive and task, the agencies that have not reported: overdue first (days \
            late), then due within --within working days (default 3, today included), each with its \
            deadline, its countdown and the reminders already sent ("đã đôn đốc 2 lần, gần nhất 12/02").

            --format md adds, for each directive with an overdue agency, the draft of a reminder \
            dispatch in the layout of Nghị định 30/2020/NĐ-CP (always in Vietnamese), asking for the \
            reports by --asked-by (default: 3 working days after --as-of). The issuer and the signer \
            come from [signer] in config.toml.

            --format docx writes the drafts alone as a Word document (one dispatch a page) with \
            --output FILE, or --output - into a pipe (never to a terminal): A4, Times New Roman, the \
            margins, columns and fonts of Nghị định 30/2020/NĐ-CP, Phụ lục I. With nobody overdue it \
            says so and writes nothing.

            --record --reference REF stores a reminder that was sent (admins and coordinators only): \
            for the agencies named with --agency, else every agency overdue on the directive (or on \
            --task) on --date (default today). The date asked for is not an extension: deadlines \
            and statuses do not change.

            Examples:
              theodoi remind --today 2025-02-17
              theodoi remind --directive 239/UBND-NN.TN --format md --output don-doc.md
              theodoi remind --directive 239/UBND-NN.TN --format docx --output don-doc.docx
              theodoi remind --record --reference 12/STNMT-KT --directive 239/UBND-NN.TN --task 1
            """
    )

    @Option(name: .long, help: ArgumentHelp("Only this directive (its reference, e.g. 239/UBND-NN.TN); repeatable.", valueName: "REF"))
    var directive: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to count from (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Also list the agencies due within this many working days (default 3).", valueName: "N"))
    var within: String?

    @Option(name: .long, help: "text (the list), md (the list and a reminder dispatch draft) or docx (the draft, with --output).")
    var format: RemindFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("asked-by"), help: ArgumentHelp(
        "The new date the reports are asked for (default: 3 working days after --as-of or --date).", valueName: "YYYY-MM-DD"))
    var askedBy: String?

    @Flag(name: .long, help: "Record a reminder dispatch that was sent (with --reference).")
    var record = false

    @Option(name: .long, help: ArgumentHelp("The reminder dispatch's number and symbol (with --record).", valueName: "REF"))
    var reference: String?

    @Option(name: .long, help: ArgumentHelp("The day it was sent (with --record; default today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Only this task: its id, or its number with --directive (with --record).", valueName: "ID"))
    var task: String?

    @Option(name: .long, help: ArgumentHelp("An agency it was sent to (with --record; repeatable; default: every overdue agency).",
                                            valueName: "NAME"))
    var agency: [String] = []

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let l = (try? AppContext.language(global.lang ?? ProcessInfo.processInfo.environment["THEODOI_LANG"])) ?? .vi
        if record {
            if reference == nil {
                throw ValidationError(l.pick("--record cần --reference (số, ký hiệu của công văn đôn đốc, ví dụ 12/STNMT-KT)",
                                             "--record needs --reference (the reminder's number and symbol, e.g. 12/STNMT-KT)"))
            }
            let listing = [("--as-of", asOf != nil), ("--within", within != nil), ("--format", format != .text), ("--output", output != nil)]
            if let (option, _) = listing.first(where: { $0.1 }) {
                throw ValidationError(l.pick("\(option) không dùng với --record", "\(option) cannot be used with --record"))
            }
            if directive.count > 1 {
                throw ValidationError(l.pick("--record nhận một --directive", "--record takes one --directive"))
            }
        } else {
            let recording = [("--reference", reference != nil), ("--date", date != nil), ("--task", task != nil), ("--agency", !agency.isEmpty)]
            if let (option, _) = recording.first(where: { $0.1 }) {
                throw ValidationError(l.pick("\(option) chỉ dùng với --record", "\(option) goes with --record"))
            }
        }
    }

    func run() throws {
        let context = try AppContext(global)
        if record {
            try ReminderRecorder(command: self, context: context).record()
            return
        }
        let l = context.language
        if format == .docx { try DocumentOutput.check(output) }
        let day = try asOf.map { try Self.day($0, option: "--as-of") } ?? context.today
        var rules = context.rules
        rules.dueSoonWorkingDays = try Self.window(within)
        let asked = try askedBy.map { try Self.day($0, option: "--asked-by") } ?? rules.calendar.adding(workingDays: 3, to: day)
        if asked < day { throw RemindError.askedBeforeDate(asked: asked, date: day, option: "--as-of") }

        let store = try context.openStore()
        // A chunk of directives at a time: only those with someone to chase are kept.
        var list: ReminderList?
        try store.forEachSnapshot(asOf: day, directives: directive.isEmpty ? nil : directive) { snapshot in
            let chunk = ReminderList(board: StatusBoard(snapshot: snapshot, rules: rules, today: day))
            if list == nil { list = chunk } else { list?.directives += chunk.directives }
        }
        let found = list ?? ReminderList(asOf: day, rules: rules)
        let text: String
        switch format {
        case .docx:
            try writeDocx(found, asOf: day, askedBy: asked, settings: context.signer)
            return
        case .text:
            text = found.text(l)
        case .md:
            var parts = [found.markdown(l)]
            for entry in found.directives where !entry.overdueAgencies.isEmpty {
                let draft = ReminderDispatch(entry: entry, asOf: day, askedBy: asked, settings: context.signer)
                parts.append("---\n\n## " + l.pick("Dự thảo công văn đôn đốc: ", "Draft reminder dispatch: ")
                             + ConsolidatedReport.inline(entry.document.reference.text) + "\n\n" + draft.markdown())
            }
            if !found.isEmpty, !found.hasOverdue {
                parts.append(l.pick("_Chưa có cơ quan quá hạn: không có dự thảo công văn đôn đốc._",
                                    "_No agency is overdue yet: no reminder dispatch draft._") + "\n")
            }
            text = parts.joined(separator: "\n")
        }
        if let output {
            try OutputFile.write(Data((format == .text ? VisibleText.sanitized(text, keepingNewlines: true) : text).utf8), to: output)
        } else if format == .text {
            Output.text(text)
        } else {
            // The Markdown made its text safe (controls visible, markup escaped).
            Output.raw(text)
        }
    }

    /// The drafts for every directive with an overdue agency, one a page; nothing when nobody is overdue.
    private func writeDocx(_ list: ReminderList, asOf day: CalendarDate, askedBy asked: CalendarDate, settings: SignerSettings) throws {
        var document = DocxDocument()
        for entry in list.directives where !entry.overdueAgencies.isEmpty {
            let draft = ReminderDispatch(entry: entry, asOf: day, askedBy: asked, settings: settings)
            if document.title.isEmpty { document.title = draft.subject }
            document.append(onNewPage: draft.docx())
        }
        guard !document.blocks.isEmpty, let output else {
            throw RemindError.nobodyLate(scope: directive.isEmpty ? "mọi văn bản" : directive.joined(separator: ", "), on: day)
        }
        try DocumentOutput.write(document, to: output)
    }

    /// A date option: YYYY-MM-DD or dd/mm/yyyy, a real day.
    static func day(_ text: String, option: String) throws(CommandLineError) -> CalendarDate {
        guard let day = CalendarDate(parsing: text), AppContext.todayRange.contains(day) else {
            throw .invalidDate(option: option, text)
        }
        return day
    }

    /// `--within`: a whole number of working days, 0 to 60.
    static func window(_ text: String?) throws(RemindError) -> Int {
        guard let text else { return 3 }
        guard let days = Int(text.trimmingCharacters(in: .whitespaces)), (0...60).contains(days) else { throw .invalidWindow(text) }
        return days
    }
}

/// What `theodoi remind` refuses, in one line.
enum RemindError: UserFacingError {
    case invalidWindow(String)
    case askedBeforeDate(asked: CalendarDate, date: CalendarDate, option: String)
    case notCoordinator(user: String)
    case invalidReference(String, reason: ReminderReference.Problem)
    case nobodyLate(scope: String, on: CalendarDate)
    case alreadyReported(agency: String, scope: String)
    case whichDirective(known: [String])

    func message(_ language: Language) -> String {
        let l = language
        switch self {
        case .invalidWindow(let text):
            return l.pick("--within: \"\(text)\" không phải số ngày làm việc (0 đến 60)", "--within: \"\(text)\" is not a number of working days (0 to 60)")
        case .askedBeforeDate(let asked, let date, let option):
            return l.pick("--asked-by: \(asked.vietnamese) trước ngày \(date.vietnamese) (\(option)); hẹn báo cáo phải từ ngày đó trở đi",
                          "--asked-by: \(asked.vietnamese) is before \(date.vietnamese) (\(option)); the date asked for must be on or after it")
        case .notCoordinator(let user):
            return l.pick("người dùng \(user) không có quyền ghi công văn đôn đốc (cần vai trò coordinators hoặc admins)",
                          "user \(user) may not record reminders (needs the coordinators or admins role)")
        case .invalidReference(let text, let reason):
            switch reason {
            case .empty: return l.pick("--reference không được để trống", "--reference must not be empty")
            case .tooLong: return l.pick("--reference dài quá 100 ký tự", "--reference is longer than 100 characters")
            case .control: return l.pick("--reference \"\(text)\" có ký tự điều khiển", "--reference \"\(text)\" has a control character")
            }
        case .nobodyLate(let scope, let on):
            return l.pick("không có cơ quan nào quá hạn ở \(scope) tính đến \(on.vietnamese); không ghi gì",
                          "no agency is overdue on \(scope) as of \(on.vietnamese); nothing was written")
        case .alreadyReported(let agency, let scope):
            return l.pick("\(agency) đã báo cáo \(scope); không cần đôn đốc, không ghi gì",
                          "\(agency) has already reported on \(scope); nothing to chase, nothing was written")
        case .whichDirective(let known):
            return l.pick("cơ sở dữ liệu có nhiều văn bản chỉ đạo: hãy chọn bằng --directive hoặc --task (có: \(known.joined(separator: ", ")))",
                          "the database holds several directives: choose one with --directive or --task (known: \(known.joined(separator: ", ")))")
        }
    }
}
