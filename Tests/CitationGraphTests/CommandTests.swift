import Foundation
import Testing

/// The built `cancu` executable next to the test bundle.
let cancuBinary: String = {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = runner.deletingLastPathComponent()
    // On macOS the runner sits inside the .xctest bundle.
    while dir.path != "/" {
        let candidate = dir.appendingPathComponent("cancu").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        dir.deleteLastPathComponent()
    }
    return "cancu"
}()

/// A temporary copy of fixtures/ indexed into a database, for the command tests.
struct IndexedFixtures {
    let dir = TempDir()
    var db: String { dir.file("graph.sqlite") }
    let indexOutput: String

    init() throws {
        try FileManager.default.copyItem(atPath: repoRoot + "/fixtures", toPath: dir.file("fixtures"))
        let (status, out, err) = try runProcess(cancuBinary, ["index", "--db", dir.file("graph.sqlite"), "fixtures"], cwd: dir.path)
        #expect(status == 0, "index failed: \(err)")
        indexOutput = out
    }

    /// Runs `cancu ARGS --db DB` in the fixture directory.
    func cancu(_ args: [String], env: [String: String] = [:]) throws -> (Int32, String, String) {
        try runProcess(cancuBinary, args + ["--db", db], env: env, cwd: dir.path)
    }
}

