import Foundation
import TOMLKit
import Tracking

/// `config.toml`: where theodoi looks for it and the roles it gives (SPEC §4, "Roles").
///
/// ```toml
/// [roles]
/// admins = ["root"]              # Unix user names; "@name" is a Unix group
/// coordinators = ["@stnmt"]
/// viewers = ["*"]                # "*" is everyone
///
/// [reporters]                    # agency name (or a folded prefix) = who may report for it
/// "Công an tỉnh" = ["@congan"]
/// "Cục Thuế tỉnh" = ["thue01", "thue02"]
///
/// [signer]                       # who issues and signs the drafts (`remind --format md|docx`, `export --format docx`)
/// parent = "UBND TỈNH BẮC NINH"
/// issuer = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
/// place = "Bắc Ninh"
/// authority = "KT. GIÁM ĐỐC"
/// title = "PHÓ GIÁM ĐỐC"
/// name = "Nguyễn Văn A"
/// ```
///
/// Strict: a table or key theodoi does not know is an error, not a warning. The file grants
/// rights, and a misspelt `[reporter]` or `admin =` ignored with a warning most people never
/// read would leave an agency unable to report, or make its author believe a restriction holds
/// that does not.
struct ConfigurationFile {
    /// The file as it was found (for messages: `config.toml:4: …`).
    let path: String
    let roles: RoleConfiguration
    /// `[signer]`, each key missing taking ``SignerSettings/standard``'s value.
    /// Nil without a `[signer]` table: then the lead department of the day signs
    /// (``SignerSettings/standard(on:)``).
    let signer: SignerSettings?

    static let systemPath = "/etc/theodoi/config.toml"

    /// `--config`, else `$XDG_CONFIG_HOME/theodoi/config.toml` (`~/.config/…` when unset),
    /// else `/etc/theodoi/config.toml`; nil when there is none. The first file found is used
    /// whole and never merged with the next: roles from two files would be hard to reason about,
    /// and a user's own file would silently add to the system's.
    ///
    /// A `--config` that does not exist is an error, not "no configuration": falling back to
    /// "the local user is admin" because of a typing mistake would grant everything.
    static func locate(option: String?, environment: [String: String]) throws(ConfigurationError) -> String? {
        if let option, !option.isEmpty {
            guard FileManager.default.fileExists(atPath: option) else { throw ConfigurationError(option, .missing) }
            return option
        }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return [configHome + "/theodoi/config.toml", systemPath].first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The configuration in force, or nil when there is no file (the local user is then admin).
    static func load(option: String?, environment: [String: String]) throws(ConfigurationError) -> ConfigurationFile? {
        guard let path = try locate(option: option, environment: environment) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isFolder: ObjCBool = false
            let folder = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
            throw ConfigurationError(path, folder ? .isFolder : .unreadable)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ConfigurationError(path, .notUTF8) }
        return try ConfigurationFile(path: path, text: text)
    }

