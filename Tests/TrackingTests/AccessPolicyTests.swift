import Testing
import Tracking

/// Pins down who may report for which agency (SPEC §4, "Roles"): principals as written,
/// no configuration means admin, roles nest, reporters are limited to the agencies listed for
/// them (by name, short name, id or folded prefix), a key that fits no agency or several is a
/// configuration error, and the refusals read as the users will see them.
@Suite struct AccessPolicyTests {
    /// The example of SPEC §4.
    static let spec = RoleConfiguration(
        admins: [.user("root")],
        coordinators: [.group("stnmt")],
        viewers: [.everyone],
        reporters: [ReporterRule(agencyKey: "Công an tỉnh", principals: [.group("congan")], line: 7),
                    ReporterRule(agencyKey: "Cục Thuế tỉnh", principals: [.user("thue01"), .user("thue02")], line: 8)])

    func access(_ user: String, groups: [String] = [], _ configuration: RoleConfiguration? = spec) throws -> Access {
        try AccessPolicy(configuration: configuration).access(user: user, groups: groups, agencies: Fixture.agencies)
    }

    // MARK: Principals

    @Test(arguments: [("thue01", Principal.user("thue01")), ("@congan", .group("congan")), ("*", .everyone),
                      ("www-data", .user("www-data")), ("user.name_1", .user("user.name_1"))])
    func principalsAreParsedAsWritten(_ text: String, _ expected: Principal) throws {
        let principal = try Principal(parsing: text)
        #expect(principal == expected)
        #expect(principal.description == text)
    }

    @Test(arguments: [("", Principal.ParseError.empty), ("@", .emptyGroup), ("thue*", .wildcard("thue*")), ("@*", .wildcard("@*")),
                      ("thue 01", .invalidCharacter("thue 01", " ")), ("a:b", .invalidCharacter("a:b", ":")),
                      ("@@x", .invalidCharacter("@@x", "@")), ("x\u{7}", .invalidCharacter("x\u{7}", "\u{7}"))])
    func principalsThatCannotBeUnixNamesAreRefused(_ text: String, _ expected: Principal.ParseError) {
        #expect(throws: expected) { try Principal(parsing: text) }
    }

    @Test func principalsMatchExactlyAsUnixDoes() {
        #expect(Principal.user("thue01").includes(user: "thue01", groups: []))
        #expect(!Principal.user("thue01").includes(user: "Thue01", groups: []))
        #expect(!Principal.user("congan").includes(user: "x", groups: ["congan"]))
        #expect(Principal.group("congan").includes(user: "x", groups: ["users", "congan"]))
        #expect(!Principal.group("congan").includes(user: "congan", groups: []))
        #expect(Principal.everyone.includes(user: "anyone", groups: []))
    }

    // MARK: Roles

    @Test func withoutAConfigurationTheLocalUserIsAdmin() throws {
        let access = try access("anyone", nil)
        #expect(access.role == .admin)
        #expect(!access.isConfigured)
        #expect(access.reportableAgencyIDs == Set(Fixture.agencies.map(\.id)))
        #expect(access.mayReport(agencyID: "an-agency-imported-later"))
    }

    @Test func adminsAndCoordinatorsMayReportForEveryAgency() throws {
        let root = try access("root")
        #expect(root.role == .admin)
        #expect(root.isConfigured)
        let coordinator = try access("nguyenvana", groups: ["users", "stnmt"])
        #expect(coordinator.role == .coordinator)
        for agency in Fixture.agencies {
            #expect(root.mayReport(agencyID: agency.id))
            #expect(coordinator.mayReport(agencyID: agency.id))
        }
        #expect(coordinator.mayReport(agencyID: "an-agency-imported-later"))
    }

    @Test func theStrongestRoleWins() throws {
        let configuration = RoleConfiguration(admins: [.group("wheel")], coordinators: [.user("lan")], viewers: [.everyone],
                                              reporters: [ReporterRule(agencyKey: "cong an", principals: [.user("lan")])])
        #expect(try access("lan", groups: ["wheel"], configuration).role == .admin)
        #expect(try access("lan", configuration).role == .coordinator)
        #expect(Access.Role.viewer < .reporter && .reporter < .coordinator && .coordinator < .admin)
    }

    @Test func aReporterMayReportOnlyForTheAgenciesListedForThem() throws {
        let thue = try access("thue01", groups: ["users"])
        #expect(thue.role == .reporter)
        #expect(thue.reportableAgencies.map(\.id) == ["cuc-thue"])
        #expect(thue.mayReport(agencyID: "cuc-thue"))
        #expect(!thue.mayReport(agencyID: "cong-an-tinh"))

        let police = try access("trunguy", groups: ["congan"])
        #expect(police.role == .reporter)
        #expect(police.reportableAgencyIDs == ["cong-an-tinh"])
    }

    @Test func aUserWithNoRoleOrOnlyViewerMayOnlyView() throws {
        let listed = try access("khach")
        #expect(listed.role == .viewer)
        #expect(listed.reportableAgencies.isEmpty)
        let unlisted = try access("khach", RoleConfiguration(admins: [.user("root")]))
        #expect(unlisted.role == .viewer)
        #expect(!unlisted.mayReport(agencyID: "cong-an-tinh"))
        // An existing but empty file is a configuration too: nobody is admin by default any more.
        #expect(try access("root", RoleConfiguration()).role == .viewer)
    }

