import GRDB
import Tracking

extension SQLiteStore {
    /// Every area of the store, in order, whether linked to a directive or not.
    public func areas() throws(StoreError) -> [Area] {
        try run { try pool.read { try SnapshotReader.areas($0) } }
    }

    /// Every area with the directives it belongs to.
    public func areaListings() throws(StoreError) -> [AreaListing] {
        try run {
            try pool.read { db in
                var links: [String: [DocumentReference]] = [:]
                let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT l.area_id, d.reference, d.number, d.symbol, d.grammar
                    FROM directive_area l JOIN document d ON d.id = l.document_id ORDER BY d.issued_on, d.id
                    """))
                while let row = try rows.next() {
                    let reference = DocumentReference.Grammar(rawValue: row[4]).map {
                        DocumentReference(text: row[1], number: row[2], symbol: row[3], grammar: $0)
                    } ?? DocumentReference(row[1] as String)
                    if let reference { links[row[0], default: []].append(reference) }
                }
                let names = Dictionary(try Row.fetchAll(db, sql: "SELECT id, name FROM agency").map { ($0[0] as String, $0[1] as String) },
                                       uniquingKeysWith: { first, _ in first })
                return try SnapshotReader.areas(db).map {
                    AreaListing(area: $0, directives: links[$0.id] ?? [], government: $0.governmentID.map { names[$0] ?? $0 })
                }
            }
        }
    }

    /// Creates an area (`theodoi area add`), with its audit entry, and returns it with the
    /// government agency it created (if it did). Its id is the slug of its folded name
    /// ("Khu công nghiệp Quế Võ" → "khu-cong-nghiep-que-vo").
    ///
    /// - Throws: ``StoreError/areaExists(_:)`` (naming the area already there) when the name
    ///   (folded) or the id is taken.
    @discardableResult
    public func addArea(name: String, locality: String, district: String, industry: String,
                        government: AreaGovernment?, user: String, at time: String) throws(StoreError) -> (Area, created: Agency?) {
        try run {
            try pool.write { db in
                let existing = try SnapshotReader.areas(db)
                let folded = VietnameseText.fold(name)
                let id = AgencyNaming.slug(name)
                if let taken = existing.first(where: { VietnameseText.fold($0.name) == folded || $0.id == id }) {
                    throw StoreError.areaExists(taken.name)
                }
                if id.isEmpty { throw StoreError.areaExists(VietnameseText.normalized(name)) }
                var governmentID: String?
                var created: Agency?
                switch government {
                case .existing(let agencyID): governmentID = agencyID
                case .new(let agencyName):
                    let ids = Set(try String.fetchAll(db, sql: "SELECT id FROM agency"))
                    var agency = AgencyNaming.newAgency(named: VietnameseText.normalized(agencyName), existingIDs: ids)
                    agency.kind = .localGovernment
                    let position = (try Int.fetchOne(db, sql: "SELECT max(position) FROM agency") ?? -1) + 1
                    try Seeder(db: db, user: user, time: time).insert(agency: agency, position: position)
                    governmentID = agency.id
                    created = agency
                case nil: break
                }
                let area = Area(id: id, name: name, locality: locality, district: district, industry: industry,
                                governmentID: governmentID)
                let position = (try Int.fetchOne(db, sql: "SELECT max(position) FROM area") ?? -1) + 1
                try Seeder(db: db, user: user, time: time).insert(area: area, position: position)
                try AuditTrail.record(db, at: time, user: user, action: "area.add", subject: area.name, before: nil,
                                      after: .orderedObject([
                                          ("id", .string(area.id)), ("name", .string(area.name)),
                                          ("locality", .string(area.locality)), ("district", .string(area.district)),
                                          ("industry", .string(area.industry)),
                                          ("government", area.governmentID.map(JSONValue.string) ?? .null),
                                      ]))
                return (area, created)
            }
        }
    }

    /// Links areas to a directive (`theodoi area link`), one audit entry per new link.
    /// - Returns: the areas newly linked (those already linked are left as they are).
    @discardableResult
    public func linkAreas(_ areaIDs: [String], toDirective reference: String, user: String, at time: String) throws(StoreError) -> [String] {
        try run {
            try pool.write { db in
                let documentID = try Self.directiveIDs(db, references: [reference])[0]
                var linked: [String] = []
                for areaID in areaIDs where try Self.link(db, documentID: documentID, areaID: areaID, user: user, at: time) {
                    linked.append(areaID)
                }
                return linked
            }
        }
    }

    /// Unlinks areas from a directive (`theodoi area unlink`), one audit entry per link removed.
    /// - Throws: ``StoreError/areaHasFigures(area:directive:reports:)`` when the directive's
    ///   reports carry figures for one of them (nothing is unlinked then).
    /// - Returns: the areas unlinked (those not linked are skipped).
    @discardableResult
    public func unlinkAreas(_ areaIDs: [String], fromDirective reference: String, user: String, at time: String) throws(StoreError) -> [String] {
        try run {
            try pool.write { db in
                let documentID = try Self.directiveIDs(db, references: [reference])[0]
                let directive = try String.fetchOne(db, sql: "SELECT reference FROM document WHERE id = ?", arguments: [documentID]) ?? reference
                var unlinked: [String] = []
                for areaID in areaIDs {
                    let reports = try Int.fetchOne(db, sql: """
                        SELECT count(DISTINCT r.id) FROM report_figure f JOIN report r ON r.id = f.report_id
                        JOIN task t ON t.id = r.task_id WHERE t.document_id = ? AND f.area_id = ?
                        """, arguments: [documentID, areaID]) ?? 0
                    let name = try String.fetchOne(db, sql: "SELECT name FROM area WHERE id = ?", arguments: [areaID]) ?? areaID
                    if reports > 0 { throw StoreError.areaHasFigures(area: name, directive: directive, reports: reports) }
                    try db.execute(sql: "DELETE FROM directive_area WHERE document_id = ? AND area_id = ?", arguments: [documentID, areaID])
                    guard db.changesCount > 0 else { continue }
                    try AuditTrail.record(db, at: time, user: user, action: "area.unlink", subject: "\(directive) / \(areaID)",
                                          before: .string(areaID), after: nil, documentID: documentID)
                    unlinked.append(areaID)
                }
                return unlinked
            }
        }
    }

    /// Inserts one link, with its audit entry unless the caller's own entry records it (an
    /// import lists its areas in its entry); false when it was already there.
    static func link(_ db: Database, documentID: Int64, areaID: String, user: String, at time: String,
                     audited: Bool = true) throws -> Bool {
        try db.execute(sql: "INSERT OR IGNORE INTO directive_area (document_id, area_id) VALUES (?, ?)", arguments: [documentID, areaID])
        guard db.changesCount > 0 else { return false }
        guard audited else { return true }
        let reference = try String.fetchOne(db, sql: "SELECT reference FROM document WHERE id = ?", arguments: [documentID]) ?? ""
        try AuditTrail.record(db, at: time, user: user, action: "area.link", subject: "\(reference) / \(areaID)",
                              before: nil, after: .string(areaID), documentID: documentID)
        return true
    }
}
