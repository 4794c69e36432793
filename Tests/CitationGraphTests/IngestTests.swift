import Foundation
import LegalRefs
import Testing
@testable import CitationGraph

/// A small hand-built corpus: a news article, a provincial decision and a decree.
enum Corpus {
    static let news = """
        TỔNG KẾT NĂM HỌC 2018-2019
        Ngày 02/8/2019, Sở Giáo dục và Đào tạo Sơn La tổ chức Hội nghị.
        Ngành đã thực hiện Nghị quyết số 51/2017/QH14 của Quốc hội và Quyết định số 1744/QĐ-UBND ngày 16/7/2019 của UBND tỉnh.
        """
    static func newsRefs() -> [Reference] {
        [ref(news, "Nghị quyết số 51/2017/QH14", id: "51/2017/QH14", kind: "Nghị quyết", year: 2017,
             issuer: "Quốc hội", issuerCode: "QH14", relation: .implements),
         ref(news, "Quyết định số 1744/QĐ-UBND ngày 16/7/2019", id: "1744/QĐ-UBND", kind: "Quyết định", year: 2019,
             date: "2019-07-16", issuer: "Ủy ban nhân dân tỉnh Sơn La", issuerCode: "UBND", locality: "tỉnh Sơn La")]
    }

    static let decision = """
        ỦY BAN NHÂN DÂN TỈNH SƠN LA
        Số: 1744/QĐ-UBND
        Sơn La, ngày 16 tháng 7 năm 2019
        QUYẾT ĐỊNH Về việc ban hành kế hoạch thời gian năm học 2019-2020
        Căn cứ Luật Giáo dục số 43/2019/QH14;
        Căn cứ Nghị định số 127/2018/NĐ-CP ngày 21/9/2018 của Chính phủ;
        """
    static let decisionHeader = DocumentHeader(id: "1744/QĐ-UBND", kind: "Quyết định", issuer: "Ủy ban nhân dân tỉnh Sơn La",
                                               issuerCode: "UBND", locality: "tỉnh Sơn La", date: "2019-07-16",
                                               title: "Về việc ban hành kế hoạch thời gian năm học 2019-2020")
    static func decisionRefs() -> [Reference] {
        [ref(decision, "Luật Giáo dục số 43/2019/QH14", id: "43/2019/QH14", kind: "Luật", year: 2019, issuer: "Quốc hội",
             relation: .basedOn),
         ref(decision, "Nghị định số 127/2018/NĐ-CP ngày 21/9/2018", id: "127/2018/NĐ-CP", kind: "Nghị định", year: 2018,
             date: "2018-09-21", issuer: "Chính phủ", issuerCode: "CP", relation: .basedOn)]
    }

    static let decree = """
        CHÍNH PHỦ
        Số: 127/2018/NĐ-CP
        Hà Nội, ngày 21 tháng 9 năm 2018
        NGHỊ ĐỊNH Quy định trách nhiệm quản lý nhà nước về giáo dục
        Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005, Luật số 43/2019/QH14;
        """
    static let decreeHeader = DocumentHeader(id: "127/2018/NĐ-CP", kind: "Nghị định", issuer: "Chính phủ", issuerCode: "CP",
                                             date: "2018-09-21", title: "Quy định trách nhiệm quản lý nhà nước về giáo dục")
    static func decreeRefs() -> [Reference] {
        [ref(decree, "Luật số 43/2019/QH14", id: "43/2019/QH14", kind: "Luật", year: 2019, issuer: "Quốc hội", relation: .basedOn)]
    }

    static func load(_ db: GraphDatabase, root: String = "/corpus") throws {
        try db.ingest(doc(root + "/news.txt", news, header: DocumentHeader(date: "2019-08-02", title: "TỔNG KẾT NĂM HỌC 2018-2019"), newsRefs()))
        try db.ingest(doc(root + "/decision.txt", decision, header: decisionHeader, decisionRefs()))
        try db.ingest(doc(root + "/decree.txt", decree, header: decreeHeader, decreeRefs()))
    }
}

@Suite struct IngestTests {
    @Test func referencesCreateStubsAndTheRealDocumentTakesThemOver() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        let first = try db.ingest(doc("/c/news.txt", Corpus.news, Corpus.newsRefs()))
        #expect(first.newNodes == 2)
        let stub = try #require(try db.resolve("1744/QĐ-UBND@tỉnh Sơn La#2019").first)
        #expect(stub.isStub)

