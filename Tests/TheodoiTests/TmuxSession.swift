import Foundation

/// The real binary in a real terminal: a tmux server on a private socket, keys sent with
/// `send-keys`, the screen read with `capture-pane`. Waiting is always for a condition on the
/// screen, with a deadline, never a fixed sleep.
final class TmuxSession {
    let socket = "theodoi-test-\(UUID().uuidString.prefix(8))"
    let name = "t"

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Starts `theodoi ARGUMENTS` in a `width`×`height` window; when it exits, the pane shows
    /// "EXIT=<status>" and stays open for inspection.
    convenience init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        try self.init(command: [TheodoiProcess.binary.path] + arguments, width: width, height: height, environment: environment)
    }

    /// Starts any program (`command[0]`, found on the PATH, the rest its arguments) in a
    /// `width`×`height` window, such as `ssh -tt` to the wall account; when it exits, the pane
    /// shows "EXIT=<status>" and stays open for inspection.
    init(command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        // Only what the test asks for, over a UTF-8 locale; TERM is tmux's own unless the test sets one.
        var variables = ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": TheodoiProcess.emptyConfigHome]
        variables.merge(environment) { $1 }
        let exports = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let shellLine = "env -u NO_COLOR -u LC_ALL \(exports) \(command.map(Self.quote).joined(separator: " ")); echo EXIT=$?; sleep 600"
        // The server started here keeps the descriptors it inherits: give it none to hold open.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shellLine], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs a tmux client with posix_spawn and waitpid: Foundation's `Process` waits forever for
    /// the client that starts the server (the daemon it forks keeps the client's group busy).
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Tests run on worker threads that block signals, and a child inherits the mask: give
        // tmux (and so the program under test) a clean one, as a login shell would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .ENOENT) }
        var output = Data()
        if capture {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(pipeEnds[0], &chunk, chunk.count)
                if count <= 0 { break }
                output.append(contentsOf: chunk[0..<count])
            }
        }
        var exitStatus: Int32 = 0
        waitpid(pid, &exitStatus, 0)
        return String(decoding: output, as: UTF8.self)
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    func send(keys: [String]) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Pastes `text` as a terminal does: bracketed when the program asked for it.
    /// (Through a file: a long text does not fit in one tmux command.)
    func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("theodoi-paste-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try tmux(["load-buffer", "-b", "paste", file.path])
        try tmux(["paste-buffer", "-p", "-d", "-b", "paste", "-t", name])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    var title: String { (try? tmux(["display-message", "-p", "-t", name, "#{pane_title}"])) ?? "" }

    /// Waits until the screen satisfies `condition` (10 s at most) and returns it; the last
    /// screen is in the error when it never does.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw WaitError(what: description, screen: last)
    }

    struct WaitError: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "timed out waiting for \(what); screen:\n\(screen)" }
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
