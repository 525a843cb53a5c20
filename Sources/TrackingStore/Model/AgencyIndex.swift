import Tracking

/// The agencies of one import by folded full name and folded short name, for
/// an import's's rule in a dictionary look-up instead of a scan per name.
package struct AgencyIndex {
    package private(set) var ids: Set<String> = []
    /// The first agency (in position order) of each folded full name.
    private var byName: [String: Agency] = [:]
    /// Every agency of each folded short name: a short name shared by several matches none.
    private var byShortName: [String: [Agency]] = [:]

    package init(_ agencies: [Agency]) {
        for agency in agencies { add(agency) }
    }

    /// Adds an agency after those already in; an earlier one of the same name still wins.
    package mutating func add(_ agency: Agency) {
        ids.insert(agency.id)
        let name = VietnameseText.fold(agency.name)
        if byName[name] == nil { byName[name] = agency }
        byShortName[VietnameseText.fold(agency.shortName), default: []].append(agency)
    }

    /// The agency whose folded full name is the folded `name`; else the only one whose short
    /// name is; nil for an empty name.
    package func match(_ name: String) -> Agency? {
        let key = VietnameseText.fold(name)
        guard !key.isEmpty else { return nil }
        if let found = byName[key] { return found }
        guard let short = byShortName[key], short.count == 1 else { return nil }
        return short[0]
    }
}