@Suite(.serialized) struct CommandTests {
    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: cancuBinary), "build the cancu product before the tests")
    }

    @Test func indexThenCitedByFindsTheSeedArticle() throws {
        let f = try IndexedFixtures()
        defer { f.dir.cleanup() }
        #expect(f.indexOutput.contains("files:"))
        #expect(f.indexOutput.contains("0 errors"))
        for ref in ["Nghị quyết 51/2017/QH14", "51/2017/QH14", "nghi quyet 51/2017/qh14"] {
            let (status, out, err) = try f.cancu(["cited-by", ref])
            #expect(status == 0, "\(ref): \(err)")
            #expect(out.contains("fixtures/so-gddt-son-la-2019.txt"), "\(ref)")
            #expect(out.contains("Nghị quyết số 51/2017/QH14"), "the sentence is shown")
        }
    }

    @Test func citedByFormatsAndExitCodes() throws {
        let f = try IndexedFixtures()
        defer { f.dir.cleanup() }
        let (s1, json, _) = try f.cancu(["cited-by", "--format", "json", "Nghị định 127/NĐ-CP ngày 21/9/2018"])
        #expect(s1 == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        let first = try #require(parsed?.first)
        #expect((first["document"] as? [String: Any])?["key"] as? String == "127/2018/NĐ-CP")
        #expect(((first["cited_by"] as? [[String: Any]])?.count ?? 0) >= 2, "the seed article and the decision")

        let (s2, csv, _) = try f.cancu(["cited-by", "--format", "csv", "127/2018/NĐ-CP"])
        #expect(s2 == 0)
        #expect(csv.hasPrefix("cited_key,cited_symbol,"))
        #expect(csv.split(separator: "\n").count >= 3)

        let (s3, _, err3) = try f.cancu(["cited-by", "Nghị định 999/2099/NĐ-CP"])
        #expect(s3 == 1)
        #expect(err3.contains("no document"))

        let (s4, _, err4) = try runProcess(cancuBinary, ["cited-by", "--db", f.dir.file("missing.sqlite"), "51/2017/QH14"])
        #expect(s4 == 2)
        #expect(err4.contains("no database"))

        let (s5, _, _) = try f.cancu(["cited-by", "--relation", "nonsense", "51/2017/QH14"])
        #expect(s5 != 0)
    }

    @Test func indexedDocumentsTakeOverTheirStubs() throws {
        let f = try IndexedFixtures()
        defer { f.dir.cleanup() }
        // The news article cites the provincial decision, which fixtures/graph/ holds itself.
        let (status, out, _) = try f.cancu(["show", "--format", "json", "Quyết định 1744/QĐ-UBND ngày 16/7/2019"])
        #expect(status == 0)
        let shown = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]]
        let node = shown?.first?["node"] as? [String: Any]
        #expect(node?["is_stub"] as? Bool == false)
        #expect((shown?.first?["sources"] as? [[String: Any]])?.first?["path"] as? String != nil)
        let (_, cited, _) = try f.cancu(["cited-by", "1744/QĐ-UBND"])
        #expect(cited.contains("fixtures/so-gddt-son-la-2019.txt"))
        #expect(!cited.contains("qd-1744-ubnd-son-la-2019.txt"), "its own number is not a citation of itself")
    }

    @Test func databaseFromEnvironment() throws {
        let f = try IndexedFixtures()
        defer { f.dir.cleanup() }
        let (status, out, _) = try runProcess(cancuBinary, ["stats"], env: ["CANCU_DB": f.db], cwd: f.dir.path)
        #expect(status == 0)
        #expect(out.contains("graph.sqlite"))
    }

    @Test func citesShowDepsSearchStats() throws {
        let f = try IndexedFixtures()
        defer { f.dir.cleanup() }
        let (s1, cites, _) = try f.cancu(["cites", "fixtures/so-gddt-son-la-2019.txt"])
        #expect(s1 == 0)
        #expect(cites.contains("51/2017/QH14") && cites.contains("404/QĐ-TTg"))
        let (s1b, citesByName, _) = try f.cancu(["cites", "--format", "csv", "so-gddt-son-la-2019.txt"])
        #expect(s1b == 0 && citesByName.contains("404/QĐ-TTg"))

        let (s2, show, _) = try f.cancu(["show", "Nghị quyết 51/2017/QH14"])
        #expect(s2 == 0)
        #expect(show.contains("51/2017/QH14") && show.contains("Quốc hội"))
        let (s2b, showJSON, _) = try f.cancu(["show", "--format", "json", "51/2017/QH14"])
        #expect(s2b == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(showJSON.utf8)) as? [Any])?.count == 1)

        let (s3, deps, _) = try f.cancu(["deps", "--reverse", "127/2018/NĐ-CP"])
        #expect(s3 == 0)
        #expect(deps.contains("← 1744/QĐ-UBND@tỉnh Sơn La#2019"), "the provincial decision rests on the decree")
        let (s3b, depsCSV, _) = try f.cancu(["deps", "--format", "csv", "--depth", "1", "--relation", "based_on,amends",
                                             "Quyết định 1744/QĐ-UBND ngày 16/7/2019"])
        #expect(s3b == 0 && depsCSV.hasPrefix("depth,key,"))
        #expect(depsCSV.contains("127/2018/NĐ-CP") && !depsCSV.contains("51/2017/QH14"), "implements is not followed")
        #expect(!depsCSV.contains("76/2015/QH13"), "depth 1 stops before the decree's own bases")
        let (s3c, chain, _) = try f.cancu(["deps", "Quyết định 1744/QĐ-UBND ngày 16/7/2019"])
        #expect(s3c == 0 && chain.contains("76/2015/QH13"), "bases of bases, through the indexed decree")

        let (s4, search, _) = try f.cancu(["search", "nghi dinh"])
        #expect(s4 == 0)
        #expect(search.contains("so-gddt-son-la-2019.txt"))
        let (s4b, _, _) = try f.cancu(["search", "zzzzqqq"])
        #expect(s4b == 1)

        let (s5, stats, _) = try f.cancu(["stats", "--format", "json"])
        #expect(s5 == 0)
        let st = try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any]
        #expect((st?["files"] as? Int ?? 0) >= 1)
        #expect((st?["mentions"] as? Int ?? 0) >= 10)
    }

    @Test func reportInEveryFormat() throws {
        let f = try IndexedFixtures()
        defer { f.dir.cleanup() }
        for (format, marker) in [("md", "# Regulatory dependency report"), ("json", "\"subject\""), ("csv", "section,depth"),
                                 ("dot", "digraph cancu"), ("html", "<!DOCTYPE html>")] {
            let (status, out, err) = try f.cancu(["report", "--format", format, "Nghị định 127/2018/NĐ-CP"])
            #expect(status == 0, "\(format): \(err)")
            #expect(out.contains(marker), "\(format)")
            #expect(out.contains("127/2018/NĐ-CP"), "\(format)")
        }
        let (_, html, _) = try f.cancu(["report", "--format", "html", "127/2018/NĐ-CP"])
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            #expect(html.contains("<svg"), "Graphviz drew the picture")
        }
        let (status, noDot, _) = try f.cancu(["report", "--format", "html", "127/2018/NĐ-CP"], env: ["PATH": "/nonexistent"])
        #expect(status == 0)
        #expect(noDot.contains("was not available") && noDot.contains("digraph cancu"))
        #expect(!noDot.contains("<svg"))
        let (s2, _, _) = try f.cancu(["report", "--output", f.dir.file("r.html"), "--format", "html", "127/2018/NĐ-CP"])
        #expect(s2 == 0 && FileManager.default.fileExists(atPath: f.dir.file("r.html")))
    }

    @Test func reindexIsIncrementalAndPruneRemovesGoneFiles() throws {
        let f = try IndexedFixtures()
        defer { f.dir.cleanup() }
        let (_, before, _) = try f.cancu(["stats", "--format", "json"])
        let (s1, again, _) = try f.cancu(["index", "fixtures"])
        #expect(s1 == 0)
        #expect(again.contains("0 indexed") && again.contains("unchanged"))
        let (_, after, _) = try f.cancu(["stats", "--format", "json"])
        #expect(before == after, "nothing doubled")

        // Change one file, delete another.
        let seed = f.dir.file("fixtures/so-gddt-son-la-2019.txt")
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        try (text + "\nThực hiện Chỉ thị số 16/CT-TTg ngày 18/6/2018 của Thủ tướng Chính phủ.\n").write(toFile: seed, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: f.dir.file("fixtures/graph/nq-51-2017-qh14.txt"))
        let (s2, changed, _) = try f.cancu(["index", "--prune", "fixtures"])
        #expect(s2 == 0)
        #expect(changed.contains("1 indexed (1 replaced)"))
        #expect(changed.contains("1 removed"))
        let (_, stats, _) = try f.cancu(["stats", "--format", "json"])
        let a = try JSONSerialization.jsonObject(with: Data(after.utf8)) as? [String: Any]
        let b = try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any]
        #expect((b?["files"] as? Int) == (a?["files"] as? Int).map { $0 - 1 })
        let (_, integrity, _) = try runProcess("/usr/bin/sqlite3", [f.db, "PRAGMA integrity_check;"])
        #expect(integrity == "ok\n")
    }

    @Test func injectionAttemptsAsREFStayData() throws {
        let f = try IndexedFixtures()
        defer { f.dir.cleanup() }
        let (_, before, _) = try f.cancu(["stats", "--format", "csv"])
        for attempt in ["'; DROP TABLE mention; --", "51/2017/QH14' OR '1'='1", "\" OR 1=1 --",
                        "x); DELETE FROM legal_document; --", "%", "*"] {
            for cmd in ["cited-by", "cites", "show", "deps", "report", "search"] {
                let (status, _, _) = try f.cancu([cmd, attempt])
                #expect(status != 2 || cmd == "search", "\(cmd) \(attempt)")
            }
        }
        let (_, after, _) = try f.cancu(["stats", "--format", "csv"])
        #expect(before == after)
        let (_, integrity, _) = try runProcess("/usr/bin/sqlite3", [f.db, "PRAGMA integrity_check;"])
        #expect(integrity == "ok\n")
    }

    @Test func schemaCommandPrintsSchemaSQL() throws {
        let (status, out, _) = try runProcess(cancuBinary, ["schema"])
        #expect(status == 0)
        #expect(out == (try String(contentsOfFile: repoRoot + "/schema.sql", encoding: .utf8)))
    }

    @Test func unreadablePathsAreReportedAndTheRunGoesOn() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        dir.write("a.txt", "Căn cứ Nghị định số 127/2018/NĐ-CP ngày 21/9/2018 của Chính phủ;")
        let (status, out, _) = try runProcess(cancuBinary, ["index", "--db", dir.file("g.sqlite"), dir.file("a.txt"), dir.file("missing")])
        #expect(status == 1)
        #expect(out.contains("1 indexed") && out.contains("missing"))
        let (s2, cited, _) = try runProcess(cancuBinary, ["cited-by", "--db", dir.file("g.sqlite"), "127/2018/NĐ-CP"])
        #expect(s2 == 0 && cited.contains("a.txt"))
    }
}

