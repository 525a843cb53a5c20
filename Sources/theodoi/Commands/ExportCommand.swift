import ArgumentParser
import Foundation
import OfficeDocuments
import Tracking
import TrackingStore

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case md
    case csv
    case json
    case ics
    case docx
}

/// `theodoi export`: the consolidated report, the status table, everything, or the deadlines,
/// to standard output or (atomically) to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the consolidated report, the status table, everything, or the deadlines.",
        discussion: """
            md    the consolidated report for the lead department (Sở TN&MT): who reported, \
            the figures by area and agency with totals, and the five sections with each agency's text.
            csv   the status table, one row per agency and task (RFC 4180, CRLF). It starts with a \
            UTF-8 byte order mark so that Excel on Windows shows Vietnamese correctly.
            json  everything: the status JSON, the latest report of every agency, the areas.
            ics   the deadlines as an iCalendar file: one all-day event per task due date \
            (under --policy), naming the agencies that have not reported.
            docx  the consolidated report as a báo cáo to sign (with --output; "-" into a pipe, never \
            a terminal): the same content as md, always in Vietnamese, in the layout of Nghị định \
            30/2020/NĐ-CP (A4, Times New Roman, the issuer and national name on top, tables with \
            borders for the figures, the signature block from [signer] in config.toml).

            With --output a file is written whole or not at all (a temporary file in the same \
            folder, then renamed over it, keeping its permissions); a symbolic link is followed to \
            its target; a FIFO or a device is written directly; "-" is standard output. Without \
            it, standard output.

            In CSV, a text starting with =, +, -, @, a tab or a carriage return gets a leading \
            apostrophe, so that a spreadsheet shows it instead of running it as a formula.

            Examples:
              theodoi export --format md --output bao-cao-tong-hop.md
              theodoi export --format csv --output trang-thai.csv
              theodoi export --format ics --output han.ics
              theodoi export --format md --directive 239/UBND-NN.TN
              theodoi export --format docx --directive 239/UBND-NN.TN --output bao-cao.docx
            """
    )

    @Option(name: .long, help: "md, csv, json, ics or docx (with --output).")
    var format: ExportFormat

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Only this directive (its reference, e.g. 239/UBND-NN.TN); repeatable.",
                                            valueName: "REF"))
    var directive: [String] = []

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try AppContext(global)
        if format == .docx { try DocumentOutput.check(output) }
        let store = try context.openStore()
        // The status table and the calendar need no report text.
        let snapshot = try store.snapshot(asOf: context.today, directives: directive.isEmpty ? nil : directive,
                                          includingReports: format == .md || format == .json || format == .docx)
        let board = StatusBoard(snapshot: snapshot, rules: context.rules, today: context.today)
        let text: String
        switch format {
        case .docx:
            let report = ConsolidatedReportDocument(snapshot: snapshot, board: board, settings: context.signer)
            // check(_:) refused a missing --output.
            try DocumentOutput.write(report.docx(), to: output ?? "-")
            return
        case .md: text = ConsolidatedReport(snapshot: snapshot, board: board, language: context.language).render()
        case .csv: text = StatusTable(board: board, language: context.language).render()
        case .json: text = FullExport(snapshot: snapshot, board: board, language: context.language).json().rendered() + "\n"
        case .ics: text = DeadlineCalendar(board: board, language: context.language, timestamp: context.clock.timestamp()).render()
        }
        if let output {
            try OutputFile.write(Data(text.utf8), to: output)
        } else {
            // The exports made their text safe to show (controls and bidi characters visible).
            Output.raw(text)
        }
    }
}
