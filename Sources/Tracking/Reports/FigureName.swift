/// The one name of a report figure, in a short form for narrow column heads ("KT") and a long
/// form for labels and legends ("Cơ sở được kiểm tra").
///
/// Issue 9: the same figure was "Phạt" on the home screen, "Vụ" and "Số vụ phạt" in the form, and
/// the abbreviations were explained nowhere. Every screen, the form, the legends, `report show`
/// and the export now take their words from ``AreaFigures/Field/name(_:)``, and nowhere else.
public struct FigureName: Hashable, Sendable {
    /// At most five columns (the narrowest figure column) except the amount of fines, which has a
    /// wider column of its own.
    public let short: String
    public let long: String

    public init(short: String, long: String) {
        self.short = short
        self.long = long
    }
}

extension AreaFigures.Field {
    /// The figure's name in `language`. The Vietnamese short forms are the initials of the
    /// verb (Kiểm Tra, Vi Phạm, Xử Phạt, Đình Chỉ, Cắt Điện, Di Dời, Kiến Nghị); the long forms
    /// count facilities ("cơ sở") where the dispatch does.
    public func name(_ language: Language) -> FigureName {
        let (vi, en): (FigureName, FigureName) = switch self {
        case .inspected: (.init(short: "KT", long: "Cơ sở được kiểm tra"), .init(short: "Insp", long: "Facilities inspected"))
        case .violations: (.init(short: "VP", long: "Vi phạm phát hiện"), .init(short: "Viol", long: "Violations found"))
        case .finesCount: (.init(short: "XP", long: "Số vụ xử phạt"), .init(short: "Fines", long: "Fines (count)"))
        case .finesVND: (.init(short: "Tiền phạt", long: "Tiền phạt (đồng)"), .init(short: "Amount", long: "Fines (VND)"))
        case .suspended: (.init(short: "ĐC", long: "Cơ sở tạm dừng, đình chỉ"), .init(short: "Susp", long: "Suspended or closed"))
        case .powerCut: (.init(short: "CĐ", long: "Cơ sở cắt điện"), .init(short: "Power", long: "Power cut off"))
        case .relocated: (.init(short: "DD", long: "Cơ sở di dời"), .init(short: "Reloc", long: "Facilities relocated"))
        case .complaintsHandled: (.init(short: "KN", long: "Kiến nghị đã xử lý"), .init(short: "Compl", long: "Complaints handled"))
        }
        return language == .vi ? vi : en
    }
}