        try db.ingest(doc("/c/decision.txt", Corpus.decision, header: Corpus.decisionHeader, Corpus.decisionRefs()))
        let real = try #require(try db.resolve("1744/QĐ-UBND@tỉnh Sơn La#2019").first)
        #expect(real.id == stub.id)
        #expect(!real.isStub)
        #expect(real.title == "Về việc ban hành kế hoạch thời gian năm học 2019-2020")
        #expect(real.issuer == "Ủy ban nhân dân tỉnh Sơn La")
        let citing = try db.citations(of: real)
        #expect(citing.map(\.source.path) == ["/c/news.txt"])
        #expect(citing.first?.sentence.contains("Quyết định số 1744/QĐ-UBND ngày 16/7/2019") == true)
        #expect(try db.integrityCheck() == ["ok"])
    }

    @Test func partialStubMergesIntoTheOnlyDocumentItCanMean() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        let text = "Thực hiện Quyết định số 1744/QĐ-UBND năm 2019."
        // Locality unknown: a partial stub `1744/QĐ-UBND#2019`.
        try db.ingest(doc("/c/letter.txt", text, [ref(text, "Quyết định số 1744/QĐ-UBND", id: "1744/QĐ-UBND", year: 2019)]))
        #expect(try db.resolve("1744/QĐ-UBND#2019").first?.isPartial == true)

        try db.ingest(doc("/c/decision.txt", Corpus.decision, header: Corpus.decisionHeader, Corpus.decisionRefs()))
        #expect(try db.db.scalarInt("SELECT count(*) FROM legal_document WHERE key = '1744/QĐ-UBND#2019'") == 0,
                "the partial stub is gone")
        #expect(try db.resolve("1744/QĐ-UBND#2019").map(\.key) == ["1744/QĐ-UBND@tỉnh Sơn La#2019"], "and what it meant resolves")
        let real = try #require(try db.resolve("1744/QĐ-UBND@tỉnh Sơn La#2019").first)
        #expect(try db.citations(of: real).map(\.source.path) == ["/c/letter.txt"])

        // A later partial reference links straight to the real document.
        try db.ingest(doc("/c/letter2.txt", text, [ref(text, "Quyết định số 1744/QĐ-UBND", id: "1744/QĐ-UBND", year: 2019)]))
        #expect(try db.citations(of: real).map(\.source.path) == ["/c/letter.txt", "/c/letter2.txt"])
    }

    @Test func partialStubStaysWhenTwoDocumentsFit() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        let text = "Thực hiện Quyết định số 1744/QĐ-UBND năm 2019."
        try db.ingest(doc("/c/a.txt", "Số: 1744/QĐ-UBND", header: Corpus.decisionHeader, []))
        var hanoi = Corpus.decisionHeader
        hanoi.locality = "thành phố Hà Nội"
        hanoi.issuer = "Ủy ban nhân dân thành phố Hà Nội"
        try db.ingest(doc("/c/b.txt", "Số: 1744/QĐ-UBND", header: hanoi, []))
        try db.ingest(doc("/c/letter.txt", text, [ref(text, "Quyết định số 1744/QĐ-UBND", id: "1744/QĐ-UBND", year: 2019)]))
        let all = try db.resolve("1744/QĐ-UBND")
        #expect(all.count == 3)
        #expect(all.filter(\.isStub).map(\.key) == ["1744/QĐ-UBND#2019"])
    }

    @Test func yearlessSymbolsStayDistinctPerLocalityAndYear() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        let text = "Quyết định 1744/QĐ-UBND (Sơn La 2019); Quyết định 1744/QĐ-UBND (Hà Nội 2019); Quyết định 1744/QĐ-UBND (Sơn La 2020)."
        var refs = [Reference]()
        var r = ref(text, "Quyết định 1744/QĐ-UBND (Sơn La 2019)", id: "1744/QĐ-UBND", year: 2019, locality: "tỉnh Sơn La")
        refs.append(r)
        r = ref(text, "Quyết định 1744/QĐ-UBND (Hà Nội 2019)", id: "1744/QĐ-UBND", year: 2019, locality: "thành phố Hà Nội")
        refs.append(r)
        r = ref(text, "Quyết định 1744/QĐ-UBND (Sơn La 2020)", id: "1744/QĐ-UBND", year: 2020, locality: "tỉnh Sơn La")
        refs.append(r)
        try db.ingest(doc("/c/x.txt", text, refs))
        #expect(try db.resolve("1744/QĐ-UBND").map(\.key).sorted() == [
            "1744/QĐ-UBND@thành phố Hà Nội#2019", "1744/QĐ-UBND@tỉnh Sơn La#2019", "1744/QĐ-UBND@tỉnh Sơn La#2020"])
    }

    @Test func partyDocumentsAreKeyedByTerm() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        let text = "Nghị quyết 29-NQ/TW ngày 04/11/2013 và Nghị quyết 29-NQ/TW ngày 17/11/2022."
        try db.ingest(doc("/c/x.txt", text, [
            ref(text, "Nghị quyết 29-NQ/TW ngày 04/11/2013", id: "29-NQ/TW", kind: "Nghị quyết", year: 2013, date: "2013-11-04"),
            ref(text, "Nghị quyết 29-NQ/TW ngày 17/11/2022", id: "29-NQ/TW", kind: "Nghị quyết", year: 2022, date: "2022-11-17"),
        ]))
        #expect(try db.resolve("29-NQ/TW").map(\.key) == ["29-NQ/TW#XI", "29-NQ/TW#XIII"])
    }

    @Test func reindexingAFileReplacesItsEdgesAndText() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        let before = try db.statistics()
        // Same path, new text: one reference less.
        let text = Corpus.news.replacingOccurrences(of: "Nghị quyết số 51/2017/QH14 của Quốc hội và ", with: "")
        let outcome = try db.ingest(doc("/corpus/news.txt", text, header: DocumentHeader(title: "Tin"),
                                        [ref(text, "Quyết định số 1744/QĐ-UBND ngày 16/7/2019", id: "1744/QĐ-UBND",
                                             year: 2019, date: "2019-07-16", locality: "tỉnh Sơn La")]))
        #expect(outcome.replaced)
        let after = try db.statistics()
        #expect(after.files == before.files)
        #expect(after.mentions == before.mentions - 1)
        // 51/2017/QH14 was only cited by the old version: its stub is gone.
        #expect(try db.resolve("51/2017/QH14").isEmpty)
        #expect(after.documents == before.documents - 1)
        #expect(try db.search(["Quốc hội"]).map(\.source.path) == [], "the old text is no longer searchable")
        #expect(try db.integrityCheck() == ["ok"])
    }

    @Test func removingTheRealFileTurnsItsNodeBackIntoAStub() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        #expect(try db.removeSource(path: "/corpus/decree.txt"))
        let decree = try #require(try db.resolve("127/2018/NĐ-CP").first)
        #expect(decree.isStub, "still cited by the decision")
        #expect(try db.removeSource(path: "/corpus/decision.txt"))
        #expect(try db.resolve("127/2018/NĐ-CP").isEmpty, "nothing cites it any more")
        #expect(try db.resolve("1744/QĐ-UBND@tỉnh Sơn La#2019").first?.isStub == true, "the news still cites it")
        #expect(try !db.removeSource(path: "/corpus/none.txt"))
        #expect(try db.collectGarbage() == 0)
    }

    @Test func searchFoldsDiacriticsAndD() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        let both: Set = ["/corpus/decision.txt", "/corpus/decree.txt"]
        #expect(try Set(db.search(["nghi dinh"]).map(\.source.path)) == both, "a phrase: not the news' Hội nghị … Quyết định")
        #expect(try Set(db.search(["NGHỊ ĐỊNH"]).map(\.source.path)) == both)
        #expect(try Set(db.search(["nghị định"]).map(\.source.path)) == both)
        #expect(try Set(db.search(["127/2018/NĐ-CP"]).map(\.source.path)) == both)
        #expect(try db.search(["trách nhiệm quản lý"]).map(\.source.path) == ["/corpus/decree.txt"])
        #expect(try Set(db.search(["giao duc", "son la"]).map(\.source.path)) == ["/corpus/decision.txt", "/corpus/news.txt"])
        #expect(try db.search(["tổng kế*"]).map(\.source.path) == ["/corpus/news.txt"])
        let hit = try #require(try db.search(["trach nhiem"]).first)
        #expect(hit.snippet.contains("NGHỊ ĐỊNH Quy định trách nhiệm"))
        #expect(try db.search(["   ", "“”"]).isEmpty)
    }

    @Test(arguments: [
        "'; DROP TABLE mention; --",
        "51/2017/QH14' OR '1'='1",
        "\" OR 1=1 --",
        "x\"); DELETE FROM legal_document; --",
        "%",
        "_",
        "*",
        "NEAR(a b)",
        "\\",
    ])
    func injectionAttemptsStayData(attempt: String) throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        let before = try db.statistics()
        let found = try db.resolve(attempt)
        #expect(found.isEmpty || attempt.contains("51/2017/QH14"))
        _ = try db.search([attempt])
        _ = try db.sources(matchingPath: attempt)
        let after = try db.statistics()
        #expect(after.mentions == before.mentions)
        #expect(after.documents == before.documents)
        #expect(try db.integrityCheck() == ["ok"])
    }
}

