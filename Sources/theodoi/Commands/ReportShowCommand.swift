import ArgumentParser
import Tracking
import TrackingStore

/// `theodoi report show`: the agency's latest report on a task.
struct ReportShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an agency's latest report on a task (exit 1 when there is none).",
        discussion: """
            The JSON form is the submit JSON plus "submitted_at", "submitted_by" and "revision".

            Example:
              theodoi report show --task 1 --agency "cong an" --format json
            """
    )

    @OptionGroup var target: ReportTarget

    @Option(name: .long, help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        let store = try context.openStore()
        let (task, snapshot) = try store.taskSnapshot(target.task, asOf: context.today)
        let agency = try store.resolveAgency(target.agency, for: task, in: snapshot)
        guard let report = try store.reports(taskID: task.id, agencyID: agency.id).last else {
            throw CommandLineError.noReport(task: "\(task.directive.text) #\(task.number)", agency: agency.name)
        }
        switch format {
        case .json:
            let pairs = report.content.jsonObject + [
                ("agency", .string(agency.name)), ("task", .string(task.id)),
                ("submitted_at", .string(report.submittedAt)), ("submitted_by", .string(report.submittedBy)),
                ("revision", .integer(report.revision)),
            ]
            print(JSONValue.orderedObject(pairs).rendered())
        case .text:
            Output.text(ReportText(report: report, agency: agency, task: task, areas: snapshot.areas, language: context.language).render())
        }
    }
}
