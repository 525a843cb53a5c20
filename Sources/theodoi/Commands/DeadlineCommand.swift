import ArgumentParser
import Tracking
import TrackingStore

/// `theodoi deadline …`: the lead department's decisions on an agency's deadline.
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: HelpText.pick("Ghi quyết định gia hạn hoặc rút nhiệm vụ đối với một cơ quan.", "Record an extension (gia hạn) or a withdrawal (rút nhiệm vụ) for one agency."),
        discussion: HelpText.pick("""
            Thời hạn ban đầu được giữ nguyên; quyết định được ghi cùng ngày và số văn bản, vào \
            nhật ký thay đổi, và đổi tình trạng của cơ quan kể từ ngày quyết định. Chỉ quản trị \
            và điều phối viên được ghi quyết định.
            """, """
            The original deadline is kept; the decision is recorded with its date and reference, \
            goes in the audit trail, and changes the agency's status from the day it is taken. \
            Only admins and coordinators may record decisions.
            """),
        subcommands: [Extend.self, Withdraw.self]
    )

    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extend",
            abstract: HelpText.pick("Gia hạn cho một cơ quan đến ngày mới.", "Extend an agency's deadline to a new due date."),
            discussion: HelpText.pick("Ví dụ: theodoi deadline extend --task 1 --agency \"dai\" --to 2025-02-21 --reference 512/UBND-NN.TN", "Example: theodoi deadline extend --task 1 --agency \"dai\" --to 2025-02-21 --reference 512/UBND-NN.TN")
        )
        @OptionGroup var target: ReportTarget
        @Option(name: .long, help: ArgumentHelp(HelpText.pick("Hạn mới.", "The new due date."), valueName: "YYYY-MM-DD"))
        var to: String
        @OptionGroup var decision: DecisionOptions
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try AppContext(global)
            guard let date = CalendarDate(parsing: to) else { throw CommandLineError.invalidDate(option: "--to", to) }
            try DecisionRecorder.record(.extended(to: date), target: target, options: decision, context: context)
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: HelpText.pick("Rút nhiệm vụ đã giao cho một cơ quan.", "Take a task back from an agency.")
        )
        @OptionGroup var target: ReportTarget
        @OptionGroup var decision: DecisionOptions
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try DecisionRecorder.record(.withdrawal, target: target, options: decision, context: try AppContext(global))
        }
    }
}

struct DecisionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Văn bản quyết định việc đó.", "The document that decided it."), valueName: "reference"))
    var reference: String?
    @Option(name: .long, help: ArgumentHelp(HelpText.pick("Ghi chú, theo lời văn của quyết định.", "A note, in the decision's words.")))
    var note: String = ""
}

enum DecisionRecorder {
    static func record(_ kind: DeadlineDecision.Kind, target: ReportTarget, options: DecisionOptions, context: AppContext) throws {
        let store = try context.openStore()
        let (task, snapshot) = try store.taskSnapshot(target.task, asOf: context.today)
        let agency = try store.resolveAgency(target.agency, for: task, in: snapshot)
        let access = try context.access(agencies: snapshot.agencies)
        guard access.role >= .coordinator else { throw CommandLineError.notCoordinator(user: context.user) }
        let decision = DeadlineDecision(kind: kind, decidedOn: context.today, reference: options.reference, note: options.note)
        try store.recordDecision(decision, taskID: task.id, agencyID: agency.id, user: context.user, at: context.clock.timestamp())
        let l = context.language
        switch kind {
        case .extended(let date):
            Output.text(l.pick("Đã gia hạn nhiệm vụ \(task.number) của \(agency.name) đến \(date.vietnamese).",
                               "Extended task \(task.number) for \(agency.name) to \(date.vietnamese).") + "\n")
        case .withdrawal:
            Output.text(l.pick("Đã rút nhiệm vụ \(task.number) của \(agency.name).", "Withdrew task \(task.number) from \(agency.name).") + "\n")
        }
    }
}
