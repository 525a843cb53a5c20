import Tracking

extension AppContext {
    /// Who would send a report on `agencyID`'s assignment from the dashboard (`n`): the agency
    /// itself, or its successor for a user who reports for the successor (``ReportingParty``).
    /// The same rule as `theodoi report submit`.
    ///
    /// - Throws: the refusal to show (``AccessDenied``, ``SuccessorTooEarly``, a broken
    ///   configuration), each a ``UserFacingError``.
    func reportingParty(for agencyID: String, in snapshot: TrackingSnapshot) throws -> ReportingParty {
        let agency = snapshot.agency(agencyID) ?? Agency(id: agencyID, name: agencyID, shortName: agencyID, kind: .department)
        let access = try access(agencies: snapshot.agencies)
        let party = try snapshot.reportingParty(for: agency, on: clock.today(), mayReport: access.mayReport(agencyID:))
        try access.checkMayReport(for: party.sender)
        return party
    }
}
