import Tracking

/// How an import names the agencies it creates: an id from the folded name, made unique, and a
/// kind guessed from the first words. Shared by every store engine, so that the same dispatch
/// imported into SQLite or PostgreSQL makes the same agencies (ids included).
package enum AgencyNaming {
    /// A new agency: the slug of its folded name (made unique), its name as short name, and a
    /// kind guessed from the first words.
    package static func newAgency(named name: String, existingIDs: Set<String>) -> Agency {
        let base = slug(name)
        var id = base.isEmpty ? "co-quan" : base
        var suffix = 2
        while existingIDs.contains(id) {
            id = "\(base.isEmpty ? "co-quan" : base)-\(suffix)"
            suffix += 1
        }
        return Agency(id: id, name: name, shortName: name, kind: kind(of: name))
    }

    /// "Sở Công Thương" → "so-cong-thuong".
    package static func slug(_ name: String) -> String {
        var result = ""
        for character in VietnameseText.fold(name) {
            if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    package static func kind(of name: String) -> Agency.Kind {
        let folded = VietnameseText.fold(name) + " "
        func starts(_ prefixes: String...) -> Bool { prefixes.contains { folded.hasPrefix($0 + " ") } }
        // Central and Party bodies first (Nghị định 123/2016 for ministries and cơ quan ngang bộ).
        if starts("bo") && !starts("bo chi huy") { return .ministry }
        if starts("van phong chinh phu", "thanh tra chinh phu", "ngan hang nha nuoc", "uy ban dan toc") { return .ministry }
        if starts("tinh uy", "huyen uy", "thanh uy", "quan uy", "dang uy", "ban thuong vu", "thuong truc tinh uy",
                  "ban can su dang", "ban tuyen giao", "ban dan van", "ban to chuc", "uy ban kiem tra", "ban noi chinh", "cac huyen uy") {
            return .partyBody
        }
        for committee in ["ubnd", "uy ban nhan dan"] where starts("\(committee) tinh", "\(committee) cac tinh") {
            return .provincialGovernment
        }
        if starts("so") { return .department }
        if starts("cong an") || folded.contains(" cong an ") { return .police }
        if starts("thue", "cuc thue", "chi cuc thue") { return .tax }
        if starts("vien") { return .institute }
        if starts("bao", "dai", "cong") { return .media }
        let units = ["huyen", "xa", "thanh pho", "phuong", "thi xa", "thi tran", "quan", "cac huyen", "cac xa", "cac quan", "cac phuong"]
        for committee in ["ubnd", "uy ban nhan dan"] where units.contains(where: { starts("\(committee) \($0)") }) {
            return .localGovernment
        }
        return .department
    }
}