@Suite struct QueryTests {
    @Test(arguments: [
        "51/2017/QH14",
        "  51/2017/QH14 ",
        "51/2017/qh14",
        "nghi quyet 51/2017/qh14",
        "Nghị quyết 51/2017/QH14",
        "Nghị quyết số 51/2017/QH14 của Quốc hội",
    ])
    func resolvesHumanForms(input: String) throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        #expect(try db.resolve(input).map(\.key) == ["51/2017/QH14"])
    }

    @Test func citedByListsCitingFilesWithTitleDateRelationAndSentence() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        let law = try #require(try db.resolve("43/2019/QH14").first)
        let c = try db.citations(of: law)
        #expect(c.map(\.source.path) == ["/corpus/decree.txt", "/corpus/decision.txt"], "oldest first")
        #expect(c.map(\.relation) == [.basedOn, .basedOn])
        #expect(c[1].source.title == "Về việc ban hành kế hoạch thời gian năm học 2019-2020")
        #expect(c[1].source.date == "2019-07-16")
        #expect(c[1].source.documentKey == "1744/QĐ-UBND@tỉnh Sơn La#2019")
        #expect(c[1].sentence == "Căn cứ Luật Giáo dục số 43/2019/QH14;")
    }

    @Test func citesListsWhatAFileReferencesInOrder() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        let file = try #require(try db.sources(matchingPath: "decision.txt").first)
        #expect(try db.citations(fromSource: file.id).map(\.citedKey) == ["43/2019/QH14", "127/2018/NĐ-CP"])
        #expect(try db.sources(matchingPath: "ision.txt").isEmpty, "only whole path components match")
    }

    @Test func dependenciesFollowEdgesBothWaysWithDepthAndRelations() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        let decision = try #require(try db.resolve("1744/QĐ-UBND@tỉnh Sơn La#2019").first)
        let deps = try db.dependencies(of: [decision])
        #expect(deps.entries.map(\.node.key) == ["1744/QĐ-UBND@tỉnh Sơn La#2019", "43/2019/QH14", "127/2018/NĐ-CP"])
        #expect(deps.entries.map(\.depth) == [0, 1, 1], "the law is reached directly, not via the decree")
        #expect(deps.edges.count == 3)
        #expect(!deps.truncated)

        let shallow = try db.dependencies(of: [decision], depth: 0)
        #expect(shallow.entries.count == 1 && shallow.truncated)

        let law = try #require(try db.resolve("43/2019/QH14").first)
        let impact = try db.dependencies(of: [law], reverse: true)
        #expect(Set(impact.entries.map(\.node.key)) == ["43/2019/QH14", "127/2018/NĐ-CP", "1744/QĐ-UBND@tỉnh Sơn La#2019"])
        #expect(impact.edges.allSatisfy { $0.to == law.id || $0.from == decision.id })

        let none = try db.dependencies(of: [decision], relations: [.amends])
        #expect(none.reachedCount == 0)
    }

    @Test func dependencyCyclesEnd() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        let a = "Số: 1/2020/NĐ-CP. Căn cứ Nghị định 2/2020/NĐ-CP."
        let b = "Số: 2/2020/NĐ-CP. Căn cứ Nghị định 1/2020/NĐ-CP."
        try db.ingest(doc("/c/a.txt", a, header: DocumentHeader(id: "01/2020/NĐ-CP"),
                          [ref(a, "Nghị định 2/2020/NĐ-CP", id: "02/2020/NĐ-CP", relation: .basedOn)]))
        try db.ingest(doc("/c/b.txt", b, header: DocumentHeader(id: "02/2020/NĐ-CP"),
                          [ref(b, "Nghị định 1/2020/NĐ-CP", id: "01/2020/NĐ-CP", relation: .basedOn)]))
        let start = try #require(try db.resolve("Nghị định 1/2020/NĐ-CP").first)
        #expect(start.key == "01/2020/NĐ-CP")
        let deps = try db.dependencies(of: [start])
        #expect(deps.entries.map(\.node.key) == ["01/2020/NĐ-CP", "02/2020/NĐ-CP"])
        #expect(deps.edges.count == 2)
    }

    @Test func showAndStatistics() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        let decree = try #require(try db.resolve("127/2018/NĐ-CP").first)
        let d = try db.detail(of: decree)
        #expect(d.sources.map(\.path) == ["/corpus/decree.txt"])
        #expect(d.issuers.first?.name == "Chính phủ" && d.issuers.first?.fromHeader == true)
        #expect(d.citedBy == [RelationCount(relation: .basedOn, mentions: 1, documents: 1)])
        #expect(d.cites == [RelationCount(relation: .basedOn, mentions: 1, documents: 1)])
        let s = try db.statistics()
        #expect(s.files == 3 && s.mentions == 5 && s.documents == 4 && s.realDocuments == 2 && s.stubs == 2)
        #expect(s.topCited.first?.node.key == "43/2019/QH14")
        #expect(s.byRelation["based_on"] == 3)
    }

    @Test func citationViewAnswersPlainSQL() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try Corpus.load(db)
        let (status, out, err) = try runProcess("/usr/bin/sqlite3", [dir.file("test.sqlite"),
            "SELECT citing_path, relation, cited_issuer FROM citation WHERE cited_symbol = '51/2017/QH14';"])
        #expect(status == 0, "\(err)")
        #expect(out == "/corpus/news.txt|implements|Quốc hội\n")
        let (_, edges, _) = try runProcess("/usr/bin/sqlite3", [dir.file("test.sqlite"),
            "SELECT citing_key, cited_key, relation FROM document_edge ORDER BY 1, 2;"])
        #expect(edges.split(separator: "\n").count == 3)
        let (_, fts, _) = try runProcess("/usr/bin/sqlite3", [dir.file("test.sqlite"),
            "SELECT path FROM document_fts JOIN source_file ON source_file.id = document_fts.rowid WHERE document_fts MATCH '\"trach nhiem\" quan';"])
        #expect(fts == "/corpus/decree.txt\n")
    }
}

