-- cancu citation graph: the database schema.
--
-- This file is the single source of truth. `cancu` embeds it byte for byte and applies it to a new
-- database; other tools may read it (and apply it: `sqlite3 new.sqlite < schema.sql`).
--
-- The graph:
--   source_file     a file that was indexed (one row per path)
--   legal_document  a legal document as a graph node: the real one (some indexed file is it) or a
--                   stub (only known because something cites it)
--   issuing_body    a body that issues documents (Chính phủ, Ủy ban nhân dân tỉnh Sơn La, …)
--   mention         an edge: one reference, at one place in one source file, to one legal document
--   issued_by       an edge: legal document -> issuing body
-- Views for other tools: citation (one row per mention, everything joined), document_edge
-- (document-to-document edges), document_info (one row per node with its issuer and degrees).
--
-- Conventions: dates are ISO 8601 text (`2019-07-16`), timestamps ISO 8601 UTC
-- (`2025-11-29T12:00:00Z`); text is NFC UTF-8 with `Đ` as U+0110; booleans are 0/1.
-- "Folded" text is lower case without diacritics and with `đ` -> `d` (`Nghị định` -> `nghi dinh`).

-- Identifies the file as a cancu database ('CNCU') and its schema version. cancu refuses a
-- database with another application_id, migrates an older user_version, refuses a newer one.
-- Large pages (set first, before anything is written): documents are stored whole and the
-- full-text index writes long runs.
PRAGMA page_size = 16384;
PRAGMA application_id = 1129202517;
PRAGMA user_version = 2;

-- A file that was indexed. Replacing a file deletes its row; everything that came from it
-- (text, mentions) goes with it.
CREATE TABLE source_file (
    id              INTEGER PRIMARY KEY,
    -- Absolute, standardized path of the file; the identity of a source file.
    path            TEXT    NOT NULL UNIQUE,
    -- SHA-256 of the file's bytes, lower-case hex (what `sha256sum` prints). A file whose hash
    -- has not changed is not indexed again.
    content_hash    TEXT    NOT NULL,
    -- Size of the file in bytes.
    size_bytes      INTEGER NOT NULL,
    -- The file's modification time when it was indexed (ISO 8601 UTC), or NULL.
    modified_at     TEXT,
    -- Container format: txt, html, docx, pdf, doc, rtf.
    format          TEXT    NOT NULL,
    -- What the bytes were decoded from: utf-8, utf-16, cp1258, tcvn3, vni, …
    encoding        TEXT    NOT NULL,
    -- Number of Unicode scalars in the normalized text (mention offsets count in these).
    chars           INTEGER NOT NULL,
    -- Title: the official document's trích yếu, or a page's title / first heading.
    title           TEXT,
    -- The document's date: issue date of an official document, publication date of a page.
    date            TEXT,
    -- The legal document this file is (its header carries a number, `Số: 1744/QĐ-UBND`), or
    -- NULL for a file that is not an official document (news, letters without number).
    document_id     INTEGER REFERENCES legal_document(id) ON DELETE SET NULL,
    -- Number of mentions found in the file (rows in `mention`).
    reference_count INTEGER NOT NULL DEFAULT 0,
    -- When the file was indexed (ISO 8601 UTC).
    indexed_at      TEXT    NOT NULL
);
CREATE INDEX source_file_document ON source_file(document_id) WHERE document_id IS NOT NULL;

-- The normalized text of each source file (what `cancu text` prints; mention offsets point into it).
CREATE TABLE source_text (
    source_id INTEGER PRIMARY KEY REFERENCES source_file(id) ON DELETE CASCADE,
    -- The whole normalized text.
    body      TEXT NOT NULL
);

