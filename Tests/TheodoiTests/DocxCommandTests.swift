import Foundation
import Testing
import ZIPFoundation

/// `theodoi remind --format docx` and `theodoi export --format docx` end to end: where the
/// document may go, what it holds, and — when LibreOffice is installed — that LibreOffice opens
/// it and its text holds the national name, the subject and the agencies.
@Suite struct DocxCommandTests {
    /// `word/document.xml` of a `.docx`.
    static func documentXML(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func docxNeedsAnOutput() throws {
        let folder = try TestFolder()
        for command in [["remind"], ["export"]] {
            let result = try TheodoiProcess.run(command + ["--format", "docx", "--db", folder.database, "--today", "2025-02-24"])
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines == ["theodoi: --format docx cần --output TỆP (ví dụ --output cong-van.docx; \"-\" để ghi vào một đường ống)"])
        }
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "needs tmux"))
    func aTerminalIsRefused() throws {
        let folder = try TestFolder()
        let session = try TmuxSession(["remind", "--format", "docx", "--output", "-", "--db", folder.database, "--today", "2025-02-24"],
                                      width: 160)
        let screen = try session.waitFor("the refusal") { $0.contains("EXIT=") }
        #expect(screen.contains("theodoi: --format docx không ghi ra màn hình: hãy cho --output một tệp .docx hoặc chuyển vào một đường ống"))
        #expect(screen.contains("EXIT=1"))
        #expect(!screen.contains("PK"))
    }

    @Test func theReminderGoesIntoAPipeAndNamesEveryLateAgency() throws {
        let folder = try TestFolder()
        let result = try TheodoiProcess.run(["remind", "--format", "docx", "--output", "-", "--directive", "239/UBND-NN.TN",
                                             "--db", folder.database, "--today", "2025-02-24"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutData.starts(with: Data("PK\u{3}\u{4}".utf8)))
        let xml = try Self.documentXML(result.stdoutData)
        #expect(xml.contains(">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<"))
        #expect(xml.contains(">V/v đôn đốc báo cáo thực hiện Công văn số 239/UBND-NN.TN ngày 17/01/2025<"))
        #expect(xml.contains("Công an tỉnh"))
        #expect(xml.contains("Nơi nhận:"))
    }

    @Test func nobodyLateWritesNothing() throws {
        let folder = try TestFolder()
        let output = folder.url.appendingPathComponent("don-doc.docx").path
        let result = try TheodoiProcess.run(["remind", "--format", "docx", "--output", output, "--db", folder.database, "--today", "2025-01-20"])
        #expect(result.status != 0)
        #expect(result.stderrLines == ["theodoi: không có cơ quan nào quá hạn ở mọi văn bản tính đến 20/01/2025; không ghi gì"])
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func anUnwritablePathGetsOneLineAndNoFile() throws {
        let folder = try TestFolder()
        let output = folder.url.appendingPathComponent("no/such/folder/bao-cao.docx").path
        let result = try TheodoiProcess.run(["export", "--format", "docx", "--output", output, "--db", folder.database, "--today", "2025-02-24"])
        #expect(result.status != 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("không ghi được"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".docx") || $0.hasSuffix(".tmp") }
        #expect(left.isEmpty)
    }

    @Test func theReportHoldsTheFiguresAndTheSigner() throws {
        let folder = try ExportCommandTests.submitted()
        let output = folder.url.appendingPathComponent("bao-cao.docx").path
        let result = try ExportCommandTests.export(folder, "docx", ["--output", output, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let xml = try Self.documentXML(Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(xml.contains(">BÁO CÁO<"))
        // In Vietnamese whatever --lang says: an official document.
        #expect(xml.contains(">Đã báo cáo: 1/14 cơ quan, đơn vị; chưa báo cáo: "))
        #expect(xml.contains(">1.300.000.000 đ<"))
        #expect(xml.contains(">Kiểm tra 20 cơ sở tái chế giấy<"))
        #expect(xml.contains(">GIÁM ĐỐC<"))
    }

    // MARK: - LibreOffice

    /// `libreoffice` or `soffice` on PATH, if any.
    static let office: String? = program(["libreoffice", "soffice"])
    static let pdftotext: String? = program(["pdftotext"])

    static func program(_ names: [String]) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") { return "\(folder)/\(name)" }
        }
        return nil
    }

    /// Runs a program to its end (at most two minutes); its status.
    static func execute(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate(); process.waitUntilExit() }
        return process.terminationStatus
    }

    @Test(.enabled(if: office != nil, "LibreOffice is not installed (Debian package libreoffice-writer): the DOCX files are not opened"),
          .timeLimit(.minutes(3)))
    func libreOfficeOpensBothDocuments() throws {
        let folder = try ExportCommandTests.submitted()
        let reminder = folder.url.appendingPathComponent("don-doc.docx").path
        let report = folder.url.appendingPathComponent("bao-cao.docx").path
        let remind = try TheodoiProcess.run(["remind", "--format", "docx", "--output", reminder, "--db", folder.database, "--today", "2025-02-24"])
        #expect(remind.status == 0, "\(remind.stderr)")
        let export = try ExportCommandTests.export(folder, "docx", ["--output", report])
        #expect(export.status == 0, "\(export.stderr)")

        // A profile of its own, so that a LibreOffice already running (or a test beside) is not used.
        let profile = folder.url.appendingPathComponent("lo-profile")
        let pdfs = folder.url.appendingPathComponent("pdf")
        let status = try Self.execute(try #require(Self.office), [
            "-env:UserInstallation=" + profile.absoluteString, "--headless", "--convert-to", "pdf", "--outdir", pdfs.path, reminder, report])
        #expect(status == 0)
        for (name, agency) in [("don-doc", "Cục Thuế tỉnh;"), ("bao-cao", "Công an tỉnh")] {
            let pdf = pdfs.appendingPathComponent(name + ".pdf").path
            #expect(FileManager.default.fileExists(atPath: pdf), "LibreOffice did not convert \(name).docx")
            guard let pdftotext = Self.pdftotext, FileManager.default.fileExists(atPath: pdf) else { continue }
            let text = pdfs.appendingPathComponent(name + ".txt").path
            #expect(try Self.execute(pdftotext, ["-enc", "UTF-8", pdf, text]) == 0)
            let content = try String(contentsOfFile: text, encoding: .utf8)
            #expect(content.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "\(name)")
            #expect(content.contains("Độc lập - Tự do - Hạnh phúc"), "\(name)")
            #expect(content.contains(agency), "\(name)")
            #expect(content.contains("239/UBND-NN.TN"), "\(name)")
            // Page numbers (Nghị định 30, Phụ lục I, Mục II, khoản 11): in the top margin from the
            // second page on, none on the first. pdftotext separates pages with a form feed.
            let pages = content.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            #expect(pages.count >= 3, "\(name): one page only")   // two pages and what follows the last feed
            if pages.count >= 3 {
                let firstLines = pages.map { $0.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
                #expect(firstLines[1] == "2", "\(name): page 2 starts \(firstLines[1])")
                #expect(firstLines[0] != "1", "\(name)")
            }
        }
    }
}
