/// How a citing document uses a reference (`../shared/spec/extract-output.md`, "Relations").
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
    /// `Căn cứ Nghị định số 30/2020/NĐ-CP …;` in the preamble.
    case basedOn = "based_on"
    /// `sửa đổi, bổ sung một số điều của Thông tư số …`.
    case amends
    /// `Quyết định này thay thế Quyết định số …`.
    case replaces
    /// `Bãi bỏ Thông tư số …`, `hết hiệu lực`.
    case repeals
    /// `hướng dẫn thi hành`, `quy định chi tiết`.
    case guides
    /// `đính chính Thông tư số …`.
    case corrects
    /// A consolidated text (VBHN) and its sources.
    case consolidates
    /// `thực hiện`, `triển khai`, `quán triệt`, `cụ thể hóa`.
    case implements
    /// `ban hành kèm theo Quyết định số …`.
    case issuedWith = "issued_with"
    /// `Xét Tờ trình số …`, `theo đề nghị của …`.
    case considers
    /// Any other mention: `theo quy định tại …`.
    case cites
}

/// How completely a reference was resolved.
public enum ResolutionStatus: String, Sendable, Hashable, Codable {
    /// Number, type, issuer and year are all known: `127/2018/NĐ-CP`.
    case resolved
    /// Something is missing: `Nghị quyết số 01 của Chính phủ`.
    case partial
    /// Several real documents fit: `Nghị quyết 29-NQ/TW` with no date (2013 or 2022).
    case ambiguous
}

/// One reference to a legal document found in a text, resolved as far as the evidence allows.
public struct Reference: Sendable, Hashable, Codable {
    /// Start offset in Unicode scalars into the normalized text.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars into the normalized text.
    public var end: Int
    /// Start offset in UTF-8 bytes into the normalized text.
    public var byteStart: Int
    /// End offset (exclusive) in UTF-8 bytes into the normalized text.
    public var byteEnd: Int
    /// The surface form, equal to the normalized text's slice `start..<end`.
    public var text: String
    /// The canonical symbol, `127/2018/NĐ-CP`, `49-KL/TW`, or `nil` for a reference without number.
    public var id: String?
    /// The document type as the national database writes it: `Nghị định`, `Quyết định`, …
    public var kind: String?
    /// The running number as written, without leading zeros: `"127"`, `"66.7"`.
    public var number: String?
    /// The year of issue (symbol, then date, then context).
    public var year: Int?
    /// The issue date as ISO `YYYY-MM-DD`, only when the text gives it.
    public var date: String?
    /// The issuing body's full name: `Chính phủ`, `Ủy ban nhân dân tỉnh Sơn La`.
    public var issuer: String?
    /// The date it takes effect, when the text says so right after it
    /// (`…, có hiệu lực thi hành kể từ ngày 15/01/2018`), ISO.
    public var effectiveDate: String?
    /// The body part of the symbol: `CP`, `TTg`, `UBND`, `QH14`, `TW`.
    public var issuerCode: String?
    /// Province or city of a local issuer: `tỉnh Sơn La`.
    public var locality: String?
    /// How the citing document uses it.
    public var relation: Relation
    /// The part cited: `khoản 2 Điều 5`.
    public var pinpoint: String?
    /// How completely it was resolved.
    public var status: ResolutionStatus
    /// The document's own number in its header (`Số: 1744/QĐ-UBND`), not a citation of another document.
    public var isSelf = false

    /// Creates a reference; fields not given are unknown.
    public init(start: Int = 0, end: Int = 0, byteStart: Int = 0, byteEnd: Int = 0, text: String = "",
                id: String? = nil, kind: String? = nil, number: String? = nil, year: Int? = nil,
                date: String? = nil, issuer: String? = nil, issuerCode: String? = nil,
                locality: String? = nil, relation: Relation = .cites, pinpoint: String? = nil,
                status: ResolutionStatus = .resolved) {
        self.start = start; self.end = end; self.byteStart = byteStart; self.byteEnd = byteEnd
        self.text = text; self.id = id; self.kind = kind; self.number = number; self.year = year
        self.date = date; self.issuer = issuer; self.issuerCode = issuerCode; self.locality = locality
        self.relation = relation; self.pinpoint = pinpoint; self.status = status
    }

    /// A reference found in prose, with the fields the scan reads (offsets in scalars and text are set later).
    init(found byteStart: Int, byteEnd: Int, id: String?, kind: String?, number: String?, year: Int?, date: String?,
         issuer: String?, effectiveDate: String?, issuerCode: String?, locality: String?, pinpoint: String?,
         status: ResolutionStatus) {
        self.start = 0; self.end = 0; self.byteStart = byteStart; self.byteEnd = byteEnd
        self.text = ""; self.id = id; self.kind = kind; self.number = number; self.year = year
        self.date = date; self.issuer = issuer; self.effectiveDate = effectiveDate; self.issuerCode = issuerCode
        self.locality = locality; self.relation = .cites; self.pinpoint = pinpoint; self.status = status
    }
}

/// What a document says about itself: the header of an official document, or a news page's title and date.
public struct DocumentHeader: Sendable, Hashable, Codable {
    /// Its own canonical symbol from `Số: 773/QĐ-UBND`, or `nil`.
    public var id: String?
    /// Its type from the type line: `Quyết định`.
    public var kind: String?
    /// The issuing body's full name: `Ủy ban nhân dân tỉnh Sơn La`.
    public var issuer: String?
    /// The body part of its symbol: `UBND`.
    public var issuerCode: String?
    /// The province or city of a local issuer: `tỉnh Sơn La`.
    public var locality: String?
    /// Issue (or publication) date, ISO `YYYY-MM-DD`.
    public var date: String?
    /// The trích yếu or first heading.
    public var title: String?
    /// The person who signed it.
    public var signer: String?

    /// Creates a header; fields not given are unknown.
    public init(id: String? = nil, kind: String? = nil, issuer: String? = nil, issuerCode: String? = nil,
                locality: String? = nil, date: String? = nil, title: String? = nil, signer: String? = nil) {
        self.id = id; self.kind = kind; self.issuer = issuer; self.issuerCode = issuerCode
        self.locality = locality; self.date = date; self.title = title; self.signer = signer
    }
}

/// Facts about a document that come from outside its text (an HTML `<title>`, a page's publication date).
public struct DocumentHints: Sendable, Hashable {
    /// The page or file title, if the container gave one.
    public var title: String?
    /// The publication date (ISO), if the container gave one.
    public var date: String?
    /// Creates hints.
    public init(title: String? = nil, date: String? = nil) { self.title = title; self.date = date }
}

/// Everything extracted from one document's normalized text.
public struct Extraction: Sendable, Hashable {
    /// What the document says about itself.
    public var document: DocumentHeader
    /// Every reference, in text order, one per occurrence.
    public var references: [Reference]
    /// Number of Unicode scalars in the normalized text.
    public var chars: Int
    /// Creates an extraction.
    public init(document: DocumentHeader, references: [Reference], chars: Int) {
        self.document = document; self.references = references; self.chars = chars
    }
}
