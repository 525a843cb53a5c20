import Foundation
import Glibc

/// Measures the interactive dashboard in a pseudo-terminal of 120×40: the first frame, the CPU
/// and bytes of each key, idle cost, how soon another process's write shows, peak RSS.
struct DashboardProbe {
    var theodoi: Theodoi
    var repeatCount: Int
    var timeout: Double
    var keyCount: Int
    var idleSeconds: Double
    var log: (String) -> Void
    var budgets: Budgets = .sqlite

    static let columns = 120, rows = 40
    /// The hint bar's last words: when they have been drawn, the first frame is (nearly) whole.
    static let marker = Array("q thoát".utf8)
    static let tab: [UInt8] = [9], down: [UInt8] = Array("\u{1B}[B".utf8)
    /// Output is settled after this long without a byte (and, for keys, without CPU).
    static let frameQuiet = 0.2, keyQuiet = 0.1
    /// Output this long before `report submit` exits may show its write; earlier output cannot.
    static let commitWindow = 0.5

    /// - Parameters:
    ///   - home: what the home screen lists, to pick rows that a first report visibly changes;
    ///   - reportFile: the report `report submit` sends.
    func measure(into result: inout SizeResult, home: HomeScreen, reportFile: String) throws {
        var frames: [Double] = []
        var runs = repeatCount
        var session: PtySession? = nil
        while frames.count < runs {
            session?.stop()
            let current = try PtySession(theodoi.dashboard, environment: theodoi.environment,
                                         columns: Self.columns, rows: Self.rows)
            session = current
            guard let frame = firstFrame(current) else {
                current.stop(grace: 1)
                result.firstFrame = frames.isEmpty ? firstFrameFailure(current) : .seconds(frames, asked: repeatCount, budget: budgets.firstFrame)
                return
            }
            frames.append(frame)
            log("  first frame: \(Format.seconds(frame)) (\(current.output.count) bytes)")
            if frames.count == 1 { runs = CommandTimings.runs(asked: repeatCount, first: frame) }
        }
        result.firstFrame = .seconds(frames, asked: repeatCount, budget: budgets.firstFrame)
        guard let session else { return }
        defer { session.stop() }

        let downs = keys(session, into: &result)
        guard session.isRunning else { return }
        idle(session, into: &result)
        guard session.isRunning else { return }
        // Tab focuses the agency list on its first row; each Down moves the selection one row.
        let selected = min(downs, home.rows.count - 1)
        let unreported = home.unreportedRows(near: selected)
        writeVisible(session, rows: unreported.isEmpty ? home.rows(near: selected) : unreported, reportFile: reportFile, into: &result)
        if let peak = ProcessCounters.peakRSSKiB(session.pid) {
            result.dashboardRSS = Cell(text: Format.mebibytes(kibibytes: peak), overBudget: peak > 80 * 1024)
        }
    }

    /// Seconds from spawn to the last byte before 200 ms of quiet, once the hint bar is drawn;
    /// nil when the marker never came (timeout or exit).
    private func firstFrame(_ session: PtySession) -> Double? {
        let deadline = session.startedAt + timeout
        guard session.read(until: Self.marker, deadline: deadline) else { return nil }
        _ = session.settle(quiet: Self.frameQuiet, deadline: deadline)
        return session.lastOutputAt - session.startedAt
    }

    private func firstFrameFailure(_ session: PtySession) -> Cell {
        if let exited = session.exited {
            log("  dashboard exited (\(exited.exitStatus.map { "status \($0)" } ?? "signal")) before its first frame: "
                + String(decoding: session.output.suffix(300), as: UTF8.self))
            return Cell(text: "exited", overBudget: true)
        }
        log("  dashboard: no first frame within \(Int(timeout)) s")
        return .timedOut(timeout)
    }

