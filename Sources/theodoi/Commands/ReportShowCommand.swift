import ArgumentParser
import Tracking
import TrackingStore

/// `theodoi report show`: the agency's latest report on a task.
struct ReportShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpText.pick("Xem báo cáo mới nhất của một cơ quan cho một nhiệm vụ (mã thoát 1 khi chưa có).", "Show an agency's latest report on a task (exit 1 when there is none)."),
        discussion: HelpText.pick("""
            Dạng JSON là JSON của lệnh nộp, thêm "submitted_at", "submitted_by" và "revision".

            Có --directive thì --task là số thứ tự nhiệm vụ trong văn bản đó (số nhiệm vụ lặp \
            lại giữa các văn bản). Với --today: lần nộp mới nhất tính đến ngày đó.

            Ví dụ:
              theodoi report show --task 1 --agency "cong an" --format json
              theodoi report show --directive 45/STNMT-MT --task 2 --agency "tien du"
            """, """
            The JSON form is the submit JSON plus "submitted_at", "submitted_by" and "revision".

            With --directive, --task is the task's number in that directive (task numbers \
            repeat from one directive to the next). Under --today, the latest revision submitted \
            by that day.

            Examples:
              theodoi report show --task 1 --agency "cong an" --format json
              theodoi report show --directive 45/STNMT-MT --task 2 --agency "tien du"
            """)
    )

    @OptionGroup var target: ReportTarget

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("text (văn bản) hoặc json.", "text or json.")))
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Văn bản chỉ đạo có nhiệm vụ mà --task đánh số (ví dụ 239/UBND-NN.TN).", "The directive whose task --task numbers (e.g. 239/UBND-NN.TN)."), valueName: "REF"))
    var directive: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        let store = try context.openStore()
        let query = directive.map { target.task.contains("#") ? target.task : "\($0)#\(target.task)" } ?? target.task
        let (task, snapshot) = try store.taskSnapshot(query, asOf: context.today)
        let agency = try store.resolveAgency(target.agency, for: task, in: snapshot)
        // As everything else under --today: what had been submitted by that day (the same cut
        // as the board's and the report form's).
        let reports = try store.reports(taskID: task.id, agencyID: agency.id, asOf: context.today)
        guard let report = reports.latest else {
            // Say "as of" only when it matters: a revision came after the day being viewed.
            throw CommandLineError.noReport(task: "\(task.directive.text) #\(task.number)", agency: agency.name,
                                            asOf: reports.backdating == nil ? nil : context.today)
        }
        switch format {
        case .json:
            let pairs = report.content.jsonObject + [
                ("agency", .string(agency.name)), ("task", .string(task.id)),
                ("submitted_at", .string(report.submittedAt)), ("submitted_by", .string(report.submittedBy)),
                ("revision", .integer(report.revision)),
            ]
            Output.raw(JSONValue.orderedObject(pairs).rendered() + "\n")
        case .text:
            Output.text(ReportText(report: report, agency: agency, task: task, areas: snapshot.areas, language: context.language).render())
        }
    }
}
