/// What a revision changed against the one before it, for the agency detail's history
/// ("đã sửa: Kết quả đạt được, số liệu Phong Khê").
public enum ReportChanges {
    public enum Change: Hashable, Sendable {
        case reference
        case date
        case section(ReportSection)
        case figures(areaID: String)
    }

    public static func between(_ old: ReportContent, _ new: ReportContent) -> [Change] {
        var changes: [Change] = []
        if old.reference != new.reference { changes.append(.reference) }
        if old.date != new.date { changes.append(.date) }
        for section in ReportSection.allCases where old[section] != new[section] {
            changes.append(.section(section))
        }
        let areas = (old.figures + new.figures).map(\.areaID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for area in areas where old.figures.first(where: { $0.areaID == area }) != new.figures.first(where: { $0.areaID == area }) {
            changes.append(.figures(areaID: area))
        }
        return changes
    }

    public static func describe(_ changes: [Change], areas: [Area], language: Language) -> String {
        guard !changes.isEmpty else { return language.pick("không đổi nội dung", "no change in content") }
        return changes.map { change in
            switch change {
            case .reference: language.pick("số báo cáo", "reference")
            case .date: language.pick("ngày báo cáo", "date")
            case .section(let section): section.label(language)
            case .figures(let id): language.pick("số liệu ", "figures of ") + (areas.first { $0.id == id }?.name ?? id)
            }
        }.joined(separator: ", ")
    }
}