    init(path: String, text: String) throws(ConfigurationError) {
        self.path = path
        let index = TOMLLineIndex(text)
        // toml++ stops a string at NUL through TOMLKit's C interface, so "root\u0000x" would be
        // read as "root": refuse the escape rather than grant a right nobody wrote.
        for escape in ["\\u0000", "\\U00000000"] {
            if let line = index.firstLine(containing: escape) { throw ConfigurationError(path, line: line, .nulCharacter) }
        }
        if text.contains("\u{0}") { throw ConfigurationError(path, line: index.firstLine(containing: "\u{0}"), .nulCharacter) }

        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(path, line: error.source.begin.line,
                                     .syntax(error.description, column: error.source.begin.column))
        } catch {
            throw ConfigurationError(path, .syntax(String(describing: error), column: nil))
        }
        let reader = Reader(path: path, index: index)
        roles = try reader.roles(document)
        signer = try reader.signer(document)
    }

    /// Turns the parsed document into a ``RoleConfiguration``, refusing what it does not know.
    fileprivate struct Reader {
        let path: String
        let index: TOMLLineIndex

        static let topLevel = ["roles", "reporters", "signer"]
        static let roleKeys = ["admins", "coordinators", "viewers"]
        static let signerKeys = ["parent", "issuer", "place", "authority", "title", "name"]

        /// `[signer]`: strings only; a key left out keeps the default, an empty string clears
        /// an optional line (`parent = ""`: no supervising body).
        func signer(_ document: TOMLTable) throws(ConfigurationError) -> SignerSettings? {
            guard let value = document["signer"] else { return nil }
            let signer = try table(value, named: "signer")
            for key in signer.keys where !Self.signerKeys.contains(key) {
                throw ConfigurationError(path, line: index.line(ofKey: key, inTable: "signer"),
                                         .unknownKey(table: "signer", key: key, suggestion: Self.suggestion(for: key, among: Self.signerKeys)))
            }
            func text(_ key: String) throws(ConfigurationError) -> String? {
                guard let item = signer[key] else { return nil }
                guard let string = item.string else {
                    throw ConfigurationError(path, line: index.line(ofKey: key, inTable: "signer"),
                                             .wrongType("[signer] \(key)", expected: .string, found: .init(item.type)))
                }
                if string.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                    throw ConfigurationError(path, line: index.line(ofKey: key, inTable: "signer"), .controlCharacter("[signer] \(key)"))
                }
                return string
            }
            let standard = SignerSettings.standard
            return SignerSettings(parent: try text("parent") ?? standard.parent, issuer: try text("issuer") ?? standard.issuer,
                                  place: try text("place") ?? standard.place, authority: try text("authority") ?? standard.authority,
                                  title: try text("title") ?? standard.title, name: try text("name") ?? standard.name)
        }

        func roles(_ document: TOMLTable) throws(ConfigurationError) -> RoleConfiguration {
            for key in document.keys where !Self.topLevel.contains(key) {
                let suggestion = Self.suggestion(for: key, among: Self.topLevel)
                if document[key]?.table != nil, let line = index.line(ofTable: key) {
                    throw ConfigurationError(path, line: line, .unknownTable(key, suggestion: suggestion))
                }
                throw ConfigurationError(path, line: index.line(ofKey: key, inTable: "") ?? index.line(ofTable: key),
                                         .unknownKey(table: nil, key: key, suggestion: suggestion))
            }
            var configuration = RoleConfiguration()
            if let value = document["roles"] {
                let roles = try table(value, named: "roles")
                for key in roles.keys where !Self.roleKeys.contains(key) {
                    throw ConfigurationError(path, line: index.line(ofKey: key, inTable: "roles"),
                                             .unknownKey(table: "roles", key: key, suggestion: Self.suggestion(for: key, among: Self.roleKeys)))
                }
                configuration.admins = try principals(roles["admins"], key: "admins", table: "roles")
                configuration.coordinators = try principals(roles["coordinators"], key: "coordinators", table: "roles")
                configuration.viewers = try principals(roles["viewers"], key: "viewers", table: "roles")
            }
            if let value = document["reporters"] {
                let reporters = try table(value, named: "reporters")
                for key in reporters.keys {
                    let line = index.line(ofKey: key, inTable: "reporters")
                    let rule = ReporterRule(agencyKey: VietnameseText.normalized(key),
                                            principals: try principals(reporters[key], key: key, table: "reporters"),
                                            line: line)
                    configuration.reporters.append(rule)
                }
                // Sorted by line so that the first broken key reported is the first in the file.
                configuration.reporters.sort { ($0.line ?? .max, $0.agencyKey) < ($1.line ?? .max, $1.agencyKey) }
            }
            return configuration
        }

        private func table(_ value: any TOMLValueConvertible, named name: String) throws(ConfigurationError) -> TOMLTable {
            guard let table = value.table else {
                throw ConfigurationError(path, line: index.line(ofTable: name) ?? index.line(ofKey: name, inTable: ""),
                                         .wrongType(name, expected: .table, found: .init(value.type)))
            }
            return table
        }

        /// A list of `"name"`, `"@group"`, `"*"`; a missing key is an empty list.
        private func principals(_ value: (any TOMLValueConvertible)?, key: String, table: String) throws(ConfigurationError) -> [Principal] {
            guard let value else { return [] }
            let place = "[\(table)] \(Self.shown(key))"
            guard let array = value.array else {
                throw ConfigurationError(path, line: index.line(ofKey: key, inTable: table),
                                         .wrongType(place, expected: .stringList, found: .init(value.type)))
            }
            var result: [Principal] = []
            for position in array.indices {
                let item = array[position]
                guard let text = item.string else {
                    throw ConfigurationError(path, line: index.line(ofKey: key, inTable: table),
                                             .wrongType("\(place)[\(position)]", expected: .string, found: .init(item.type)))
                }
                do throws(Principal.ParseError) {
                    // Not normalised: Unix compares names byte for byte, and so does theodoi.
                    let principal = try Principal(parsing: text)
                    if !result.contains(principal) { result.append(principal) }
                } catch {
                    throw ConfigurationError(path, line: index.line(ofValue: text, key: key, inTable: table),
                                             .invalidPrincipal(place, error))
                }
            }
            return result
        }

        /// A key as a person would write it in the file: bare when it can be.
        static func shown(_ key: String) -> String {
            key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") } && !key.isEmpty
                ? key : "\"\(key)\""
        }

        /// The known name closest to a misspelt one, when it is close enough to be a typing slip.
        static func suggestion(for key: String, among known: [String]) -> String? {
            let folded = VietnameseText.fold(key)
            let best = known.min { distance($0, folded) < distance($1, folded) }
            return best.flatMap { distance($0, folded) <= 3 ? $0 : nil }
        }

        private static func distance(_ a: String, _ b: String) -> Int {
            let a = Array(a), b = Array(b)
            guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
            var previous = Array(0...b.count)
            for i in 1...a.count {
                var current = [i] + Array(repeating: 0, count: b.count)
                for j in 1...b.count {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                previous = current
            }
            return previous[b.count]
        }
    }
}

