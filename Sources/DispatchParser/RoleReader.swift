import Foundation
import Tracking

/// Who leads a task and who cooperates on it (issue 11 item 3), from the wording of the item:
///
/// - "Giao Sở A chủ trì, phối hợp với Sở B, Sở C …": A leads, B and C cooperate.
/// - "Sở A phối hợp với Sở B …": the subject leads; B cooperates.
/// - "Sở B phối hợp Sở A thực hiện …" (no "với", the work is "thực hiện" by the one named
///   after): A leads, B cooperates.
/// - "Sở A chủ trì; các cơ quan: Sở B, Sở C phối hợp", "Sở A chủ trì, Sở B phối hợp …": those
///   named before "phối hợp", after "chủ trì," or a ";" or a ":", cooperate.
///
/// "Phối hợp với các cơ quan liên quan" names nobody: no cooperating agency is invented.
/// "Sở A và Sở B phối hợp kiểm tra" (two agencies working together, nobody after) stays two
/// leads. Text without tone marks reads the same (words are compared folded).
enum RoleReader {
    struct Roles: Equatable {
        var leads: [String]
        var cooperating: [String]
    }

    /// The roles in `text`, given the leads ``TaskReader`` found (the agencies the item is
    /// given to); the leads are returned unchanged unless the wording puts them the other way.
    static func roles(in text: String, leads: [String], addressees: [String]) -> Roles {
        guard !leads.isEmpty else { return Roles(leads: leads, cooperating: []) }
        let words = text.split(separator: " ").map(String.init)
        let folded = words.map { VietnameseText.fold($0).trimmingCharacters(in: .punctuationCharacters) }
        let leadKeys = Set(leads.map(AgencyName.key))
        var result = Roles(leads: leads, cooperating: [])
        func add(_ names: [String]) {
            for name in names where !leadKeys.contains(AgencyName.key(name))
                && !result.cooperating.contains(where: { AgencyName.key($0) == AgencyName.key(name) }) {
                result.cooperating.append(name)
            }
        }
        let hasChuTri = zip(folded, folded.dropFirst()).contains { $0 == "chu" && $1 == "tri" }
        var index = 0
        while index + 1 < folded.count {
            defer { index += 1 }
            guard folded[index] == "phoi", folded[index + 1] == "hop" else { continue }
            // After "phối hợp (với)": the agencies named there, unless the word ends a clause.
            var start = index + 2
            let withVoi = start < folded.count && folded[start] == "voi"
            if withVoi { start += 1 }
            let endsClause = words[index + 1].last.map { ",;:.".contains($0) } ?? false
            let after = endsClause || start >= words.count ? [] : names(in: words[start...].joined(separator: " "), addressees: addressees)
            if !after.isEmpty {
                let tail = VietnameseText.fold(words[start...].joined(separator: " "))
                if !withVoi, !hasChuTri, tail.contains(" thuc hien") {
                    // "Sở B phối hợp Sở A thực hiện": A does the work, B helps.
                    let cooperating = result.leads
                    result.leads = after
                    result.cooperating = []
                    let newLeads = Set(after.map(AgencyName.key))
                    for name in cooperating where !newLeads.contains(AgencyName.key(name)) { result.cooperating.append(name) }
                    return result
                }
                add(after)
                continue
            }
            // Before "phối hợp": the agencies since "chủ trì,", a ";" or a ":".
            guard let boundary = (0..<index).last(where: { at in
                guard let mark = words[at].last, ",;:".contains(mark) else { return false }
                return mark != "," || (at > 0 && folded[at - 1] == "chu" && folded[at] == "tri")
            }), boundary + 1 < index else { continue }
            var segment = words[(boundary + 1)..<index].joined(separator: " ")
            if words[boundary].last == ":" {
                // "các Sở: Tài chính, Xây dựng phối hợp": the group's noun names every member.
                let cac = (max(0, boundary - 3)...boundary).last { folded[$0] == "cac" }
                if let cac {
                    segment = words[cac..<index].joined(separator: " ")
                    add(AddresseeSplitter.split(segment).names.map { matched($0, addressees: addressees) })
                    continue
                }
            }
            add(names(in: segment, addressees: addressees))
        }
        return result
    }

    /// The agencies named one after another at the start of `text`: addressees first
    /// (``TaskReader/namedAddressees(_:addressees:)``), else names opening on an agency noun
    /// (``AgencyName``), separated by commas or "và".
    static func names(in text: String, addressees: [String]) -> [String] {
        let named = TaskReader.namedAddressees(AgencyName.key(text), addressees: addressees)
        if !named.isEmpty { return named }
        var names: [String] = []
        var remaining = text
        while let (name, tail) = AgencyName.leading(in: remaining) {
            names.append(matched(name, addressees: addressees))
            // "Sở B, Sở C": the comma stays on the name's last word; "Sở B và Sở C".
            let consumed = remaining.dropLast(tail.count).trimmingCharacters(in: .whitespaces)
            let folded = VietnameseText.fold(tail)
            if consumed.hasSuffix(",") {
                remaining = tail
            } else if folded.hasPrefix("va ") || folded.hasPrefix(", ") {
                remaining = String(tail.drop { $0 != " " }.dropFirst())
            } else {
                break
            }
        }
        return names
    }

    /// The addressee of the same folded name, as the list writes it; else the name as found.
    static func matched(_ name: String, addressees: [String]) -> String {
        let key = AgencyName.key(name)
        return addressees.first { AgencyName.key($0) == key } ?? name
    }
}
