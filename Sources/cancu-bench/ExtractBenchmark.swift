import DocumentText
import Foundation
import LegalRefs
import Reports
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `cancu-bench extract`: throughput of normalize + extract + render-jsonl on one core, and the peak
/// memory of `cancu extract` on a 1 GB input.
///
///     cancu-bench extract                      # the repository's fixtures, replicated to 64 MB
///     cancu-bench extract DIR|FILE …           # real files (all read into memory first)
///     cancu-bench extract --synthetic          # generated reference-dense legal text
///     cancu-bench extract --memory [--gb 1]    # peak RSS of the real CLI on generated inputs
enum ExtractBenchmark {
    struct Options {
        var paths: [String] = []
        var synthetic = false
        var minMB = 64
        var repeats = 5
        var memory = false
        var gigabytes = 1.0
        var cancu: String?
        var phases = false
    }

    static let usage = """
        usage: cancu-bench extract [--synthetic] [--mb N] [--repeat N] [--phases] [PATH …]
               cancu-bench extract --memory [--gb G] [--cancu PATH] [PATH …]
        """

    static func run(_ args: [String]) {
        var o = Options()
        var it = args.makeIterator()
        while let a = it.next() {
            switch a {
            case "--synthetic": o.synthetic = true
            case "--mb": o.minMB = Int(it.next() ?? "") ?? o.minMB
            case "--repeat": o.repeats = max(1, Int(it.next() ?? "") ?? o.repeats)
            case "--memory": o.memory = true
            case "--gb": o.gigabytes = Double(it.next() ?? "") ?? o.gigabytes
            case "--cancu": o.cancu = it.next()
            case "--phases": o.phases = true
            case "-h", "--help": print(usage); return
            default:
                if a.hasPrefix("-") { print(usage); exit(2) }
                o.paths.append(a)
            }
        }
        let corpus = o.synthetic ? [Doc(name: "synthetic.txt", bytes: syntheticText(bytes: 4 << 20))] : loadCorpus(o.paths)
        guard !corpus.isEmpty else { print("no input files"); exit(1) }
        if o.memory { memoryCheck(corpus, o); return }
        throughput(corpus, o)
    }

    /// One input file, held in memory as its raw bytes.
    struct Doc {
        var name: String
        var bytes: [UInt8]
    }

    /// The files under `paths` (default: the repository's `fixtures/`), read into memory.
    static func loadCorpus(_ paths: [String]) -> [Doc] {
        var paths = paths
        let fixturesOnly = paths.isEmpty
        if fixturesOnly {
            // Sources/cancu-bench/ExtractBenchmark.swift → the package root.
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            paths = [root.appendingPathComponent("fixtures").path]
        }
        var docs: [Doc] = []
        for entry in FileWalker.expand(paths) {
            guard case .file(let f) = entry, let data = FileManager.default.contents(atPath: f) else { continue }
            let bytes = [UInt8](data)
            // Of the fixtures, the UTF-8 plain-text documents: other formats and legacy encodings
            // measure their converters, not extraction.
            if fixturesOnly && (!f.hasSuffix(".txt") || String(validating: bytes, as: UTF8.self) == nil || f.contains("/legacy/")) { continue }
            docs.append(Doc(name: f, bytes: bytes))
        }
        return docs
    }

    /// The corpus repeated until it holds at least `minBytes` (the copies share storage).
    static func replicate(_ corpus: [Doc], minBytes: Int) -> [Doc] {
        let size = corpus.reduce(0) { $0 + $1.bytes.count }
        guard size > 0 else { return corpus }
        var out: [Doc] = []
        while out.reduce(0, { $0 + $1.bytes.count }) < minBytes { out.append(contentsOf: corpus) }
        return out
    }

