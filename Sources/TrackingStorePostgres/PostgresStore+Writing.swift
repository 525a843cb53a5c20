import Tracking
import TrackingStore

/// Writing the store on PostgreSQL (TO BE WRITTEN: helper B).
extension PostgresStore {
    static var notYet: StoreError { .server(vietnamese: "chưa làm", english: "not built yet") }

    public func submitReport(_ content: ReportContent, taskID: String, agencyID: String, user: String, clock: VietnamClock,
                             expectedRevision: Int?, reportedBy: String?) throws(StoreError) -> Report { throw Self.notYet }
    public func submitReports(_ submissions: [ReportSubmission]) throws(StoreError) -> [Result<Report, StoreError>] { throw Self.notYet }
    public func saveDraft(_ payload: String, baseRevision: Int, user: String, taskID: String, agencyID: String,
                          at time: String, waiting: Bool) throws(StoreError) { throw Self.notYet }
    public func deleteDraft(user: String, taskID: String, agencyID: String) throws(StoreError) { throw Self.notYet }
    public func recordDecision(_ decision: DeadlineDecision, taskID: String, agencyID: String, user: String, at time: String) throws(StoreError) { throw Self.notYet }
    public func recordReminder(_ record: ReminderRecord, user: String, at time: String) throws(StoreError) { throw Self.notYet }
    @discardableResult
    public func addArea(name: String, locality: String, district: String, industry: String,
                        government: AreaGovernment?, user: String, at time: String) throws(StoreError) -> (Area, created: Agency?) { throw Self.notYet }
    @discardableResult
    public func linkAreas(_ areaIDs: [String], toDirective reference: String, user: String, at time: String) throws(StoreError) -> [String] { throw Self.notYet }
    @discardableResult
    public func unlinkAreas(_ areaIDs: [String], fromDirective reference: String, user: String, at time: String) throws(StoreError) -> [String] { throw Self.notYet }
    @discardableResult
    public func importDirective(_ directive: DirectiveImport, user: String, at time: String, dryRun: Bool) throws(StoreError) -> ImportPlan { throw Self.notYet }
    public func importDirectives(_ directives: [DirectiveImport], user: String, at time: String, dryRun: Bool,
                                 each: (Int, Result<ImportPlan, StoreError>) -> Void) throws(StoreError) -> [Result<ImportPlan, StoreError>] { throw Self.notYet }
    public func replaceContent(_ body: (_ append: (StoreRows) throws -> Void) throws -> Void) throws { throw Self.notYet }
}
