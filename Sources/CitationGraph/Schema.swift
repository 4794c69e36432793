import Foundation

/// The database schema: `schema.sql` embedded at build time, its version, and the migrations.
public enum Schema {
    /// The schema version this build reads and writes (`PRAGMA user_version` in schema.sql).
    public static let version = 2
    /// `PRAGMA application_id` of a cancu database (`CNCU`).
    public static let applicationID = 1_129_202_517
    /// The text of `schema.sql`, byte for byte.
    public static var text: String { sql }

    /// The page size schema.sql asks for.
    static let pageSize: Int? = {
        guard let r = sql.range(of: "PRAGMA page_size = ") else { return nil }
        return Int(sql[r.upperBound...].prefix { $0.isNumber })
    }()

    /// SQL that upgrades version `v` to `v + 1`, keyed by `v`. Version 1 is the first release.
    static let migrations: [Int: String] = [
        // 2: the full-text index buffers 8 MB of terms before writing a segment.
        1: "INSERT INTO document_fts(document_fts, rank) VALUES ('hashsize', 8388608);",
    ]

    /// Checks the database behind `c`, creates the schema in an empty one, migrates an older one,
    /// refuses anything else with a message that says what to do.
    static func prepare(_ c: Connection) throws(GraphError) {
        let app = try c.scalarInt("PRAGMA application_id") ?? 0
        let user = try c.scalarInt("PRAGMA user_version") ?? 0
        if app == 0 && user == 0 {
            // schema.sql sets the page size first; a write lock taken on an empty file would fix
            // the default size before the script runs, so say it here too (no effect otherwise).
            if let size = pageSize { try c.exec("PRAGMA page_size = \(size)") }
            try c.exec("BEGIN IMMEDIATE")
            do throws(GraphError) {
                // Checked inside the write lock: another process may have created it meanwhile.
                let objects = try c.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0
                let app2 = try c.scalarInt("PRAGMA application_id") ?? 0
                if objects == 0 {
                    try c.exec(sql)
                } else if app2 != applicationID {
                    throw GraphError("\(c.path) is not a cancu database (it holds other tables); "
                                     + "choose another file with --db or CANCU_DB")
                }
                try c.exec("COMMIT")
            } catch {
                try? c.exec("ROLLBACK")
                throw error
            }
            return try check(c)
        }
        try check(c)
    }

    private static func check(_ c: Connection) throws(GraphError) {
        let app = try c.scalarInt("PRAGMA application_id") ?? 0
        let user = try c.scalarInt("PRAGMA user_version") ?? 0
        guard app == applicationID else {
            throw GraphError("\(c.path) is not a cancu database (application_id \(app)); "
                             + "choose another file with --db or CANCU_DB")
        }
        if user == version { return }
        if user > version {
            throw GraphError("\(c.path) was written by a newer cancu (schema version \(user)); this cancu "
                             + "reads version \(version): upgrade cancu, or index into a new database")
        }
        try migrate(c, from: user)
    }

    /// Applies the migrations from `from` up to `version` in one transaction.
    static func migrate(_ c: Connection, from: Int) throws(GraphError) {
        var steps: [String] = []
        for v in from..<version {
            guard let step = migrations[v] else {
                throw GraphError("\(c.path) has schema version \(from), which this cancu (version \(version)) "
                                 + "cannot migrate: index into a new database (cancu index --db NEW.sqlite …)")
            }
            steps.append(step)
        }
        try c.exec("BEGIN IMMEDIATE")
        do throws(GraphError) {
            // Re-read under the write lock: another process may have migrated it meanwhile.
            let now = try c.scalarInt("PRAGMA user_version") ?? 0
            if now == from {
                for step in steps { try c.exec(step) }
                try c.exec("PRAGMA user_version = \(version)")
            }
            try c.exec("COMMIT")
        } catch {
            try? c.exec("ROLLBACK")
            throw error
        }
    }
}
