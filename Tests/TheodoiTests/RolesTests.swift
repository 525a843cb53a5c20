import Foundation
import Testing

/// Roles from `config.toml` (SPEC §4), end to end: where the file is looked for, how it is read
/// (TOMLKit, then theodoi's own checks), and `report submit` refusing a user who may not report
/// for the agency — exit 1, one line, nothing written.
///
/// Every run gets its own `XDG_CONFIG_HOME` and `HOME`, so that the machine's real
/// `~/.config/theodoi` never counts; `/etc/theodoi/config.toml` cannot be moved aside, so the
/// one test that needs "no file at all" is skipped where it exists.
@Suite struct RolesTests {
    /// The user running the tests, as theodoi sees it (the password entry, not `$USER`).
    static let me: String = String(cString: getpwuid(geteuid())!.pointee.pw_name)
    /// Their primary group, for an `"@group"` rule.
    static let myGroup: String = String(cString: getgrgid(getpwuid(geteuid())!.pointee.pw_gid)!.pointee.gr_name)

    static let systemConfigurationExists = FileManager.default.fileExists(atPath: "/etc/theodoi/config.toml")

    /// A database with the dispatch-239 data, a report file, and a configuration folder.
    struct Setup {
        let folder: TestFolder
        let report: String
        let environment: [String: String]

        /// - Parameter config: the text of `$XDG_CONFIG_HOME/theodoi/config.toml`; nil for none.
        init(config: String?) throws {
            folder = try TestFolder()
            report = try folder.write("r.json", ReportJSON.valid)
            let configHome = folder.url.appendingPathComponent("xdg")
            try FileManager.default.createDirectory(at: configHome.appendingPathComponent("theodoi"), withIntermediateDirectories: true)
            environment = ["XDG_CONFIG_HOME": configHome.path, "HOME": folder.url.path]
            if let config { try Data(config.utf8).write(to: URL(fileURLWithPath: configPath)) }
            // The database first, without any configuration, so that "nothing written" can be checked.
            let status = try TheodoiProcess.run(["status", "--db", folder.database, "--today", "2025-02-12",
                                                 "--config", try folder.write("admin.toml", "[roles]\nadmins = [\"*\"]\n")])
            #expect(status.status == 0, "\(status.stderr)")
        }

        var configPath: String { folder.url.appendingPathComponent("xdg/theodoi/config.toml").path }

        @discardableResult
        func submit(_ agency: String, _ extra: [String] = []) throws -> TheodoiProcess.Result {
            try TheodoiProcess.run(["report", "submit", "--task", "1", "--agency", agency, "--file", report,
                                    "--db", folder.database, "--today", "2025-02-12"] + extra, environment: environment)
        }

        func counts() throws -> [Int] { try BadInputTests.counts(folder.database) }
    }

    /// A refusal: exit 1, exactly one line on standard error, nothing on standard output, nothing written.
    static func expectRefused(_ result: TheodoiProcess.Result, _ setup: Setup, before: [Int], line expected: String,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.map(String.init) == ["theodoi: " + expected], sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(try setup.counts() == before, sourceLocation: sourceLocation)
    }

    // MARK: Enforcement

