import Foundation
import Testing

/// The SSH fixture that `.ci/run` starts: a real sshd on a loopback port whose configuration
/// includes the shipped `deploy/sshd_config.d/theodoi-wall.conf`, the account `theodoi-wall`
/// with a test key, the launcher and a copy of the built binary in /usr/local/bin, and the shared
/// database the launcher opens by default. Absent (nil) where nobody started it.
struct WallSSHFixture {
    /// sshd's port on 127.0.0.1.
    var port: String
    /// The private key the wall account accepts.
    var key: String
    /// The wall account (theodoi-wall).
    var user: String
    /// The shared database that the wall reads and local writers write.
    var database: String

    static let current: WallSSHFixture? = {
        let environment = ProcessInfo.processInfo.environment
        guard let port = environment["THEODOI_SSH_PORT"], let key = environment["THEODOI_SSH_KEY"],
              let user = environment["THEODOI_SSH_USER"], let database = environment["THEODOI_WALL_DB"],
              ![port, key, user, database].contains(where: \.isEmpty) else { return nil }
        return WallSSHFixture(port: port, key: key, user: user, database: database)
    }()

    static var isAvailable: Bool { current != nil && TmuxSession.isAvailable }

    /// `ssh OPTIONS user@127.0.0.1 COMMAND` with the test key only: no configuration file, no
    /// agent, no password prompt, no known-hosts file (the host key is thrown away after the run).
    func ssh(_ options: [String], _ command: [String] = []) -> [String] {
        ["ssh", "-F", "/dev/null", "-p", port, "-i", key, "-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
         "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "ConnectTimeout=10"] + options + ["\(user)@127.0.0.1"] + command
    }

    /// The wall over `ssh -tt` in a 120×40 terminal (ssh gets tmux's pty, sshd gives the wall one).
    func wall(_ command: [String] = [], options: [String] = [], environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(command: ssh(["-tt"] + options, command), width: 120, height: 40, environment: environment)
    }

    /// A new shared database with nothing reported, written by a local writer (this process) and
    /// left as the README's setup leaves it: group-writable for the writers, readable by others,
    /// the wall account among them.
    func resetDatabase() throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let created = try TheodoiProcess.run(["status", "--db", database])
        #expect(created.status == 0, "creating \(database): \(created.stderr)")
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
            chmod(database + suffix, 0o664)
        }
    }

    /// A local writer's `theodoi report submit` on the shared database.
    func submitReport() throws {
        let folder = try TestFolder()
        let file = try folder.write("r.json", ReportJSON.valid)
        let submit = try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                             "--db", database, "--today", "2025-02-12"])
        #expect(submit.status == 0, "report submit: \(submit.stderr)")
    }

    /// The page time on the shipped ForceCommand line (`--rotate N`).
    static var shippedRotation: String? {
        let conf = WallDeployment.folder.appendingPathComponent("sshd_config.d/theodoi-wall.conf").path
        guard let text = try? String(contentsOfFile: conf, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("ForceCommand") }),
              let range = line.range(of: "--rotate ") else { return nil }
        return String(line[range.upperBound...].prefix { $0.isNumber })
    }
}

/// The files the README tells an administrator to install.
enum WallDeployment {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("deploy")
    static var launcher: String { folder.appendingPathComponent("theodoi-wall").path }
}

/// What a wall screen says about itself: "Trang 2/6" is page 2 of 6.
struct WallPageIndicator: Equatable {
    var page: Int
    var count: Int

    init?(_ screen: String) {
        guard let range = screen.range(of: "Trang ", options: .backwards) else { return nil }
        let numbers = screen[range.upperBound...].prefix { $0.isNumber || $0 == "/" }.split(separator: "/")
        guard numbers.count == 2, let page = Int(numbers[0]), let count = Int(numbers[1]) else { return nil }
        self.page = page
        self.count = count
    }
}

