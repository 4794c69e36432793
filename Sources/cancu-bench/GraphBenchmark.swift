import CitationGraph
import DocumentText
import Foundation
import LegalRefs
#if canImport(Glibc)
import Glibc
#endif

/// Benchmarks of the citation graph (release build):
///
///     cancu-bench graph corpus --out bench-data/corpus --mb 200 [SOURCE_DIR …]
///     cancu-bench graph index  --db bench-data/index.sqlite [--jobs N] bench-data/corpus
///     cancu-bench graph gen    --db bench-data/graph.sqlite [--edges 1000000] [--area 10000]
///     cancu-bench graph query  --db bench-data/graph.sqlite [--samples 1000]
enum GraphBenchmark {
    static func run(_ args: [String]) {
        guard let cmd = args.first else { return usage() }
        let opts = Options(Array(args.dropFirst()))
        switch cmd {
        case "corpus": corpus(opts)
        case "index": index(opts)
        case "gen": generate(opts)
        case "query": query(opts)
        default: usage()
        }
    }

    static func usage() {
        print("""
            cancu-bench graph corpus --out DIR --mb N [SOURCE_DIR …]   build a plain-text corpus from .txt files
            cancu-bench graph index --db FILE [--jobs N] DIR            extraction only, index end to end, re-index
            cancu-bench graph gen --db FILE [--edges N] [--area N]      generate a graph of N mention edges
            cancu-bench graph query --db FILE [--samples N]             time cited-by and deps on it
            """)
    }

    struct Options {
        var values: [String: String] = [:]
        var rest: [String] = []
        init(_ args: [String]) {
            var i = 0
            while i < args.count {
                if args[i].hasPrefix("--"), i + 1 < args.count {
                    values[String(args[i].dropFirst(2))] = args[i + 1]
                    i += 2
                } else {
                    rest.append(args[i])
                    i += 1
                }
            }
        }
        func string(_ k: String, _ d: String) -> String { values[k] ?? d }
        func int(_ k: String, _ d: Int) -> Int { values[k].flatMap(Int.init) ?? d }
    }

    // MARK: - Memory and time