    /// Tab (focus the agency list), then Down keys one at a time, each waited for. Returns how
    /// many Down keys were sent.
    private func keys(_ session: PtySession, into result: inout SizeResult) -> Int {
        session.send(Self.tab)
        guard session.settle(quiet: Self.keyQuiet, cpuQuiet: true, deadline: Monotonic.now() + timeout) else {
            result.keyCPU = .timedOut(timeout)
            return 0
        }
        var cpu: [Double] = [], bytes: [Double] = []
        var count = keyCount
        let ticksBefore = ProcessCounters.tickCPUMilliseconds(session.pid) ?? 0
        while cpu.count < count {
            let before = ProcessCounters.preciseCPUMilliseconds(session.pid) ?? 0, offset = session.output.count
            session.send(Self.down)
            guard session.settle(quiet: Self.keyQuiet, cpuQuiet: true, deadline: Monotonic.now() + timeout) else {
                log("  key \(cpu.count + 1): not settled after \(Int(timeout)) s")
                result.keyCPU = .timedOut(timeout)
                return cpu.count + 1
            }
            cpu.append((ProcessCounters.preciseCPUMilliseconds(session.pid) ?? 0) - before)
            bytes.append(Double(session.output.count - offset))
            // A slow key (the old snapshot code at 10⁵) gets a handful, not fifty.
            if cpu.count == 1, cpu[0] > 200 { count = min(count, 5) }
        }
        let ticks = (ProcessCounters.tickCPUMilliseconds(session.pid) ?? 0) - ticksBefore
        let typical = median(cpu), mean = ticks / Double(cpu.count)
        result.keyCPU = Cell(text: "\(Format.milliseconds(typical)); \(Format.milliseconds(mean))\(cpu.count < keyCount ? " ×\(cpu.count)" : "")",
                             overBudget: typical > 5)
        result.keyBytes = Cell(text: Format.bytes(median(bytes)))
        log("  keys: \(cpu.count) × Down, median \(Format.milliseconds(typical)) CPU (schedstat), mean \(Format.milliseconds(mean)) (ticks), median \(Format.bytes(median(bytes)))")
        return cpu.count
    }

    /// No key for a while: what does the dashboard write and spend?
    private func idle(_ session: PtySession, into result: inout SizeResult) {
        let cpu = ProcessCounters.tickCPUMilliseconds(session.pid) ?? 0
        let precise = ProcessCounters.preciseCPUMilliseconds(session.pid) ?? 0, offset = session.output.count
        let end = Monotonic.now() + idleSeconds
        while Monotonic.now() < end { session.pump(timeout: 0.05) }
        let ticks = (ProcessCounters.tickCPUMilliseconds(session.pid) ?? 0) - cpu
        let used = (ProcessCounters.preciseCPUMilliseconds(session.pid) ?? 0) - precise
        result.idle = Cell(text: "\(Format.bytes(Double(session.output.count - offset))), \(Format.milliseconds(used)) CPU")
        log("  idle \(Int(idleSeconds)) s: \(session.output.count - offset) bytes, \(Format.milliseconds(used)) CPU (ticks: \(Format.milliseconds(ticks)))")
    }

    /// `report submit` in another process for an agency whose row is on screen (one that has not
    /// reported when there is one, so that its status changes; else a new revision, whose
    /// number shows): time from the submitter's exit to the
    /// dashboard's first output after the submitter started. Up to three rows, one run each.
    private func writeVisible(_ session: PtySession, rows: [HomeScreen.Row], reportFile: String, into result: inout SizeResult) {
        guard !rows.isEmpty else {
            log("  write visible: no agency near the selection; not measured")
            result.writeVisible = Cell(text: "n/a (no row)")
            return
        }
        var delays: [Double] = []
        var runs = min(3, repeatCount, rows.count)
        while delays.count < runs {
            _ = session.settle(quiet: Self.keyQuiet, cpuQuiet: true, deadline: Monotonic.now() + timeout)
            let offset = session.output.count
            let row = rows[delays.count]
            let submit = theodoi.command(CommandTimings.submitArguments(row, file: reportFile))
            guard let outcome = try? ChildProcess.run(submit, environment: theodoi.environment, timeout: timeout,
                                                      whileWaiting: { session.pump(timeout: 0.001) }),
                  outcome.succeeded else {
                log("  write visible: report submit failed")
                result.writeVisible = Cell(text: "submit failed", overBudget: true)
                return
            }
            // The write is committed in the submitter's last moments; output long before its exit
            // (a minute tick while a slow submitter loads) is not the write showing.
            let earliest = max(outcome.endedAt - Self.commitWindow, session.firstOutput(after: offset) ?? outcome.endedAt)
            let deadline = outcome.endedAt + timeout
            while session.firstOutput(since: earliest) == nil, Monotonic.now() < deadline, session.isRunning {
                session.pump(timeout: 0.002)
            }
            guard let shown = session.firstOutput(since: earliest) else {
                log("  write visible: nothing new on screen within \(Int(timeout)) s")
                result.writeVisible = .timedOut(timeout)
                return
            }
            let delay = max(0, shown - outcome.endedAt)
            delays.append(delay)
            log("  write visible: \(row.agencyName) on task \(row.taskID): \(Format.seconds(delay)) after the submitter exited"
                + (shown < outcome.endedAt ? " (output came before its exit)" : ""))
            if delays.count == 1 { runs = min(runs, CommandTimings.runs(asked: repeatCount, first: delay)) }
        }
        result.writeVisible = .seconds(delays, asked: min(3, repeatCount, rows.count), budget: budgets.writeVisible)
    }
}