    /// Runs the CLI's per-file pipeline on in-memory bytes; returns the number of references.
    @inline(never)
    static func pipeline(_ doc: Doc, into out: inout [UInt8]) -> Int {
        let loaded: LoadedDocument
        do { loaded = try DocumentReader.read(bytes: doc.bytes, name: doc.name) } catch {
            out.append(contentsOf: ExtractRenderer.errorJSON(source: doc.name, message: error.message).utf8)
            out.append(0x0A)
            return 0
        }
        // The CLI's own calls: extraction handing its records to the writer as they come.
        let writer = ExtractRecordWriter(source: doc.name, format: .jsonl)
        var count = 0
        loaded.utf8.withUnsafeBufferPointer { text in
            Extractor.extract(bytes: text, hints: loaded.hints, document: { header, chars in
                writer.appendDocument(header, format: loaded.format, encoding: loaded.encoding, chars: chars, to: &out)
            }, references: { refs in
                writer.appendReferences(refs, to: &out)
                count += refs.count
            })
        }
        return count
    }

    static func throughput(_ base: [Doc], _ o: Options) {
        let baseBytes = base.reduce(0) { $0 + $1.bytes.count }
        let docs = replicate(base, minBytes: o.minMB << 20)
        let total = docs.reduce(0) { $0 + $1.bytes.count }
        print("extract benchmark: \(base.count) files, \(mb(baseBytes)) MB, replicated to \(docs.count) files, \(mb(total)) MB\(o.synthetic ? " (synthetic)" : "")")
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        var best = (cpu: Double.infinity, wall: Double.infinity)
        var refs = 0, outBytes = 0
        for _ in 0..<o.repeats {
            let t = Timer()
            refs = 0; outBytes = 0
            for d in docs {
                refs += pipeline(d, into: &out)
                // Like the CLI's buffered stdout: hand off (here: discard) every 64 KB.
                if out.count >= 1 << 16 { outBytes += out.count; out.removeAll(keepingCapacity: true) }
            }
            outBytes += out.count; out.removeAll(keepingCapacity: true)
            let (cpu, wall) = t.elapsed()
            best = (min(best.cpu, cpu), min(best.wall, wall))
        }
        let mbs = Double(total) / 1_048_576
        print(String(format: "normalize+extract+render jsonl, 1 thread, best of %d: %.1f MB/s (CPU time %.3f s), %.1f MB/s wall (%.3f s)",
                     o.repeats, mbs / best.cpu, best.cpu, mbs / best.wall, best.wall))
        print(String(format: "  %d references (%.0f per MB), %.2f M references/s, %.1f MB of jsonl", refs, Double(refs) / mbs,
                     Double(refs) / best.cpu / 1e6, Double(outBytes) / 1_048_576))
        if o.phases { phases(docs, o) }
    }

    /// Time of each stage separately: read+normalize, extract, render.
    static func phases(_ docs: [Doc], _ o: Options) {
        let total = Double(docs.reduce(0) { $0 + $1.bytes.count }) / 1_048_576
        var loaded: [LoadedDocument?] = []
        var tRead = Double.infinity, tExtract = Double.infinity, tRender = Double.infinity
        for _ in 0..<o.repeats {
            let t = Timer()
            loaded = docs.map { try? DocumentReader.read(bytes: $0.bytes, name: $0.name) }
            tRead = min(tRead, t.elapsed().cpu)
        }
        var exs: [Extraction?] = []
        for _ in 0..<o.repeats {
            let t = Timer()
            exs = loaded.map { l in l.map { d in d.utf8.withUnsafeBufferPointer { Extractor.extract(bytes: $0, hints: d.hints) } } }
            tExtract = min(tExtract, t.elapsed().cpu)
        }
        var out: [UInt8] = []
        for _ in 0..<o.repeats {
            let t = Timer()
            for (i, ex) in exs.enumerated() {
                guard let ex, let l = loaded[i] else { continue }
                let writer = ExtractRecordWriter(source: docs[i].name, format: .jsonl)
                writer.appendDocument(ex.document, format: l.format, encoding: l.encoding, chars: ex.chars, to: &out)
                writer.appendReferences(ex.references, to: &out)
                if out.count >= 1 << 16 { out.removeAll(keepingCapacity: true) }
            }
            tRender = min(tRender, t.elapsed().cpu)
        }
        print(String(format: "  phases (CPU, best of %d): read+normalize %.0f MB/s, extract %.0f MB/s, render %.0f MB/s",
                     o.repeats, total / tRead, total / tExtract, total / tRender))
    }

