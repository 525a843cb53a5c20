/// What one user may do, decided once from the role configuration and the agencies.
///
/// A value, not a query on the configuration, so that every front end (the command line now,
/// the dashboard's report form later) asks the same question the same way and cannot disagree.
public struct Access: Hashable, Sendable {
    /// The user's strongest role. Roles are nested: each may do what the ones below it may.
    public enum Role: String, Hashable, Sendable, Comparable, CaseIterable {
        /// May only look: listed in `viewers`, or not listed at all.
        case viewer
        /// May report for the agencies listed for them in `[reporters]`.
        case reporter
        /// May report for every agency; deadlines and extensions (SPEC §4).
        case coordinator
        /// May do everything.
        case admin

        public static func < (lhs: Role, rhs: Role) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }

        public func label(_ language: Language) -> String {
            switch self {
            case .viewer: language.pick("chỉ xem", "viewer")
            case .reporter: language.pick("báo cáo", "reporter")
            case .coordinator: language.pick("điều phối", "coordinator")
            case .admin: language.pick("quản trị", "administrator")
            }
        }
    }

    /// The Unix user.
    public let user: String
    public let role: Role
    /// The agencies the user may report for, in the order of the agencies given: all of them for
    /// an admin or a coordinator, none for a viewer.
    public let reportableAgencies: [Agency]
    /// False when there was no configuration file and the local user was made admin, so that a
    /// front end can say so instead of implying somebody granted it.
    public let isConfigured: Bool

    public init(user: String, role: Role, reportableAgencies: [Agency], isConfigured: Bool) {
        self.user = user
        self.role = role
        self.reportableAgencies = reportableAgencies
        self.isConfigured = isConfigured
    }

    public var reportableAgencyIDs: Set<String> { Set(reportableAgencies.map(\.id)) }

    /// Whether the user may submit a report for the agency. An admin or a coordinator may for any
    /// agency, even one added after this access was decided (an imported dispatch).
    public func mayReport(agencyID: String) -> Bool {
        role >= .coordinator || reportableAgencies.contains { $0.id == agencyID }
    }

    /// Throws the refusal to show when the user may not report for the agency.
    public func checkMayReport(for agency: Agency) throws(AccessDenied) {
        guard !mayReport(agencyID: agency.id) else { return }
        if reportableAgencies.isEmpty { throw .viewOnly(user: user) }
        throw .notReporter(user: user, agency: agency.name, allowed: reportableAgencies.map(\.name))
    }
}

/// Decides ``Access`` from the configuration, or from its absence.
///
/// With no configuration file at all the local user is admin (SPEC §4): theodoi on one laptop
/// for a demo or a single officer needs no setup, and whoever can run it there can also write
/// its database file directly, so refusing would protect nothing. Once a file exists it is the
/// whole truth: anyone it does not name may only view.
public struct AccessPolicy: Sendable {
    /// nil when there is no configuration file.
    public let configuration: RoleConfiguration?

    public init(configuration: RoleConfiguration?) {
        self.configuration = configuration
    }

    /// Every `[reporters]` key resolved to its agency, as `--agency` is resolved (exact folded
    /// name first, then word prefixes). Checked for every key, not only the user's, so that a
    /// broken file is noticed by the first person who uses it, not by the officer it locks out.
    public func reporterAgencies(among agencies: [Agency]) throws(RoleConfigurationError) -> [(rule: ReporterRule, agency: Agency)] {
        guard let configuration else { return [] }
        let matcher = NameMatcher(agencies, names: { $0.searchNames })
        var resolved: [(rule: ReporterRule, agency: Agency)] = []
        for rule in configuration.reporters {
            switch matcher.match(rule.agencyKey) {
            case .found(let agency):
                resolved.append((rule, agency))
            case .ambiguous(let candidates):
                throw .ambiguousAgency(key: rule.agencyKey, line: rule.line, candidates: candidates.map(\.name))
            case .notFound:
                throw .unknownAgency(key: rule.agencyKey, line: rule.line, known: agencies.map(\.name))
            }
        }
        return resolved
    }

    /// The access of `user`, a member of `groups` (names, the primary group included).
    public func access(user: String, groups: some Collection<String>, agencies: [Agency]) throws(RoleConfigurationError) -> Access {
        guard let configuration else {
            return Access(user: user, role: .admin, reportableAgencies: agencies, isConfigured: false)
        }
        let resolved = try reporterAgencies(among: agencies)
        func covers(_ principals: [Principal]) -> Bool {
            principals.contains { $0.includes(user: user, groups: groups) }
        }
        if covers(configuration.admins) {
            return Access(user: user, role: .admin, reportableAgencies: agencies, isConfigured: true)
        }
        if covers(configuration.coordinators) {
            return Access(user: user, role: .coordinator, reportableAgencies: agencies, isConfigured: true)
        }
        // Two keys may name the same agency ("Cục Thuế tỉnh" and "cuc-thue"): their lists add up.
        let mine = Set(resolved.filter { covers($0.rule.principals) }.map(\.agency.id))
        let reportable = agencies.filter { mine.contains($0.id) }
        return Access(user: user, role: reportable.isEmpty ? .viewer : .reporter,
                      reportableAgencies: reportable, isConfigured: true)
    }
}

/// A refusal: the user may not do this. One line, naming the user and what they may do instead,
/// so that they know whom to ask and the coordinator knows which line of the file to change.
public enum AccessDenied: UserFacingError, Equatable {
    /// The user may report for no agency at all.
    case viewOnly(user: String)
    /// The user may report, but for other agencies.
    case notReporter(user: String, agency: String, allowed: [String])

    public func message(_ language: Language) -> String {
        switch self {
        case .viewOnly(let user):
            return language.pick("người dùng \(user) chỉ có quyền xem", "user \(user) may only view")
        case .notReporter(let user, let agency, let allowed):
            let list = allowed.joined(separator: "; ")
            return language.pick("người dùng \(user) không có quyền báo cáo cho \(agency) (được báo cáo cho: \(list))",
                                 "user \(user) may not report for \(agency) (may report for: \(list))")
        }
    }
}
