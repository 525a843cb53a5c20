import Foundation

/// Runs the real `theodoi` binary, as a user or a script would, and collects what it printed.
struct TheodoiProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Standard output as bytes (a DOCX through a pipe).
        var stdoutData = Data()

        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// The binary built beside the test bundle (`.build/<triple>/debug/theodoi`).
    static let binary: URL = {
        if let override = ProcessInfo.processInfo.environment["THEODOI_BINARY"] { return URL(fileURLWithPath: override) }
        let bundle = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("theodoi")
    }()

    /// An environment without the caller's THEODOI_* settings, so that tests see only what they set.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("THEODOI_") }
        environment["LANG"] = "C.UTF-8"
        // No roles file of the machine's may change what the tests see: an empty config home.
        environment["XDG_CONFIG_HOME"] = emptyConfigHome
        environment.merge(extra) { $1 }
        return environment
    }

    static let emptyConfigHome: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("theodoi-empty-config").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func start(_ arguments: [String], environment extra: [String: String] = [:], stdin: Data? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(extra)
        let output = Pipe(), error = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        return (process, output, error)
    }

    @discardableResult
    static func run(_ arguments: [String], environment extra: [String: String] = [:], stdin: Data? = nil) throws -> Result {
        let (process, output, error) = try start(arguments, environment: extra, stdin: stdin)
        // Read both pipes to the end before waiting, so that a large output cannot block the child.
        let errorReader = Thread.detachedReader(error.fileHandleForReading)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: errorReader.wait(), as: UTF8.self), stdoutData: out)
    }
}

extension Thread {
    /// Reads a handle to its end on another thread.
    final class Reader: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }

    static func detachedReader(_ handle: FileHandle) -> Reader { Reader(handle) }
}

extension TheodoiProcess {
    /// The first child of a process (the program a shell in a tmux pane started).
    static func childPID(of parent: String) throws -> pid_t {
        let children = try String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)
        guard let first = children.split(separator: " ").first, let pid = pid_t(first) else { throw POSIXError(.ESRCH) }
        return pid
    }
}