@Suite struct ReadmeTests {
    /// Every `sqlite3 cancu.sqlite …` line of the README's "Citation graph" section, as written.
    static func readmeQueries() throws -> [String] {
        let readme = try String(contentsOfFile: repoRoot + "/README.md", encoding: .utf8)
        guard let start = readme.range(of: "## Citation graph") else { return [] }
        var section = readme[start.upperBound...]
        if let next = section.range(of: "\n## ") { section = section[..<next.lowerBound] }
        return section.split(separator: "\n").map(String.init).filter { $0.hasPrefix("sqlite3 cancu.sqlite ") }
    }

    @Test func readmeSQLWorksAsWrittenOnTheFixtures() throws {
        let queries = try Self.readmeQueries()
        #expect(queries.count >= 5)
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: repoRoot + "/fixtures", toPath: dir.file("fixtures"))
        let (status, _, err) = try runProcess(cancuBinary, ["index", "fixtures"], env: ["CANCU_DB": ""], cwd: dir.path)
        #expect(status == 0, "\(err)")
        #expect(FileManager.default.fileExists(atPath: dir.file("cancu.sqlite")))
        for q in queries {
            let (s, out, e) = try runProcess("/bin/sh", ["-c", q], cwd: dir.path)
            #expect(s == 0 && e.isEmpty, "\(q)\n\(e)")
            #expect(!out.isEmpty, "no rows: \(q)")
        }
        let (_, seed, _) = try runProcess("/bin/sh", ["-c", queries[0]], cwd: dir.path)
        #expect(seed.contains("so-gddt-son-la-2019.txt"))
    }
}

@Suite struct ParallelExtractTests {
    /// `cancu extract` on several threads writes exactly what one thread writes, including the error
    /// record of an unreadable file in its place and the exit status.
    @Test(arguments: ["jsonl", "tsv", "text"])
    func threadsDoNotChangeTheOutput(format: String) throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        try FileManager.default.copyItem(atPath: repoRoot + "/fixtures", toPath: dir.file("fixtures"))
        try Data("PK\u{3}\u{4}broken".utf8).write(to: URL(fileURLWithPath: dir.file("fixtures/broken.docx")))
        let one = try runProcess(cancuBinary, ["extract", "--format", format, "--jobs", "1", "fixtures"], cwd: dir.path)
        let four = try runProcess(cancuBinary, ["extract", "--format", format, "--jobs", "4", "fixtures"], cwd: dir.path)
        #expect(one.0 == 1 && four.0 == 1)   // the broken file
        #expect(!one.1.isEmpty)
        #expect(one.1 == four.1)
        #expect(one.2 == four.2)
    }
}
