import Foundation
import Testing
import LegalRefs
@testable import CitationGraph

@Suite struct SchemaTests {
    @Test func embeddedSchemaIsSchemaSQLByteForByte() throws {
        let file = try Data(contentsOf: URL(fileURLWithPath: repoRoot + "/schema.sql"))
        #expect(Array(Schema.text.utf8) == [UInt8](file), "run scripts/embed-schema.sh after editing schema.sql")
    }

    @Test func schemaVersionMatchesTheFile() {
        #expect(Schema.text.contains("PRAGMA user_version = \(Schema.version);"))
        #expect(Schema.text.contains("PRAGMA application_id = \(Schema.applicationID);"))
    }

    @Test func sqliteShellAppliesSchemaToEmptyDatabaseLikeTheBinary() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let shellDB = dir.file("shell.sqlite")
        let (status, _, err) = try runProcess("/usr/bin/sqlite3", [shellDB], stdin: Schema.text)
        #expect(status == 0, "sqlite3 failed: \(err)")
        #expect(err.isEmpty)
        let (_, version, _) = try runProcess("/usr/bin/sqlite3", [shellDB, "PRAGMA user_version; PRAGMA integrity_check;"])
        #expect(version == "\(Schema.version)\nok\n")

        // The binary's database holds exactly the same objects.
        _ = try GraphDatabase(path: dir.file("binary.sqlite"), create: true)
        let dump = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name;"
        let (_, a, _) = try runProcess("/usr/bin/sqlite3", [shellDB, dump])
        let (_, b, _) = try runProcess("/usr/bin/sqlite3", [dir.file("binary.sqlite"), dump])
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func newDatabaseIsWALAndSound() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let db = try openDB(dir)
        #expect(try db.integrityCheck() == ["ok"])
        #expect(try db.db.scalarText("PRAGMA journal_mode") == "wal")
        #expect(try db.db.scalarInt("PRAGMA page_size") == 16384)
        #expect(db.schemaVersion == Schema.version)
    }

    @Test func newerSchemaIsRefusedWithAClearMessage() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        do { let db = try openDB(dir); try db.db.exec("PRAGMA user_version = 99") }
        #expect {
            try GraphDatabase(path: dir.file("test.sqlite"))
        } throws: { error in
            (error as? GraphError)?.message.contains("newer cancu (schema version 99)") == true
        }
    }

    @Test func olderSchemaWithoutMigrationIsRefusedWithAClearMessage() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        do { let db = try openDB(dir); try db.db.exec("PRAGMA user_version = 0") }
        #expect {
            try GraphDatabase(path: dir.file("test.sqlite"))
        } throws: { error in
            (error as? GraphError)?.message.contains("cannot migrate") == true
        }
    }

    @Test func version1DatabaseIsMigratedKeepingItsContents() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let path = dir.file("test.sqlite")
        do {
            // What version 1 wrote: the same tables, the full-text index with FTS5's default settings.
            let db = try openDB(dir)
            let text = "Căn cứ Nghị định số 127/2018/NĐ-CP ngày 21/9/2018 của Chính phủ;"
            try db.ingest(IngestDocument(path: "/x/a.txt", text: text, extraction: Extractor.extract(text)))
            try db.db.exec("DELETE FROM document_fts_config WHERE k = 'hashsize'; PRAGMA user_version = 1")
        }
        let db = try GraphDatabase(path: path)
        #expect(db.schemaVersion == Schema.version)
        #expect(try db.db.scalarInt("SELECT v FROM document_fts_config WHERE k = 'hashsize'") == 8_388_608)
        #expect(try db.db.scalarInt("SELECT count(*) FROM mention") == 1)
        #expect(try db.db.scalarInt("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'nghi dinh'") == 1)
        #expect(try db.integrityCheck() == ["ok"])
    }

    @Test func foreignDatabaseIsRefused() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        let (status, _, _) = try runProcess("/usr/bin/sqlite3", [dir.file("other.sqlite"), "CREATE TABLE t(x);"])
        #expect(status == 0)
        #expect {
            try GraphDatabase(path: dir.file("other.sqlite"), create: true)
        } throws: { error in
            (error as? GraphError)?.message.contains("not a cancu database") == true
        }
    }

    @Test func missingDatabaseIsReportedNotCreated() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        #expect {
            try GraphDatabase(path: dir.file("none.sqlite"))
        } throws: { error in
            (error as? GraphError)?.message.contains("no database at") == true
        }
        #expect(!FileManager.default.fileExists(atPath: dir.file("none.sqlite")))
    }
}

@Suite struct FullTextVersionTests {
    @Test func anotherFoldingVersionRebuildsTheFullTextIndex() throws {
        let dir = TempDir()
        defer { dir.cleanup() }
        do {
            let db = try openDB(dir)
            try Corpus.load(db)
            // Pretend an older cancu wrote the index with other rules (and left it empty).
            try db.db.exec("INSERT INTO document_fts(document_fts) VALUES ('delete-all'); UPDATE cancu_meta SET value = '0' WHERE key = 'fold_version'")
            #expect(try db.search(["nghi dinh"]).isEmpty)
        }
        let db = try GraphDatabase(path: dir.file("test.sqlite"))
        #expect(try db.db.scalarText("SELECT value FROM cancu_meta WHERE key = 'fold_version'") == Folding.version)
        #expect(try db.search(["nghi dinh"]).count == 2)
        #expect(try db.removeSource(path: "/corpus/decree.txt"), "deletes still match the rebuilt index")
        #expect(try db.search(["nghi dinh"]).count == 1)
        let (_, check, _) = try runProcess("/usr/bin/sqlite3", [dir.file("test.sqlite"), "INSERT INTO document_fts(document_fts) VALUES ('integrity-check'); PRAGMA integrity_check;"])
        #expect(check == "ok\n")
    }
}
