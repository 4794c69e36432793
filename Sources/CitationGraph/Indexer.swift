import DocumentText
import Foundation
import LegalRefs
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `cancu index` should do.
public struct IndexOptions: Sendable {
    /// Files and folders (walked recursively).
    public var paths: [String]
    /// Remove indexed files that no longer exist.
    public var prune: Bool
    /// Re-extract files even when their content hash is unchanged (after a cancu upgrade).
    public var force: Bool
    /// Threads that read and extract; the writer is one more.
    public var workers: Int
    /// Documents per transaction at most (a killed run loses at most one uncommitted batch).
    public var batchDocuments: Int
    /// Bytes of files read and extracted ahead of the writer at most (the rest of the memory
    /// an index run needs does not grow with the corpus either).
    public var queueBytes: Int = 8 << 20
    /// How much lower the reading threads' priority is than the writer's (Linux `nice` steps).
    public var readerNice: Int = 5
    /// Folded text collected before it is written to the full-text index in one piece.
    public var fullTextChunkBytes: Int = 4 << 20

    /// Creates options.
    public init(paths: [String], prune: Bool = false, force: Bool = false,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, batchDocuments: Int = 500) {
        self.paths = paths; self.prune = prune; self.force = force
        self.workers = max(1, workers); self.batchDocuments = max(1, batchDocuments)
    }
}

/// How far an index run has come (reported on the writer thread).
public struct IndexProgress: Sendable {
    /// Files handled (indexed, unchanged or failed).
    public var filesDone: Int
    /// Files to handle.
    public var filesTotal: Int
    /// Bytes of the handled files.
    public var bytesDone: Int
    /// Bytes of all files.
    public var bytesTotal: Int
    /// Seconds since the run started.
    public var elapsed: Double
}

/// A file that could not be indexed.
public struct IndexFailure: Sendable, Hashable {
    /// The path as walked.
    public var path: String
    /// Why.
    public var message: String
}

/// What an index run did.
public struct IndexSummary: Sendable {
    /// Files found under the given paths.
    public var files = 0
    /// Files (re)written into the graph.
    public var indexed = 0
    /// Of those, files that replaced an older version.
    public var replaced = 0
    /// Files skipped because their content hash was unchanged.
    public var unchanged = 0
    /// Files removed by `--prune`.
    public var removed = 0
    /// Files that could not be read or written.
    public var failures: [IndexFailure] = []
    /// Mentions written.
    public var references = 0
    /// Legal-document nodes created.
    public var newNodes = 0
    /// Bytes of all files handled.
    public var bytes = 0
    /// Wall-clock seconds.
    public var seconds = 0.0

    /// Where the time went (seconds of thread CPU time and of waiting).
    public var timing = IndexTiming()

    /// Megabytes per second over the whole run.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
}

/// Where an index run spent its time: CPU seconds of the reading threads and of the writer, and
/// how long each side waited for the other (a pipeline that overlaps well waits little).
public struct IndexTiming: Sendable {
    /// CPU seconds of the reading threads together (read, hash, decode, extract, prepare).
    public var workerCPU = 0.0
    /// Seconds the reading threads together waited because the queue to the writer was full.
    public var workerBlocked = 0.0
    /// CPU seconds of the writer thread.
    public var writerCPU = 0.0
    /// Of those, CPU seconds spent committing (the batch's last full-text piece, writing the log).
    public var commitCPU = 0.0
    /// Wall seconds of committing.
    public var commitWall = 0.0
    /// Seconds the writer waited for a document to write.
    public var writerWaited = 0.0

    /// Creates empty timings.
    public init() {}

