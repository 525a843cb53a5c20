/// A saved draft: what the form held, as the form serialised it.
public struct StoredDraft: Sendable, Equatable {
    public var payload: String
    public var baseRevision: Int
    public var updatedAt: String

    package init(payload: String, baseRevision: Int, updatedAt: String) {
        self.payload = payload
        self.baseRevision = baseRevision
        self.updatedAt = updatedAt
    }
}
