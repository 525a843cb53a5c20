/// The wall's role: it reads, and the server — not only the program — refuses it any write.
///
/// On SQLite the wall opens the file read-only and the file's permissions back that up; on
/// PostgreSQL the same guarantee is a role with `SELECT` only. The wall checks at start that its
/// role holds no write right (``writeRights(_:)``), and refuses to start otherwise
/// (``PostgresStoreError/tooManyRights(user:rights:)``): a wall screen left logged in must not
/// be a way to change reports, even through a bug of its own.
extension PostgresSchema {
    /// Statements, run by the store's owner after the migrations, that leave `role` with
    /// `SELECT` on the store's tables and nothing else there: every earlier right is revoked
    /// first (so running them again fixes a role that was given too much), and default
    /// privileges give it `SELECT` on the tables later migrations create — those created by the
    /// role that runs these statements, which must be the one that runs the migrations.
    ///
    /// `CONNECT` on the database is PostgreSQL's default for every role (`PUBLIC`) and is left so.
    public static func grantReadOnly(role: String, schema: String = "public") -> [String] {
        let role = quoteIdentifier(role)
        let schema = quoteIdentifier(schema)
        return [
            "REVOKE ALL ON ALL TABLES IN SCHEMA \(schema) FROM \(role)",
            "REVOKE ALL ON ALL SEQUENCES IN SCHEMA \(schema) FROM \(role)",
            "REVOKE CREATE ON SCHEMA \(schema) FROM \(role)",
            "GRANT USAGE ON SCHEMA \(schema) TO \(role)",
            "GRANT SELECT ON ALL TABLES IN SCHEMA \(schema) TO \(role)",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA \(schema) REVOKE ALL ON SEQUENCES FROM \(role)",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA \(schema) GRANT SELECT ON TABLES TO \(role)",
        ]
    }

    /// Runs ``grantReadOnly(role:schema:)`` in one transaction.
    public static func grantReadOnly(role: String, schema: String = "public", in session: PostgresSession) throws(PostgresStoreError) {
        do {
            try session.transaction { session in
                for statement in grantReadOnly(role: role, schema: schema) { try session.execute(statement) }
            }
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw .other(server: session.location.server, message: "granting read-only rights to \(role) failed")
        }
    }

    /// The rights the session's role holds that a reader does not need, on the store's schema
    /// (the current one): "INSERT on report", "USAGE on sequence report_id_seq", "CREATE on
    /// schema public", "superuser". Empty for a role fit for the wall.
    ///
    /// Asked of the server (`has_table_privilege` and friends), which counts rights held
    /// directly, through `PUBLIC`, through role membership, as owner and as superuser.
    public static func writeRights(_ session: PostgresSession) throws(PostgresStoreError) -> [String] {
        if try session.scalar("SELECT rolsuper FROM pg_roles WHERE rolname = current_user") == .boolean(true) {
            return ["superuser"]
        }
        let rows = try session.query("""
            SELECT p.privilege || ' on ' || c.relname
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) AS p(privilege)
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
              AND has_table_privilege(current_user, c.oid, p.privilege)
            UNION ALL
            SELECT p.privilege || ' on sequence ' || c.relname
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN unnest(ARRAY['USAGE', 'UPDATE']) AS p(privilege)
            WHERE n.nspname = current_schema() AND c.relkind = 'S'
              AND has_sequence_privilege(current_user, c.oid, p.privilege)
            UNION ALL
            SELECT 'CREATE on schema ' || current_schema()
            WHERE has_schema_privilege(current_user, current_schema(), 'CREATE')
            ORDER BY 1
            """)
        return rows.compactMap { $0.text(0) }
    }

    /// Throws ``PostgresStoreError/tooManyRights(user:rights:)`` unless the session's role may
    /// only read: what the wall calls before showing anything.
    public static func requireReadOnly(_ session: PostgresSession) throws(PostgresStoreError) {
        let rights = try writeRights(session)
        guard rights.isEmpty else { throw .tooManyRights(user: session.location.user, rights: rights) }
    }
}