/// The wall over real SSH, deployed as the README says: the account's only command is the wall,
/// it forwards nothing, and nothing typed at it changes the database. Runs where `.ci/run` has
/// started its sshd fixture (THEODOI_SSH_PORT, THEODOI_SSH_KEY, THEODOI_SSH_USER,
/// THEODOI_WALL_DB); elsewhere these tests are skipped, with that reason.
@Suite(.enabled(if: WallSSHFixture.isAvailable,
                "needs the sshd fixture that .ci/run starts (THEODOI_SSH_PORT, THEODOI_SSH_KEY, THEODOI_SSH_USER, THEODOI_WALL_DB) and tmux"),
       .serialized)
struct WallSSHTests {
    let fixture = WallSSHFixture.current!

    static func bytes(_ path: String) -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    @Test func theWallAppearsWithTheShippedOptions() throws {
        try fixture.resetDatabase()
        let session = try fixture.wall()
        let screen = try session.waitFor("the wall over SSH", timeout: 20) {
            $0.contains("Cơ quan được giao") && $0.contains("Trang 1/")
        }
        #expect(!screen.contains("DỮ LIỆU CŨ"), "the wall account cannot read the shared database")
        // --rotate on the ForceCommand line reached the wall through the launcher.
        let rotation = try #require(WallSSHFixture.shippedRotation)
        #expect(screen.contains("tự chuyển trang sau \(rotation) giây"))
        try session.send("q")
        try session.waitFor("ssh ending with the wall's exit status 0") { $0.contains("EXIT=0") }
    }

    @Test func aLocalWriterChangeAppearsOnTheWall() throws {
        try fixture.resetDatabase()
        let session = try fixture.wall()
        try session.waitFor("the wall over SSH", timeout: 20) { $0.contains("Trang 1/") && $0.contains("đã báo cáo 0/14") }
        try fixture.submitReport()
        try session.waitFor("the change on the wall", timeout: 5) { $0.contains("đã báo cáo 1/14") }
    }

    @Test func aTerminalTypeTheServerDoesNotKnowFallsBack() throws {
        try fixture.resetDatabase()
        // ssh sends the client's TERM; without the launcher, curses would refuse to start.
        let session = try fixture.wall(environment: ["TERM": "theodoi-no-such-terminal"])
        let screen = try session.waitFor("the wall over SSH", timeout: 20) { $0.contains("Trang 1/") || $0.contains("EXIT=") }
        #expect(screen.contains("Cơ quan được giao") && !screen.contains("EXIT="), "\(screen)")
    }

    struct Request: Sendable, CustomTestStringConvertible {
        var options: [String] = []
        var command: [String]
        var testDescription: String { (options + command).joined(separator: " ") }
    }

    /// With a terminal, whatever the client asks to run gives the wall.
    @Test(arguments: [Request(command: ["sh", "-c", "id"]), Request(command: ["cat", "/etc/passwd"]),
                      Request(options: ["-s"], command: ["sftp"])])
    func anyOtherCommandGivesTheWall(_ request: Request) throws {
        try fixture.resetDatabase()
        let session = try fixture.wall(request.command, options: request.options)
        let screen = try session.waitFor("the wall instead of \(request.testDescription)", timeout: 20) {
            ($0.contains("Trang 1/") && $0.contains("Cơ quan được giao")) || $0.contains("EXIT=")
        }
        #expect(!screen.contains("EXIT="), "\(screen)")
        #expect(!screen.contains("uid=") && !screen.contains("root:x:0:0"), "\(screen)")
        try session.send("q")
        try session.waitFor("the wall's exit status 0") { $0.contains("EXIT=0") }
    }

    /// Without a terminal (a script, scp, sftp), the wall prints the status text: still no shell.
    @Test(arguments: [Request(options: ["-T"], command: ["cat", "/etc/passwd"]),
                      Request(options: ["-T"], command: ["sh", "-c", "echo shell-ran; id"]),
                      Request(options: ["-T", "-s"], command: ["sftp"])])
    func anyOtherCommandWithoutATerminalGivesTheStatusText(_ request: Request) throws {
        try fixture.resetDatabase()
        let ssh = try SpawnedProcess(fixture.ssh(request.options, request.command))
        let status = ssh.wait(timeout: 30)
        let output = ssh.standardOutput
        #expect(status == 0, "exit \(String(describing: status)): \(ssh.standardError)")
        #expect(output.contains("239/UBND-NN.TN") && output.contains("Nhiệm vụ 1"), "\(output)")
        #expect(!output.contains("root:x:0:0") && !output.contains("shell-ran") && !output.contains("uid="), "\(output)")
    }

