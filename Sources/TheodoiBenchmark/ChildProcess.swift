import Foundation
import Glibc

/// How a child process ended.
struct ProcessOutcome {
    /// The exit status, nil when killed by a signal (or by the timeout).
    var exitStatus: Int32?
    var signal: Int32?
    var timedOut: Bool
    /// From spawn to the end of wait4, in seconds.
    var wallSeconds: Double
    /// Peak RSS from wait4's rusage (ru_maxrss, KiB on Linux).
    var maxRSSKiB: Int
    /// When it ended (``Monotonic/now()``).
    var endedAt: Double

    var succeeded: Bool { exitStatus == 0 }
}

/// Runs a command with posix_spawn, its output to files, and waits for it with a timeout
/// (then SIGKILL). `whileWaiting` is called between checks, so a caller can keep reading a
/// pseudo-terminal while the command runs; it must return within a few milliseconds.
enum ChildProcess {
    static func run(_ arguments: [String], environment: [String: String], stdout: String = "/dev/null",
                    stderr: String = "/dev/null", timeout: Double,
                    whileWaiting: (() -> Void)? = nil) throws -> ProcessOutcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = CStrings(arguments), envp = CStrings(environment.map { "\($0.key)=\($0.value)" }.sorted())
        defer { argv.free(); envp.free() }
        var pid: pid_t = 0
        let start = Monotonic.now()
        let code = posix_spawn(&pid, arguments[0], &actions, nil, argv.pointers, envp.pointers)
        guard code == 0 else {
            throw BenchmarkError("cannot start \(arguments[0]): \(String(cString: strerror(code)))")
        }
        return wait(for: pid, start: start, timeout: timeout, whileWaiting: whileWaiting)
    }

    /// Waits for a child (killing it after `timeout` seconds from `start`), with its rusage.
    static func wait(for pid: pid_t, start: Double, timeout: Double, whileWaiting: (() -> Void)? = nil) -> ProcessOutcome {
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let result = wait4(pid, &status, WNOHANG, &usage)
            if result == pid { break }
            if result < 0, errno != EINTR { break }
            if !timedOut, Monotonic.now() - start > timeout {
                timedOut = true
                kill(pid, SIGKILL)
            }
            if let whileWaiting { whileWaiting() } else { usleep(500) }
        }
        let end = Monotonic.now()
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        let signal = status & 0x7f
        return ProcessOutcome(exitStatus: signal == 0 ? (status >> 8) & 0xff : nil, signal: signal == 0 ? nil : signal,
                              timedOut: timedOut, wallSeconds: end - start, maxRSSKiB: Int(usage.ru_maxrss), endedAt: end)
    }
}

/// A NULL-terminated array of C strings for exec and spawn, allocated before any fork so that
/// the child only calls exec.
struct CStrings {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    func free() {
        for pointer in pointers { Glibc.free(pointer) }
    }
}