@Suite struct ConcurrencyTests {
    @Test func readersQueryWhileAWriteIsOpen() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let writer = try openDB(dir)
        try writer.ingest(doc("/c/news.txt", Corpus.news, Corpus.newsRefs()))
        try writer.beginBatch()
        try writer.ingest(doc("/c/decision.txt", Corpus.decision, header: Corpus.decisionHeader, Corpus.decisionRefs()))
        // The batch is not committed: another connection reads the last committed state, without waiting.
        let reader = try GraphDatabase(path: dir.file("test.sqlite"))
        #expect(try reader.statistics().files == 1)
        #expect(try reader.resolve("127/2018/NĐ-CP").isEmpty)
        try writer.commitBatch()
        #expect(try reader.statistics().files == 2)
        #expect(try reader.resolve("127/2018/NĐ-CP").count == 1)
    }

    @Test func aRolledBackBatchLeavesNothingBehind() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        try db.ingest(doc("/c/news.txt", Corpus.news, Corpus.newsRefs()))
        let before = try db.statistics()
        try db.beginBatch()
        try db.ingest(doc("/c/decision.txt", Corpus.decision, header: Corpus.decisionHeader, Corpus.decisionRefs()))
        try db.ingest(doc("/c/news.txt", "Tin mới, không dẫn chiếu văn bản nào.", []))
        db.rollbackBatch()
        #expect(try db.statistics() == before)
        #expect(try db.search(["nghi dinh"]).isEmpty && db.search(["quốc hội"]).count == 1)
        // The caches were dropped with the batch: writing again works.
        try db.ingest(doc("/c/decision.txt", Corpus.decision, header: Corpus.decisionHeader, Corpus.decisionRefs()))
        #expect(try db.resolve("1744/QĐ-UBND@tỉnh Sơn La#2019").first?.isStub == false)
        #expect(try db.integrityCheck() == ["ok"])
    }
}
