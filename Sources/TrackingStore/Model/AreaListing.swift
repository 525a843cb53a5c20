import Tracking

/// An area with the directives it is linked to, for `theodoi area list`.
public struct AreaListing: Sendable, Equatable {
    public var area: Area
    /// The references of the directives linked to it, by date.
    public var directives: [DocumentReference]
    /// The name of the local government in charge, when one is set.
    public var government: String?

    package init(area: Area, directives: [DocumentReference], government: String?) {
        self.area = area
        self.directives = directives
        self.government = government
    }
}
