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

    /// The day from which `holderID` holds `agencyID`'s duties (the latest succession on the
    /// way, for a chain), or nil when it never does. The agency holds its own from always
    /// (`nil` too: ask ``holders(of:on:)`` for that case).
    ///
    /// What decides whether a successor may report on its predecessor's assignment, and the
    /// date a refusal names when it reports too early (issue 11 item 4).
    public func holdsDuties(of agencyID: String, holderID: String) -> CalendarDate? {
        guard holderID != agencyID else { return nil }
        // The holders change only on the days a succession takes effect: the first of those
        // days on which `holderID` is among them.
        for day in Set(successions.map(\.effective)).sorted() where holders(of: agencyID, on: day).contains(holderID) {
            return day
        }
        return nil
    }

    /// The agencies whose duties `holderID` holds on `date` through a succession (not itself),
    /// with the day each passed: what its ledger shows as its own ("thay Sở TN&MT").
    public func predecessors(of holderID: String, on date: CalendarDate) -> [(agencyID: String, since: CalendarDate)] {
        var seen: Set<String> = []
        var result: [(agencyID: String, since: CalendarDate)] = []
        for succession in successions where seen.insert(succession.predecessorID).inserted {
            guard let since = holdsDuties(of: succession.predecessorID, holderID: holderID), since <= date else { continue }
            result.append((succession.predecessorID, since))
        }
        return result
    }
}
