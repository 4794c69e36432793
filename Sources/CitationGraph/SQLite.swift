import CSQLite
import Foundation
import LegalRefs

/// Why a citation-graph operation failed: `cancu.sqlite is not a cancu database`, `database is locked`.
public struct GraphError: Error, Sendable, CustomStringConvertible {
    /// A one-line explanation for the user.
    public var message: String
    /// The SQLite result code behind it, if SQLite reported the failure.
    public var sqliteCode: Int32?

    /// Creates an error.
    public init(_ message: String, sqliteCode: Int32? = nil) {
        self.message = message
        self.sqliteCode = sqliteCode
    }

    /// The message.
    public var description: String { message }
}

/// A value to bind to a statement parameter (used off the hot paths).
enum SQLValue: Sendable, Hashable {
    case int(Int)
    case text(String)
    case null

    static func optional(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
    static func optional(_ i: Int?) -> SQLValue { i.map(SQLValue.int) ?? .null }
}

/// One connection to a SQLite database, used by one thread at a time.
final class Connection {
    let handle: OpaquePointer
    let path: String
    private var cache: [String: Statement] = [:]

    /// Opens (and with `create`, creates) the database file at `path`.
    init(path: String, create: Bool) throws(GraphError) {
        var db: OpaquePointer?
        var flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        if create { flags |= SQLITE_OPEN_CREATE }
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let msg = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw GraphError("cannot open database \(path): \(msg)", sqliteCode: rc)
        }
        handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, 10_000)
    }

    deinit {
        for stmt in cache.values { stmt.finalize() }
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// The current error message of the connection.
    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func error(_ rc: Int32, _ context: String) -> GraphError {
        GraphError("\(context): \(lastMessage)", sqliteCode: rc)
    }

    /// Runs one or more statements without parameters (schema, pragmas, BEGIN/COMMIT).
    func exec(_ sql: String) throws(GraphError) {
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let msg = errmsg.map { String(cString: $0) } ?? lastMessage
            sqlite3_free(errmsg)
            throw GraphError("\(msg) (in: \(sql.prefix(60)))", sqliteCode: rc)
        }
    }

    /// A new prepared statement (the caller owns it).
    func prepare(_ sql: String) throws(GraphError) -> Statement {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, "cannot prepare statement") }
        return Statement(handle: stmt, connection: self)
    }

    /// The cached prepared statement for `sql`, reset and with bindings cleared.
    func statement(_ sql: String) throws(GraphError) -> Statement {
        if let s = cache[sql] {
            s.reset()
            return s
        }
        let s = try prepare(sql)
        cache[sql] = s
        return s
    }

    /// Runs `sql` with `params` and returns every row through `row`.
    func query(_ sql: String, _ params: [SQLValue] = [], row: (Statement) throws(GraphError) -> Void) throws(GraphError) {
        let s = try statement(sql)
        defer { s.reset() }
        try s.bind(params)
        while try s.step() { try row(s) }
    }

    /// Runs a statement that returns no rows (or ignores them).
    func run(_ sql: String, _ params: [SQLValue] = []) throws(GraphError) {
        let s = try statement(sql)
        defer { s.reset() }
        try s.bind(params)
        while try s.step() {}
    }

    /// The first column of the first row as an integer, or nil.
    func scalarInt(_ sql: String, _ params: [SQLValue] = []) throws(GraphError) -> Int? {
        var v: Int?
        try query(sql, params) { s in if v == nil { v = s.intOrNil(0) } }
        return v
    }

    /// The first column of the first row as text, or nil.
    func scalarText(_ sql: String, _ params: [SQLValue] = []) throws(GraphError) -> String? {
        var v: String?
        try query(sql, params) { s in if v == nil { v = s.textOrNil(0) } }
        return v
    }

    /// The rowid of the last row inserted on this connection.
    var lastInsertRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Whether a transaction is open.
    var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}

/// A prepared statement: bind, step, read columns, reset.
final class Statement {
    let handle: OpaquePointer
    unowned let connection: Connection

