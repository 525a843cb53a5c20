import Tracking

extension AppContext {
    /// Why the user may not report for the agency, or nil when they may.
    func refusal(toReportFor agencyID: String, in snapshot: TrackingSnapshot) -> String? {
        nil
    }
}