/// A configuration file theodoi cannot use. Shown as `path:line: what is wrong`, the form
/// editors and `grep -n` use, so that the person who wrote it lands on the line.
struct ConfigurationError: UserFacingError, Equatable {
    /// What a value is, or should be. Not TOMLKit's `TOMLType`, which is not `Sendable`.
    enum ValueKind: Equatable, Sendable {
        case table, stringList, list, string, integer, number, boolean, dateTime

        init(_ type: TOMLType) {
            switch type {
            case .table: self = .table
            case .array: self = .list
            case .string: self = .string
            case .int: self = .integer
            case .double: self = .number
            case .bool: self = .boolean
            case .date, .time, .dateTime: self = .dateTime
            }
        }

        func name(_ language: Language) -> String {
            switch self {
            case .table: language.pick("một bảng", "a table")
            case .stringList: language.pick("danh sách tên, ví dụ [\"thue01\", \"@congan\"]", "a list of names, e.g. [\"thue01\", \"@congan\"]")
            case .list: language.pick("một danh sách", "a list")
            case .string: language.pick("một chuỗi trong ngoặc kép", "a quoted string")
            case .integer: language.pick("một số nguyên", "an integer")
            case .number: language.pick("một số thực", "a number")
            case .boolean: "true/false"
            case .dateTime: language.pick("ngày giờ", "a date or time")
            }
        }
    }

    enum Problem: Equatable, Sendable {
        case missing
        case unreadable
        case isFolder
        case notUTF8
        case nulCharacter
        case syntax(String, column: Int?)
        case unknownTable(String, suggestion: String?)
        /// An unknown key in `[table]`, or at the top of the file when `table` is nil.
        case unknownKey(table: String?, key: String, suggestion: String?)
        /// A text value with a control character (a line break in a signer's name).
        case controlCharacter(String)
        case wrongType(String, expected: ValueKind, found: ValueKind)
        case invalidPrincipal(String, Principal.ParseError)
        /// A `[reporters]` key that fits no agency or several.
        case roles(RoleConfigurationError)
    }

    var path: String
    var line: Int?
    var problem: Problem

    init(_ path: String, line: Int? = nil, _ problem: Problem) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    func message(_ language: Language) -> String {
        let place = line.map { "\(path):\($0): " } ?? "\(path): "
        switch problem {
        case .missing:
            return language.pick("không có tệp cấu hình \(path)", "there is no configuration file at \(path)")
        case .unreadable:
            return language.pick("không đọc được tệp cấu hình \(path)", "cannot read the configuration file \(path)")
        case .isFolder:
            return language.pick("\(path) là thư mục, không phải tệp cấu hình", "\(path) is a folder, not a configuration file")
        case .notUTF8:
            return place + language.pick("tệp cấu hình không phải văn bản UTF-8", "the configuration file is not UTF-8 text")
        case .nulCharacter:
            return place + language.pick("không được có ký tự NUL (\\u0000)", "the NUL character (\\u0000) is not allowed")
        case .syntax(let description, let column):
            let at = column.map { language.pick(" (cột \($0))", " (column \($0))") } ?? ""
            return place + language.pick("không đúng cú pháp TOML\(at): \(description)", "not valid TOML\(at): \(description)")
        case .unknownTable(let name, let suggestion):
            let hint = suggestion.map { language.pick(" (có phải [\($0)]?)", " (did you mean [\($0)]?)") } ?? ""
            return place + language.pick("bảng không xác định [\(name)]\(hint); chỉ có [roles], [reporters] và [signer]",
                                         "unknown table [\(name)]\(hint); only [roles], [reporters] and [signer] exist")
        case .unknownKey(nil, let key, let suggestion):
            let hint = suggestion.map { language.pick(" (có phải [\($0)]?)", " (did you mean [\($0)]?)") } ?? ""
            return place + language.pick("khóa không xác định \"\(key)\" ở đầu tệp\(hint); chỉ có các bảng [roles], [reporters] và [signer]",
                                         "unknown key \"\(key)\" at the top of the file\(hint); only the tables [roles], [reporters] and [signer] exist")
        case .unknownKey(let table?, let key, let suggestion):
            let hint = suggestion.map { language.pick(" (có phải \"\($0)\"?)", " (did you mean \"\($0)\"?)") } ?? ""
            let known = (table == "signer" ? ConfigurationFile.Reader.signerKeys : ConfigurationFile.Reader.roleKeys).joined(separator: ", ")
            return place + language.pick("khóa không xác định \"\(key)\" trong [\(table)]\(hint); chỉ có \(known)",
                                         "unknown key \"\(key)\" in [\(table)]\(hint); only \(known) exist")
        case .controlCharacter(let what):
            return place + language.pick("\(what): không được có ký tự điều khiển (xuống dòng, tab…)",
                                         "\(what): control characters (line breaks, tabs…) are not allowed")
        case .wrongType(let what, let expected, let found):
            return place + language.pick("\(what): cần \(expected.name(language)), không phải \(found.name(language))",
                                         "\(what): expected \(expected.name(language)), not \(found.name(language))")
        case .invalidPrincipal(let what, let error):
            return place + "\(what): " + error.message(language)
        case .roles(let error):
            return place + error.message(language)
        }
    }
}
