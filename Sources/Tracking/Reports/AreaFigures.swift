/// One report's figures for one area. A figure that the agency did not give is nil, which is
/// not the same as zero ("no fines" vs "fines not reported").
public struct AreaFigures: Hashable, Sendable {
    /// The largest figure a report may give: 10¹⁵ − 1 (a thousand trillion đồng is more than a
    /// province's budget), so that totals over 10⁵ reports stay far inside 64 bits.
    public static let maximum = 999_999_999_999_999

    public var areaID: String
    public var inspected: Int?
    public var violations: Int?
    public var finesCount: Int?
    public var finesVND: Int?
    public var suspended: Int?
    public var powerCut: Int?
    public var relocated: Int?
    public var complaintsHandled: Int?

    public init(
        areaID: String, inspected: Int? = nil, violations: Int? = nil, finesCount: Int? = nil,
        finesVND: Int? = nil, suspended: Int? = nil, powerCut: Int? = nil, relocated: Int? = nil,
        complaintsHandled: Int? = nil
    ) {
        self.areaID = areaID
        self.inspected = inspected
        self.violations = violations
        self.finesCount = finesCount
        self.finesVND = finesVND
        self.suspended = suspended
        self.powerCut = powerCut
        self.relocated = relocated
        self.complaintsHandled = complaintsHandled
    }

    /// Every figure with its JSON key, in the order of the report form.
    public enum Field: String, CaseIterable, Sendable {
        case inspected
        case violations
        case finesCount = "fines_count"
        case finesVND = "fines_vnd"
        case suspended
        case powerCut = "power_cut"
        case relocated
        case complaintsHandled = "complaints_handled"

        /// The figure's long name (``name(_:)``), for labels.
        public func label(_ language: Language) -> String { name(language).long }

        public var keyPath: WritableKeyPath<AreaFigures, Int?> {
            switch self {
            case .inspected: \.inspected
            case .violations: \.violations
            case .finesCount: \.finesCount
            case .finesVND: \.finesVND
            case .suspended: \.suspended
            case .powerCut: \.powerCut
            case .relocated: \.relocated
            case .complaintsHandled: \.complaintsHandled
            }
        }
    }

    public subscript(field: Field) -> Int? {
        get { self[keyPath: field.keyPath] }
        set { self[keyPath: field.keyPath] = newValue }
    }
}