    @Test func everyoneMayBeMadeAReporter() throws {
        let configuration = RoleConfiguration(reporters: [ReporterRule(agencyKey: "dai", principals: [.everyone])])
        #expect(try access("x", configuration).reportableAgencyIDs == ["dai-ptth"])
    }

    // MARK: Agency keys

    @Test(arguments: [("Công an tỉnh", "cong-an-tinh"), ("cong an", "cong-an-tinh"), ("CÔNG AN TỈNH", "cong-an-tinh"),
                      ("Co\u{302}ng an ti\u{309}nh", "cong-an-tinh"), ("CA tỉnh", "cong-an-tinh"), ("cong-an-tinh", "cong-an-tinh"),
                      ("cuc thue", "cuc-thue"), ("Sở Tài chính", "so-tai-chinh"), ("dai", "dai-ptth")])
    func agencyKeysAreMatchedAsTheCommandLineMatchesAgencies(_ key: String, _ id: String) throws {
        let configuration = RoleConfiguration(reporters: [ReporterRule(agencyKey: key, principals: [.user("u")])])
        #expect(try access("u", configuration).reportableAgencyIDs == [id])
    }

    @Test func keysNamingTheSameAgencyAddUp() throws {
        let configuration = RoleConfiguration(reporters: [
            ReporterRule(agencyKey: "Cục Thuế tỉnh", principals: [.user("a")]),
            ReporterRule(agencyKey: "cuc-thue", principals: [.user("b")]),
            ReporterRule(agencyKey: "dai", principals: [.user("b")]),
        ])
        #expect(try access("a", configuration).reportableAgencyIDs == ["cuc-thue"])
        let b = try access("b", configuration)
        // In the order of the agencies, not of the file.
        #expect(b.reportableAgencies.map(\.id) == ["dai-ptth", "cuc-thue"])
    }

    @Test func aKeyThatFitsNoAgencyIsAConfigurationErrorListingTheAgencies() {
        let configuration = RoleConfiguration(reporters: [ReporterRule(agencyKey: "Sở Ngoại vụ", principals: [.user("x")], line: 12)])
        // Whoever runs theodoi, not only the users of the broken line, hears about it.
        #expect(throws: RoleConfigurationError.unknownAgency(key: "Sở Ngoại vụ", line: 12, known: Fixture.agencies.map(\.name))) {
            try access("root", configuration)
        }
        let error = RoleConfigurationError.unknownAgency(key: "Sở Ngoại vụ", line: 12, known: ["Công an tỉnh", "Cục Thuế tỉnh"])
        #expect(error.line == 12)
        #expect(error.message(.vi) == "[reporters] \"Sở Ngoại vụ\": không có cơ quan này (có: Công an tỉnh; Cục Thuế tỉnh)")
        #expect(error.message(.en) == "[reporters] \"Sở Ngoại vụ\": no such agency (known: Công an tỉnh; Cục Thuế tỉnh)")
    }

    @Test func aKeyThatFitsSeveralAgenciesIsAConfigurationErrorListingThem() {
        let configuration = RoleConfiguration(reporters: [ReporterRule(agencyKey: "so tai", principals: [.user("x")], line: 3)])
        let expected = RoleConfigurationError.ambiguousAgency(key: "so tai", line: 3,
                                                              candidates: ["Sở Tài nguyên và Môi trường", "Sở Tài chính"])
        #expect(throws: expected) { try access("x", configuration) }
        #expect(expected.message(.vi) == "[reporters] \"so tai\" khớp nhiều cơ quan: Sở Tài nguyên và Môi trường; Sở Tài chính; hãy viết tên đầy đủ")
    }

    // MARK: Refusals

    @Test func aReporterIsToldWhomTheyMayReportFor() throws {
        let thue = try access("thue01")
        #expect(throws: AccessDenied.notReporter(user: "thue01", agency: "Công an tỉnh", allowed: ["Cục Thuế tỉnh"])) {
            try thue.checkMayReport(for: Fixture.congAn)
        }
        try thue.checkMayReport(for: Fixture.thue)
        let refusal = AccessDenied.notReporter(user: "thue01", agency: "Công an tỉnh", allowed: ["Cục Thuế tỉnh"])
        #expect(refusal.message(.vi) == "người dùng thue01 không có quyền báo cáo cho Công an tỉnh (được báo cáo cho: Cục Thuế tỉnh)")
        #expect(refusal.message(.en) == "user thue01 may not report for Công an tỉnh (may report for: Cục Thuế tỉnh)")
    }

    @Test func aViewerIsToldTheyMayOnlyView() throws {
        let viewer = try access("x")
        #expect(throws: AccessDenied.viewOnly(user: "x")) { try viewer.checkMayReport(for: Fixture.dai) }
        #expect(AccessDenied.viewOnly(user: "x").message(.vi) == "người dùng x chỉ có quyền xem")
        #expect(AccessDenied.viewOnly(user: "x").message(.en) == "user x may only view")
    }
}
