import ArgumentParser
import Canvas
import Foundation
import Tracking

/// The root command. It runs the dashboard when no subcommand is given.
@main
struct Theodoi: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "theodoi",
        abstract: HelpText.pick("Theo dõi việc thực hiện văn bản chỉ đạo cho đến khi mọi cơ quan đã báo cáo.", "Theo dõi việc thực hiện văn bản chỉ đạo — follow up a directive until every agency has reported."),
        discussion: HelpText.pick("""
            theodoi theo dõi các văn bản chỉ đạo và báo cáo của các cơ quan được giao, bắt đầu từ \
            công văn 239/UBND-NN.TN của UBND tỉnh Bắc Ninh (17/01/2025) về ô nhiễm tại phường Phong \
            Khê, CCN Phú Lâm và xã Văn Môn: cơ sở dữ liệu mới có sẵn dữ liệu của công văn đó.

            Mã thoát: 0 thành công, 1 lỗi của người dùng (tệp sai, giá trị sai, cơ quan không có; \
            một dòng ở đầu ra lỗi), 2 gõ sai lệnh. Trợ giúp bằng tiếng Anh: --lang en.
            """, """
            theodoi follows dispatch 239/UBND-NN.TN of the Bắc Ninh Provincial People's Committee \
            (17/01/2025) and the reports it asks of 14 agencies on the pollution in phường Phong Khê, \
            CCN Phú Lâm and xã Văn Môn. A new database starts with that dispatch's data.

            Exit status: 0 success, 1 a user error (bad file, bad value, unknown agency; one line \
            on standard error), 2 a usage error.
            """),
        version: version,
        subcommands: [DashboardCommand.self, StatusCommand.self, ParseCommand.self, ReportCommand.self, WallCommand.self, DeadlineCommand.self, ImportCommand.self, AreaCommand.self, ExportCommand.self, RemindCommand.self, MigrateCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// Parses and runs, with SPEC §4's exit statuses: a user error prints one line in the
    /// user's language and exits 1; a usage error exits 2; nothing prints a stack trace.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Read before parsing (HelpText), so that even a parsing error speaks that language.
        let language = HelpText.language
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            try Output.finish()
        } catch let error as any UserFacingError {
            // What the command printed before it failed comes first.
            Output.standardOutput.flush()
            // Messages quote names and references from the data: shown, never obeyed.
            FileHandle.standardError.write(Data("theodoi: \(VisibleText.sanitized(error.message(language)))\n".utf8))
            Foundation.exit(1)
        } catch {
            Output.standardOutput.flush()
            let code = exitCode(for: error)
            if code == .success {
                print(HelpText.localized(fullMessage(for: error)))
                Foundation.exit(0)
            }
            // A bare ExitCode (a bulk command that has already said which items it refused)
            // has no message: no empty line then.
            let commands = configuration.subcommands.map { $0.configuration.commandName ?? "" }.filter { !$0.isEmpty }
            let message = UsageMessage.translated(fullMessage(for: error), arguments: arguments, commands: commands, language: language)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            // ArgumentParser uses EX_USAGE (64) for usage errors; SPEC §4 says 2.
            Foundation.exit(code.rawValue == 64 ? 2 : code.rawValue)
        }
    }
}
