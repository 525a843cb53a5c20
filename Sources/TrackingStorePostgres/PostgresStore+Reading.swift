import Tracking
import TrackingStore

/// Reading the store on PostgreSQL (TO BE WRITTEN: helper A).
extension PostgresStore {
    public func snapshot(asOf today: CalendarDate, directives: [String]?, includingReports: Bool) throws(StoreError) -> TrackingSnapshot { throw Self.notYet }
    public func forEachSnapshot(asOf today: CalendarDate, directives: [String]?, chunkSize: Int, includingReports: Bool,
                                _ body: (TrackingSnapshot) throws -> Void) throws { throw Self.notYet }
    public func changes(since auditID: Int64) throws(StoreError) -> (through: Int64, directives: [String], unscoped: Bool) { throw Self.notYet }
    public func agencySnapshot(_ agencyID: String, asOf today: CalendarDate) throws(StoreError) -> TrackingSnapshot { throw Self.notYet }
    public func firstDirectiveReference() throws(StoreError) -> String? { throw Self.notYet }
    public func directiveCount() throws(StoreError) -> Int { throw Self.notYet }
    public func directiveDocuments() throws(StoreError) -> [Document] { throw Self.notYet }
    public func directiveReferences(_ queries: [String]) throws(StoreError) -> [String] { throw Self.notYet }
    public func auditTrail(limit: Int, subjectContaining subject: String?) throws(StoreError) -> [AuditEntry] { throw Self.notYet }
    public func taskSnapshot(_ query: String, asOf today: CalendarDate,
                             includingReports: Bool) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot) { throw Self.notYet }
    public func taskSnapshot(_ query: String, asOf today: CalendarDate,
                             cache: inout DirectiveSnapshots) throws(StoreError) -> (task: DirectiveTask, snapshot: TrackingSnapshot) { throw Self.notYet }
    public func portfolioCounts(rules: StatusRules, asOf today: CalendarDate) throws -> [Portfolio.Entry] { throw Self.notYet }
    public func reports(taskID: String, agencyID: String) throws(StoreError) -> [Report] { throw Self.notYet }
    public func reports(taskID: String, agencyID: String, asOf today: CalendarDate) throws(StoreError) -> ReportsAsOf { throw Self.notYet }
    public func reports(agencyID: String, asOf today: CalendarDate) throws(StoreError) -> [Report] { throw Self.notYet }
    public func draft(user: String, taskID: String, agencyID: String) throws(StoreError) -> StoredDraft? { throw Self.notYet }
    public func areas() throws(StoreError) -> [Area] { throw Self.notYet }
    public func areaListings() throws(StoreError) -> [AreaListing] { throw Self.notYet }
    public func schemaVersion() throws(StoreError) -> String { throw Self.notYet }
    public func tableCounts() throws(StoreError) -> [String: Int] { throw Self.notYet }
    public func exportRows(chunkSize: Int, _ body: (StoreRows) throws -> Void) throws { throw Self.notYet }
}