    @Test func localForwardingIsRefused() throws {
        try fixture.resetDatabase()
        let local = try Loopback.freePort()
        // Asks the server to connect to its own sshd: were it allowed, the banner would come back.
        let ssh = try SpawnedProcess(fixture.ssh(["-N", "-L", "127.0.0.1:\(local):127.0.0.1:\(fixture.port)"]))
        defer { ssh.stop() }
        // The client listens on the local port once logged in, and asks the server for a
        // channel at each connection.
        var received: Data?
        let deadline = Date().addingTimeInterval(20)
        while received == nil, Date() < deadline, ssh.wait(timeout: 0) == nil {
            received = Loopback.connectAndRead(port: local, timeout: 5)
            if received == nil { usleep(100_000) }
        }
        let banner = String(decoding: received ?? Data(), as: UTF8.self)
        #expect(received != nil, "ssh never listened on the forwarded port: \(ssh.standardError)")
        #expect(!banner.hasPrefix("SSH-"), "the forwarded connection reached sshd: \(banner)")
        let refusalDeadline = Date().addingTimeInterval(5)
        while !ssh.standardError.contains("open failed"), Date() < refusalDeadline { usleep(50_000) }
        #expect(ssh.standardError.contains("administratively prohibited"), "\(ssh.standardError)")
    }

    @Test func remoteForwardingIsRefused() throws {
        try fixture.resetDatabase()
        let remote = try Loopback.freePort()
        let ssh = try SpawnedProcess(fixture.ssh(["-N", "-o", "ExitOnForwardFailure=yes",
                                                  "-R", "127.0.0.1:\(remote):127.0.0.1:\(fixture.port)"]))
        defer { ssh.stop() }
        let status = ssh.wait(timeout: 20)
        #expect(status == 255, "exit \(String(describing: status)): \(ssh.standardError)")
        #expect(ssh.standardError.contains("remote port forwarding failed"), "\(ssh.standardError)")
        // The server is this machine: nothing listens on the port it was asked to open.
        #expect(Loopback.connectAndRead(port: remote, timeout: 1) == nil)
    }

