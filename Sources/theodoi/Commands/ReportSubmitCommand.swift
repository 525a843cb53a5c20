import ArgumentParser
import Foundation
import Tracking
import TrackingStore

/// `theodoi report submit`: stores a report read from a JSON file or standard input, or many
/// from an NDJSON file (one report per line, each naming its task and agency).
struct ReportSubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: HelpText.pick("Nộp báo cáo của một cơ quan cho một nhiệm vụ từ tệp JSON, hoặc nhiều báo cáo từ tệp NDJSON.", "Submit an agency's report on a task from a JSON file, or many reports from an NDJSON file."),
        discussion: HelpText.pick("""
            Tệp gồm số và ngày báo cáo của cơ quan, năm phần nội dung và số liệu theo khu vực:

              {
                "reference": "12/BC-CAT", "date": "2025-02-12",
                "work_done": "…", "results": "…", "lessons": "…", "causes": "…", "solutions": "…",
                "figures": [{"area": "Phong Khê", "inspected": 20, "violations": 12, "fines_count": 5,
                             "fines_vnd": 1300000000, "suspended": 12, "power_cut": 5, "relocated": 0,
                             "complaints_handled": 3}]
              }

            Khu vực ghi tên đầy đủ hoặc phần đầu của tên ("phong khe"); số tiền có thể viết \
            "1.300.000.000". Lần nộp sau của cùng cơ quan cho cùng nhiệm vụ là một lần sửa mới; \
            đúng hạn hay không tính theo lần đầu. Báo cáo mang ngày hôm nay (--today nếu có); \
            với --today sớm hơn một lần cơ quan đã nộp cho nhiệm vụ đó thì bị từ chối (các lần \
            nộp giữ đúng thứ tự ngày).

            Không có --task và --agency thì tệp là NDJSON (reports.ndjson, reports.jsonl, hoặc - \
            là đầu vào chuẩn): mỗi dòng một báo cáo, JSON như trên trên một dòng, thêm "task" \
            (như --task) và "agency" (như --agency):

              {"task": "239/UBND-NN.TN#1", "agency": "cong an", "reference": "12/BC-CAT", "date": "2025-02-12", "results": "…"}

            Mỗi dòng được nhận hoặc bị từ chối kèm số dòng và lý do (như khi nộp một báo cáo); \
            các dòng khác vẫn được nhận, dòng trống bỏ qua, cuối cùng là phần tổng cộng. Hai \
            dòng cho cùng cơ quan và nhiệm vụ là hai lần nộp, theo thứ tự trong tệp. Mã thoát 0 \
            khi mọi dòng được nhận, 1 khi có dòng bị từ chối. --task hoặc --agency với tệp \
            .ndjson hay .jsonl là gõ sai lệnh (mã 2).

            Ai được nộp cho cơ quan nào đặt trong config.toml ([roles], [reporters]; xem \
            --config). Không có tệp cấu hình thì người dùng máy này được nộp cho mọi cơ quan.

            Ví dụ:
              theodoi report submit --task 1 --agency "cong an" --file bao-cao.json
              theodoi report submit --file bao-cao.ndjson
              tao-bao-cao | theodoi report submit --file -
            """, """
            The file holds the agency's reference and date, the five sections and the figures \
            per area:

              {
                "reference": "12/BC-CAT", "date": "2025-02-12",
                "work_done": "…", "results": "…", "lessons": "…", "causes": "…", "solutions": "…",
                "figures": [{"area": "Phong Khê", "inspected": 20, "violations": 12, "fines_count": 5,
                             "fines_vnd": 1300000000, "suspended": 12, "power_cut": 5, "relocated": 0,
                             "complaints_handled": 3}]
              }

            An area is named in full or by the start of its name ("phong khe"); money may be \
            written "1.300.000.000". A later submission for the same agency and task is a new \
            revision; timeliness counts the first. The report is dated today (--today when set); \
            under a --today earlier than a revision the agency already submitted on the task, it \
            is refused (revisions stay in the order of their days).

            Without --task and --agency the file is NDJSON (reports.ndjson, reports.jsonl, or - \
            for standard input): one report per line, the JSON above on one line plus "task" (as \
            --task takes it) and "agency" (as --agency takes it):

              {"task": "239/UBND-NN.TN#1", "agency": "cong an", "reference": "12/BC-CAT", "date": "2025-02-12", "results": "…"}

            Each line is accepted or refused with its line number and the reason (the messages \
            of a single submission); the other lines still go in, blank lines are skipped, and a \
            summary ends the run. Two lines for the same agency and task are two revisions, in \
            the file's order. Exit status 0 when every line went in, 1 when any was refused. \
            --task or --agency with an .ndjson or .jsonl file is a usage error (exit 2).

            Who may submit for which agency is set in config.toml ([roles], [reporters]; see \
            --config). Without a configuration file the local user may submit for every agency.

            Examples:
              theodoi report submit --task 1 --agency "cong an" --file bao-cao.json
              theodoi report submit --file bao-cao.ndjson
              generate-reports | theodoi report submit --file -
            """)
    )

    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Nhiệm vụ: mã trong `theodoi status` (\"1\"), hoặc văn bản và số thứ tự (\"239/UBND-NN.TN#1\"). Bỏ trống khi nộp tệp NDJSON.", "The task: its id from `theodoi status` (\"1\"), or directive and number (\"239/UBND-NN.TN#1\"). Leave out for an NDJSON file."),
        valueName: "id"))
    var task: String?

    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Cơ quan: tên đầy đủ, hoặc phần đầu của tên, không cần dấu (\"cong an\"). Bỏ trống khi nộp tệp NDJSON.", "The agency, in full or by the start of its name without tone marks (\"cong an\"). Leave out for an NDJSON file."),
        valueName: "name"))
    var agency: String?

    @Option(name: .long, help: ArgumentHelp(
        HelpText.pick("Tệp JSON của báo cáo; không có --task và --agency thì là tệp NDJSON, mỗi dòng một báo cáo; - là đầu vào chuẩn.", "The report's JSON, or with neither --task nor --agency an NDJSON file of reports, one per line; - reads standard input."),
        valueName: "REPORT.json|REPORTS.ndjson"))
    var file: String

    @OptionGroup var global: GlobalOptions

    /// Whether the file's name says it holds one JSON value per line.
    static func isNDJSONName(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".jsonl")
    }

    func validate() throws {
        guard task != nil || agency != nil else { return }   // NDJSON: each line names its own
        let l = (try? AppContext.language(global.lang ?? ProcessInfo.processInfo.environment["THEODOI_LANG"])) ?? .vi
        if Self.isNDJSONName(file) {
            throw ValidationError(l.pick(
                "--task/--agency không dùng với tệp NDJSON \(file): mỗi dòng tự ghi \"task\" và \"agency\"",
                "--task/--agency cannot be used with the NDJSON file \(file): each line names its own \"task\" and \"agency\""))
        }
        if task == nil || agency == nil {
            throw ValidationError(l.pick(
                "--task và --agency đi cùng nhau (thiếu \(task == nil ? "--task" : "--agency")); bỏ cả hai thì --file là tệp NDJSON",
                "--task and --agency go together (\(task == nil ? "--task" : "--agency") is missing); without both, --file is an NDJSON file"))
        }
    }

    func run() throws {
        let context = try AppContext(global)
        guard let task, let agency else {
            return try ReportLines(file: file, context: context).submitAll()
        }
        let data = try InputFile.read(file)
        let store = try context.openStore()
        let (found, snapshot) = try store.taskSnapshot(task, asOf: context.today)
        let access = try context.access(agencies: snapshot.agencies)
        // The agency named, or its successor reporting on its assignment (or the reverse).
        let party = try store.resolveReportingParty(agency, for: found, in: snapshot, on: context.today,
                                                    mayReport: access.mayReport(agencyID:))
        // Before the report is even read: a refusal must write nothing and should not first
        // make the user fix a report they may not send.
        try access.checkMayReport(for: party.sender)
        let content = try ReportContent(json: data, areas: snapshot.areas)
            .validated(areas: snapshot.areas, today: context.today)
        let report = try store.submitReport(content, taskID: found.id, agencyID: party.assignee.id, user: context.user,
                                            clock: context.clock, reportedBy: party.reporter?.id)
        Output.text(Self.received(content, party: party, task: found, report: report, language: context.language) + "\n")
    }

    /// "Đã nhận báo cáo 12/BC-CAT của Công an tỉnh cho nhiệm vụ 1 (239/UBND-NN.TN), lần 1, ngày 12/02/2025."
    /// A successor's: "… của Sở Nông nghiệp và Môi trường (thay Sở Tài nguyên và Môi trường) …".
    static func received(_ content: ReportContent, party: ReportingParty, task: DirectiveTask, report: Report, language l: Language) -> String {
        let sender = party.reporter.map { l.pick("\($0.name) (thay \(party.assignee.name))", "\($0.name) (for \(party.assignee.name))") }
            ?? party.assignee.name
        return l.pick("Đã nhận báo cáo \(content.reference) của \(sender) cho nhiệm vụ \(task.number) (\(task.directive.text)), lần \(report.revision), ngày \(report.submittedOn.vietnamese).",
                      "Received report \(content.reference) from \(sender) on task \(task.number) (\(task.directive.text)), revision \(report.revision), dated \(report.submittedOn.vietnamese).")
    }
}

/// Reads a file named on the command line, or standard input for "-".
enum InputFile {
    static func read(_ path: String) throws(CommandLineError) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .unreadableFile(path, errno: EISDIR)
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path, errno: SystemError.code(of: error) ?? (FileManager.default.fileExists(atPath: path) ? EACCES : ENOENT))
        }
    }
}