-- Full-text index over source_text.body, folded: `Nghị định` is indexed as `nghi dinh`, so
-- searching `nghi dinh` also finds `nghị định`. The rowid is source_file.id. The index keeps no
-- copy of the text (join source_text for it) and its tokenizer does not fold, so queries must be
-- folded too: lower case or upper case ASCII, no diacritics, `d` for `đ`:
--   SELECT path FROM document_fts JOIN source_file ON source_file.id = document_fts.rowid
--    WHERE document_fts MATCH '"nghi dinh" 127' ORDER BY rank;
-- cancu writes the folded text itself (it folds with the same rules it applies to queries) and
-- deletes an entry by folding the stored body again.
CREATE VIRTUAL TABLE document_fts USING fts5(
    folded,
    content = '',
    tokenize = 'ascii'
);
-- The index collects up to 8 MB of terms in memory before it writes them out as one segment
-- (FTS5's default is 1 MB): a bulk index run writes fewer, larger segments and merges less.
INSERT INTO document_fts(document_fts, rank) VALUES ('hashsize', 8388608);

-- An issuing body. Names are full names as the extractor writes them.
CREATE TABLE issuing_body (
    id       INTEGER PRIMARY KEY,
    -- Full name: `Chính phủ`, `Thủ tướng Chính phủ`, `Ủy ban nhân dân tỉnh Sơn La`, `Bộ Chính trị`.
    name     TEXT NOT NULL UNIQUE,
    -- The body part of a symbol it issues with: `CP`, `TTg`, `UBND`, `QH14`, `TW`; NULL if unknown.
    code     TEXT,
    -- central (no locality), province, district, commune, or local (a locality of unknown level).
    -- (CHECKs are written with OR: an IN list would build a temporary table at every insert.)
    level    TEXT NOT NULL CHECK (level = 'central' OR level = 'province' OR level = 'district'
                                  OR level = 'commune' OR level = 'local'),
    -- Province, city or lower unit of a local body: `tỉnh Sơn La`; NULL for central bodies.
    locality TEXT
);

-- A legal document: a node of the citation graph.
--
-- Identity is `key`: the canonical symbol, plus `@locality` where the symbol does not name the
-- province (local bodies: UBND, HĐND, Sở, Tỉnh ủy …), plus `#year` for a symbol without a year
-- (numbers restart every year) or `#khóa` for a Party document (numbers restart every term):
--   127/2018/NĐ-CP
--   1744/QĐ-UBND@tỉnh Sơn La#2019
--   29-NQ/TW#XI
-- A key that lacks a part the evidence did not give (`1744/QĐ-UBND#2019`: locality unknown) is
-- partial; such a stub merges into the real document when that is indexed and is the only one
-- that fits.
CREATE TABLE legal_document (
    id            INTEGER PRIMARY KEY,
    -- Canonical identity (see above); unique.
    key           TEXT    NOT NULL UNIQUE,
    -- Canonical symbol as the extractor writes it: `1744/QĐ-UBND`, `51/2017/QH14`, `29-NQ/TW`.
    symbol        TEXT    NOT NULL,
    -- Folded symbol without leading zeros: `1744/qd-ubnd`, `1/2021/tt-bgddt`; for loose lookup.
    symbol_folded TEXT    NOT NULL,
    -- Document type: `Nghị định`, `Quyết định`, `Nghị quyết`, `Luật`, …
    kind          TEXT,
    -- The running number as written, without leading zeros: `1744`, `66.7`.
    number        TEXT,
    -- Year of issue (from the symbol, the date or the context); part of the key for a yearless symbol.
    year          INTEGER,
    -- Party committee term (khóa) in Roman numerals, for Party documents: `XI`; part of the key.
    term          TEXT,
    -- Province or city of a local issuer: `tỉnh Sơn La`; part of the key.
    locality      TEXT,
    -- Issue date (ISO), when known.
    issue_date    TEXT,
    -- The date it takes effect (ISO), when a citing text says so (`có hiệu lực … kể từ ngày …`).
    effective_date TEXT,
    -- Title (trích yếu), when an indexed file or a citing text gives it.
    title         TEXT,
    -- The body part of the symbol: `UBND`, `CP`, `QH14`.
    issuer_code   TEXT,
    -- The main issuing body: the one the document's own header names, else the first one a
    -- reference to it names. Every body linked to it is in issued_by.
    issuer_id     INTEGER REFERENCES issuing_body(id) ON DELETE SET NULL,
    -- 1 while no indexed file is this document (it is only known from references), else 0.
    is_stub       INTEGER NOT NULL DEFAULT 1 CHECK (is_stub IN (0, 1)),
    -- 1 when the key lacks a part the document class needs (locality or year / term unknown).
    is_partial    INTEGER NOT NULL DEFAULT 0 CHECK (is_partial IN (0, 1)),
    -- When the node was created (ISO 8601 UTC).
    created_at    TEXT    NOT NULL
);
-- Lookup by symbol, exact (`symbol_folded = ? AND symbol = ?`) or loose (`symbol_folded = ?`).
CREATE INDEX legal_document_symbol_folded ON legal_document(symbol_folded);

-- Issued-by edges: legal document -> issuing body. A joint document has several.
CREATE TABLE issued_by (
    document_id INTEGER NOT NULL REFERENCES legal_document(id) ON DELETE CASCADE,
    body_id     INTEGER NOT NULL REFERENCES issuing_body(id) ON DELETE CASCADE,
    -- 1 when the document's own header names the body, 0 when only references do.
    from_header INTEGER NOT NULL DEFAULT 0 CHECK (from_header IN (0, 1)),
    PRIMARY KEY (document_id, body_id)
) WITHOUT ROWID;
CREATE INDEX issued_by_body ON issued_by(body_id);

-- A mention: one reference at one place in one source file. Every field the extractor gave is
-- kept, so any edge can be audited against the text.
CREATE TABLE mention (
    id                 INTEGER PRIMARY KEY,
    -- The file the reference stands in.
    source_id          INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
    -- The legal document that file is (source_file.document_id, copied for fast traversal), or NULL.
    citing_document_id INTEGER REFERENCES legal_document(id) ON DELETE SET NULL,
    -- The legal document cited, or NULL when the reference has no number (`Luật Giáo dục`).
    document_id        INTEGER REFERENCES legal_document(id) ON DELETE SET NULL,
    -- Position of the reference among the file's references, from 0.
    seq                INTEGER NOT NULL,
    -- Offsets into the normalized text (source_text.body): Unicode scalars, end exclusive.
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    -- The same span in UTF-8 bytes.
    start_byte         INTEGER NOT NULL,
    end_byte           INTEGER NOT NULL,
    -- The reference as written: `Quyết định số 1744/QĐ-UBND ngày 16/7/2019`.
    surface            TEXT    NOT NULL,
    -- The sentence (or line) around the reference.
    sentence           TEXT    NOT NULL,
    -- What the reference itself says: canonical symbol, type, number, year, date, issuer name,
    -- issuer code and locality (NULL where it says nothing).
    symbol             TEXT,
    kind               TEXT,
    number             TEXT,
    year               INTEGER,
    date               TEXT,
    issuer             TEXT,
    issuer_code        TEXT,
    locality           TEXT,
    -- The date the cited document takes effect, when the citing text says so right after it.
    effective_date     TEXT,
    -- How the citing text uses it (see ../shared/spec/extract-output.md, Relations).
    relation           TEXT    NOT NULL CHECK (relation = 'cites' OR relation = 'based_on'
                           OR relation = 'implements' OR relation = 'amends' OR relation = 'replaces'
                           OR relation = 'repeals' OR relation = 'guides' OR relation = 'corrects'
                           OR relation = 'consolidates' OR relation = 'issued_with' OR relation = 'considers'),
    -- The part cited: `khoản 2 Điều 5`.
    pinpoint           TEXT,
    -- How completely the extractor resolved it.
    status             TEXT    NOT NULL CHECK (status = 'resolved' OR status = 'partial' OR status = 'ambiguous')
);
-- cited-by and reverse traversal (who cites X), covering.
CREATE INDEX mention_cited ON mention(document_id, citing_document_id, relation);
-- forward traversal (what X cites), covering.
CREATE INDEX mention_citing ON mention(citing_document_id, document_id, relation);
-- replacing or removing a file.
CREATE INDEX mention_source ON mention(source_id);

-- Facts about the database itself. `fold_version`: the version of cancu's text folding that
-- wrote document_fts; a cancu with another folding rebuilds the full-text index from source_text.
CREATE TABLE cancu_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO cancu_meta(key, value) VALUES ('fold_version', '1');

-- Files that could not be read or indexed at the last attempt.
CREATE TABLE index_error (
    -- Absolute path, as in source_file.path.
    path      TEXT PRIMARY KEY,
    -- Why: `not a DOCX file: the ZIP archive is truncated`.
    message   TEXT NOT NULL,
    -- When it failed (ISO 8601 UTC).
    failed_at TEXT NOT NULL
) WITHOUT ROWID;

-- One row per citation (mention) with the citing file and the cited document joined in.
CREATE VIEW citation AS
SELECT m.id                                   AS mention_id,
       s.path                                 AS citing_path,
       s.title                                AS citing_title,
       s.date                                 AS citing_date,
       cd.key                                 AS citing_key,
       d.key                                  AS cited_key,
       coalesce(d.symbol, m.symbol)           AS cited_symbol,
       coalesce(d.kind, m.kind)               AS cited_kind,
       coalesce(b.name, m.issuer)             AS cited_issuer,
       coalesce(d.issue_date, m.date)         AS cited_date,
       coalesce(d.year, m.year)               AS cited_year,
       d.is_stub                              AS cited_is_stub,
       m.relation                             AS relation,
       m.pinpoint                             AS pinpoint,
       m.status                               AS status,
       m.surface                              AS surface,
       m.sentence                             AS sentence,
       m.start_char                           AS start_char,
       m.end_char                             AS end_char,
       -- 1 when the citing file is the cited document itself (its own number in its header).
       (m.citing_document_id IS NOT NULL AND m.citing_document_id = m.document_id) AS is_self
  FROM mention m
  JOIN source_file s          ON s.id = m.source_id
  LEFT JOIN legal_document cd ON cd.id = m.citing_document_id
  LEFT JOIN legal_document d  ON d.id = m.document_id
  LEFT JOIN issuing_body b    ON b.id = d.issuer_id;

-- Document-to-document edges (citing files that are themselves legal documents), with the
-- number of mentions behind each; a document's mentions of itself are left out.
CREATE VIEW document_edge AS
SELECT c.key AS citing_key, d.key AS cited_key, m.relation AS relation, count(*) AS mentions
  FROM mention m
  JOIN legal_document c ON c.id = m.citing_document_id
  JOIN legal_document d ON d.id = m.document_id
 WHERE m.citing_document_id <> m.document_id
 GROUP BY m.citing_document_id, m.document_id, m.relation;

-- One row per legal document with its main issuer and how often it cites and is cited.
CREATE VIEW document_info AS
SELECT d.id, d.key, d.symbol, d.kind, d.year, d.issue_date, d.effective_date, d.title, d.locality, d.term,
       d.is_stub, d.is_partial,
       (SELECT b.name FROM issuing_body b WHERE b.id = d.issuer_id) AS issuer,
       (SELECT count(*) FROM mention m
         WHERE m.document_id = d.id AND m.citing_document_id IS NOT d.id) AS cited_by_mentions,
       (SELECT count(DISTINCT m.source_id) FROM mention m
         WHERE m.document_id = d.id AND m.citing_document_id IS NOT d.id) AS cited_by_files,
       (SELECT count(*) FROM mention m
         WHERE m.citing_document_id = d.id AND m.document_id IS NOT d.id) AS cites_mentions,
       (SELECT group_concat(s.path, char(10)) FROM source_file s WHERE s.document_id = d.id) AS paths
  FROM legal_document d;
