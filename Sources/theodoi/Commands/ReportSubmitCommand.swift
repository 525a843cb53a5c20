import ArgumentParser
import Foundation
import Tracking
import TrackingStore

/// `theodoi report submit`: stores a report read from a JSON file or standard input.
struct ReportSubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Submit an agency's report on a task from a JSON file.",
        discussion: """
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
            revision; timeliness counts the first. The report is dated today (--today when set).

            Who may submit for which agency is set in config.toml ([roles], [reporters]; see \
            --config). Without a configuration file the local user may submit for every agency.

            Example:
              theodoi report submit --task 1 --agency "cong an" --file bao-cao.json
            """
    )

    @OptionGroup var target: ReportTarget

    @Option(name: .long, help: ArgumentHelp("The report's JSON; - reads standard input.", valueName: "REPORT.json"))
    var file: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        let data = try InputFile.read(file)
        let store = try context.openStore()
        let (task, snapshot) = try store.taskSnapshot(target.task, asOf: context.today)
        let agency = try store.resolveAgency(target.agency, for: task, in: snapshot)
        // Before the report is even read: a refusal must write nothing and should not first
        // make the user fix a report they may not send.
        try context.access(agencies: snapshot.agencies).checkMayReport(for: agency)
        let content = try ReportContent(json: data, areas: snapshot.areas)
            .validated(areas: snapshot.areas, today: context.today)
        let report = try store.submitReport(content, taskID: task.id, agencyID: agency.id, user: context.user, clock: context.clock)
        let l = context.language
        print(l.pick("Đã nhận báo cáo \(content.reference) của \(agency.name) cho nhiệm vụ \(task.number) (\(task.directive.text)), lần \(report.revision), ngày \(report.submittedOn.vietnamese).",
                     "Received report \(content.reference) from \(agency.name) on task \(task.number) (\(task.directive.text)), revision \(report.revision), dated \(report.submittedOn.vietnamese)."))
    }
}

/// Reads a file named on the command line, or standard input for "-".
enum InputFile {
    static func read(_ path: String) throws(CommandLineError) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "không đọc được / unreadable" : "không có tệp / no such file"
            throw .unreadableFile(path, reason: reason)
        }
    }
}