    init(handle: OpaquePointer, connection: Connection) {
        self.handle = handle
        self.connection = connection
    }

    func finalize() { sqlite3_finalize(handle) }

    /// Resets the statement and clears its bindings.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds `values` to parameters 1…n.
    func bind(_ values: [SQLValue]) throws(GraphError) {
        for (i, v) in values.enumerated() {
            switch v {
            case .int(let x): try bind(Int32(i + 1), x)
            case .text(let x): try bind(Int32(i + 1), x)
            case .null: try bindNull(Int32(i + 1))
            }
        }
    }

    func bind(_ index: Int32, _ value: Int) throws(GraphError) {
        let rc = sqlite3_bind_int64(handle, index, Int64(value))
        if rc != SQLITE_OK { throw connection.error(rc, "cannot bind parameter \(index)") }
    }

    func bind(_ index: Int32, _ value: Int?) throws(GraphError) {
        if let value { try bind(index, value) } else { try bindNull(index) }
    }

    func bind(_ index: Int32, _ value: String?) throws(GraphError) {
        guard var value else { try bindNull(index); return }
        let rc = value.withUTF8 { buf -> Int32 in
            // SQLITE_TRANSIENT: SQLite copies the bytes before this returns.
            let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
            if buf.count == 0 { return sqlite3_bind_text(handle, index, "", 0, transient) }
            return buf.withMemoryRebound(to: CChar.self) { p in
                sqlite3_bind_text64(handle, index, p.baseAddress, sqlite3_uint64(p.count), transient, UInt8(SQLITE_UTF8))
            }
        }
        if rc != SQLITE_OK { throw connection.error(rc, "cannot bind parameter \(index)") }
    }

    /// Binds text given as valid UTF-8 bytes (SQLite copies them).
    func bindText(_ index: Int32, utf8 bytes: [UInt8]) throws(GraphError) {
        let rc = bytes.withUnsafeBufferPointer { buf -> Int32 in
            let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
            if buf.count == 0 { return sqlite3_bind_text(handle, index, "", 0, transient) }
            return buf.withMemoryRebound(to: CChar.self) { p in
                sqlite3_bind_text64(handle, index, p.baseAddress, sqlite3_uint64(p.count), transient, UInt8(SQLITE_UTF8))
            }
        }
        if rc != SQLITE_OK { throw connection.error(rc, "cannot bind parameter \(index)") }
    }

    func bindNull(_ index: Int32) throws(GraphError) {
        let rc = sqlite3_bind_null(handle, index)
        if rc != SQLITE_OK { throw connection.error(rc, "cannot bind parameter \(index)") }
    }

    /// Advances to the next row; false when done.
    func step() throws(GraphError) -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let err = connection.error(rc, "statement failed")
        sqlite3_reset(handle)
        throw err
    }

    func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }

    func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(handle, i)) }

    func intOrNil(_ i: Int32) -> Int? { isNull(i) ? nil : int(i) }

    func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }

    func text(_ i: Int32) -> String {
        guard let p = sqlite3_column_text(handle, i) else { return "" }
        let n = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    func textOrNil(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }

    /// A relation column, told apart by length and first byte (no String is made: traversals read many).
    func relation(_ i: Int32) -> Relation? {
        guard let p = sqlite3_column_text(handle, i) else { return nil }
        switch (sqlite3_column_bytes(handle, i), p[0]) {
        case (8, UInt8(ascii: "b")): return .basedOn
        case (6, UInt8(ascii: "a")): return .amends
        case (8, UInt8(ascii: "r")): return .replaces
        case (7, UInt8(ascii: "r")): return .repeals
        case (6, UInt8(ascii: "g")): return .guides
        case (8, UInt8(ascii: "c")): return .corrects
        case (12, UInt8(ascii: "c")): return .consolidates
        case (10, UInt8(ascii: "i")): return .implements
        case (11, UInt8(ascii: "i")): return .issuedWith
        case (9, UInt8(ascii: "c")): return .considers
        case (5, UInt8(ascii: "c")): return .cites
        default: return nil
        }
    }
}
