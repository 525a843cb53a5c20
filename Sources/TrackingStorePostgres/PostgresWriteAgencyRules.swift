import Tracking

/// How an import names what it creates and finds what it names: the rules of SQLite's
/// `Importer` (`newAgency`, `slug`, `kind`) and `AgencyIndex`, word for word.
///
/// A copy, because those are internal to `TrackingStore` and this module may not see them; a
/// test (`PostgresWritingTests`) holds the copy to the original on a list of names. Making them
/// `package` in `TrackingStore` would let this file go.
enum PostgresWriteAgencyRules {
    /// A new agency: the slug of its folded name (made unique), its name as short name, and a
    /// kind guessed from the first words.
    static func newAgency(named name: String, existingIDs: Set<String>) -> Agency {
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
    static func slug(_ name: String) -> String {
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

    static func kind(of name: String) -> Agency.Kind {
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

    /// The agencies of one import by folded full name and folded short name: the agency whose
    /// folded full name is the folded name asked for, else the only one whose short name is; no
    /// prefixes ("Sở Công Thương" must not become "Sở Công …" of another).
    struct Index {
        private(set) var ids: Set<String> = []
        /// The first agency (in position order) of each folded full name.
        private var byName: [String: Agency] = [:]
        /// Every agency of each folded short name: a short name shared by several matches none.
        private var byShortName: [String: [Agency]] = [:]

        init(_ agencies: [Agency]) {
            for agency in agencies { add(agency) }
        }

        /// Adds an agency after those already in; an earlier one of the same name still wins.
        mutating func add(_ agency: Agency) {
            ids.insert(agency.id)
            let name = VietnameseText.fold(agency.name)
            if byName[name] == nil { byName[name] = agency }
            byShortName[VietnameseText.fold(agency.shortName), default: []].append(agency)
        }

        /// Nil for an empty name, or none.
        func match(_ name: String) -> Agency? {
            let key = VietnameseText.fold(name)
            guard !key.isEmpty else { return nil }
            if let found = byName[key] { return found }
            guard let short = byShortName[key], short.count == 1 else { return nil }
            return short[0]
        }
    }
}
