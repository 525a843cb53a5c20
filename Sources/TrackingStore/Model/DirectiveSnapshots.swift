import Tracking

/// The directives' snapshots a bulk command has read, by directive, for
/// ``taskSnapshot(_:asOf:cache:)``.
public struct DirectiveSnapshots: Sendable {
    /// By directive (document id), for the stores.
    package var byDocument: [Int64: TrackingSnapshot] = [:]

    public init() {}
}
