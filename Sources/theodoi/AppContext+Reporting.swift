import Tracking

extension AppContext {
    /// Why the user may not report for the agency (the dashboard's `n`), or nil when they may:
    /// the same rule as `theodoi report submit`.
    func refusal(toReportFor agencyID: String, in snapshot: TrackingSnapshot) -> String? {
        guard let agency = snapshot.agency(agencyID) else { return nil }
        do {
            try access(agencies: snapshot.agencies).checkMayReport(for: agency)
            return nil
        } catch {
            return (error as? any UserFacingError)?.message(language) ?? "\(error)"
        }
    }
}