    @Test func aReporterForOneAgencyIsRefusedForAnother() throws {
        let setup = try Setup(config: """
            [roles]
            viewers = ["*"]

            [reporters]
            "Cục Thuế tỉnh" = ["\(Self.me)"]
            """)
        let before = try setup.counts()
        try Self.expectRefused(try setup.submit("cong an"), setup, before: before,
                               line: "người dùng \(Self.me) không có quyền báo cáo cho Công an tỉnh (được báo cáo cho: Cục Thuế tỉnh)")
        let english = try setup.submit("cong an", ["--lang", "en"])
        #expect(english.stderrLines == ["theodoi: user \(Self.me) may not report for Công an tỉnh (may report for: Cục Thuế tỉnh)"])

        let accepted = try setup.submit("cuc thue")
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stdout.contains("Cục Thuế tỉnh"))
        #expect(try setup.counts() != before)
    }

    @Test func aGroupRuleCoversTheMembersOfTheGroup() throws {
        let setup = try Setup(config: """
            [reporters]
            "cong an" = ["@\(Self.myGroup)"]
            """)
        let before = try setup.counts()
        try Self.expectRefused(try setup.submit("cuc thue"), setup, before: before,
                               line: "người dùng \(Self.me) không có quyền báo cáo cho Cục Thuế tỉnh (được báo cáo cho: Công an tỉnh)")
        #expect(try setup.submit("cong an").status == 0)
    }

    @Test func aUserWithNoRoleMayOnlyView() throws {
        let setup = try Setup(config: """
            [roles]
            admins = ["somebody-else"]
            viewers = ["*"]
            """)
        let before = try setup.counts()
        try Self.expectRefused(try setup.submit("cong an"), setup, before: before, line: "người dùng \(Self.me) chỉ có quyền xem")
        // Viewing still works.
        let status = try TheodoiProcess.run(["status", "--db", setup.folder.database], environment: setup.environment)
        #expect(status.status == 0, "\(status.stderr)")
    }

    @Test(arguments: ["admins", "coordinators"])
    func adminsAndCoordinatorsMayReportForEveryAgency(_ role: String) throws {
        let setup = try Setup(config: "[roles]\n\(role) = [\"nobody\", \"@\(Self.myGroup)\"]\n")
        #expect(try setup.submit("cong an").status == 0)
        #expect(try setup.submit("cuc thue").status == 0)
    }

    @Test(.enabled(if: !systemConfigurationExists, "/etc/theodoi/config.toml exists on this machine"))
    func withNoConfigurationFileTheLocalUserIsAdmin() throws {
        let setup = try Setup(config: nil)
        let result = try setup.submit("cong an")
        #expect(result.status == 0, "\(result.stderr)")
    }

    // MARK: Where the file is

    @Test func configOptionWinsOverXDGConfigHome() throws {
        let setup = try Setup(config: "[roles]\nviewers = [\"*\"]\n")
        let before = try setup.counts()
        try Self.expectRefused(try setup.submit("cong an"), setup, before: before, line: "người dùng \(Self.me) chỉ có quyền xem")
        let mine = try setup.folder.write("mine.toml", "[reporters]\n\"Công an tỉnh\" = [\"\(Self.me)\"]\n")
        #expect(try setup.submit("cong an", ["--config", mine]).status == 0)
    }

    @Test func aMissingConfigOptionIsAnErrorNotAnAdmin() throws {
        let setup = try Setup(config: nil)
        let before = try setup.counts()
        let missing = setup.folder.url.appendingPathComponent("nope.toml").path
        try Self.expectRefused(try setup.submit("cong an", ["--config", missing]), setup, before: before,
                               line: "không có tệp cấu hình \(missing)")
    }

    // MARK: Reading the file

    @Test func commentsQuotedAndBareKeysTrailingCommasAndCRLF() throws {
        let setup = try Setup(config: """
            # Vai trò — theodoi\r
            [roles]   # the roles\r
            admins = [ ]\r
            viewers = [\r
              "*",  # everyone\r
            ]\r
            \r
            [reporters]\r
            cuc-thue = ["\(Self.me)",]\r
            'Công an tỉnh' = ["somebody-else"]\r
            "Đài Phát thanh và Truyền hình tỉnh" = []\r

            """)
        let before = try setup.counts()
        try Self.expectRefused(try setup.submit("cong an"), setup, before: before,
                               line: "người dùng \(Self.me) không có quyền báo cáo cho Công an tỉnh (được báo cáo cho: Cục Thuế tỉnh)")
        #expect(try setup.submit("cuc thue").status == 0)
    }

    struct BadFile: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// What the message says after "<path>:".
        var expected: String

        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(name: "unclosed array", text: "[roles]\nadmins = [\"root\"\n",
                expected: "2: không đúng cú pháp TOML"),
        BadFile(name: "duplicate key", text: "[roles]\nadmins = []\nviewers = []\nadmins = [\"x\"]\n",
                expected: "4: không đúng cú pháp TOML"),
        BadFile(name: "bare key with spaces", text: "[reporters]\n# who\nCông an tỉnh = [\"x\"]\n",
                expected: "3: không đúng cú pháp TOML"),
        BadFile(name: "unknown table", text: "[roles]\nadmins = []\n\n[reporter]\n\"cong an\" = [\"x\"]\n",
                expected: "4: bảng không xác định [reporter] (có phải [reporters]?); chỉ có [roles], [reporters] và [signer]"),
        BadFile(name: "unknown key", text: "[roles]\n# admins\nadmin = [\"root\"]\n",
                expected: "3: khóa không xác định \"admin\" trong [roles] (có phải \"admins\"?); chỉ có admins, coordinators, viewers"),
        BadFile(name: "key at the top", text: "admins = [\"root\"]\n",
                expected: "1: khóa không xác định \"admins\" ở đầu tệp; chỉ có các bảng [roles], [reporters] và [signer]"),
        BadFile(name: "a string for a list", text: "[roles]\nadmins = \"root\"\n",
                expected: "2: [roles] admins: cần danh sách tên, ví dụ [\"thue01\", \"@congan\"], không phải một chuỗi trong ngoặc kép"),
        BadFile(name: "a number in the list", text: "[reporters]\n\"cuc thue\" = [\"a\", 7]\n",
                expected: "2: [reporters] \"cuc thue\"[1]: cần một chuỗi trong ngoặc kép, không phải một số nguyên"),
        BadFile(name: "a list for a table", text: "[[reporters]]\n\"cuc thue\" = [\"a\"]\n",
                expected: "1: reporters: cần một bảng, không phải một danh sách"),
        BadFile(name: "a name with a space", text: "[roles]\nadmins = [\n  \"root\",\n  \"thue 01\",\n]\n",
                expected: "4: [roles] admins: \"thue 01\" không phải tên người dùng hay nhóm Unix (có khoảng trắng)"),
        BadFile(name: "a wildcard pattern", text: "[roles]\nviewers = [\"thue*\"]\n",
                expected: "2: [roles] viewers: \"thue*\": chỉ \"*\" đứng một mình mới có nghĩa là mọi người"),
        BadFile(name: "an empty group", text: "[roles]\ncoordinators = [\"@\"]\n",
                expected: "2: [roles] coordinators: \"@\" thiếu tên nhóm (ví dụ \"@congan\")"),
        BadFile(name: "NUL escape", text: "[roles]\nadmins = [\"ro\\u0000ot\"]\n",
                expected: "2: không được có ký tự NUL (\\u0000)"),
        BadFile(name: "agency key that fits none", text: "[reporters]\n\"cuc thue\" = [\"a\"]\n\"Sở Ngoại vụ\" = [\"b\"]\n",
                expected: "3: [reporters] \"Sở Ngoại vụ\": không có cơ quan này (có: Sở Tài nguyên và Môi trường; "),
        BadFile(name: "agency key that fits several", text: "[reporters]\n\n\"so tai\" = [\"a\"]\n",
                expected: "3: [reporters] \"so tai\" khớp nhiều cơ quan: Sở Tài nguyên và Môi trường; Sở Tài chính; hãy viết tên đầy đủ"),
    ]

    @Test(arguments: badFiles)
    func aBrokenFileIsRefusedAtItsLine(_ bad: BadFile) throws {
        let setup = try Setup(config: bad.text)
        let before = try setup.counts()
        let result = try setup.submit("cuc thue")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("theodoi: \(setup.configPath):\(bad.expected)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try setup.counts() == before)
    }

    @Test func aBrokenFileStopsEveryCommandInTheUsersLanguage() throws {
        let setup = try Setup(config: "[roles]\nadmin = [\"root\"]\n")
        let status = try TheodoiProcess.run(["status", "--db", setup.folder.database, "--lang", "en"], environment: setup.environment)
        #expect(status.status == 1)
        #expect(status.stderrLines == ["theodoi: \(setup.configPath):2: unknown key \"admin\" in [roles] (did you mean \"admins\"?); only admins, coordinators, viewers exist"])
    }

    @Test func aFolderOrNonUTF8FileIsRefused() throws {
        let setup = try Setup(config: nil)
        let folder = setup.folder.url.path
        let asFolder = try TheodoiProcess.run(["status", "--db", setup.folder.database, "--config", folder], environment: setup.environment)
        #expect(asFolder.stderrLines == ["theodoi: \(folder) là thư mục, không phải tệp cấu hình"])
        let latin1 = setup.folder.url.appendingPathComponent("latin1.toml")
        try Data([0x5B, 0x72, 0x6F, 0x6C, 0x65, 0x73, 0x5D, 0x0A, 0xE9, 0x0A]).write(to: latin1)
        let notUTF8 = try TheodoiProcess.run(["status", "--db", setup.folder.database, "--config", latin1.path], environment: setup.environment)
        #expect(notUTF8.status == 1)
        #expect(notUTF8.stderrLines == ["theodoi: \(latin1.path): tệp cấu hình không phải văn bản UTF-8"])
    }
}
