/// Who may do what, as the `[roles]` and `[reporters]` tables of `config.toml` say (SPEC §4).
///
/// Kept as written — principals and agency keys — and only resolved against the agencies by
/// ``AccessPolicy``, because the agencies live in the database and may change (a merger, an
/// imported dispatch) while the configuration file does not.
public struct RoleConfiguration: Hashable, Sendable {
    /// May do everything, for every agency.
    public var admins: [Principal]
    /// The lead department (Sở TN&MT for dispatch 239): reports for every agency, deadlines,
    /// extensions.
    public var coordinators: [Principal]
    /// May look. Everyone may already do that (SPEC §4: "a user with no role may only view"), so
    /// this list grants nothing more today; it is accepted so that the file reads as the
    /// organisation means it, and kept for a front end that wants to show it.
    public var viewers: [Principal]
    /// Who may report for which agency, in the order written.
    public var reporters: [ReporterRule]

    public init(admins: [Principal] = [], coordinators: [Principal] = [], viewers: [Principal] = [],
                reporters: [ReporterRule] = []) {
        self.admins = admins
        self.coordinators = coordinators
        self.viewers = viewers
        self.reporters = reporters
    }
}

/// One line of `[reporters]`: `"Công an tỉnh" = ["@congan"]`.
public struct ReporterRule: Hashable, Sendable {
    /// The agency as written: its full name, short name, id, or a folded word prefix
    /// (`"cong an"`), matched as `--agency` is.
    public var agencyKey: String
    public var principals: [Principal]
    /// Where the rule was written, so that a key that fits no agency is reported at its line.
    public var line: Int?

    public init(agencyKey: String, principals: [Principal], line: Int? = nil) {
        self.agencyKey = agencyKey
        self.principals = principals
        self.line = line
    }
}

/// A configuration that cannot be applied to the agencies: a `[reporters]` key that names no
/// agency, or several. Refused rather than skipped, because skipping would quietly leave an
/// agency's officers unable to report (or, with a prefix that grew ambiguous after a merger,
/// let them report for the wrong one).
public enum RoleConfigurationError: UserFacingError, Equatable {
    case unknownAgency(key: String, line: Int?, known: [String])
    case ambiguousAgency(key: String, line: Int?, candidates: [String])

    /// The line of the configuration file it comes from, when known.
    public var line: Int? {
        switch self {
        case .unknownAgency(_, let line, _), .ambiguousAgency(_, let line, _): line
        }
    }

    /// The message without the file and line, which the reader of the file puts in front.
    public func message(_ language: Language) -> String {
        switch self {
        case .unknownAgency(let key, _, let known):
            return language.pick("[reporters] \"\(key)\": không có cơ quan này (có: \(known.joined(separator: "; ")))",
                                 "[reporters] \"\(key)\": no such agency (known: \(known.joined(separator: "; ")))")
        case .ambiguousAgency(let key, _, let candidates):
            return language.pick("[reporters] \"\(key)\" khớp nhiều cơ quan: \(candidates.joined(separator: "; ")); hãy viết tên đầy đủ",
                                 "[reporters] \"\(key)\" matches several agencies: \(candidates.joined(separator: "; ")); write the full name")
        }
    }
}