    // MARK: Memory

    /// Peak RSS of `cancu extract --format jsonl` on generated inputs: a small file, one file of
    /// `--gb` GB, and the same amount split into many files.
    static func memoryCheck(_ corpus: [Doc], _ o: Options) {
        let cancu = o.cancu ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("cancu").path
        guard FileManager.default.isExecutableFile(atPath: cancu) else { print("no cancu binary at \(cancu) (use --cancu PATH)"); exit(1) }
        // Text only: concatenate the corpus' plain UTF-8 text files that read as such (no legacy
        // paragraphs to re-decode: those take the full decoder, which holds the whole text several times).
        var text: [UInt8] = []
        for d in corpus where d.bytes.count > 0 && String(validating: d.bytes, as: UTF8.self) != nil {
            guard let doc = try? DocumentReader.read(bytes: d.bytes, name: d.name), doc.format == "txt", doc.encoding == "utf-8" else { continue }
            text.append(contentsOf: d.bytes); text.append(0x0A)
        }
        if text.isEmpty { text = syntheticText(bytes: 4 << 20) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cancu-bench-mem-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let big = Int(o.gigabytes * 1_073_741_824)
        let piece = 16 << 20
        let small = dir + "/small.txt"
        write(text, repeatedTo: piece, path: small)
        let one = dir + "/one.txt"
        write(text, repeatedTo: big, path: one)
        let many = dir + "/many"
        try? FileManager.default.createDirectory(atPath: many, withIntermediateDirectories: true)
        for i in 0..<max(1, big / piece) {
            let p = many + String(format: "/%04d.txt", i)
            if i == 0 { write(text, repeatedTo: piece, path: p) } else { try? FileManager.default.linkItem(atPath: many + "/0000.txt", toPath: p) }
        }
        print("memory: peak RSS of `\(cancu) extract --format jsonl` (output to /dev/null)")
        for (label, path, size) in [("16 MB, one file", small, piece), (String(format: "%.1f GB, one file", o.gigabytes), one, big),
                                    (String(format: "%.1f GB, %d files of 16 MB", o.gigabytes, max(1, big / piece)), many, max(1, big / piece) * piece)] {
            let (rss, seconds, status) = runMeasured(cancu, ["extract", "--format", "jsonl", path])
            print(String(format: "  %-28@ peak RSS %7.1f MB, %6.2f s wall (%.0f MB/s end to end), exit %d",
                         label as NSString, Double(rss) / 1024, seconds, Double(size) / 1_048_576 / seconds, status))
        }
    }

    /// Writes `text` repeated (cut at a line end) until the file holds about `size` bytes.
    static func write(_ text: [UInt8], repeatedTo size: Int, path: String) {
        guard let f = fopen(path, "wb") else { return }
        defer { fclose(f) }
        var written = 0
        text.withUnsafeBytes { raw in
            while written < size {
                let n = min(raw.count, size - written)
                var cut = n
                if n < raw.count { while cut > 0, raw[cut - 1] != 0x0A { cut -= 1 }; if cut == 0 { cut = n } }
                fwrite(raw.baseAddress!, 1, cut, f)
                written += cut
                if cut < raw.count { break }
            }
        }
    }

    /// Runs a program with stdout to /dev/null; returns its peak RSS (KB), wall seconds and exit status.
    static func runMeasured(_ exe: String, _ args: [String]) -> (Int, Double, Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv = ([exe] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let t = Timer()
        guard posix_spawn(&pid, exe, &actions, nil, argv, environ) == 0 else { return (0, 0, -1) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return (usage.ru_maxrss, t.elapsed().wall, (status >> 8) & 0xFF)
    }

    // MARK: Synthetic text

    /// Deterministic reference-dense legal prose: preamble lines, citations with dates and issuers,
    /// pinpoints, lists, and ordinary sentences with numbers that are not references.
    static func syntheticText(bytes: Int) -> [UInt8] {
        var rng = SplitMix(seed: 0x5EED)
        let issuers = ["của Chính phủ", "của Thủ tướng Chính phủ", "của Bộ Tài chính", "của Ủy ban nhân dân tỉnh Sơn La",
                       "của Bộ Chính trị", "của Quốc hội", "của Bộ Giáo dục và Đào tạo"]
        let prose = ["Ủy ban nhân dân các huyện, thành phố có trách nhiệm tổ chức triển khai thực hiện nghiêm túc các nội dung tại Điều 3.",
                     "Kinh phí thực hiện năm 2023 là 1.250 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 60%.",
                     "Liên hệ: số điện thoại 0212.3852.123, địa chỉ số 8 đường Tô Hiệu, phường Chiềng Lề.",
                     "Đến ngày 31/12/2022, toàn tỉnh có 12/12 huyện đạt chuẩn, lớp 10/2 có 45 học sinh.",
                     "Chánh Văn phòng, Giám đốc các sở, ban, ngành và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."]
        var out = ""
        out.reserveCapacity(bytes + 1000)
        func date() -> (String, Int) {
            let y = 2005 + rng.next(18)
            return ("ngày \(1 + rng.next(28))/\(1 + rng.next(12))/\(y)", y)
        }
        while out.utf8.count < bytes {
            let (d, y) = date()
            let n = 1 + rng.next(2000)
            switch rng.next(9) {
            case 0: out += "Căn cứ Nghị định số \(n)/\(y)/NĐ-CP \(d) \(issuers[0]) quy định chi tiết một số điều của Luật Đầu tư công;\n"
            case 1: out += "Căn cứ Thông tư số \(n % 200)/\(y)/TT-BTC \(d) \(issuers[2]) hướng dẫn quản lý tài chính;\n"
            case 2: out += "Thực hiện Quyết định số \(n)/QĐ-TTg \(d) \(issuers[1]) phê duyệt Chương trình mục tiêu quốc gia, "
                + "Quyết định số \(n + 7)/QĐ-UBND \(d) \(issuers[3]) về việc ban hành kế hoạch.\n"
            case 3: out += "Bãi bỏ khoản 2 Điều \(1 + rng.next(40)) Thông tư số \(n % 300)/\(y)/TT-BGDĐT \(d) \(issuers[6]).\n"
            case 4: out += "Quán triệt Kết luận số \(n % 900)-KL/TW \(d) \(issuers[4]); Nghị quyết số \(n % 150)/\(y)/QH\(11 + rng.next(5)) \(issuers[5]).\n"
            case 5: out += "Theo đề nghị của Sở Tài chính tại Tờ trình số \(n)/TTr-STC \(d); các Quyết định số \(n)/QĐ-UBND, \(n + 1)/QĐ-UBND \(d).\n"
            default: out += prose[rng.next(prose.count)] + "\n"
            }
        }
        return Array(out.utf8)
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func mb(_ n: Int) -> String { String(format: "%.1f", Double(n) / 1_048_576) }
}

/// Wall-clock and this thread's CPU time since creation.
struct Timer {
    let wall = Timer.now(CLOCK_MONOTONIC)
    let cpu = Timer.now(CLOCK_THREAD_CPUTIME_ID)

    static func now(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    func elapsed() -> (cpu: Double, wall: Double) {
        (Timer.now(CLOCK_THREAD_CPUTIME_ID) - cpu, Timer.now(CLOCK_MONOTONIC) - wall)
    }
}
