import CSQLite
import Foundation

/// Copies committed pages from the write-ahead log into the database file on a thread of its
/// own, so that the writer does not stop at every commit to do it (and to wait for the disk).
///
/// The writer calls `committed()` after each commit; the thread then runs a passive checkpoint
/// on its own connection, which never blocks the writer or readers. The writer keeps a large
/// automatic checkpoint of its own as a safety net (a log that somehow outruns the thread still
/// gets copied).
final class Checkpointer: @unchecked Sendable {
    private let cond = NSCondition()
    private var requested = false
    private var stopping = false
    private var finished = false
    private let path: String
    /// Any read: a connection finds out that the file is in WAL mode only when it first reads it.
    static let firstReadSQL = "SELECT count(*) FROM sqlite_schema"

    /// Starts the thread; it opens its own connection to `path`.
    init(path: String) {
        self.path = path
        let thread = Thread { [self] in run() }
        thread.start()
    }

    /// Asks for a checkpoint (after a commit); returns at once.
    func committed() {
        cond.lock()
        requested = true
        cond.signal()
        cond.unlock()
    }

    /// Lets a requested checkpoint finish, then ends the thread and closes its connection.
    func stop() {
        cond.lock()
        stopping = true
        cond.broadcast()
        while !finished { cond.wait() }
        cond.unlock()
    }

    private func run() {
        var db: OpaquePointer?
        if sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let db {
            sqlite3_busy_timeout(db, 1000)
            sqlite3_exec(db, Checkpointer.firstReadSQL, nil, nil, nil)
        }
        while true {
            cond.lock()
            while !requested && !stopping { cond.wait() }
            let work = requested
            requested = false
            let done = stopping && !work
            cond.unlock()
            if done { break }
            if let db {
                // PASSIVE: copy what no reader still needs, never wait, never block the writer.
                _ = sqlite3_wal_checkpoint_v2(db, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            }
        }
        if let db { sqlite3_close_v2(db) }
        cond.lock()
        finished = true
        cond.broadcast()
        cond.unlock()
    }
}
