/// Finds one item by a name a person typed: in full, in any normalisation or case, or by a
/// folded word prefix ("cong an", "phong khe").
///
/// An exact (folded) match wins over prefixes, so "Sở Tài chính" is never ambiguous with
/// "Sở Tài nguyên và Môi trường"; a query that matches several items is refused with the
/// candidates, never resolved by guessing.
public struct NameMatcher<Item>: Sendable where Item: Sendable {
    public enum Outcome {
        case found(Item)
        case notFound
        case ambiguous([Item])
    }

    private let items: [Item]
    /// Each item's names, folded once here rather than at every match.
    private let foldedNames: [[String]]

    /// - Parameter names: every name an item answers to (full name, short name, identifier…).
    public init(_ items: [Item], names: @escaping @Sendable (Item) -> [String]) {
        self.items = items
        foldedNames = items.map { names($0).map { VietnameseText.fold($0) } }
    }

    public func match(_ query: String) -> Outcome {
        let key = VietnameseText.fold(query)
        guard !key.isEmpty else { return .notFound }
        let exact = items.indices.filter { foldedNames[$0].contains(key) }.map { items[$0] }
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(exact) }
        let prefixed = items.indices.filter { index in
            foldedNames[index].contains { VietnameseText.matchesWordPrefix(folded: key, inFolded: $0) }
        }.map { items[$0] }
        switch prefixed.count {
        case 0: return .notFound
        case 1: return .found(prefixed[0])
        default: return .ambiguous(prefixed)
        }
    }
}
