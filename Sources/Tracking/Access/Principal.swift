/// Who a line of the role configuration speaks of: one Unix user, the members of a Unix group,
/// or everyone.
///
/// Unix names, not accounts kept by theodoi, because theodoi already takes the user from the
/// operating system (the audit trail records it so): whoever logs in as `thue01` is thue01, and
/// a department's staff are usually gathered in a group by whoever runs the server, so adding a
/// new officer to `congan` is enough and the configuration does not change.
public enum Principal: Hashable, Sendable, CustomStringConvertible {
    /// A Unix user name: `"thue01"`.
    case user(String)
    /// The members of a Unix group, written `"@congan"`.
    case group(String)
    /// Everyone, written `"*"`.
    case everyone

    /// Why a text is not a principal; the reader of the file adds where it was written.
    public enum ParseError: UserFacingError, Equatable {
        case empty
        case emptyGroup
        case wildcard(String)
        case invalidCharacter(String, Character)

        public func message(_ language: Language) -> String {
            switch self {
            case .empty:
                return language.pick("tên người dùng trống", "empty user name")
            case .emptyGroup:
                return language.pick("\"@\" thiếu tên nhóm (ví dụ \"@congan\")", "\"@\" lacks a group name (e.g. \"@congan\")")
            case .wildcard(let text):
                return language.pick("\"\(text)\": chỉ \"*\" đứng một mình mới có nghĩa là mọi người",
                                     "\"\(text)\": only \"*\" on its own means everyone")
            case .invalidCharacter(let text, let character):
                let shown = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                let what = character.isWhitespace ? language.pick("khoảng trắng", "white space") : "\(shown)"
                return language.pick("\"\(text)\" không phải tên người dùng hay nhóm Unix (có \(what))",
                                     "\"\(text)\" is not a Unix user or group name (it contains \(what))")
            }
        }
    }

    /// Reads `"name"`, `"@group"` or `"*"`.
    ///
    /// Strict, because a typing mistake here silently grants or withholds a right: a name with a
    /// space, a `:` or a control character can never be a Unix name, and `"thue*"` looks like a
    /// pattern but would match nobody.
    public init(parsing text: String) throws(ParseError) {
        if text == "*" {
            self = .everyone
            return
        }
        let isGroup = text.hasPrefix("@")
        let name = isGroup ? String(text.dropFirst()) : text
        guard !name.isEmpty else { throw isGroup ? .emptyGroup : .empty }
        if name.contains("*") { throw .wildcard(text) }
        if let bad = name.first(where: { $0.isWhitespace || $0 == ":" || $0 == "/" || $0 == "@"
                                         || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
            throw .invalidCharacter(text, bad)
        }
        self = isGroup ? .group(name) : .user(name)
    }

    /// As written in the configuration: `thue01`, `@congan`, `*`.
    public var description: String {
        switch self {
        case .user(let name): name
        case .group(let name): "@" + name
        case .everyone: "*"
        }
    }

    /// Whether this principal covers the user. Names are compared exactly, as Unix does
    /// (`Thue01` is another user).
    public func includes(user: String, groups: some Sequence<String>) -> Bool {
        switch self {
        case .user(let name): name == user
        case .group(let name): groups.contains(name)
        case .everyone: true
        }
    }
}
