import ArgumentParser
import Foundation

/// `theodoi-bench paste`: pasting into the report form (issue 12: "a 100 KB paste appears in
/// under 0.5 s, and a key in a long section answers in under 20 ms"), in a 120×40
/// pseudo-terminal on a fresh database.
struct PasteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paste",
        abstract: "Time a bracketed paste into the report form, then a key in the pasted section.",
        discussion: """
            Opens the form for Sở TN&MT on dispatch 239, pastes N kilobytes of Vietnamese (many \
            lines) into "Công việc đã triển khai" as a terminal does with bracketed paste, and \
            reports the time from the paste to the settled screen, then the CPU and latency of \
            single letters typed at the end of the pasted text.

            Example:
              theodoi-bench paste --kilobytes 26,100
            """
    )

    @Option(name: .long, help: "The binary to measure.")
    var binary = ".build/release/theodoi"
    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Paste sizes in KB, comma-separated.", valueName: "KB,KB,…"))
    var kilobytes: [String] = ["26,100"]
    @Option(name: .long, help: "Letters typed after each paste.")
    var keys = 20

    func run() throws {
        let sizes = kilobytes.flatMap { $0.split(separator: ",") }.compactMap { Int($0) }
        print("| paste | to settled screen | key after it: CPU (median) | key latency (median) |")
        print("| --- | --- | --- | --- |")
        for size in sizes {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theodoi-bench-paste-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let theodoi = Theodoi(binary: binary, database: folder.appendingPathComponent("t.sqlite").path, today: "2025-02-12",
                                  home: folder.path)
            let session = try PtySession(theodoi.dashboard, environment: theodoi.environment, columns: 120, rows: 40)
            defer { session.stop() }
            let deadline = { Monotonic.now() + 30 }
            guard session.read(until: DashboardProbe.marker, deadline: deadline()) else { throw BenchmarkError("no first frame") }
            _ = session.settle(quiet: 0.3, deadline: deadline())
            // Tab to the agencies, the first row (Sở TN&MT), n: the form, on its reference; Tab Tab: the first section.
            for key in [[9], Array("n".utf8), [9], [9]] as [[UInt8]] {
                session.send(key)
                _ = session.settle(quiet: 0.2, cpuQuiet: true, deadline: deadline())
            }
            var text = ""
            var line = 0
            while text.utf8.count < size * 1024 {
                line += 1
                text += "Dòng \(line): kiểm tra cơ sở tái chế giấy ở Phong Khê, lập biên bản, xử phạt theo quy định.\n"
            }
            let start = Monotonic.now()
            session.sendAll(Array("\u{1B}[200~".utf8) + Array(text.utf8) + Array("\u{1B}[201~".utf8), deadline: deadline())
            _ = session.settle(quiet: 0.1, cpuQuiet: true, deadline: deadline())
            let pasted = session.lastOutputAt - start
            var cpu: [Double] = [], latency: [Double] = []
            for _ in 0..<keys {
                let before = ProcessCounters.preciseCPUMilliseconds(session.pid) ?? 0
                let sent = Monotonic.now()
                session.send(Array("x".utf8))
                _ = session.settle(quiet: 0.05, cpuQuiet: true, deadline: deadline())
                cpu.append((ProcessCounters.preciseCPUMilliseconds(session.pid) ?? 0) - before)
                latency.append(session.lastOutputAt - sent)
            }
            func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
            print("| \(size) KB (\(line) lines) | \(Format.seconds(pasted)) | \(Format.milliseconds(median(cpu))) | \(Format.milliseconds(median(latency) * 1000)) |")
        }
    }
}