    /// CPU seconds of the calling thread.
    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Monotonic wall-clock seconds.
    static func wall() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// Indexes files into a graph database: many threads read and extract, one writes.
public enum Indexer {
    /// Indexes `options.paths` into the database at `databasePath` (created if missing).
    ///
    /// Unchanged files (same content hash) are skipped; a changed file is replaced in one
    /// transaction; unreadable files are recorded in `index_error` and the run goes on.
    public static func run(databasePath: String, options: IndexOptions,
                           progress: (IndexProgress) -> Void = { _ in }) throws(GraphError) -> IndexSummary {
        let started = Date()
        let db = try GraphDatabase(path: databasePath, create: true)
        try db.disableMemoryMap()
        // Checkpoints run beside the writer (see Checkpointer). The log starts over only when the
        // writer begins a transaction after a checkpoint has copied all of it, so it may span a few
        // batches; the writer's own automatic checkpoint is kept as a safety net past 256 MB.
        try db.setAutoCheckpoint(pages: (256 << 20) / (Schema.pageSize ?? 4096))
        var summary = IndexSummary()

        // The work list: every file with its size and the hash stored for it.
        let known = try db.indexedHashes()
        var jobs: [Job] = []
        var walkFailures: [IndexFailure] = []
        for entry in FileWalker.expand(options.paths) {
            switch entry {
            case .file(let p):
                let abs = absolutePath(p)
                jobs.append(Job(path: p, absolute: abs, size: fileSize(abs), knownHash: options.force ? nil : known[abs]))
            case .unreadable(let p, let why):
                walkFailures.append(IndexFailure(path: p, message: why))
            }
        }
        summary.files = jobs.count
        summary.failures = walkFailures
        let totalBytes = jobs.reduce(0) { $0 + $1.size }
        var state = IndexProgress(filesDone: 0, filesTotal: jobs.count, bytesDone: 0, bytesTotal: totalBytes, elapsed: 0)
        progress(state)

        let pipeline = Pipeline(jobs: jobs, maxBytes: options.queueBytes, maxCount: 4096, workers: options.workers)
        for _ in 0..<options.workers {
            let nice = options.readerNice
            let t = Thread {
                #if os(Linux)
                // The writer is the one thread everything waits for: readers yield the CPU to it.
                if nice > 0 { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Int32(nice)) } // 0: this thread
                #endif
                pipeline.work()
            }
            t.stackSize = 8 << 20
            t.start()
        }

        var batchCount = 0
        var batchBytes = 0
        var batchStarted = Date()
        let writerCPU0 = IndexTiming.threadCPU()
        let checkpointer = Checkpointer(path: databasePath)
        defer { checkpointer.stop() }
        func commit() throws(GraphError) {
            let c0 = IndexTiming.threadCPU(), w0 = IndexTiming.wall()
            try db.commitBatch()
            checkpointer.committed()
            summary.timing.commitCPU += IndexTiming.threadCPU() - c0
            summary.timing.commitWall += IndexTiming.wall() - w0
        }
        do throws(GraphError) {
            try db.beginBatch()
            while let result = pipeline.next() {
                switch result {
                case .unchanged(let job):
                    summary.unchanged += 1
                    state.bytesDone += job.size
                case .failed(let job, let message):
                    summary.failures.append(IndexFailure(path: job.path, message: message))
                    try db.recordError(path: job.absolute, message: message)
                    state.bytesDone += job.size
                case .document(let job, let doc):
                    do {
                        let outcome = try db.ingest(doc)
                        summary.indexed += 1
                        if outcome.replaced { summary.replaced += 1 }
                        summary.references += outcome.references
                        summary.newNodes += outcome.newNodes
                    } catch let error where error.sqliteCode.map(Self.isFatal) != true {
                        summary.failures.append(IndexFailure(path: job.path, message: error.message))
                        try db.recordError(path: job.absolute, message: error.message)
                    }
                    state.bytesDone += doc.size
                    batchCount += 1
                    batchBytes += doc.size
                }
                state.filesDone += 1
                state.elapsed = Date().timeIntervalSince(started)
                try db.writePendingFullText(atLeast: options.fullTextChunkBytes)
                progress(state)
                if batchCount >= options.batchDocuments || batchBytes >= 64 << 20
                    || (batchCount > 0 && Date().timeIntervalSince(batchStarted) > 2) {
                    try commit()
                    try db.beginBatch()
                    batchCount = 0; batchBytes = 0; batchStarted = Date()
                }
            }
            try commit()
            if options.prune {
                try db.beginBatch()
                for p in try db.indexedPaths() where !FileManager.default.fileExists(atPath: p) {
                    if try db.removeSource(path: p) { summary.removed += 1 }
                }
                try db.commitBatch()
            }
        } catch {
            pipeline.cancel()
            db.rollbackBatch()
            throw error
        }
        summary.timing.writerCPU = IndexTiming.threadCPU() - writerCPU0
        summary.timing.writerWaited = pipeline.writerWaited
        summary.timing.workerCPU = pipeline.workerCPU
        summary.timing.workerBlocked = pipeline.workerBlocked
        summary.bytes = state.bytesDone
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// SQLite failures that end the run (the database itself is unusable), not just one file.
    static func isFatal(_ code: Int32) -> Bool {
        switch code & 0xFF {
        case 5, 6, 7, 8, 10, 11, 13, 14, 26: return true // BUSY LOCKED NOMEM READONLY IOERR CORRUPT FULL CANTOPEN NOTADB
        default: return false
        }
    }

