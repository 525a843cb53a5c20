import Foundation
import Glibc

/// What /proc says about a running process: CPU time and peak memory.
enum ProcessCounters {
    /// Clock ticks per second for /proc/PID/stat (USER_HZ, 100 on Linux).
    static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// utime + stime of the process (all its threads, exited ones included), in milliseconds;
    /// the resolution is one clock tick (10 ms). Nil when the process is gone.
    static func tickCPUMilliseconds(_ pid: pid_t) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // After "pid (comm)": state is field 3, utime 14, stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) * 1000 / ticksPerSecond
    }

    /// The time on CPU of the process's live threads, in milliseconds, to the nanosecond (first
    /// field of /proc/PID/task/TID/schedstat). Threads that have exited are not counted: use it
    /// for short deltas, and ``tickCPUMilliseconds(_:)`` to check.
    static func preciseCPUMilliseconds(_ pid: pid_t) -> Double? {
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return nil }
        var total = 0.0
        for thread in threads {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/schedstat", encoding: .utf8),
                  let first = text.split(separator: " ").first, let nanoseconds = Double(first) else { continue }
            total += nanoseconds / 1e6
        }
        return total
    }

    /// The peak resident set size (VmHWM), in KiB.
    static func peakRSSKiB(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
        return nil
    }
}