    /// Resident set size now, in MB (from /proc/self/statm).
    static func rssMB() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = s.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_000_000
    }

    /// Peak resident set size so far, in MB.
    static func peakMB() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_maxrss) / 1000
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let t = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
    }

    /// CPU seconds this thread spent in `body` (wall time suffers when other work shares the cores).
    static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let t = now()
        try body()
        return now() - t
    }

    /// CPU seconds the whole process (every thread) has used so far.
    static func processCPU() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    }

    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    // MARK: - Corpus

    /// Copies .txt files from the sources into `out` until it holds `mb` megabytes; each copy gets a
    /// first line of its own so that every file has its own content hash.
    static func corpus(_ o: Options) {
        let out = o.string("out", "bench-data/corpus")
        let target = o.int("mb", 200) * 1_000_000
        let sources = o.rest.isEmpty ? ["/work/shared/eval/suites"] : o.rest
        var texts: [(String, [UInt8])] = []
        for case .file(let p) in FileWalker.expand(sources) where p.hasSuffix(".txt") {
            if let d = FileManager.default.contents(atPath: p) { texts.append(((p as NSString).lastPathComponent, [UInt8](d))) }
        }
        guard !texts.isEmpty else { print("no .txt files under \(sources)"); return }
        try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var written = 0
        var copy = 0
        while written < target {
            let dir = out + "/copy\(copy)"
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            for (i, (name, bytes)) in texts.enumerated() where written < target {
                let data = Array("Bản sao số \(copy)\n".utf8) + bytes
                _ = FileManager.default.createFile(atPath: dir + "/\(i)-" + name, contents: Data(data))
                written += data.count
            }
            copy += 1
        }
        print(String(format: "wrote %.1f MB of plain text (%d source files, %d copies) to %@", Double(written) / 1e6, texts.count, copy, out))
    }

    // MARK: - Indexing

    static func index(_ o: Options) {
        guard let dir = o.rest.first else { return usage() }
        let db = o.string("db", "bench-data/index.sqlite")
        let jobs = o.int("jobs", ProcessInfo.processInfo.activeProcessorCount)
        var files: [String] = []
        for case .file(let p) in FileWalker.expand([dir]) { files.append(p) }
        var total = 0
        for f in files { total += Int((try? FileManager.default.attributesOfItem(atPath: f)[.size] as? Int) ?? 0) }
        let mb = Double(total) / 1e6
        print(String(format: "corpus: %d files, %.1f MB, %d threads", files.count, mb, jobs))
        let phases = Set(o.string("phases", "extract,writer,index").split(separator: ",").map(String.init))
        if phases.contains("extract") {

        // 1. Reading and extraction alone (no database), on `jobs` threads.
        let counter = Counter()
        let list = files
        let cpu0 = processCPU()
        let extractSecs = seconds {
            DispatchQueue.concurrentPerform(iterations: jobs) { _ in
                while let i = counter.next(list.count) {
                    guard let doc = try? DocumentReader.read(path: list[i]) else { continue }
                    _ = Extractor.extract(doc.text, hints: doc.hints)
                }
            }
        }
        let extractCPU = processCPU() - cpu0
        print(String(format: "read + extract only:       %6.1f MB/s, %.1f ms of CPU per MB (%.2f s)", mb / extractSecs,
                     extractCPU * 1000 / mb, extractSecs))
        }
        if phases.contains("prepare") {
            // What the indexer adds per file on the reading threads: hash, fold, sentences, identities.
            var texts: [(String, [UInt8], Extraction)] = []
            var bytes = 0
            for f in files where bytes < 60_000_000 {
                guard let d = FileManager.default.contents(atPath: f), let doc = try? DocumentReader.read(path: f) else { continue }
                texts.append((doc.text, [UInt8](d), Extractor.extract(doc.text, hints: doc.hints)))
                bytes += d.count
            }
            var hashCPU = 0.0, prepCPU = 0.0
            for (text, raw, ex) in texts {
                hashCPU += cpuSeconds { _ = SHA256.hex(raw) }
                prepCPU += cpuSeconds { _ = IngestDocument(path: "/x", contentHash: "", size: raw.count, text: text, extraction: ex) }
            }
            let m = Double(bytes) / 1e6
            print(String(format: "prepare per MB: SHA-256 %.1f ms, fold + sentences + identities %.1f ms of CPU", hashCPU * 1000 / m, prepCPU * 1000 / m))
        }
        if phases.contains("writer") {

        // 2. The writer alone: documents prepared in memory first (a slice that fits), then ingested.
        removeDatabase(db)
        var prepared: [IngestDocument] = []
        var preparedBytes = 0
        for f in files where preparedBytes < 60_000_000 {
            guard let doc = try? DocumentReader.read(path: f) else { continue }
            let ex = Extractor.extract(doc.text, hints: doc.hints)
            let abs = Indexer.absolutePath(f)
            prepared.append(IngestDocument(path: abs, contentHash: String(abs.hashValue), size: doc.text.utf8.count,
                                           text: doc.text, extraction: ex))
            preparedBytes += doc.text.utf8.count
        }
        for _ in 0..<o.int("repeat", 1) {
        removeDatabase(db)
        do {
            let g = try GraphDatabase(path: db, create: true)
            var cpu = 0.0
            let secs = try seconds {
                cpu = try cpuSeconds {
                    try g.beginBatch()
                    for (i, d) in prepared.enumerated() {
                        try g.ingest(d)
                        if i % 500 == 499 { try g.commitBatch(); try g.beginBatch() }
                    }
                    try g.commitBatch()
                }
            }
            let refs = prepared.reduce(0) { $0 + $1.extraction.references.count }
            print(String(format: "writer only (ingest):      %6.1f MB/s, %.1f ms of CPU per MB (%.1f MB, %d references, %.2f s)",
                         Double(preparedBytes) / 1e6 / secs, cpu * 1000 / (Double(preparedBytes) / 1e6), Double(preparedBytes) / 1e6,
                         refs, secs))
        } catch {
            print("writer benchmark failed: \(error)")
        }
        }
        prepared.removeAll()
        }
        guard phases.contains("index") else { return }

        // 3. End to end, then a re-run with nothing changed.
        removeDatabase(db)
        var samples: [(Int, Double)] = []
        var nextMark = 0.1
        do {
            var options = IndexOptions(paths: [dir], workers: jobs)
            options.readerNice = o.int("nice", options.readerNice)
            options.queueBytes = o.int("queue-mb", options.queueBytes >> 20) << 20
            options.batchDocuments = o.int("batch", options.batchDocuments)
            let cpu1 = processCPU()
            let first = try Indexer.run(databasePath: db, options: options) { p in
                let f = p.bytesTotal > 0 ? Double(p.bytesDone) / Double(p.bytesTotal) : 1
                if f >= nextMark { samples.append((Int(nextMark * 100 + 0.5), rssMB())); nextMark += 0.1 }
            }
            let indexCPU = processCPU() - cpu1
            print(String(format: "index end to end:          %6.1f MB/s, %.1f ms of CPU per MB (%d files, %d references, %d nodes, %.2f s)",
                         first.megabytesPerSecond, indexCPU * 1000 / (Double(first.bytes) / 1e6), first.indexed,
                         first.references, first.newNodes, first.seconds))
            let t = first.timing
            print(String(format: "  readers: %.2f s CPU (%.1f ms/MB), blocked %.2f s; writer: %.2f s CPU (%.1f ms/MB; commits %.2f s CPU, %.2f s wall), waited %.2f s",
                         t.workerCPU, t.workerCPU * 1000 / (Double(first.bytes) / 1e6), t.workerBlocked, t.writerCPU,
                         t.writerCPU * 1000 / (Double(first.bytes) / 1e6), t.commitCPU, t.commitWall, t.writerWaited))
            print("  resident memory along the run: " + samples.map { String(format: "%d%% %.0f MB", $0.0, $0.1) }.joined(separator: ", "))
            let again = try Indexer.run(databasePath: db, options: options)
            print(String(format: "re-index, nothing changed: %6.1f MB/s (%d unchanged, %.2f s)",
                         again.megabytesPerSecond, again.unchanged, again.seconds))
            let size = (try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
            print(String(format: "database: %.1f MB; peak resident memory %.0f MB", Double(size) / 1e6, peakMB()))
        } catch {
            print("index benchmark failed: \(error)")
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var i = 0
        func next(_ n: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard i < n else { return nil }
            i += 1
            return i - 1
        }
    }

    // MARK: - Synthetic graph

    /// Symbol of synthetic document `i`: unique number and year per document.
    static func symbol(_ i: Int) -> String {
        let n = i % 5000 + 1
        return (n < 10 ? "0" : "") + "\(n)/\(1990 + i / 5000)/NĐ-CP"
    }

    /// A graph of `edges` mention edges: documents in areas of `area` documents; each cites 10
    /// documents, mostly among the 200 before it in its own area, one in three a central law among 100.
    /// Every document is an indexed file, so `deps` from the newest of an area reaches the area.
    static func generate(_ o: Options) {
        let db = o.string("db", "bench-data/graph.sqlite")
        let edges = o.int("edges", 1_000_000)
        let perDoc = 10
        let area = o.int("area", 10_000)
        let central = 100
        let docs = edges / perDoc
        removeDatabase(db)
        var rng = SplitMix(seed: 42)
        do {
            let g = try GraphDatabase(path: db, create: true)
            let secs = try seconds {
                try g.beginBatch()
                for i in 0..<docs {
                    let me = central + i
                    let areaStart = central + (i / area) * area
                    var targets: [Int] = []
                    for k in 0..<perDoc {
                        if k % 3 == 2 || me == areaStart {
                            targets.append(Int(rng.next() % UInt64(central)))
                        } else {
                            // Mostly recent documents of its own area: chains of bases run back through it.
                            let window = UInt64(min(200, me - areaStart))
                            targets.append(me - 1 - Int(rng.next() % window))
                        }
                    }
                    var text = "CHÍNH PHỦ\nSố: \(symbol(me))\nNGHỊ ĐỊNH\n"
                    var spans: [(String, Int)] = []
                    for t in targets {
                        let surface = "Nghị định số \(symbol(t))"
                        spans.append((surface, text.utf8.count))
                        text += "Căn cứ " + surface + ";\n"
                    }
                    var refs: [Reference] = []
                    for (surface, byteStart) in spans {
                        let id = String(surface.dropFirst("Nghị định số ".count))
                        refs.append(Reference(start: byteStart, end: byteStart + surface.unicodeScalars.count,
                                              byteStart: byteStart, byteEnd: byteStart + surface.utf8.count, text: surface,
                                              id: id, kind: "Nghị định", issuer: "Chính phủ", issuerCode: "CP",
                                              relation: .basedOn))
                    }
                    let header = DocumentHeader(id: symbol(me), kind: "Nghị định", issuer: "Chính phủ", issuerCode: "CP",
                                                date: "\(1990 + me / 5000)-01-01", title: "Văn bản tổng hợp số \(me)")
                    let ex = Extraction(document: header, references: refs, chars: text.unicodeScalars.count)
                    try g.ingest(IngestDocument(path: "/bench/doc\(me).txt", text: text, extraction: ex))
                    if i % 2000 == 1999 {
                        try g.commitBatch(); try g.beginBatch()
                        if i % 20000 == 19999 { print("  \(i + 1) documents…") }
                    }
                }
                try g.commitBatch()
            }
            let s = try g.statistics(top: 1)
            print(String(format: "generated %d documents, %d mention edges, %d nodes in %.1f s (%.1f MB)",
                         s.files, s.mentions, s.documents, secs, Double(s.databaseBytes) / 1e6))
        } catch {
            print("generation failed: \(error)")
        }
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func percentile(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s[min(s.count - 1, Int(Double(s.count - 1) * p))]
    }

    static func query(_ o: Options) {
        let db = o.string("db", "bench-data/graph.sqlite")
        let samples = o.int("samples", 1000)
        let area = o.int("area", 10_000)
        do {
            let g = try GraphDatabase(path: db)
            let s = try g.statistics(top: 1)
            print(String(format: "graph: %d files, %d mention edges, %d nodes", s.files, s.mentions, s.documents))
            let docs = s.files
            var rng = SplitMix(seed: 7)
            // cited-by: resolve a human REF with the extractor, then list the citing files.
            var times: [Double] = []
            var cpus: [Double] = []
            var rows = 0
            for _ in 0..<samples {
                let i = 100 + Int(rng.next() % UInt64(docs))
                let ref = "Nghị định số " + symbol(i)
                var cpu = 0.0
                let t = try seconds {
                    cpu = try cpuSeconds {
                        let nodes = try g.resolve(ref)
                        for n in nodes { rows += try g.citations(of: n).count }
                    }
                }
                times.append(t * 1000)
                cpus.append(cpu * 1000)
            }
            print(String(format: "cited-by REF (resolve + list), %d random documents: median %.3f ms (CPU %.3f ms), p99 %.3f ms, max %.3f ms (%.1f citations on average)",
                         samples, percentile(times, 0.5), percentile(cpus, 0.5), percentile(times, 0.99), times.max() ?? 0,
                         Double(rows) / Double(samples)))
            if let top = s.topCited.first {
                let t = try seconds { _ = try g.citations(of: top.node) }
                print(String(format: "cited-by the most cited document (%@, %d citations): %.1f ms", top.node.key, top.mentions, t * 1000))
            }
            // deps: from the newest document of each area (it reaches its area and the central laws).
            var depsTimes: [Double] = []
            var depsCPU: [Double] = []
            var reached = 0
            let areas = max(1, docs / area)
            for a in 0..<areas {
                let newest = 100 + min(docs, (a + 1) * area) - 1
                guard let start = try g.resolve(symbol(newest)).first else { continue }
                var count = 0
                var cpu = 0.0
                let t = try seconds { cpu = try cpuSeconds { count = try g.dependencies(of: [start]).reachedCount } }
                depsTimes.append(t * 1000)
                depsCPU.append(cpu * 1000)
                reached += count
            }
            print(String(format: "deps (transitive, unlimited depth) from %d starts: median %.1f ms (CPU %.1f ms), max %.1f ms, %.0f documents reached on average",
                         depsTimes.count, percentile(depsTimes, 0.5), percentile(depsCPU, 0.5), depsTimes.max() ?? 0,
                         Double(reached) / Double(max(1, depsTimes.count))))
            var revTimes: [Double] = []
            var revReached = 0
            for k in 0..<min(20, 100) {
                guard let start = try g.resolve(symbol(k)).first else { continue }
                var count = 0
                let t = try seconds { count = try g.dependencies(of: [start], depth: 2, reverse: true).reachedCount }
                revTimes.append(t * 1000)
                revReached += count
            }
            print(String(format: "deps --reverse --depth 2 from central laws: median %.1f ms, max %.1f ms, %.0f documents reached on average",
                         percentile(revTimes, 0.5), revTimes.max() ?? 0, Double(revReached) / Double(max(1, revTimes.count))))
        } catch {
            print("query benchmark failed: \(error)")
        }
    }
}
