import Foundation
import LegalRefs
import Reports
import Testing
@testable import CitationGraph

@Suite struct ReportTests {
    /// The decision of the hand-built corpus, plus a news page whose title tries to break out of HTML and DOT.
    static func report() throws -> (DependencyReport, TempDir) {
        let dir = TempDir()
        let db = try openDB(dir)
        try Corpus.load(db)
        let text = "Tin: thực hiện Quyết định số 1744/QĐ-UBND ngày 16/7/2019 của UBND tỉnh Sơn La, \"trích\" <b>đậm</b>."
        try db.ingest(doc("/corpus/evil.txt", text,
                          header: DocumentHeader(date: "2019-09-01", title: "<script>alert(\"x\")</script> \"tin\""),
                          [ref(text, "Quyết định số 1744/QĐ-UBND ngày 16/7/2019", id: "1744/QĐ-UBND", year: 2019,
                               date: "2019-07-16", locality: "tỉnh Sơn La", relation: .implements)]))
        let node = try #require(try db.resolve("1744/QĐ-UBND@tỉnh Sơn La#2019").first)
        return (try db.report(for: node), dir)
    }

    @Test func reportHoldsBasesReferencesAndTimeline() throws {
        let (r, dir) = try Self.report()
        defer { dir.cleanup() }
        #expect(r.subject.node.key == "1744/QĐ-UBND@tỉnh Sơn La#2019")
        #expect(r.bases.entries.filter { $0.depth > 0 }.map(\.node.key) == ["43/2019/QH14", "127/2018/NĐ-CP"])
        #expect(r.references.map(\.citedKey) == ["43/2019/QH14", "127/2018/NĐ-CP"])
        #expect(r.citedBy.map(\.source.path) == ["/corpus/news.txt", "/corpus/evil.txt"], "oldest first")
    }

    @Test func markdown() throws {
        let (r, dir) = try Self.report()
        defer { dir.cleanup() }
        let md = ReportRenderer.markdown(r)
        #expect(md.hasPrefix("# Regulatory dependency report: Quyết định 1744/QĐ-UBND"))
        #expect(md.contains("## Legal bases") && md.contains("`43/2019/QH14`"))
        #expect(md.contains("| 2019-08-02 |") && md.contains("| 2019-09-01 |"))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let (r, dir) = try Self.report()
        defer { dir.cleanup() }
        let withPicture = ReportRenderer.html(r, svg: "<?xml version=\"1.0\"?>\n<svg id=\"g\"></svg>")
        #expect(withPicture.contains("<svg id=\"g\"></svg>") && !withPicture.contains("<?xml"))
        #expect(!withPicture.contains("<script>"))
        #expect(withPicture.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(!withPicture.contains("<link") && !withPicture.contains("src=\"http"))
        let without = ReportRenderer.html(r, svg: nil)
        #expect(without.contains("was not available") && without.contains("digraph cancu"))
    }

    @Test func dotQuotesLabelsAndRendersWithGraphviz() throws {
        let (r, dir) = try Self.report()
        defer { dir.cleanup() }
        let dot = ReportRenderer.dot(r)
        #expect(dot.contains("\\\"tin\\\""))
        #expect(dot.contains("-> \"1744/QĐ-UBND@tỉnh Sơn La#2019\""))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            let p = dir.write("r.dot", dot)
            let (status, svg, err) = try runProcess("/usr/bin/dot", ["-Tsvg", p])
            #expect(status == 0, "\(err)")
            #expect(svg.contains("<svg"))
        }
    }

    @Test func csvAndJSON() throws {
        let (r, dir) = try Self.report()
        defer { dir.cleanup() }
        let csv = ReportRenderer.csv(r)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "section,depth,relation,key,kind,date,title,path,pinpoint,sentence")
        #expect(lines.filter { $0.hasPrefix("basis,") }.count == 2)
        #expect(csv.contains("\"<script>alert(\"\"x\"\")</script> \"\"tin\"\"\""), "quotes doubled inside a quoted field")
        let json = try JSONSerialization.jsonObject(with: Data(ReportRenderer.json(r).utf8)) as? [String: Any]
        #expect(((json?["subject"] as? [String: Any])?["node"] as? [String: Any])?["key"] as? String == "1744/QĐ-UBND@tỉnh Sơn La#2019")
        #expect((json?["cited_by"] as? [Any])?.count == 2)
    }

    @Test func listingsRender() throws {
        let (r, dir) = try Self.report()
        defer { dir.cleanup() }
        let cited = [CitedByResult(document: r.subject.node, citedBy: r.citedBy)]
        let text = GraphListing.citedByText(cited, display: { $0 })
        #expect(text.contains("/corpus/news.txt") && text.contains("implements"))
        #expect(GraphListing.citedByCSV(cited).split(separator: "\n").count == 3)
        let deps = GraphListing.depsText(r.bases)
        #expect(deps.contains("├─ based_on → 43/2019/QH14") || deps.contains("└─ based_on → 43/2019/QH14"))
        #expect(deps.contains("2 documents it rests on"))
        #expect(GraphListing.csvField("a,b") == "\"a,b\"" && GraphListing.csvField("plain") == "plain")
    }
}
