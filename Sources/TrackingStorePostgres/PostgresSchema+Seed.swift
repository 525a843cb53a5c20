import Tracking
import TrackingStore

/// Migration `v1-seed-dispatch-239` on PostgreSQL: the same rows, in the same order, as SQLite's
/// `Seeder.seedDispatch239`, written from the public data of ``Dispatch239`` through the inserts
/// imports use (``PostgresWriteSeeder``) — so that a fresh store holds the same content on either
/// engine (a test compares them table by table).
extension PostgresSchema {
    static func seedDispatch239(_ session: PostgresSession, user: String, time: String) throws(PostgresStoreError) {
        let seeder = PostgresWriteSeeder(session: session)
        do {
            _ = try seeder.insert(document: Dispatch239.partyDirective, isDirective: false)
            _ = try seeder.insert(document: Dispatch239.provincialDirective, isDirective: false)
            for (position, agency) in (Dispatch239.addressees + Dispatch239.otherAgencies).enumerated() {
                try seeder.insert(agency: agency, position: position)
            }
            for succession in Dispatch239.successions {
                for successor in succession.successorIDs {
                    try session.execute("""
                        INSERT INTO agency_succession (predecessor_id, successor_id, effective_on, note) VALUES ($1, $2, $3, $4)
                        """, [.text(succession.predecessorID), .text(successor), .text(succession.effective.iso), .text(succession.note)])
                }
            }
            for (position, area) in Dispatch239.areas.enumerated() {
                try seeder.insert(area: area, position: position)
            }
            let documentID = try seeder.insert(document: Dispatch239.directive, isDirective: true)
            let task1 = try seeder.insert(task: Dispatch239.task1, documentID: documentID)
            let task2 = try seeder.insert(task: Dispatch239.task2, documentID: documentID)
            try session.execute("INSERT INTO task_consolidation (task_id, source_task_id) VALUES ($1, $2)", [.integer(task2), .integer(task1)])
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw .other(server: session.location.server, message: "the seed of dispatch 239 could not be written")
        }
        let after = JSONValue.orderedObject([
            ("tasks", .integer(2)),
            ("assignments", .integer(Dispatch239.task1.assigneeIDs.count + Dispatch239.task2.assigneeIDs.count)),
        ])
        try session.execute("""
            INSERT INTO audit (at, "user", action, subject, before, after) VALUES ($1, $2, 'seed', $3, NULL, $4)
            """, [.text(time), .text(user), .text(Dispatch239.reference.text), .text(after.rendered())])
    }
}