    @Test func aStormOfKeysChangesNothing() throws {
        try fixture.resetDatabase()
        let before = Self.bytes(fixture.database)
        let session = try fixture.wall()
        try session.waitFor("the wall over SSH", timeout: 20) { $0.contains("Trang 1/") && $0.contains("đã báo cáo 0/14") }
        // Everything a person might press, except q and Ctrl-C, which quit (and so change nothing either).
        var keys = "abcdefghijklmnoprstuvwxyz0123456789/?".map(String.init)
        keys += ["n", "Tab", "BTab", "Enter", "Escape", "Space", "BSpace", "DC", "IC", "Up", "Down", "Left", "Right",
                 "PPage", "NPage", "Home", "End", "F1", "F2", "F5", "F10", "C-s", "C-z", "C-d", "C-q", "C-u", "C-w",
                 "C-k", "C-r", "C-l", "C-a", "C-e", "C-o", "C-n", "M-x", "M-f"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<15 {
            try session.tmux(["send-keys", "-t", session.name] + (0..<20).map { _ in keys.randomElement(using: &generator)! })
        }
        try session.send("-l", "Báo cáo giả 12/BC-CAT; sh -c id\n")
        try session.send("Escape", "C-s", "Enter", "y", "Enter")

        // Keys arrive in order: once the screen has been still for a second and a page turn
        // shows, every key of the storm has been read. Then back to the overview page.
        var settled = try session.screen()
        var stillSince = Date()
        let settleDeadline = Date().addingTimeInterval(15)
        while Date().timeIntervalSince(stillSince) < 1, Date() < settleDeadline {
            usleep(100_000)
            let now = try session.screen()
            if now != settled { settled = now; stillSince = Date() }
        }
        #expect(!settled.contains("EXIT="), "the wall ended during the storm:\n\(settled)")
        var indicator = try #require(WallPageIndicator(settled), "no page indicator:\n\(settled)")
        try session.send("Right")
        let next = indicator.page % indicator.count + 1
        try session.waitFor("page \(next) after Right") { WallPageIndicator($0)?.page == next }
        indicator.page = next
        while indicator.page != 1 {
            try session.send("Left")
            let previous = indicator.page - 1
            try session.waitFor("page \(previous) after Left") { WallPageIndicator($0)?.page == previous }
            indicator.page = previous
        }
        try session.waitFor("the overview, unchanged") { $0.contains("đã báo cáo 0/14") && !$0.contains("EXIT=") }
        #expect(Self.bytes(fixture.database) == before, "the database changed")

        // Still live: a local writer's change shows, then q ends the session normally.
        try fixture.submitReport()
        try session.waitFor("the change on the wall", timeout: 5) { $0.contains("đã báo cáo 1/14") }
        try session.send("q")
        try session.waitFor("the wall's exit status 0") { $0.contains("EXIT=0") }
    }
}

/// The wall as the unprivileged wall account, on a database file and folder it may read and
/// not write (root, which ignores file permissions, would prove nothing). Runs where the
/// account exists and the tests run as root (`runuser`), as in CI; skipped elsewhere.
@Suite(.enabled(if: WallAccount.isAvailable, "needs root, runuser, tmux and the account theodoi-wall (.ci/run creates it)"),
       .serialized)
struct WallReadOnlyAccountTests {
    /// A shared folder like /var/lib/theodoi (owned by root, 0755) with a database made by a
    /// local writer, and a copy of the built binary the account can run.
    final class SharedFolder {
        let folder: TestFolder
        let shared: String
        let binary: String
        var database: String { shared + "/theodoi.sqlite" }

        init() throws {
            folder = try TestFolder()
            chmod(folder.url.path, 0o755)
            shared = folder.url.appendingPathComponent("shared").path
            try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o755])
            binary = folder.url.appendingPathComponent("theodoi").path
            // Copied by another process: a file this one had open for writing could be inherited
            // by a child that another test forks meanwhile, and exec would fail (ETXTBSY).
            let copy = try SpawnedProcess(["install", "-m", "0755", TheodoiProcess.binary.path, binary])
            #expect(copy.wait(timeout: 30) == 0, "copying the binary: \(copy.standardError)")
            #expect(try TheodoiProcess.run(["status", "--db", database]).status == 0)
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
                chmod(database + suffix, 0o644)
            }
        }

        func wall() throws -> TmuxSession {
            try TmuxSession(command: ["runuser", "-u", WallAccount.name, "--", binary, "wall", "--db", database, "--rotate", "0"],
                            width: 120, height: 40)
        }
    }

    @Test func theWallRunsOnAReadOnlyDatabase() throws {
        let shared = try SharedFolder()
        // The premise: the account can read the files and write none of them, nor the folder.
        let check = try SpawnedProcess(["runuser", "-u", WallAccount.name, "--", "sh", "-c",
                                        #"test -r "$1" && ! test -w "$1" && ! test -w "$1-wal" && ! test -w "$1-shm" && ! test -w "$2""#,
                                        "sh", shared.database, shared.shared])
        #expect(check.wait(timeout: 10) == 0, "the account may write the database or its folder")

        let session = try shared.wall()
        let screen = try session.waitFor("the wall as \(WallAccount.name)") {
            ($0.contains("Trang 1/") && $0.contains("đã báo cáo 0/14")) || $0.contains("EXIT=")
        }
        #expect(!screen.contains("DỮ LIỆU CŨ") && !screen.contains("EXIT="), "\(screen)")
        let file = try shared.folder.write("r.json", ReportJSON.valid)
        #expect(try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", "cong an", "--file", file,
                                        "--db", shared.database, "--today", "2025-02-12"]).status == 0)
        try session.waitFor("the change", timeout: 5) { $0.contains("đã báo cáo 1/14") }
        try session.send("q")
        try session.waitFor("exit 0") { $0.contains("EXIT=0") }
    }

    /// A reader that may not write the folder cannot create the -wal and -shm files a WAL
    /// database needs (after a restore, or an `sqlite3` session that removed them): the wall
    /// says so and recovers as soon as any writer has opened the database again.
    @Test func withoutTheWALFilesTheWallWaitsForAWriter() throws {
        let shared = try SharedFolder()
        for suffix in ["-wal", "-shm"] { try FileManager.default.removeItem(atPath: shared.database + suffix) }
        let session = try shared.wall()
        try session.waitFor("the warning") { $0.contains("DỮ LIỆU CŨ") }
        #expect(try TheodoiProcess.run(["status", "--db", shared.database]).status == 0)
        for suffix in ["-wal", "-shm"] { chmod(shared.database + suffix, 0o644) }
        try session.waitFor("the recovered wall") { $0.contains("Trang 1/") && $0.contains("đã báo cáo 0/14") && !$0.contains("DỮ LIỆU CŨ") }
    }
}