    /// `path` made absolute (against the working directory) and standardized.
    public static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    struct Job: Sendable {
        var path: String
        var absolute: String
        var size: Int
        var knownHash: String?
    }

    enum Result: Sendable {
        case unchanged(Job)
        case failed(Job, String)
        case document(Job, IngestDocument)
    }

    /// Reads, hashes and extracts one file (on a worker thread).
    static func prepare(_ job: Job) -> Result {
        let bytes: [UInt8]
        let modified: String
        do { (bytes, modified) = try DocumentReader.fileContents(atPath: job.absolute) } catch {
            return .failed(job, error.message)
        }
        let hash = SHA256.hex(bytes)
        if let known = job.knownHash, known == hash { return .unchanged(job) }
        let loaded: LoadedDocument
        do { loaded = try DocumentReader.read(bytes: bytes, name: job.path) } catch {
            return .failed(job, error.message)
        }
        // Everything downstream reads the bytes, which DocumentReader validated: no String is made.
        let extraction = loaded.utf8.withUnsafeBufferPointer { Extractor.extract(bytes: $0, hints: loaded.hints) }
        let doc = IngestDocument(path: job.absolute, contentHash: hash, size: bytes.count, modifiedAt: modified,
                                 format: loaded.format, encoding: loaded.encoding, utf8: loaded.utf8,
                                 extraction: extraction)
        return .document(job, doc)
    }


    /// Jobs handed to worker threads; results handed back through a queue bounded by the bytes of
    /// the files it holds, so memory stays flat, yet deep enough that the readers keep working
    /// while the writer commits a batch.
    final class Pipeline: @unchecked Sendable {
        private let cond = NSCondition()
        private let jobs: [Job]
        private var nextJob = 0
        /// Waiting results; consumed slots are set to nil at once (their documents are freed).
        private var results: [(Result, Int)?] = []
        private var head = 0
        private var queuedBytes = 0
        private let maxBytes: Int
        private let maxCount: Int
        private var running: Int
        private var cancelled = false
        /// Timings (read under the lock, or after every worker is done).
        private(set) var writerWaited = 0.0
        private(set) var workerCPU = 0.0
        private(set) var workerBlocked = 0.0

        init(jobs: [Job], maxBytes: Int, maxCount: Int, workers: Int) {
            self.jobs = jobs
            self.maxBytes = maxBytes
            self.maxCount = maxCount
            self.running = workers
        }

        private var queued: Int { results.count - head }

        /// Whether a result of `bytes` must wait (one result is always let through).
        private func full(_ bytes: Int) -> Bool {
            queued > 0 && (queued >= maxCount || queuedBytes + bytes > maxBytes)
        }

        /// A worker thread's loop.
        func work() {
            let cpu0 = IndexTiming.threadCPU()
            var blocked = 0.0
            while let job = takeJob() {
                let r = Indexer.prepare(job)
                let bytes = job.size
                cond.lock()
                if full(bytes) && !cancelled {
                    let w0 = IndexTiming.wall()
                    while full(bytes) && !cancelled { cond.wait() }
                    blocked += IndexTiming.wall() - w0
                }
                if !cancelled {
                    results.append((r, bytes))
                    queuedBytes += bytes
                }
                cond.broadcast()
                cond.unlock()
            }
            let cpu = IndexTiming.threadCPU() - cpu0
            cond.lock()
            workerCPU += cpu
            workerBlocked += blocked
            running -= 1
            cond.broadcast()
            cond.unlock()
        }

        private func takeJob() -> Job? {
            cond.lock()
            defer { cond.unlock() }
            guard !cancelled, nextJob < jobs.count else { return nil }
            nextJob += 1
            return jobs[nextJob - 1]
        }

        /// The next result, waiting for one; nil when every worker is done and all were taken.
        func next() -> Result? {
            cond.lock()
            defer { cond.unlock() }
            if queued == 0 && running > 0 {
                let w0 = IndexTiming.wall()
                while queued == 0 && running > 0 { cond.wait() }
                writerWaited += IndexTiming.wall() - w0
            }
            if queued == 0 { return nil }
            let (r, bytes) = results[head]!
            results[head] = nil
            head += 1
            queuedBytes -= bytes
            if head > 64 && head * 2 > results.count {
                results.removeFirst(head)
                head = 0
            }
            cond.broadcast()
            return r
        }

        /// Stops handing out jobs and unblocks the workers.
        func cancel() {
            cond.lock()
            cancelled = true
            results.removeAll()
            head = 0
            queuedBytes = 0
            cond.broadcast()
            cond.unlock()
        }
    }
}
