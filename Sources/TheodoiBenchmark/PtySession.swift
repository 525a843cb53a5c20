import Foundation
import Glibc

/// A program running in a pseudo-terminal of a given size, as a person's terminal would run
/// it: the benchmark reads everything it writes (with the time of each read) and types keys.
final class PtySession {
    let pid: pid_t
    private let master: Int32
    /// When the program was spawned (``Monotonic/now()``).
    let startedAt: Double
    /// Everything the program wrote, and when the last byte arrived.
    private(set) var output: [UInt8] = []
    private(set) var lastOutputAt: Double
    /// Each read: the output's length after it and when it happened.
    private(set) var reads: [(end: Int, at: Double)] = []
    private(set) var exited: ProcessOutcome?

    init(_ arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        let argv = CStrings(arguments), envp = CStrings(environment.map { "\($0.key)=\($0.value)" }.sorted())
        defer { argv.free(); envp.free() }
        var master: Int32 = -1
        let start = Monotonic.now()
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            // The child: nothing but exec (the strings were prepared before the fork).
            execve(arguments[0], argv.pointers, envp.pointers)
            _exit(127)
        }
        guard pid > 0 else { throw BenchmarkError("forkpty failed: \(String(cString: strerror(errno)))") }
        self.pid = pid
        self.master = master
        startedAt = start
        lastOutputAt = start
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(master)
    }

    var isRunning: Bool {
        if exited != nil { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exited = ProcessOutcome(exitStatus: status & 0x7f == 0 ? (status >> 8) & 0xff : nil,
                                    signal: status & 0x7f == 0 ? nil : status & 0x7f, timedOut: false,
                                    wallSeconds: Monotonic.now() - startedAt, maxRSSKiB: 0, endedAt: Monotonic.now())
            return false
        }
        return true
    }

    /// Reads whatever arrives within `timeout` seconds; returns the number of bytes read.
    @discardableResult
    func pump(timeout: Double) -> Int {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(max(0, timeout * 1000))) > 0 else { return 0 }
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            output.append(contentsOf: buffer[0..<count])
            total += count
        }
        if total > 0 {
            lastOutputAt = Monotonic.now()
            reads.append((output.count, lastOutputAt))
        }
        return total
    }

    /// Reads until the output (from byte `from`) contains `marker`; returns false at `deadline`
    /// or when the program exits.
    func read(until marker: [UInt8], from: Int = 0, deadline: Double) -> Bool {
        var searched = from
        while Monotonic.now() < deadline {
            pump(timeout: 0.01)
            if let _ = find(marker, from: max(from, searched - marker.count)) { return true }
            searched = output.count
            if !isRunning { pump(timeout: 0); return find(marker, from: from) != nil }
        }
        return false
    }

    /// Reads until nothing has arrived for `quiet` seconds and, with `cpuQuiet`, the program has
    /// also stopped using the CPU (less than 1 ms in the quiet window). False at `deadline`.
    func settle(quiet: Double, cpuQuiet: Bool = false, deadline: Double) -> Bool {
        var quietSince = Monotonic.now()
        var cpuAtQuietStart = cpuQuiet ? (ProcessCounters.preciseCPUMilliseconds(pid) ?? 0) : 0
        while Monotonic.now() < deadline {
            if pump(timeout: 0.005) > 0 {
                quietSince = Monotonic.now()
                if cpuQuiet { cpuAtQuietStart = ProcessCounters.preciseCPUMilliseconds(pid) ?? 0 }
                continue
            }
            if !isRunning { return true }
            if Monotonic.now() - quietSince >= quiet {
                guard cpuQuiet else { return true }
                let cpu = ProcessCounters.preciseCPUMilliseconds(pid) ?? 0
                if cpu - cpuAtQuietStart < 1 { return true }
                quietSince = Monotonic.now()
                cpuAtQuietStart = cpu
            }
        }
        return false
    }

    /// When the first byte after offset `offset` arrived, if one has.
    func firstOutput(after offset: Int) -> Double? {
        reads.first { $0.end > offset }?.at
    }

    /// When the first read at or after `time` happened, if one has.
    func firstOutput(since time: Double) -> Double? {
        reads.first { $0.at >= time }?.at
    }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
    }

    /// Sends every byte, however many (a paste): the terminal's buffer takes a few KB at a time,
    /// so the program's output is read while waiting for room (it would block otherwise).
    func sendAll(_ bytes: [UInt8], deadline: Double) {
        var offset = 0
        while offset < bytes.count, Monotonic.now() < deadline {
            let written = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else {
                _ = pump(timeout: 0.001)
            }
        }
    }

    /// Types `q`, then kills the program if it has not quit within `grace` seconds.
    func stop(grace: Double = 3) {
        guard isRunning else { return }
        send(Array("q".utf8))
        let deadline = Monotonic.now() + grace
        while Monotonic.now() < deadline, isRunning { pump(timeout: 0.01) }
        if isRunning {
            kill(pid, SIGKILL)
            while isRunning { usleep(1_000) }
        }
    }

    private func find(_ marker: [UInt8], from: Int) -> Int? {
        guard !marker.isEmpty, output.count - from >= marker.count else { return nil }
        var index = max(0, from)
        while index <= output.count - marker.count {
            if output[index] == marker[0], Array(output[index..<(index + marker.count)]) == marker { return index }
            index += 1
        }
        return nil
    }
}
