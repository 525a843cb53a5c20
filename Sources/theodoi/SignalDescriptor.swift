import Foundation
import Glibc

/// The write end of the self-pipe, for the signal handlers (which may only call
/// async-signal-safe functions such as `write`).
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1
/// ncurses' own SIGWINCH handler, called after ours so that it still queues KEY_RESIZE.
nonisolated(unsafe) private var previousWindowChangeHandler: (@convention(c) (Int32) -> Void)?

/// Signals delivered as a readable descriptor (the self-pipe trick), so that the loop handles a
/// hang-up, a termination or a window change between two events, where saving and restoring
/// the terminal is safe, instead of inside the handler. A SIGWINCH that arrives while the loop
/// is busy (not in `poll`) would otherwise be noticed only at the next key.
final class SignalDescriptor {
    let descriptor: Int32

    /// - Parameter signals: the signals to deliver; SIGWINCH is chained to the handler that
    ///   was installed before (ncurses'), the others replace theirs.
    init(signals: [Int32]) throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        descriptor = ends[0]
        signalPipeWriteEnd = ends[1]
        // A parent may have started us with these blocked (a thread pool, a supervisor): unblock them.
        var mask = sigset_t()
        sigemptyset(&mask)
        for number in signals { sigaddset(&mask, number) }
        sigprocmask(SIG_UNBLOCK, &mask, nil)
        for number in signals {
            let previous = signal(number) { received in
                var byte = UInt8(truncatingIfNeeded: received)
                _ = write(signalPipeWriteEnd, &byte, 1)
                if received == SIGWINCH { previousWindowChangeHandler?(received) }
            }
            if number == SIGWINCH, let previous, unsafeBitCast(previous, to: Int.self) > 1 {
                // SIG_DFL is 0 and SIG_IGN is 1: only a real handler is chained.
                previousWindowChangeHandler = previous
            }
        }
    }

    /// The next pending signal, if any.
    func read() -> Int32? {
        var byte: UInt8 = 0
        return Glibc.read(descriptor, &byte, 1) == 1 ? Int32(byte) : nil
    }
}
