/// A dated change of who holds an agency's duties: a merger, a renaming, an abolition.
///
/// A task keeps the agency it was given to; from `effective` on, following it up goes to the
/// successors. One agency may pass its duties to several (Sở TT&TT in 2025), and several may
/// pass theirs to one (Sở KH&ĐT and Sở Tài chính).
public struct Succession: Hashable, Sendable {
    public var predecessorID: String
    public var successorIDs: [String]
    public var effective: CalendarDate
    /// What happened, in the words of the decision: "hợp nhất", "sáp nhập", "giải thể".
    public var note: String

    public init(predecessorID: String, successorIDs: [String], effective: CalendarDate, note: String) {
        self.predecessorID = predecessorID
        self.successorIDs = successorIDs
        self.effective = effective
        self.note = VietnameseText.normalized(note)
    }
}

/// All successions, answering "who answers for this agency on this day?".
public struct SuccessionHistory: Sendable {
    public var successions: [Succession]

    public init(_ successions: [Succession]) {
        self.successions = successions.sorted { $0.effective < $1.effective }
    }

    /// The agencies that hold `agencyID`'s duties on `date`, following chains of successions
    /// (Cục Thuế → Chi cục Thuế khu vực → Thuế tỉnh). The agency itself when nothing changed.
    public func holders(of agencyID: String, on date: CalendarDate) -> [String] {
        var result: [String] = []
        var visited: Set<String> = []
        func follow(_ id: String) {
            guard visited.insert(id).inserted else { return }
            guard let next = successions.first(where: { $0.predecessorID == id && $0.effective <= date }) else {
                result.append(id)
                return
            }
            next.successorIDs.forEach(follow)
        }
        follow(agencyID)
        return result
    }
}
