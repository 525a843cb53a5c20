import Foundation
import Testing

/// What the commands write, where they write it: `--output` writes through links, FIFOs and
/// devices; lost output is an error; no control or bidi character from the data reaches a
/// terminal or a reader; no CSV cell runs as a formula.
@Suite struct OutputSafetyTests {
    @Test func outputFollowsALinkAndKeepsIt() throws {
        let folder = try ExportCommandTests.submitted()
        let link = folder.url.appendingPathComponent("link.md").path, target = folder.url.appendingPathComponent("real.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.md")
        let result = try ExportCommandTests.export(folder, "md", ["--output", link])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.md")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# "))
    }

    @Test func outputWritesThroughAFIFO() throws {
        let folder = try ExportCommandTests.submitted()
        let fifo = folder.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opening a FIFO for reading waits for its writer: on another thread, then read it to the end.
        let read = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var received = Data()
        Thread.detachNewThread {
            received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data()
            read.signal()
        }
        let result = try ExportCommandTests.export(folder, "ics", ["--output", fifo])
        #expect(result.status == 0, "\(result.stderr)")
        read.wait()
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("BEGIN:VCALENDAR"))
        // Still a FIFO (Foundation has no name for the type: not a regular file, nor a link).
        let type = try FileManager.default.attributesOfItem(atPath: fifo)[.type] as? FileAttributeType
        #expect(type != .typeRegular && type != .typeSymbolicLink && type != nil)
    }

    @Test func dashIsStandardOutputAndAFullDeviceIsAnError() throws {
        let folder = try ExportCommandTests.submitted()
        let dash = try TheodoiProcess.run(["export", "--format", "csv", "--output", "-", "--db", folder.database],
                                          environment: [:])
        #expect(dash.status == 0)
        #expect(dash.stdout.contains("directive,task_number"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
        let full = try ExportCommandTests.export(folder, "csv", ["--output", "/dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr == "theodoi: không ghi được /dev/full: hết chỗ trống trên đĩa\n")
    }

    /// Standard output on a full disk: the command says so and exits 1 (not 0, not a crash).
    @Test(arguments: [["status"], ["export", "--format", "md"], ["status", "--format", "json"]])
    func lostStandardOutputIsAnError(arguments: [String]) throws {
        let folder = try ExportCommandTests.submitted()
        let process = Process()
        process.executableURL = TheodoiProcess.binary
        process.arguments = arguments + ["--db", folder.database, "--today", "2025-02-12"]
        process.environment = TheodoiProcess.environment([:])
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let error = Pipe()
        process.standardError = error
        try process.run()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr == "theodoi: không ghi hết được đầu ra chuẩn: hết chỗ trống trên đĩa\n")
    }

    /// A reference and a text with a bidi override and a zero-width space, echoed and shown:
    /// visible, never obeyed (control characters such as ESC are refused on input).
    @Test func controlAndBidiCharactersAreShownNotObeyed() throws {
        let folder = try TestFolder()
        let report = Data("""
            {"reference": "12/BC-CAT\\u202e", "date": "2025-02-10", "work_done": "abc\\u202edef\\u200bghi",
             "results": "", "lessons": "", "causes": "", "solutions": "", "figures": []}
            """.utf8)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", "-",
                                             "--db", folder.database, "--today", "2025-02-12"], stdin: report)
        #expect(submit.status == 0, "\(submit.stderr)")
        #expect(submit.stdout.contains("12/BC-CAT⟨U+202E⟩"))
        let show = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "cong an", "--db", folder.database, "--today", "2025-02-12"])
        #expect(show.stdout.contains("abc⟨U+202E⟩def⟨U+200B⟩ghi"))
        let markdown = try ExportCommandTests.export(folder, "md")
        #expect(markdown.stdout.contains("abc⟨U+202E⟩def"))
        let json = try TheodoiProcess.run(["report", "show", "--task", "1", "--agency", "cong an", "--format", "json",
                                           "--db", folder.database, "--today", "2025-02-12"])
        #expect(json.stdout.contains("abc\\u202edef\\u200bghi"))
        for output in [submit.stdout, show.stdout, markdown.stdout, json.stdout] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x200B })
        }
    }
}
