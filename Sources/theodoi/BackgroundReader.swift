import Dashboard
import Foundation
import TrackingStore

/// Runs the store's reads off the event loop's thread and hands their results back through a
/// pipe that the loop polls beside the keyboard, so that keys keep answering while a large
/// store is read (ARCHITECTURE: "paint first, load after"). The loop stays the only thread
/// that touches the state and the screen; a read only produces a ``Msg``.
///
/// Reads run one after the other on one background thread, in the order asked (the home
/// directive before the deadlines): one reader connection, so that a small store costs no
/// more memory than before; the deadline walk over a large store is incremental after the
/// first (only changed directives), so it rarely holds the others up. A read asked for again
/// while it runs is run once more when it ends (changes in bursts cost at most two reads).
final class BackgroundReader: @unchecked Sendable {
    enum Job: Hashable, Sendable {
        case home
        case deadlines
        case agency(String)
        case task(String)
        /// What a report form starts from (``ReportFormSeed``).
        case form
        /// Whom a reminder chases (``ReminderFormSeed``): the latest day asked wins.
        case reminder
    }

    typealias Work = @Sendable () throws -> Msg

    /// The read end of the pipe: readable when results are waiting.
    let descriptor: Int32
    private let writeEnd: Int32
    private let lock = NSLock()
    /// Results not yet collected (guarded by `lock`).
    private var finished: [(Job, Result<Msg, any Error>)] = []
    /// Loop thread only.
    private var running: Set<Job> = []
    private var again: [Job: Work] = [:]
    private let queue = DispatchQueue(label: "theodoi.read")

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        descriptor = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(descriptor)
        close(writeEnd)
    }

    /// Whether a read of this kind is running.
    func isRunning(_ job: Job) -> Bool { running.contains(job) }

    /// Starts `work` in the background (from the loop's thread).
    func submit(_ job: Job, _ work: @escaping Work) {
        guard !running.contains(job) else {
            again[job] = work
            return
        }
        running.insert(job)
        queue.async { [self] in
            let result = Result { try work() }
            lock.withLock { finished.append((job, result)) }
            var byte: UInt8 = 1
            _ = write(writeEnd, &byte, 1)
        }
    }

    /// The results that arrived, in order (from the loop's thread, when ``descriptor`` is readable).
    func collect() -> [Result<Msg, any Error>] {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &bytes, bytes.count) > 0 {}
        let done = lock.withLock { () -> [(Job, Result<Msg, any Error>)] in
            defer { finished = [] }
            return finished
        }
        for (job, _) in done {
            running.remove(job)
            if let work = again.removeValue(forKey: job) { submit(job, work) }
        }
        return done.map(\.1)
    }
}
