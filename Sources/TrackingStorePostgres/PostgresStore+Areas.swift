import Tracking
import TrackingStore

/// Writing areas on PostgreSQL: `area add`, `area link`, `area unlink`, with the errors and
/// audit entries of SQLite's `SQLiteStore+Areas.swift`.
extension PostgresStore {
    /// Creates an area, with its audit entry (`area.add`, of no directive), and returns it with
    /// the government agency it created (if it did). Its id is the slug of its folded name
    /// ("Khu công nghiệp Quế Võ" → "khu-cong-nghiep-que-vo").
    ///
    /// - Throws: ``StoreError/areaExists(_:)`` (naming the area already there) when the name
    ///   (folded) or the id is taken.
    @discardableResult
    public func addArea(name: String, locality: String, district: String, industry: String,
                        government: AreaGovernment?, user: String, at time: String) throws(StoreError) -> (Area, created: Agency?) {
        try write { session in
            try Self.lockAgenciesAndAreas(session)
            let existing = try session.query("SELECT id, name FROM area ORDER BY position")
            let folded = VietnameseText.fold(name)
            let id = AgencyNaming.slug(name)
            if let taken = existing.first(where: { VietnameseText.fold($0.text(1) ?? "") == folded || $0.text(0) == id }) {
                throw StoreError.areaExists(taken.text(1) ?? id)
            }
            if id.isEmpty { throw StoreError.areaExists(VietnameseText.normalized(name)) }
            let seeder = PostgresWriteSeeder(session: session)
            var governmentID: String?
            var created: Agency?
            switch government {
            case .existing(let agencyID): governmentID = agencyID
            case .new(let agencyName):
                let ids = Set(try session.query("SELECT id FROM agency").compactMap { $0.text(0) })
                var agency = AgencyNaming.newAgency(named: VietnameseText.normalized(agencyName), existingIDs: ids)
                agency.kind = .localGovernment
                try seeder.insert(agency: agency, position: try PostgresWriteLookup.nextPosition(session, in: "agency"))
                governmentID = agency.id
                created = agency
            case nil: break
            }
            let area = Area(id: id, name: name, locality: locality, district: district, industry: industry, governmentID: governmentID)
            do {
                try seeder.insert(area: area, position: try PostgresWriteLookup.nextPosition(session, in: "area"))
            } catch is PostgresWriteRefusal {
                // Checked above under the lock; only a writer that does not take it could get here.
                throw StoreError.areaExists(area.name)
            }
            try PostgresAuditTrail.record(session, at: time, user: user, action: "area.add", subject: area.name, before: nil,
                                          after: .orderedObject([
                                              ("id", .string(area.id)), ("name", .string(area.name)),
                                              ("locality", .string(area.locality)), ("district", .string(area.district)),
                                              ("industry", .string(area.industry)),
                                              ("government", area.governmentID.map(JSONValue.string) ?? .null),
                                          ]), directive: nil)
            return (area, created)
        }
    }

    /// Links areas to a directive, one audit entry (`area.link`) per new link.
    /// - Returns: the areas newly linked (those already linked are left as they are).
    /// - Throws: ``StoreError/unknownDirective(_:known:)``, ``StoreError/ambiguousDirective(_:candidates:)``;
    ///   an unknown area is refused by its foreign key (the server's line), as on SQLite.
    @discardableResult
    public func linkAreas(_ areaIDs: [String], toDirective reference: String, user: String, at time: String) throws(StoreError) -> [String] {
        try write { session in
            let directive = try PostgresWriteLookup.directive(session, reference)
            var linked: [String] = []
            for areaID in areaIDs where try Self.link(session, documentID: directive.id, areaID: areaID) {
                try PostgresAuditTrail.record(session, at: time, user: user, action: "area.link",
                                              subject: "\(directive.reference) / \(areaID)",
                                              before: nil, after: .string(areaID), directive: directive)
                linked.append(areaID)
            }
            return linked
        }
    }

    /// Unlinks areas from a directive, one audit entry (`area.unlink`) per link removed.
    /// - Throws: ``StoreError/areaHasFigures(area:directive:reports:)`` when the directive's
    ///   reports carry figures for one of them (nothing is unlinked then).
    /// - Returns: the areas unlinked (those not linked are skipped).
    @discardableResult
    public func unlinkAreas(_ areaIDs: [String], fromDirective reference: String, user: String, at time: String) throws(StoreError) -> [String] {
        try write { session in
            let directive = try PostgresWriteLookup.directive(session, reference)
            var unlinked: [String] = []
            for areaID in areaIDs {
                let reports = try session.query("""
                    SELECT count(DISTINCT r.id) FROM report_figure f JOIN report r ON r.id = f.report_id
                    JOIN task t ON t.id = r.task_id WHERE t.document_id = $1 AND f.area_id = $2
                    """, [.integer(directive.id), .text(areaID)]).first?.int(0) ?? 0
                if reports > 0 {
                    let name = try session.query("SELECT name FROM area WHERE id = $1", [.text(areaID)]).first?.text(0) ?? areaID
                    throw StoreError.areaHasFigures(area: name, directive: directive.reference, reports: reports)
                }
                let removed = try session.execute("DELETE FROM directive_area WHERE document_id = $1 AND area_id = $2",
                                                  [.integer(directive.id), .text(areaID)])
                guard removed > 0 else { continue }
                try PostgresAuditTrail.record(session, at: time, user: user, action: "area.unlink",
                                              subject: "\(directive.reference) / \(areaID)",
                                              before: .string(areaID), after: nil, directive: directive)
                unlinked.append(areaID)
            }
            return unlinked
        }
    }

    /// Inserts one link; false when it was already there. The caller writes the audit entry
    /// (an import lists its areas in its own).
    static func link(_ session: PostgresSession, documentID: Int64, areaID: String) throws -> Bool {
        try session.execute("INSERT INTO directive_area (document_id, area_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                            [.integer(documentID), .text(areaID)]) > 0
    }

    /// Every area's name, in order: what ``StoreError/unknownArea(_:known:)`` lists.
    static func areaNames(_ session: PostgresSession) throws -> [String] {
        try session.query("SELECT name FROM area ORDER BY position").compactMap { $0.text(0) }
    }
}
