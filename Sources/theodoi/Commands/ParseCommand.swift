import ArgumentParser
import DispatchParser
import Foundation
import Tracking

/// `theodoi parse FILE`: what the parser reads in a dispatch, for checking it before an import.
/// Touches no database.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: HelpText.pick("Đọc văn bản công văn và in ra những gì tìm thấy; không ghi vào cơ sở dữ liệu.", "Parse a dispatch text and print what was found; touches no database."),
        discussion: HelpText.pick("""
            Đọc số, ký hiệu, cơ quan ban hành, địa danh và ngày tháng, trích yếu, văn bản được \
            viện dẫn, nơi nhận ở "Kính gửi" (dòng gộp như "Các Sở: A, B" được tách mỗi cơ quan \
            một mục), các nhiệm vụ đánh số cùng cơ quan thực hiện và thời hạn, "Nơi nhận" và \
            chữ ký. Phần không tìm thấy để trống (null), kèm cảnh báo; mỗi chỗ phải đoán cũng \
            có cảnh báo.

            Ví dụ:
              theodoi parse 239-UBND-NN.TN.txt
              theodoi parse - --format json < cong-van.txt | jq '.tasks[].deadline'
            """, """
            Reads the reference, issuer, place and date, subject, cited documents, addressees \
            (grouped lines such as "Các Sở: A, B" split into one agency each), numbered tasks with \
            their assignees and deadlines, recipients and the signature. What is not found is null \
            or empty, with a warning; every guess is a warning too.

            Examples:
              theodoi parse 239-UBND-NN.TN.txt
              theodoi parse - --format json < dispatch.txt | jq '.tasks[].deadline'
            """)
    )

    @Argument(help: ArgumentHelp(HelpText.pick("Văn bản công văn (UTF-8); \"-\" là đầu vào chuẩn.", "The dispatch as UTF-8 text; \"-\" reads standard input."), valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp(HelpText.pick("text (bản tóm tắt để đọc) hoặc json (SPEC §4).", "text (a summary for people) or json (SPEC §4).")))
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = try AppContext.language(global.lang ?? ProcessInfo.processInfo.environment["THEODOI_LANG"])
        let data = try InputFile.read(file)
        try DispatchSizeLimit.check(data, name: file == "-" ? language.pick("(đầu vào chuẩn)", "(standard input)") : file)
        let name = file == "-" ? language.pick("(đầu vào chuẩn)", "(standard input)") : file
        guard let text = String(validating: data, as: UTF8.self) else { throw ImportError.notUTF8(name) }
        try ImportCommand.checkControlCharacters(text, name: name)
        let parsed = DispatchParser.parse(text)
        switch format {
        case .json:
            Output.text(parsed.jsonValue(language).rendered() + "\n")
        case .text:
            Output.text(Self.summary(parsed, language: language))
        }
    }

    /// A readable summary, in Vietnamese or English.
    static func summary(_ parsed: ParsedDispatch, language l: Language) -> String {
        let missing = l.pick("(không thấy)", "(not found)")
        func value(_ text: String?) -> String { text ?? missing }
        var out: [String] = []
        out.append(l.pick("Số, ký hiệu: ", "Reference: ") + value(parsed.reference?.text))
        out.append(l.pick("Cơ quan ban hành: ", "Issuer: ") + value(parsed.issuer))
        out.append(l.pick("Nơi, ngày ban hành: ", "Place and date: ") + value(parsed.place) + ", " + value(parsed.date?.vietnamese))
        out.append(l.pick("Trích yếu: ", "Subject: ") + value(parsed.subject))
        out.append(l.pick("Văn bản dẫn chiếu:", "Documents cited:") + (parsed.references.isEmpty ? " " + missing : ""))
        for citation in parsed.references {
            out.append("  - \(citation.reference.text)" + (citation.date.map { l.pick(" ngày ", " of ") + $0.vietnamese } ?? ""))
        }
        out.append(l.pick("Kính gửi (\(parsed.addressees.count)):", "Addressees (\(parsed.addressees.count)):"))
        for name in parsed.addressees { out.append("  - \(name)") }
        out.append(l.pick("Nhiệm vụ (\(parsed.tasks.count)):", "Tasks (\(parsed.tasks.count)):"))
        for task in parsed.tasks {
            out.append("  \(task.number). \(task.text)")
            let deadline = task.deadline.map { deadline in
                deadline.raw + (deadline.anchor.map { " (\($0.vietnamese))" } ?? "")
            } ?? l.pick("không có", "none")
            out.append("     " + l.pick("Thời hạn: ", "Deadline: ") + deadline)
            out.append("     " + l.pick("Giao cho: ", "Assigned to: ")
                + (task.assignees.isEmpty ? missing : task.assignees.joined(separator: "; ")))
            if !task.cooperating.isEmpty {
                out.append("     " + l.pick("Phối hợp: ", "Cooperating: ") + task.cooperating.joined(separator: "; "))
            }
        }
        out.append(l.pick("Nơi nhận:", "Recipients:"))
        for recipient in parsed.recipients { out.append("  - \(recipient)") }
        if let signer = parsed.signer {
            let parts = [signer.authority, signer.title, signer.name].compactMap { $0 }
            out.append(l.pick("Người ký: ", "Signed: ") + parts.joined(separator: " / "))
        } else {
            out.append(l.pick("Người ký: ", "Signed: ") + missing)
        }
        if !parsed.warnings.isEmpty {
            out.append(l.pick("Cảnh báo (\(parsed.warnings.count)):", "Warnings (\(parsed.warnings.count)):"))
            for warning in parsed.warnings { out.append("  - " + warning.message(l)) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
