/// What a revision changed against the one before it, for the agency detail's history and
/// the report reader: the sections added, changed and removed, each apart, and every figure
/// as before → after ("thêm: Bài học kinh nghiệm · sửa: Kết quả đạt được · số liệu: KT
/// Phong Khê 18 → 20"), so that a reader sees what moved without comparing two revisions.
public enum ReportChanges {
    public enum Kind: Hashable, Sendable {
        case added
        case changed
        case removed
    }

    public enum Change: Hashable, Sendable {
        case reference
        case date
        case section(ReportSection, Kind)
        /// One figure of one area; nil where the revision gave none.
        case figure(areaID: String, AreaFigures.Field, before: Int?, after: Int?)
    }

    public static func between(_ old: ReportContent, _ new: ReportContent) -> [Change] {
        var changes: [Change] = []
        if old.reference != new.reference { changes.append(.reference) }
        if old.date != new.date { changes.append(.date) }
        for section in ReportSection.allCases where old[section] != new[section] {
            let kind: Kind = old[section].isEmpty ? .added : new[section].isEmpty ? .removed : .changed
            changes.append(.section(section, kind))
        }
        let areas = (old.figures + new.figures).map(\.areaID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for area in areas {
            let before = old.figures.first { $0.areaID == area }, after = new.figures.first { $0.areaID == area }
            for field in AreaFigures.Field.allCases where before?[field] != after?[field] {
                changes.append(.figure(areaID: area, field, before: before?[field], after: after?[field]))
            }
        }
        return changes
    }

    /// The changes in words; an area is named from `areas` (the report's own directive's),
    /// by its id only when unknown there.
    public static func describe(_ changes: [Change], areas: [Area], language: Language) -> String {
        guard !changes.isEmpty else { return language.pick("không đổi nội dung", "no change in content") }
        func sections(_ kind: Kind) -> [String] {
            changes.compactMap { if case .section(let section, kind) = $0 { section.label(language) } else { nil } }
        }
        var changed: [String] = []
        if changes.contains(.reference) { changed.append(language.pick("số báo cáo", "reference")) }
        if changes.contains(.date) { changed.append(language.pick("ngày báo cáo", "date")) }
        changed += sections(.changed)
        let figures = changes.compactMap { change -> String? in
            guard case .figure(let id, let field, let before, let after) = change else { return nil }
            let name = areas.first { $0.id == id }?.name ?? id
            func value(_ number: Int?) -> String { number.map(VietnameseNumber.grouped) ?? "–" }
            return "\(field.name(language).short) \(name) \(value(before)) → \(value(after))"
        }
        let groups: [(String, String, [String])] = [
            ("thêm", "added", sections(.added)), ("sửa", "changed", changed), ("bỏ", "removed", sections(.removed)),
            ("số liệu", "figures", figures),
        ]
        return groups.filter { !$0.2.isEmpty }.map { language.pick($0.0, $0.1) + ": " + $0.2.joined(separator: ", ") }
            .joined(separator: " · ")
    }
}
