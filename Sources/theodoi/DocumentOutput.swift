import Foundation
import OfficeDocuments
import Tracking

/// Where a DOCX goes: a file named with `--output`, or `--output -` into a pipe or a file, never
/// a terminal (its bytes are a zip, and would garble the screen).
enum DocumentOutput {
    /// Refuses, before any work, a DOCX with no `--output`, or with `--output -` (or a path to
    /// a terminal such as `/dev/tty`) when that is a terminal.
    static func check(_ output: String?) throws(DocumentOutputError) {
        guard let output else { throw .noOutput }
        if output == "-" {
            if isatty(1) == 1 { throw .terminal }
            return
        }
        // Only a character device can be a terminal; it is opened without becoming ours.
        guard (try? FileManager.default.attributesOfItem(atPath: output)[.type] as? FileAttributeType) == .typeCharacterSpecial
        else { return }
        let descriptor = open(output, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        if descriptor >= 0 {
            defer { close(descriptor) }
            if isatty(descriptor) == 1 { throw .terminal }
        }
    }

    /// The document's bytes written as `--output` writes (``OutputFile``): a file whole or not at all.
    static func write(_ document: DocxDocument, to output: String) throws {
        try OutputFile.write(document.data(), to: output)
    }
}

/// A DOCX with nowhere sensible to go.
enum DocumentOutputError: UserFacingError {
    case noOutput
    case terminal

    func message(_ language: Language) -> String {
        switch self {
        case .noOutput:
            language.pick("--format docx cần --output TỆP (ví dụ --output cong-van.docx; \"-\" để ghi vào một đường ống)",
                          "--format docx needs --output FILE (e.g. --output dispatch.docx; \"-\" to write into a pipe)")
        case .terminal:
            language.pick("--format docx không ghi ra màn hình: hãy cho --output một tệp .docx hoặc chuyển vào một đường ống",
                          "--format docx is not written to a terminal: give --output a .docx file or pipe it")
        }
    }
}
