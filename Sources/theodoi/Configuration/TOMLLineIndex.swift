import Tracking

/// Where the tables and keys of a TOML file are written, so that a message about a file that
/// parsed well but says something wrong (`admin =` for `admins =`, a key naming no agency) can
/// point at its line: TOMLKit's values do not carry their position.
///
/// It reads only what theodoi's files contain — `[table]` headers, `key = …` lines with bare,
/// quoted or dotted keys, comments — and needs no more: the file has already been parsed by
/// TOMLKit, and a key it cannot place is reported without a line rather than at a wrong one.
struct TOMLLineIndex {
    private struct Place: Hashable {
        var table: String
        var key: String
    }

    private var tables: [String: Int] = [:]
    private var keys: [Place: Int] = [:]
    private let lines: [Substring]

    init(_ text: String) {
        // "\r\n" is one Character in Swift: split on both, as toml++ counts lines.
        lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        var table = ""
        for (index, raw) in lines.enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            // A dotted name also defines the tables it goes through: `[a.b]` defines `a`, and
            // `role.admins = …` defines the key and table `role`; each is placed at its first line.
            let number = index + 1
            if line.hasPrefix("[") {
                guard let parts = Self.keyPath(line.drop { $0 == "[" })?.parts else { continue }
                for count in 1...parts.count {
                    tables.keepFirst(parts.prefix(count).joined(separator: "."), number)
                }
                table = parts.joined(separator: ".")
            } else if let parts = Self.assignedKey(line) {
                for count in 1...parts.count {
                    let key = parts.prefix(count).joined(separator: ".")
                    keys.keepFirst(Place(table: table, key: key), number)
                    if count < parts.count { tables.keepFirst(table.isEmpty ? key : table + "." + key, number) }
                }
            }
        }
    }

    /// The line of `[name]`, 1-based.
    func line(ofTable name: String) -> Int? {
        tables[VietnameseText.normalized(name)]
    }

    /// The line of `key = …` in `[table]` ("" for the top of the file).
    func line(ofKey key: String, inTable table: String) -> Int? {
        keys[Place(table: VietnameseText.normalized(table), key: VietnameseText.normalized(key))]
    }

    /// The line of a string value of `key`, looked for from the key's line on (arrays may span
    /// lines); the key's line when the value is written in a way this does not recognise.
    func line(ofValue value: String, key: String, inTable table: String) -> Int? {
        guard let start = line(ofKey: key, inTable: table) else { return nil }
        let wanted = VietnameseText.normalized(value)
        for number in start...lines.count {
            let text = VietnameseText.normalized(lines[number - 1])
            if text.contains("\"\(wanted)\"") || text.contains("'\(wanted)'") { return number }
            // Stop at the next key or table: the value is not written literally.
            let trimmed = Substring(text).drop { $0 == " " || $0 == "\t" }
            if number > start, trimmed.hasPrefix("[") || Self.assignedKey(trimmed) != nil { break }
        }
        return start
    }

    /// The line of the first occurrence of `needle` anywhere, for a check on the raw text.
    func firstLine(containing needle: String) -> Int? {
        lines.firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    /// The key of a `key = value` line, split at its dots.
    private static func assignedKey(_ line: Substring) -> [String]? {
        guard let (parts, rest) = keyPath(line), rest.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") else { return nil }
        return parts
    }

    /// A key at the start of `text` — bare, "quoted" or 'literal', dotted — as its decoded
    /// parts in NFC, and what follows it.
    private static func keyPath(_ text: Substring) -> (parts: [String], rest: Substring)? {
        var parts: [String] = []
        var rest = text
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard let part = key(&rest) else { return nil }
            parts.append(part)
            rest = rest.drop { $0 == " " || $0 == "\t" }
            guard rest.first == "." else { break }
            rest = rest.dropFirst()
        }
        return (parts.map { VietnameseText.normalized($0) }, rest)
    }

    private static func key(_ text: inout Substring) -> String? {
        guard let first = text.first else { return nil }
        if first == "\"" || first == "'" {
            var result = ""
            var index = text.index(after: text.startIndex)
            while index < text.endIndex {
                let character = text[index]
                if character == first {
                    text = text[text.index(after: index)...]
                    return result
                }
                if first == "\"", character == "\\" {
                    index = text.index(after: index)
                    guard index < text.endIndex else { return nil }
                    switch text[index] {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "r": result.append("\r")
                    case "b": result.append("\u{8}")
                    case "f": result.append("\u{C}")
                    case "u", "U":
                        let width = text[index] == "u" ? 4 : 8
                        let digits = text[text.index(after: index)...].prefix(width)
                        guard digits.count == width, let value = UInt32(digits, radix: 16),
                              let scalar = Unicode.Scalar(value) else { return nil }
                        result.unicodeScalars.append(scalar)
                        index = text.index(index, offsetBy: width)
                    default: result.append(text[index])
                    }
                } else {
                    result.append(character)
                }
                index = text.index(after: index)
            }
            return nil
        }
        let bare = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        guard !bare.isEmpty else { return nil }
        text = text[bare.endIndex...]
        return String(bare)
    }
}

private extension Dictionary where Value == Int {
    /// Records a line unless the key already has an earlier one.
    mutating func keepFirst(_ key: Key, _ line: Int) {
        if self[key] == nil { self[key] = line }
    }
}
