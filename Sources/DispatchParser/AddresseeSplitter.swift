import Foundation
import Tracking

/// Splits one "Kính gửi" item into agencies.
///
/// - "Các Sở: Tài nguyên và Môi trường, Kế hoạch và Đầu tư" → "Sở Tài nguyên và Môi trường",
///   "Sở Kế hoạch và Đầu tư": the group noun, made singular, prefixes every name.
/// - "Đài Phát thanh và Truyền hình tỉnh, Báo Bắc Ninh" → split at commas only: "và" joins
///   words inside a name ("Tài nguyên và Môi trường") far more often than it joins two agencies.
/// - "UBND thành phố Bắc Ninh, huyện Tiên Du và huyện Yên Phong" → "và" splits only before an
///   administrative unit (huyện, thành phố, xã …), and the leading "UBND" is carried to the
///   units that follow it.
enum AddresseeSplitter {
    struct Split {
        var names: [String]
        /// Whether a comma or "và" split a line that was not an explicit "Các …:" group.
        var guessed: Bool
    }

    /// Folded words that start the name of an administrative unit.
    static let unitWords = ["thanh pho ", "thi xa ", "thi tran ", "huyen ", "quan ", "phuong ", "xa ", "tinh ", "dac khu "]
    /// Folded names of the people's committee, carried to the units after it.
    static let committeePrefixes = ["ubnd ", "uy ban nhan dan "]

    static func split(_ item: String) -> Split {
        let text = SourceLine.trimmingEndPunctuation(item)
        guard !text.isEmpty else { return Split(names: [], guessed: false) }

        // "Các Sở: A, B, C", "Các sở, ban: Nội vụ, Ban Dân tộc", "Ủy ban nhân dân các huyện, thị xã:
        // Yên Minh, thị xã Bắc Mê", "UBND các xã: An Hiệp, Phú Túc và thị trấn Tân Thạch".
        if let colon = text.firstIndex(of: ":") {
            let head = SourceLine.collapsingWhitespace(text[..<colon])
            let list = String(text[text.index(after: colon)...])
            if let group = group(head: head), !list.trimmingCharacters(in: .whitespaces).isEmpty {
                let members = commaParts(list).flatMap { splitBeforeUnits($0, always: true) }
                let names = members.map { member -> String in
                    let folded = VietnameseText.fold(member) + " "
                    // A member that names its own kind: "Ban Dân tộc", "thị xã Bắc Mê".
                    if group.nouns.contains(where: { folded.hasPrefix(VietnameseText.fold($0) + " ") })
                        || (!group.prefix.isEmpty && unitWords.contains(where: { folded.hasPrefix($0) })) {
                        let own = group.prefix.isEmpty ? capitalisingFirst(member) : member
                        return (group.prefix.isEmpty ? "" : group.prefix + " ") + own
                    }
                    if group.prefix.isEmpty, AgencyName.leading(in: member) != nil || AgencyName.key(member).hasPrefix("ubnd ") {
                        return member
                    }
                    let noun = group.prefix.isEmpty ? capitalisingFirst(group.nouns[0]) : group.nouns[0]
                    return (group.prefix.isEmpty ? "" : group.prefix + " ") + noun + " " + member
                }
                return Split(names: names, guessed: false)
            }
        }

        // A class of agencies is one addressee: "Ủy ban nhân dân các quận, huyện trực thuộc thành
        // phố", "UBND các huyện, thị xã, thành phố", "Các sở, ban, ngành thuộc tỉnh".
        if isClass(text) { return Split(names: [text], guessed: false) }

        let parts = commaParts(text).flatMap(splitBeforeUnits)
        guard parts.count > 1 else { return Split(names: parts, guessed: false) }
        // Carry "UBND" from the first part to the units that follow it.
        var names: [String] = []
        var committee: String? = nil
        for part in parts {
            let folded = VietnameseText.fold(part)
            if let prefix = committeePrefixes.first(where: { folded.hasPrefix($0) }) {
                committee = String(part.prefix(prefix.count - 1))
                names.append(part)
            } else if let committee, unitWords.contains(where: { folded.hasPrefix($0) }) {
                names.append(committee + " " + part)
            } else {
                names.append(part)
            }
        }
        return Split(names: names, guessed: true)
    }

    /// A group head: what precedes "các" (the committee, or nothing) and the nouns after it.
    static func group(head: String) -> (prefix: String, nouns: [String])? {
        let words = head.split(separator: " ").map(String.init)
        guard let cac = words.firstIndex(where: { VietnameseText.fold($0) == "cac" }), cac + 1 < words.count else { return nil }
        var prefix = words[..<cac].joined(separator: " ")
        if VietnameseText.fold(prefix) == "uy ban nhan dan" { prefix = "UBND" }
        let nouns = words[(cac + 1)...].joined(separator: " ").split(separator: ",")
            .map { SourceLine.collapsingWhitespace($0) }.filter { !$0.isEmpty }
        guard !nouns.isEmpty else { return nil }
        return (prefix, nouns)
    }

    /// "… các quận, huyện …": "các" before the first comma, and a lower-case word after it.
    static func isClass(_ text: String) -> Bool {
        guard let comma = text.firstIndex(of: ",") else { return false }
        let before = " " + VietnameseText.fold(text[..<comma]) + " "
        guard before.contains(" cac ") else { return false }
        let after = text[text.index(after: comma)...].drop { $0 == " " }
        return after.first?.isLowercase == true
    }

    static func capitalisingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Comma-separated parts, trimmed; "Lao động, Thương binh và Xã hội" stays one name.
    static func commaParts(_ text: String) -> [String] {
        var parts: [String] = []
        for raw in text.split(separator: ",") {
            let part = SourceLine.trimmingEndPunctuation(raw)
            guard !part.isEmpty else { continue }
            if let last = parts.last, VietnameseText.fold(part).hasPrefix("thuong binh"),
               VietnameseText.fold(last).hasSuffix("lao dong") {
                parts[parts.count - 1] = last + ", " + part
            } else {
                parts.append(part)
            }
        }
        return parts
    }

    /// "huyện Tiên Du và huyện Yên Phong" → two; "Tài nguyên và Môi trường" → one.
    static func splitBeforeUnits(_ part: String) -> [String] {
        splitBeforeUnits(part, always: false)
    }

    /// `always`: in a group's list every "và" before a unit splits ("Phú Túc và thị trấn Tân Thạch").
    static func splitBeforeUnits(_ part: String, always: Bool) -> [String] {
        let words = part.split(separator: " ").map(String.init)
        var result: [String] = []
        var current: [String] = []
        for (index, word) in words.enumerated() {
            if VietnameseText.fold(word) == "va", !current.isEmpty, index + 1 < words.count {
                let rest = VietnameseText.fold(words[(index + 1)...].joined(separator: " ")) + " "
                let left = VietnameseText.fold(current.joined(separator: " ")) + " "
                let isUnit: (String) -> Bool = { text in
                    // "Lao động, Thương binh và Xã hội": "xã hội" is no commune.
                    !text.hasPrefix("xa hoi") &&
                    unitWords.contains(where: { text.hasPrefix($0) }) || committeePrefixes.contains(where: { text.hasPrefix($0) })
                }
                if isUnit(rest), always || isUnit(left) || committeePrefixes.contains(where: { left.hasPrefix($0) }) {
                    result.append(current.joined(separator: " "))
                    current = []
                    continue
                }
            }
            current.append(word)
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }
}