enum WallAccount {
    static let name = "theodoi-wall"

    static var isAvailable: Bool {
        geteuid() == 0 && getpwnam(name) != nil && TmuxSession.isAvailable
            && ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// The launcher `deploy/theodoi-wall`, with a stand-in `theodoi` that prints what it was given:
/// the terminal type and locale it chooses, the database, the arguments passed through.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"), .serialized)
struct WallLauncherTests {
    /// A folder whose bin/ has a `theodoi` that prints its arguments and environment.
    static func standIn() throws -> TestFolder {
        let folder = try TestFolder()
        let script = try folder.write("theodoi.sh", """
            #!/bin/sh
            echo "ARGS=$*|TERM=${TERM:-}|LANG=${LANG:-}|LC_ALL=${LC_ALL:-}|DB=${THEODOI_DB:-}|"
            """)
        // Installed by another process: a file this one had open for writing could be inherited
        // by a child that another test forks meanwhile, and exec would fail (ETXTBSY).
        let install = try SpawnedProcess(["install", "-D", "-m", "0755", script, folder.url.path + "/bin/theodoi"])
        #expect(install.wait(timeout: 30) == 0, "installing the stand-in: \(install.standardError)")
        return folder
    }

    /// Runs the launcher on a terminal (tmux) with `environment` and returns what the stand-in printed.
    static func launch(_ arguments: [String], environment: [String: String]) throws -> String {
        let folder = try standIn()
        // An empty THEODOI_DB counts as unset, whatever the test runner's environment holds.
        var variables = ["PATH": folder.url.path + "/bin:/usr/bin:/bin", "THEODOI_DB": ""]
        variables.merge(environment) { $1 }
        let session = try TmuxSession(command: ["sh", WallDeployment.launcher] + arguments,
                                      width: 200, height: 10, environment: variables)
        let screen = try session.waitFor("the stand-in's line") { $0.contains("EXIT=") }
        return screen.split(separator: "\n").first { $0.hasPrefix("ARGS=") }.map(String.init) ?? screen
    }

    @Test func anUnknownTerminalAndANonUTF8LocaleAreReplaced() throws {
        let line = try Self.launch(["--rotate", "20", "--lang", "en"], environment: ["TERM": "theodoi-no-such-terminal", "LANG": "C"])
        #expect(line == "ARGS=wall --rotate 20 --lang en|TERM=xterm-256color|LANG=C.UTF-8|LC_ALL=C.UTF-8|DB=/var/lib/theodoi/theodoi.sqlite|")
    }

    @Test func aKnownTerminalAUTF8LocaleAndTheServersDatabaseAreKept() throws {
        let line = try Self.launch([], environment: ["TERM": "vt100", "LANG": "C.UTF-8", "THEODOI_DB": "/srv/theodoi/wall.sqlite"])
        #expect(line == "ARGS=wall|TERM=vt100|LANG=C.UTF-8|LC_ALL=|DB=/srv/theodoi/wall.sqlite|")
    }

    @Test func theLauncherIsExecutable() {
        #expect(FileManager.default.isExecutableFile(atPath: WallDeployment.launcher))
    }
}
