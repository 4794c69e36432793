#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// What a document says about itself (DOMAIN.md §8): number, type, issuer, date, title and signer
// from the header of an official document, or a news page's title and date. Only a bounded head
// and tail of the text are read, so the cost does not grow with the document.

/// Whether the header carries a number of its own.
public enum SymbolStatus: String, Sendable, Hashable {
    /// `Số: 1744/QĐ-UBND`.
    case present
    /// A draft or unfilled template: `Số:      /QĐ-UBND`, `Số: /2024/TT-BTC`, `Nghị quyết số /2023/QH15`.
    case blank
    /// No `Số` line at all (a constitution, a regulation issued with a decision, a news page).
    case absent
}

/// Where a header's date comes from.
public enum HeaderDateSource: String, Sendable, Hashable {
    /// `Sơn La, ngày 16 tháng 7 năm 2019` beside the number.
    case placeLine
    /// A court judgment's `Ngày: 26-01-2018`.
    case courtLine
    /// The draft date of an unfilled header: `DỰ THẢO 21/10/2024`.
    case draft
    /// The passage sentence: `Luật này đã được Quốc hội … thông qua ngày 18 tháng 6 năm 2012`.
    case passage
    /// A legal library's metadata block: `Ngày ban hành: 26/11/2025`.
    case metadata
    /// A news page's publication date.
    case publication
    /// The date of the decision a text was issued with: `(Ban hành kèm theo Quyết định số … ngày …)`.
    case issuedWith
    /// `DocumentHints.date`.
    case hints
}

/// What a document says about itself, with byte offsets into its UTF-8 text.
public struct ParsedHeader: Sendable, Hashable {
    /// The number exactly as written after `Số:`: `1744/QĐ-UBND`, `10/2012/QH13`, `36-HD/VPTW`,
    /// `/2024/TT-BTC` for a blank draft number. Canonicalization is left to the caller.
    public var rawSymbol: String?
    /// Byte offsets of `rawSymbol` in the text (absent when it came from a metadata block).
    public var symbolRange: Range<Int>?
    /// Whether the number is present, left blank, or absent.
    public var symbolStatus: SymbolStatus = .absent
    /// The type: `Quyết định`, `Luật`, `Bộ luật`, `Công văn`, `Bản án`, …
    public var kind: String?
    /// The issuing body in full: `Ủy ban nhân dân tỉnh Sơn La`, `Bộ Tài chính`, `Cục Hải quan`.
    public var issuer: String?
    /// The body part of the symbol (`UBND`, `BTC`, `QH13`, `VPTW`), else the code the body implies.
    public var issuerCode: String?
    /// The locality of a local issuer: `tỉnh Sơn La`, `huyện Cần Giờ`.
    public var locality: String?
    /// Issue (or passage, or publication) date, ISO `YYYY-MM-DD`.
    public var date: String?
    /// Where `date` came from.
    public var dateSource: HeaderDateSource?
    /// The place of the place-and-date line as written: `Sơn La`, `Hà Nội`, `TP. Hồ Chí Minh`.
    public var place: String?
    /// The trích yếu (`Về việc công bố …`), a Law's name (`Luật Công chứng`), or a page's first heading.
    public var title: String?
    /// The person who signed: `Lê Hồng Minh`.
    public var signer: String?
    /// Whether the text is an official document (State or Party motto, a `Số` line, a type line).
    public var isOfficial: Bool = false
    /// The province-level locality the document's author belongs to (from the header, the
    /// place-and-date line, or the organisation running a news page), to complete `của Ủy ban nhân
    /// dân tỉnh`; `nil` unless the evidence names one province clearly.
    public var contextLocality: String?
    /// Byte offsets of the preamble (the `Căn cứ …`, `Xét …`, `Theo đề nghị …` lines) up to the
    /// operative marker (`QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`, `Điều 1.`).
    public var preamble: Range<Int>?
    /// The Party committee term or legislature named in the header (`khóa X`).
    public var term: String?

    /// Creates an empty header.
    public init() {}

    /// The header as the document record of the model (its `id` is left to the caller's canonicalization).
    public var documentHeader: DocumentHeader {
        DocumentHeader(id: nil, kind: kind, issuer: issuer, issuerCode: issuerCode, locality: locality,
                       date: date, title: title, signer: signer)
    }
}

/// Reads the header of a document: `HeaderParser.parse(text, hints:)`.
public enum HeaderParser {
    /// How many bytes of the head are read.
    public static let headBytes = 12_000
    /// How many bytes of the tail are read (passage sentence, signature).
    public static let tailBytes = 8_000

    /// Reads what the document says about itself.
    public static func parse(_ text: String, hints: DocumentHints = DocumentHints()) -> ParsedHeader {
        var text = text
        return text.withUTF8 { parse($0, hints: hints) }
    }

    /// Reads what the document says about itself, from its UTF-8 bytes.
    public static func parse(_ p: UnsafeBufferPointer<UInt8>, hints: DocumentHints = DocumentHints()) -> ParsedHeader {
        var reader = HeaderReader(p: p, hints: hints)
        return reader.run()
    }
}

// MARK: - Vocabulary

/// The phrase tables the header reader matches; type lines come from Vocabulary/HeaderTypeLines.swift.
enum HeaderVocabulary {
    static let typeLines: PhraseTable<String> = PhraseTable(TableText.rows(headerTypeLineTableText, keepEmpty: false).compactMap { c in
        return c.count == 2 ? (c[0], c[1]) : nil
    })
    /// Kinds whose type line may carry the name on the same line: `LUẬT GIÁO DỤC`, `BỘ LUẬT LAO ĐỘNG`.
    static let namedKinds: Set<String> = ["Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"]
    /// `namedKinds` as bytes, for `isNamedKind`.
    static let namedKindBytes: [[UInt8]] = namedKinds.map { Array($0.utf8) }
    /// Whether a kind is one of `namedKinds`, compared on bytes: the kinds asked about are the type tables' own
    /// strings (NFC like these), and hashing a String for the set cost about 1,600 instructions a call.
    static func isNamedKind(_ kind: String) -> Bool {
        let u = kind.utf8
        return namedKindBytes.contains { $0.count == u.count && u.elementsEqual($0) }
    }
    static let stateMotto = PhraseTable([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), ("VIỆT NAM DÂN CHỦ CỘNG HÒA", 2)])
    static let mottoLine = PhraseTable([("Độc lập - Tự do - Hạnh phúc", ())])
    static let partyMotto = PhraseTable([("ĐẢNG CỘNG SẢN VIỆT NAM", ())])
    /// First words of the motto lines (an open-addressing set: one probe a word, where a scan of the six
    /// hashes cost about twice as much over the words of a head without a motto).
    static let mottoFirstHashes = HashSet64(mottoFirstHashList)
    static let mottoFirstHashList: [UInt64] = stateMotto.entries.map { $0.words[0].hash } + mottoLine.entries.map { $0.words[0].hash }
        + partyMotto.entries.map { $0.words[0].hash } + englishMotto.entries.map { $0.words[0].hash }
    /// `mottoFirstHashes` as a 64-bit filter: most words are turned away by one bit test before the probe.
    static let mottoFirstBits = FirstWordBits(mottoFirstHashList)
    /// First-word filters of the tables asked about at each line of the header window.
    static let bodyStartBits = FirstWordBits(bodyStarts), vvBits = FirstWordBits(vv), metaLabelBits = FirstWordBits(metaLabels)
    static let metaEndBits = FirstWordBits(metaEnd)
    // English translations (Vocabulary/EnglishHeader.swift): read only once the English motto is seen.
    /// `SOCIALIST REPUBLIC OF VIETNAM` (payload 1) and `Independence - Freedom - Happiness` (0).
    static let englishMotto = PhraseTable(TableText.rows(englishMottoTableText, keepEmpty: false).compactMap { c in
        c.count == 2 ? (c[0], c[1] == "1") : nil
    })
    static let englishTypeLines: PhraseTable<String> = PhraseTable(TableText.rows(englishTypeLineTableText + "\n" + englishCodeLineTableText,
                                                                                  keepEmpty: false).compactMap { c in
        c.count == 2 ? (c[0], c[1]) : nil
    })
    /// Words that open a title on the type line itself: `DECREE ON PERSONAL DATA PROTECTION`.
    static let englishTitleOpeners = PhraseTable(["ON", "PROVIDING", "GUIDING", "AMENDING", "DETAILING", "ELABORATING",
                                                  "PRESCRIBING", "REGULATING", "PROMULGATING", "APPROVING", "IMPLEMENTING"].map { ($0, ()) })
    static let englishNumberLabels: PhraseTable<String?> = PhraseTable(TableText.rows(englishNumberLabelTableText, keepEmpty: false).compactMap { c in
        c.count == 2 ? (c[0], c[1] == "-" ? nil : c[1]) : nil
    })
    static let englishBodyStarts = PhraseTable(TableText.rows(englishBodyStartTableText, keepEmpty: false).map { ($0[0], ()) })
    static let englishPreambleStarts = PhraseTable(TableText.rows(englishPreambleStartTableText, keepEmpty: false).map { ($0[0], ()) })
    static let englishOperative = PhraseTable(TableText.rows(englishOperativeTableText, keepEmpty: false).compactMap { c in
        c.count == 2 ? (c[0], c[1] == "1") : nil
    })
    /// First bytes of the English preamble words and operative markers, either case.
    static let englishPreambleFirstBytes = byteMask("PBIAOCDRHAapbioacdrh".utf8)
    static let englishAuthority = PhraseTable(TableText.rows(englishAuthorityTableText, keepEmpty: false).map { ($0[0], ()) })
    static let englishSignatureMarks = PhraseTable(TableText.rows(englishSignatureTableText, keepEmpty: false).map { ($0[0], ()) })
    static let englishSubjectLabels = PhraseTable(TableText.rows(englishSubjectLabelTableText, keepEmpty: false).map { ($0[0], ()) })
    static let englishNotNames = PhraseTable(TableText.rows(englishNotNameTableText, keepEmpty: false).map { ($0[0], ()) })
    /// Ordinal endings of an English day: `April 17th, 2023`.
    static let ordinalEndings: [[UInt8]] = ["st", "nd", "rd", "th"].map { Array($0.utf8) }
    /// Labels before the number: `Số:`, `Luật số:`, `Bản án số:`.
    static let numberLabels: PhraseTable<String?> = PhraseTable([
        ("Số", nil), ("Luật số", "Luật"), ("Bộ luật số", "Bộ luật"), ("Nghị quyết số", "Nghị quyết"),
        ("Pháp lệnh số", "Pháp lệnh"), ("Lệnh số", "Lệnh"), ("Bản án số", "Bản án"), ("Quyết định số", "Quyết định"),
        ("Nghị định số", "Nghị định"), ("Thông tư số", "Thông tư"), ("Án lệ số", "Án lệ"),
        ("Văn bản hợp nhất số", "Văn bản hợp nhất"),
        // The number's full label: `Số hiệu: 2345/QĐ-BYT`, `Số và ký hiệu: …`.
        ("Số hiệu", nil), ("Số ký hiệu", nil), ("Số và ký hiệu", nil),
        // What OCR makes of `Số` (kind `""`: taken only before a colon, at the start of a line).
        ("Sô", ""), ("Sổ", ""), ("Só", ""), ("S6", ""), ("Sỗ", ""),
    ])
    /// First words of the bare number labels (`Số`, `Số hiệu`; `No`, `Number`), the only labels `findNumber` takes inside a line.
    static let numberLabelBits = FirstWordBits(numberLabels), englishNumberLabelBits = FirstWordBits(englishNumberLabels)
    static let draftBits = FirstWordBits(draft), passageBits = FirstWordBits(passage)
    static let numberBareBits = FirstWordBits(numberLabels.entries.filter { $0.payload == nil }.map { $0.words[0].hash })
    static let englishNumberBareBits = FirstWordBits(englishNumberLabels.entries.filter { $0.payload == nil }.map { $0.words[0].hash })
    static let stamps = PhraseTable(["DỰ THẢO", "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", "MẬT", "TỐI MẬT", "TUYỆT MẬT",
                                     "BẢN SAO", "LẦN", "Dự thảo"].map { ($0, ()) })
    static let draft = PhraseTable([("DỰ THẢO", ())])
    /// The mark of a certified copy's block (`SAO Y BẢN CHÍNH`), which may stand above the original's header.
    static let copyMarks = PhraseTable(["SAO Y BẢN CHÍNH", "SAO Y", "SAO LỤC", "TRÍCH SAO", "BẢN SAO", "SAO Y BẢN SAO"].map { ($0, ()) })
    /// Lines that end the header and the title.
    static let bodyStarts = PhraseTable(["Căn cứ", "Kính gửi", "Điều 1", "Điều thứ 1", "Chương I", "Chương 1",
                                         "Phần thứ nhất", "Xét", "Theo đề nghị", "Nơi nhận", "LỜI NÓI ĐẦU", "Lời nói đầu",
                                         "Phần I", "Phần 1", "I", "1"].map { ($0, ()) })
    /// First bytes of the preamble words and operative markers (C X T Q N B K P M, Đ's lead byte), either case.
    static let preambleFirstBytes = byteMask("CXTQNBKPMĐcxtqnbkpmđ".utf8.filter { $0 < 0x80 || $0 == 0xC4 })
    /// A byte set as a table of 256 flags: one load a test, where a `Set<UInt8>` hashed each byte.
    static func byteMask<S: Sequence<UInt8>>(_ bytes: S) -> [Bool] {
        var mask = [Bool](repeating: false, count: 256)
        for b in bytes { mask[Int(b)] = true }
        return mask
    }
    static let preambleStarts = PhraseTable(["Căn cứ", "Xét", "Theo đề nghị", "Thực hiện", "Trên cơ sở"].map { ($0, ()) })
    /// Operative markers: the preamble ends at them.
    /// Operative markers (payload: a structural heading, valid in any case).
    static let operative = PhraseTable([("QUYẾT ĐỊNH", false), ("QUYẾT NGHỊ", false), ("NGHỊ ĐỊNH", false), ("BAN HÀNH", false),
                                        ("CHỈ THỊ", false), ("THÔNG BÁO", false), ("KẾT LUẬN", false), ("Điều 1", true),
                                        ("Điều thứ 1", true), ("Chương I", true), ("Chương 1", true), ("Phần thứ nhất", true),
                                        ("Phần I", true), ("Mục 1", true)])
    /// Authority lines between the title and the preamble start with one of these (or a body name).
    static let authority = PhraseTable(["Chủ tịch", "Phó Chủ tịch", "Bộ trưởng", "Thủ tướng", "Cục trưởng", "Giám đốc",
                                        "Thống đốc", "Tổng Giám đốc", "Chánh án", "Viện trưởng", "Tổng Kiểm toán", "Chủ nhiệm",
                                        "Trưởng ban", "Tổng cục trưởng", "Vụ trưởng", "Chánh Văn phòng", "Hiệu trưởng",
                                        "Tổng Thanh tra", "Hội đồng", "Ủy ban", "Ban Chấp hành", "Ban Thường vụ",
                                        "Bộ Chính trị", "Ban Bí thư", "Quốc hội", "Chính phủ"].map { ($0, ()) })
    /// Signature titles (`TM.`, `KT.` … lines and the title under them).
    static let signatureMarks = PhraseTable(["TM", "T/M", "T.M", "KT", "TL", "TUQ", "Q", "TM.", "KT."].map { ($0, ()) })
    /// The letters (lower case) that open a signature mark or title, as 256 flags, for the Vietnamese tables and the English one.
    static let signatureFirstLetters = firstLetters([signatureMarks, signatureTitles])
    static let englishSignatureFirstLetters = firstLetters([englishSignatureMarks])
    /// The lower-case ASCII base letters that open the tables' rows, as 256 flags (all set when a row's first word has
    /// none): a word opening with another ASCII letter folds to a hash of none of their first words.
    static func firstLetters(_ tables: [PhraseTable<()>]) -> [Bool] {
        var mask = [Bool](repeating: false, count: 256)
        for t in tables {
            for e in t.entries {
                guard let c = e.words.first?.ascii.first else { return [Bool](repeating: true, count: 256) }
                mask[Int(c)] = true
                if c >= 0x41 && c <= 0x5A || c >= 0x61 && c <= 0x7A { mask[Int(c | 0x20)] = true; mask[Int(c & 0xDF)] = true }
            }
        }
        return mask
    }
    static let signatureTitles = PhraseTable(["CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG",
                                              "PHÓ THỦ TƯỚNG", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG",
                                              "BÍ THƯ", "PHÓ BÍ THƯ", "TỔNG BÍ THƯ", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
                                              "THỐNG ĐỐC", "PHÓ THỐNG ĐỐC", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "CHÁNH ÁN",
                                              "VIỆN TRƯỞNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "HIỆU TRƯỞNG", "TỔNG GIÁM ĐỐC",
                                              "TỔNG KIỂM TOÁN", "TỔNG THANH TRA", "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG",
                                              "THẨM PHÁN", "THẨM PHÁN - CHỦ TỌA PHIÊN TÒA", "TRƯỞNG PHÒNG",
                                              "KT", "TM", "TL", "TUQ", "T/M"].map { ($0, ()) })
    static let notNames = PhraseTable(["Nơi nhận", "Lưu", "Đã ký", "Ký", "Như", "Cổng", "Trang", "Văn phòng",
                                       "Chủ tịch", "Phó", "Bộ", "Sở", "Các", "Ủy ban", "Ban", "Điều", "Chương",
                                       "Thường trực", "Ngày", "Hà Nội", "FILE", "Xem"].map { ($0, ()) })
    /// A legal library's metadata block.
    static let metaLabels = PhraseTable<MetaField>([("Số hiệu", .symbol), ("Loại văn bản", .kind), ("Nơi ban hành", .issuer),
                                         ("Người ký", .signer), ("Ngày ban hành", .date), ("Cơ quan ban hành", .issuer),
                                         // vbpl.vn's attribute pages; a consolidated text is dated by its authentication.
                                         ("Số ký hiệu", .symbol), ("Ngày ký xác thực", .date), ("Ngày xác thực", .date)])
    /// The fields of a metadata block.
    enum MetaField: String, Sendable {
        case symbol, kind, issuer, signer, date
        /// The field's bit in a set of fields seen.
        var bit: UInt8 {
            switch self {
            case .symbol: 1
            case .kind: 2
            case .issuer: 4
            case .signer: 8
            case .date: 16
            }
        }
    }
    static let metaEnd = PhraseTable(["Tình trạng", "Ngày hiệu lực", "Số công báo", "Ngày công báo"].map { ($0, ()) })
    static let ngay = VietFold.pattern("ngày")[0]
    static let thang = VietFold.pattern("tháng")[0]
    static let nam = VietFold.pattern("năm")[0]
    static let gio = VietFold.pattern("giờ")[0]
    static let phut = VietFold.pattern("phút")[0]
    static let vv = PhraseTable([("V/v", ()), ("V/V", ()), ("Về việc", ())])
    /// Words that open a portal's or paper's masthead.
    static let mastheads = PhraseTable([("Cổng thông tin điện tử", ()), ("Cổng TTĐT", ()), ("Trang thông tin điện tử", ()),
                                        ("Báo", ()), ("Đài Phát thanh và Truyền hình", ()), ("Cổng thông tin", ())])
    static let passage = PhraseTable([("thông qua", ())])
    static let this = VietFold.pattern("này")[0]
    static let cua = VietFold.pattern("của")[0]
    static let jointWord = PhraseTable([("liên tịch", ())])
    static let so = VietFold.pattern("số")[0]
    static let vWord = VietFold.pattern("v")[0]
    static let enact = PhraseTable([("ban hành", ())])
    static let issuedWith = PhraseTable([("Ban hành kèm theo", ()), ("Kèm theo", ())])
    static let tm = PhraseTable([("T/M", ()), ("TM", ()), ("T.M", ())])
    static let weekdays = PhraseTable(["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật",
                                       "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map { ($0, ()) })
    static let portalWords = PhraseTable(["Cổng thông tin", "Trang thông tin", "Trang tin", "Website", "Báo điện tử",
                                          "Trang chủ", "Đăng nhập", "Tin tức"].map { ($0, ()) })
    /// English month names and their abbreviations, for datelines of English pages (`March 12, 2025`).
    static let months = PhraseTable<Int>([
        ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7),
        ("August", 8), ("September", 9), ("October", 10), ("November", 11), ("December", 12),
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9), ("Sept", 9),
        ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ])
    static let publicationMarks = PhraseTable(["Cập nhật", "Ngày đăng", "Đăng ngày", "Đăng lúc", "Ngày cập nhật",
                                               "Ngày xuất bản", "Ngày đăng tin", "Thời gian đăng", "Published", "Posted",
                                               "Updated"].map { ($0, ()) })

    /// The body a local symbol code names, for a header without an issuing block.
    static let localBodyByCode: [String: String] = [
        "UBND": "Ủy ban nhân dân", "UB": "Ủy ban nhân dân", "CTUBND": "Chủ tịch Ủy ban nhân dân", "CTUB": "Chủ tịch Ủy ban nhân dân",
        "HĐND": "Hội đồng nhân dân",
    ]

    /// Issuer codes of local bodies (a province's People's Committee, its departments, Party committees).
    static let localCodes: Set<String> = {
        var set: Set<String> = ["UBND", "UB", "CTUBND", "CTUB", "HĐND", "TTHĐND"]
        for c in TableText.issuerRows {
            if c.count >= 3, c[2] == "local" || IssuerVocabulary.partyLocalCodes.contains(c[0]) { set.insert(c[0]) }
        }
        return set
    }()

    /// Whether a symbol's issuer code belongs to a local body; unknown `S…` codes are departments (`SDTTG`).
    static func isLocalCode(_ code: String) -> Bool {
        if localCodes.contains(code) { return true }
        return code.count >= 3 && code.hasPrefix("S") && code.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }
    }

    /// Byte hash of a code as written (no Unicode normalization: hashing Strings normalizes them).
    static func codeKey<S: StringProtocol>(_ s: S) -> UInt64 {
        var h = VietFold.fnvBasis
        for b in s.utf8 { h = (h ^ UInt64(b)) &* VietFold.fnvPrime }
        return h
    }
    /// `codeKey` of bytes.
    static func codeKey(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = VietFold.fnvBasis
        for b in bytes { h = (h ^ UInt64(b)) &* VietFold.fnvPrime }
        return h
    }
    static let qdBytes: [UInt8] = Array("QĐ".utf8)
    static let typeCodeKeys: [UInt64: String] = Dictionary(typeCodes.map { (codeKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    static let partyTypeKeys: [UInt64: String] = Dictionary(partyKindOverrides.map { (codeKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    static let courtCodeKeys: Set<UInt64> = Set(courtCaseCodes.map { codeKey($0) })
    static let jointCodeKeys: Set<UInt64> = Set(["TTLT", "NQLT", "QĐLT", "CTLT", "TTLB"].map { codeKey($0) })

    /// The kind a type code gives (`QĐ` → Quyết định; in Party symbols `TT` → Thông tri).
    static func typeCode<S: StringProtocol>(_ code: S, party: Bool) -> String? {
        let key = codeKey(code)
        if party, let k = partyTypeKeys[key] { return k }
        return typeCodeKeys[key]
    }
    static func isCourtCode<S: StringProtocol>(_ code: S) -> Bool { courtCodeKeys.contains(codeKey(code)) }
    static func isJointCode<S: StringProtocol>(_ code: S) -> Bool { jointCodeKeys.contains(codeKey(code)) }

    /// Type codes of symbols (TypeTable.swift) and the kind they give.
    static let typeCodes: [String: String] = {
        var out: [String: String] = [:]
        for c in TableText.typeRows {
            if c.count >= 2, out[c[0]] == nil { out[c[0]] = c[1] }
        }
        return out
    }()
}

// MARK: - Reader

/// The first-word hashes of a phrase table as 64 flags (bit `hash & 63`): a word whose flag is clear opens no row,
/// so most words and lines are turned away by one bit test, before the table's hash probe (and, for a line, the
/// call into `match`).
struct FirstWordBits: Sendable {
    let bits: UInt64
    init(_ hashes: [UInt64]) {
        var b: UInt64 = 0
        for h in hashes {
            b |= 1 &<< (h & 63)
            // The probes take a hash of 0 for 1: either may stand for the other.
            if h <= 1 { b |= 3 }
        }
        bits = b
    }
    init<T>(_ table: PhraseTable<T>) { self.init(table.entries.map { $0.words[0].hash }) }
    /// Flags that let every word through.
    static let all = FirstWordBits((0..<64).map { UInt64($0) })
    /// Whether a word of hash `h` may open a row.
    @inline(__always) func mayOpen(_ h: UInt64) -> Bool { bits & (1 &<< (h & 63)) != 0 }
}

/// A line of the head: its trimmed content and its words.
struct HeaderLine {
    var start: Int
    var end: Int
    var w0: Int
    var w1: Int
    var wordCount: Int { w1 - w0 }
}

struct HeaderReader {
    let p: UnsafeBufferPointer<UInt8>
    let hints: DocumentHints
    let n: Int
    var headEnd = 0
    var w: [FoldWord] = []
    var lines: [HeaderLine] = []
    var out = ParsedHeader()
    /// Leave a news page's context locality (a scan of its top lines) to `newsLocality`, called only when
    /// a reference needs it; `newsLocalityPending` then says whether it is left.
    /// For a text that cannot be official (no motto, number, type line or metadata block), the issuing
    /// block is then left too (`term` stays unread): `deferredLocality` reads it when asked.
    var deferNewsLocality = false
    private(set) var newsLocalityPending = false
    /// The header is an English translation's (its motto is in English): the English tables are read.
    var english = false
    /// A window of the head ended elsewhere than after a line break, so that a word may have been cut in two there.
    var headCutWord = false

    init(p: UnsafeBufferPointer<UInt8>, hints: DocumentHints) {
        self.p = p; self.hints = hints; self.n = p.count
    }

    mutating func run() -> ParsedHeader {
        var leftBlock = 0..<0
        return run(leftBlock: &leftBlock)
    }

    /// `run`, and the words of the issuing block left unread (see `deferNewsLocality`) in `leftBlock`
    /// (an inout, not a field: stored in `self`, it made this function copy the whole reader).
    mutating func run(leftBlock: inout Range<Int>) -> ParsedHeader {
        // Most headers fit in the first 2 KB; a legal library page may push it further down. The
        // window grows until the header (motto, type line and a few lines after it) lies inside.
        let deferring = deferNewsLocality
        var meta = Metadata()
        var metaScan = MetaScan(), metaWhole = MetaScan()
        var motto: Motto? = nil
        var zoneStartLine = 0
        var typeLine: Int? = nil, typeLineRead = false
        var rawMotto: Motto? = nil
        var scannedWords = 0
        var previousEnd = 0
        for limit in [1_024, 2_048, 4_096, HeaderParser.headBytes] {
            setHead(limit)
            // A library's metadata block stands in the first 4 KB.
            if headEnd <= 4_096 || meta.endLine >= 0 { (meta.endLine, metaWhole) = metadataEnd(&metaScan) }
            // The header opens the text (or follows a legal library's metadata block); a motto deeper
            // down belongs to a form or an annex. Only the new part of the window is searched, unless
            // a motto found before may continue into it.
            let rescan = rawMotto.map { $0.end + 400 > previousEnd } ?? true
            if rescan {
                rawMotto = findMotto(from: rawMotto == nil ? max(0, scannedWords - 12) : 0)
            }
            scannedWords = w.count
            previousEnd = headEnd
            motto = rawMotto.flatMap { m in m.start <= 2_048 || meta.endLine >= 0 ? m : nil }
            english = motto?.english ?? false
            zoneStartLine = zoneStart(motto: motto, metaEnd: meta.endLine)
            // The type line decides here only with a motto; without one it is looked for once, on the final window
            // (a text without a header grows to the last window, and each step looked for it again).
            typeLineRead = motto != nil
            typeLine = typeLineRead ? (english ? findEnglishTypeLine(from: zoneStartLine) : findTypeLine(from: zoneStartLine, strict: motto == nil)) : nil
            if headEnd >= n { break }
            if let motto, motto.end + 600 < headEnd {
                if let t = typeLine, t + 4 < lines.count { break }
                // A công văn has no type line: its header ends at `Kính gửi` or the first `Căn cứ`.
                if typeLine == nil, zoneEndWithoutType(from: zoneStartLine) + 200 < headEnd { break }
            }
            // Only a legal library page (its metadata block first) pushes the header beyond 4 KB. (The step's limit, not
            // `headEnd`: the window is cut back to its last line end, so `headEnd` stays under 4 KB and every text
            // without a header was read to the last window.)
            if motto == nil, meta.endLine < 0, limit >= 4_096 { break }
        }
        if !typeLineRead {
            typeLine = english ? findEnglishTypeLine(from: zoneStartLine) : findTypeLine(from: zoneStartLine, strict: motto == nil)
        }
        // The block's values, once, on the final window: a block found was looked for again at each step, so
        // these are the lines it was last found on (and with no block its values are empty).
        if meta.endLine >= 0 { meta = metadata(metaWhole, endLine: meta.endLine) }
        // The rest only reads the text: a function that does not mutate, since calls from this mutating one
        // copied the whole reader (about five times a document) before several of the readers.
        var pending = false
        out = readHeader(meta: meta, motto: motto, zoneStartLine: zoneStartLine, typeLine: typeLine, deferring: deferring,
                         leftBlock: &leftBlock, pending: &pending)
        if pending { newsLocalityPending = true }
        return out
    }

    /// What the header says, once the window holds it (the second part of `run`); `newsLocalityPending`
    /// says whether the news page's context locality is left to `newsLocality`.
    func readHeader(meta: Metadata, motto: Motto?, zoneStartLine: Int, typeLine: Int?, deferring: Bool,
                    leftBlock: inout Range<Int>, pending newsLocalityPending: inout Bool) -> ParsedHeader {
        var out = out
        let zoneEndByte = typeLine.map { lines[$0].start } ?? zoneEndWithoutType(from: zoneStartLine)
        let zoneStartByte = zoneStartLine < lines.count ? lines[zoneStartLine].start : headEnd
        let zw0 = wordIndex(atOrAfter: zoneStartByte), zw1 = wordIndex(atOrAfter: zoneEndByte)

        // The number.
        var number = english ? findNumber(zw0, zw1, labels: HeaderVocabulary.englishNumberLabels) : findNumber(zw0, zw1, fullLabels: motto != nil)
        // A gazette heading under the type line, with its date: `Văn bản hợp nhất số 23/VBHN-VPQH ngày 15 tháng 7 năm 2020`.
        if number == nil, let t = typeLine, t + 1 < lines.count {
            let a = wordIndex(atOrAfter: lines[t + 1].start), b = wordIndex(atOrAfter: lines[min(lines.count - 1, t + 3)].end)
            if let m = findNumber(a, b), m.labelKind != nil, m.date != nil { number = m }
        }
        if let number {
            out.rawSymbol = number.symbol
            out.symbolRange = number.range
            out.symbolStatus = number.blank ? .blank : .present
        }
        // The place-and-date line.
        var dateLine = findPlaceDate(zw0, zw1, number: number.map { $0.labelStart..<$0.range.upperBound }, mottoEnds: motto?.ranges ?? [])
        if dateLine == nil, english { dateLine = findEnglishPlaceDate(zw0, zw1, number: number.map { $0.labelStart..<$0.range.upperBound }) }
        if let dateLine {
            out.place = dateLine.place
            if let iso = dateLine.iso { out.date = iso; out.dateSource = dateLine.court ? .courtLine : .placeLine }
        }
        if out.date == nil, let d = number?.date { out.date = d; out.dateSource = .placeLine }
        if out.date == nil, let d = findDraftDate(zw0, zw1 + 40) { out.date = d; out.dateSource = .draft }

        // An English translation writes its symbol without diacritics (`13/2023/ND-CP`): its codes are read
        // from the canonical form (`13/2023/NĐ-CP`).
        let symbolCode = number.flatMap { $0.blank ? nil : issuerCodeFromSymbol(english ? canonicalSymbol($0.symbol) : $0.symbol) }

        // The issuing body block: from the zone start to the number / date line, motto removed.
        var blockEnd = zoneEndByte
        if let number { blockEnd = min(blockEnd, number.labelStart) }
        if let dateLine { blockEnd = min(blockEnd, dateLine.start) }
        // A text with no motto, number, type line or metadata block cannot be official: its issuer fields
        // are cleared at the end, and only the context locality reads its issuing block. When the locality
        // is deferred, so is the block (most such texts are notes or news, and no reference asks). (The
        // metadata test is on `endLine`: a lookup of its symbol here made `run` copy the whole reader.)
        let blockWordEnd = wordIndex(atOrAfter: blockEnd)
        let deferChain = deferring && motto == nil && number == nil && typeLine == nil && meta.endLine < 0
        var chain = issuerChain(from: zw0, to: deferChain ? zw0 : blockWordEnd, motto: motto)
        if deferChain { leftBlock = zw0..<max(zw0, blockWordEnd) }
        if chain.isEmpty, !deferChain, let number, let dateLine, dateLine.start < number.labelStart,
           let li = lineIndex(containing: dateLine.start) {
            // The right column first (motto and place-and-date line, then the issuing block above the number):
            // the block between the date line and the number.
            let a = wordIndex(atOrAfter: lines[li].end), b = wordIndex(atOrAfter: number.labelStart)
            if a < b { chain = issuerChain(from: a, to: b, motto: motto) }
        }
        if chain.isEmpty, motto != nil {
            // A block typed in mixed case (`Ủy ban nhân dân` / `tỉnh Sơn La`).
            chain = issuerChain(from: zw0, to: blockWordEnd, motto: motto, mixedCase: true)
            if let last = chain.last, last.phrase.issuerCode == nil { chain = [] }
        }
        if chain.isEmpty, let number, let li = lineIndex(containing: number.range.lowerBound) {
            // `Số: 666/2015/QĐ-UBND (ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH)`: the body after the number.
            let a = wordIndex(atOrAfter: number.range.upperBound)
            if a < lines[li].w1, w[a].isUpper,
               let (ph, _) = IssuerPhraseParser.parseWords(p, w, from: a, limit: lines[li].w1, header: true, date: nil), ph.issuerCode != nil {
                chain = [ChainLink(phrase: ph, province: ph.locality.flatMap { Places.province(named: $0)?.locality }, isLocal: ph.isLocal)]
            }
        }
        applyIssuer(chain, to: &out)

        // The type.
        var title: String? = nil
        var gazette = false
        if let typeLine, english {
            // An English type line: `DECREE` / `ON PERSONAL DATA PROTECTION`, `LAW ON ENTERPRISES`, `CIVIL CODE`.
            let t = readEnglishTypeLine(typeLine)
            out.kind = t.kind
            title = t.title
        } else if let typeLine {
            let t = readTypeLine(typeLine)
            out.kind = t.kind
            let l = lines[typeLine]
            var kindEnd = HeaderVocabulary.typeLines.match(p, w, at: l.w0, limit: l.w1)!.next
            // `THÔNG TƯ` / `LIÊN TỊCH CỦA …` on two lines.
            if kindEnd < w.count, let (_, j2) = HeaderVocabulary.jointWord.match(p, w, at: kindEnd),
               ["Thông tư", "Nghị quyết", "Quyết định", "Chỉ thị"].contains(t.kind) {
                out.kind = t.kind + " liên tịch"
                kindEnd = j2
            }
            if let o = oldStyle(after: kindEnd, line: typeLine, kind: t.kind), kindEnd < l.w1 || o.symbol != nil || o.issuer != nil {
                gazette = o.symbol != nil || (o.issuer != nil && lineAllUpper(typeLine))
                // Also the organ a Party block names only as `BAN CHẤP HÀNH TRUNG ƯƠNG`: `NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ`.
                if let ph = o.issuer, out.issuer == nil || out.issuerCode == nil
                    || (out.issuerCode == "TW" && ph.issuerCode == "TW" && ph.issuer != out.issuer) {
                    out.issuer = ph.issuer; out.locality = ph.locality; out.issuerCode = ph.issuerCode; out.term = ph.term
                }
                if out.rawSymbol == nil, let sym = o.symbol {
                    out.rawSymbol = sym.symbol; out.symbolRange = sym.range; out.symbolStatus = .present
                }
                if out.date == nil, let d = o.date { out.date = d; out.dateSource = .placeLine }
                // The rest of the line (and what follows) is the trích yếu: `… về việc ban hành Quy chế`.
                let lastLine = lineIndex(containing: o.next < w.count ? w[o.next].start : headEnd) ?? typeLine
                if o.next < lines[min(lastLine, lines.count - 1)].w1, o.next < w.count {
                    let restWords = o.next..<lines[lastLine].w1
                    let rest = restWords.allSatisfy({ w[$0].isUpper || w[$0].isDigits })
                        ? IssuerPhraseParser.restoreCase(p, w, restWords.lowerBound, restWords.upperBound)
                        : flatText(w[o.next].start, lines[lastLine].end)
                    let more = readTitle(after: lastLine, kind: t.kind, inlineName: nil, prefix: true)
                    title = [rest, more].compactMap { $0 }.joined(separator: " ")
                } else {
                    title = readTitle(after: max(lastLine, typeLine), kind: t.kind, inlineName: nil)
                }
            } else {
                title = readTitle(after: typeLine, kind: t.kind, inlineName: t.name)
            }
        }
        if out.kind == nil, let label = number?.labelKind {
            out.kind = label
            // A gazette title line (`Luật số 100/2015/QH13 ngày …`) has the name on the next line.
            if title == nil, number?.date != nil, let li = lineIndex(containing: number!.range.lowerBound), li + 1 < lines.count,
               lines[li + 1].wordCount > 0, lines[li + 1].end - lines[li + 1].start < 200, !lineStarts(li + 1, HeaderVocabulary.bodyStarts) {
                title = lineAllUpper(li + 1) ? IssuerPhraseParser.restoreCase(p, w, lines[li + 1].w0, lines[li + 1].w1) : lineText(li + 1)
            }
        }
        if english, title == nil, let subject = findEnglishSubject(zw0, min(w.count, zw1 + 30)) {
            // A letter's `Re: tax policy`.
            out.kind = out.kind ?? "Công văn"
            title = subject
        }
        if !english, out.kind == nil, let vv = findVV(zw0, min(w.count, zw1 + 30), dateStart: dateLine?.start) {
            // A court's decision has a subject line too (`Số: 15/2021/DS-GĐT` / `V/v tranh chấp …`).
            out.kind = number.flatMap { $0.blank ? nil : courtKind($0.symbol) } ?? "Công văn"
            title = vv
        } else if !english, title == nil, out.kind != nil, let vv = findVV(zw0, min(w.count, zw1 + 30), dateStart: dateLine?.start) {
            // A judgment's subject: `Bản án số: 45/2025/DS-ST / Ngày: 12-9-2025 / V/v tranh chấp hợp đồng vay tài sản`.
            title = vv
        }
        if out.kind == nil, let k = meta.kind { out.kind = k }
        if out.kind == nil, let s = out.rawSymbol, out.symbolStatus == .present { out.kind = kindFromSymbol(english ? canonicalSymbol(s) : s) }
        // A consolidated text repeats its source's type line; its symbol says what it is.
        if let s = out.rawSymbol, hasPart(s, startingWith: HeaderReader.vbhnBytes) { out.kind = "Văn bản hợp nhất" }

        // Official or not.
        let typeUpperEarly = typeLine.map { lineAllUpper($0) && $0 - zoneStartLine < 8 } ?? false
        out.isOfficial = motto != nil || number != nil || typeUpperEarly || gazette || meta.symbol != nil

        // Older texts put the place-and-date line above the signature.
        if dateLine == nil, out.date == nil, out.isOfficial, let d = findTrailingDate(after: zoneEndByte) {
            out.date = d.iso; out.place = d.place; out.dateSource = .placeLine
        }

        // A text issued with a decision takes the decision's date: `(Ban hành kèm theo Quyết định số
        // 05/2006/QĐ-UBND ngày 25 tháng 01 năm 2006 của UBND tỉnh Cà Mau)`.
        if out.date == nil, dateLine == nil, let typeLine, let d = issuedWithDate(after: typeLine) {
            out.date = d; out.dateSource = .issuedWith
        }

        // Fallbacks from the metadata block.
        if out.rawSymbol == nil, let s = meta.symbol { out.rawSymbol = s; out.symbolStatus = .present }
        if out.date == nil, let d = meta.date.flatMap(parseLooseDate) { out.date = d; out.dateSource = .metadata }
        if out.issuer == nil, let iss = meta.issuer { applyMetadataIssuer(iss, to: &out) }

        // Passage sentence (Laws, QH and HĐND resolutions, constitutions).
        if out.kind == "Án lệ", out.date == nil || out.issuer == nil, let adoption = findPrecedentAdoption() {
            if out.date == nil, let d = adoption.date { out.date = d; out.dateSource = .passage }
            if out.issuer == nil, let b = adoption.body { out.issuer = b.issuer; out.issuerCode = out.issuerCode ?? b.issuerCode }
        }
        if out.date == nil || out.issuer == nil, let passage = findPassage() {
            if out.date == nil, let d = passage.date { out.date = d; out.dateSource = .passage }
            if out.issuer == nil, let b = passage.body { out.issuer = b.issuer; out.locality = b.locality; out.issuerCode = out.issuerCode ?? b.issuerCode }
        }
        // Other issuer evidence: the authority line, `(Ban hành kèm theo … của X)`, `X ban hành …`.
        if out.issuer == nil, out.isOfficial, let typeLine, let b = issuerAfterTitle(typeLine) {
            out.issuer = b.issuer; out.locality = b.locality; out.issuerCode = out.issuerCode ?? b.issuerCode
        }
        if out.issuer == nil, out.isOfficial, let b = enactingBody(in: zoneStartByte..<(findPreamble(from: typeLine.map { lines[$0].end } ?? zoneEndByte).map { $0.upperBound + 400 } ?? headEnd)) {
            out.issuer = b.issuer; out.locality = b.locality; out.issuerCode = out.issuerCode ?? b.issuerCode
        }

        // Symbol code.
        if var code = symbolCode ?? (number == nil && out.symbolStatus == .present ? out.rawSymbol.flatMap(issuerCodeFromSymbol) : nil) {
            // A letter whose type code is also its body's code, followed by a unit: `Số: 5331/CT-CS` of the Cục Thuế.
            if out.kind == "Công văn", let s = out.rawSymbol, let first = symbolShape(s).last.first,
               letterIssuerOfTypeCode[String(first)] != nil, Vocabulary.shared.issuer(code) == nil {
                code = String(first)
            }
            out.issuerCode = code
        }

        // Title.
        out.title = title
        // The heading line, looked for once for the title and the publication date (both read it).
        var heading: Int?? = nil
        if out.title == nil, !out.isOfficial, hints.title == nil {
            heading = .some(headingLine())
            out.title = firstHeading(line: heading!)
        } else if out.title == nil, !out.isOfficial {
            out.title = hints.title
        }

        // Signature and Party refinement.
        let sig = findSignature(after: zoneEndByte)
        out.signer = sig.name ?? meta.signer
        if let organ = sig.partyOrgan, out.issuer == "Ban Chấp hành Trung ương" { out.issuer = organ }

        // Preamble.
        out.preamble = findPreamble(from: typeLine.map { lines[$0].end } ?? zoneEndByte)

        // Context locality.
        if deferNewsLocality {
            if let loc = headerLocality(chain: chain, motto: motto, header: out) { out.contextLocality = loc } else { newsLocalityPending = true }
        } else {
            out.contextLocality = contextLocality(chain: chain, motto: motto, header: out)
        }
        // No issuing block, but a local code and a place: `Số: 991/QĐ-UBND   Đồng Xoài, ngày …` → Ủy ban
        // nhân dân tỉnh Bình Phước (the place-and-date line names where the body sits).
        if out.issuer == nil, out.isOfficial, let ctx = out.contextLocality, let code = out.issuerCode,
           let body = HeaderVocabulary.localBodyByCode[code] {
            out.issuer = "\(body) \(ctx)"
            out.locality = ctx
        }

        // A page that is not an official document.
        if !out.isOfficial {
            out.kind = nil; out.issuer = nil; out.issuerCode = nil; out.locality = nil
            out.rawSymbol = nil; out.symbolRange = nil; out.symbolStatus = .absent
            if out.dateSource != .passage { out.date = nil; out.dateSource = nil }
            if let d = hints.date { out.date = d; out.dateSource = .hints } else if let d = findPublicationDate(heading: heading) { out.date = d; out.dateSource = .publication }
        } else if out.date == nil, let d = hints.date {
            out.date = d; out.dateSource = .hints
        }
        return out
    }

    // MARK: Lines and words

    /// Grows the head window to `limit` bytes (cut at a line end), tokenizing only the new part.
    mutating func setHead(_ limit: Int) {
        let old = headEnd
        headEnd = min(n, limit)
        if headEnd < n {
            var i = headEnd
            while i > 0, p[i - 1] != 0x0A { i -= 1 }
            if i > headEnd / 2 { headEnd = i }
            while headEnd > 0, headEnd < n, p[headEnd] & 0xC0 == 0x80 { headEnd -= 1 }
        }
        guard headEnd > old else { return }
        if headEnd < n, p[headEnd - 1] != 0x0A { headCutWord = true }
        // Written straight after the words already read: going through a returned array copied each
        // word twice and allocated twice per step.
        let kept = w.count
        w = [FoldWord](unsafeUninitializedCapacity: kept + (headEnd - old) / 2 + 1) { buf, count in
            _ = w.withUnsafeBufferPointer { old in buf.initialize(fromContentsOf: old) }
            count = kept + VietFold.words(p, from: old, to: headEnd, into: UnsafeMutableBufferPointer(rebasing: buf[kept...]))
        }
        splitLines(from: old)
    }

    mutating func splitLines(from start: Int) {
        // Room for the new lines at once (a line every 24 bytes; selfmeta-dev's heads average one every 60):
        // growing the array line by line reallocated it three or four times a window.
        var lines = self.lines
        self.lines = []   // appended to as a local, without a second reference (that would copy it)
        // The first window reserves for the 4 KB window too: most heads grow to 2 or 4 KB, and each growth reallocated.
        lines.reserveCapacity(max(lines.count + (headEnd - start) / 24 + 8, min(n, 4_096) / 24 + 8))
        var i = start
        var k = wordIndex(atOrAfter: start)
        // The words' storage read directly: through the array, each step of the word loops checked its bounds.
        w.withUnsafeBufferPointer { w in
            while i < headEnd {
                let e = nextNewline(i, headEnd)
                var s = i, t = e
                while s < t, isTrim(p[s]) { s += 1 }
                while t > s, isTrim(p[t - 1]) { t -= 1 }
                if s < t {
                    while k < w.count, w[k].start < s { k += 1 }
                    var k1 = k
                    while k1 < w.count, w[k1].start < t { k1 += 1 }
                    lines.append(HeaderLine(start: s, end: t, w0: k, w1: k1))
                    k = k1
                }
                i = e + 1
            }
        }
        self.lines = lines
    }

    func isTrim(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x2A || b == 0x23 || b == 0x3E }

    func wordIndex(atOrAfter byte: Int) -> Int {
        var lo = 0, hi = w.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if w[mid].start < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func lineIndex(containing byte: Int) -> Int? {
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].end <= byte { lo = mid + 1 } else { hi = mid }
        }
        return lo < lines.count ? lo : nil
    }

    func text(_ a: Int, _ b: Int) -> String { VietFold.string(p, a, b) }

    /// The first word in `k..<end` of hash `h`, else `end`: the words a reader passes over, in a loop of their own
    /// on the words' storage (through the array, each step reloaded and bounds-checked it).
    func nextWord(hash h: UInt64, from k: Int, to end: Int) -> Int {
        w.withUnsafeBufferPointer { wb in
            var j = k
            while j < end, wb[j].hash != h { j += 1 }
            return j
        }
    }

    /// The first word in `k..<end` whose hash may open a row (`bits`), else `end`.
    func nextWord(opening bits: FirstWordBits, from k: Int, to end: Int) -> Int {
        w.withUnsafeBufferPointer { wb in
            var j = k
            while j < end, !bits.mayOpen(wb[j].hash) { j += 1 }
            return j
        }
    }

    /// `s.hasPrefix` of the one-character string of ASCII byte `b`, read on the bytes when the byte after it is
    /// ASCII too (it is then a character of its own); else left to `hasPrefix` (a mark may join it).
    static func opensWith(_ s: String, _ b: UInt8) -> Bool {
        var u = s.utf8.makeIterator()
        guard u.next() == b else { return false }
        guard let second = u.next(), second >= 0x80 else { return true }
        return s.hasPrefix(String(UnicodeScalar(b)))
    }

    /// The text with line breaks as spaces and without `*` (markdown italics of flattened pages).
    func flatText(_ a: Int, _ b: Int) -> String {
        // Most spans (a place, a subject on one line) hold no byte to drop or change: their text as it stands.
        if !(a..<b).contains(where: { p[$0] == 0x2A || p[$0] == 0x0D || p[$0] == 0x0A }) { return text(a, b) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(b - a)
        for i in a..<b {
            switch p[i] {
            case 0x2A, 0x0D: continue
            case 0x0A: if bytes.last != 0x20 { bytes.append(0x20) }
            default: bytes.append(p[i])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func lineText(_ i: Int) -> String { text(lines[i].start, lines[i].end) }

    func lineAllUpper(_ i: Int) -> Bool {
        let l = lines[i]
        var letters = false
        for j in l.w0..<l.w1 {
            if w[j].isDigits { continue }
            if !w[j].isUpper { return false }
            letters = true
        }
        return letters
    }

    func isSeparatorLine(_ i: Int) -> Bool { lines[i].wordCount == 0 }

    /// Whether the table matches the whole line (trailing `:` allowed when `colon`).
    func lineIs<T>(_ i: Int, _ table: PhraseTable<T>) -> PhraseTable<T>.Entry? {
        let l = lines[i]
        guard let (e, next) = table.match(p, w, at: l.w0, limit: l.w1), next == l.w1 else { return nil }
        return e
    }

    func lineStarts<T>(_ i: Int, _ table: PhraseTable<T>) -> Bool {
        let l = lines[i]
        return l.w0 < l.w1 && w[l.w0].start == l.start && table.matches(p, w, at: l.w0, limit: l.w1)
    }

    /// `lineStarts(i, table)`, the line first turned away by the table's first-word filter (the loops over the
    /// window's lines ask it of nearly every line, and nearly every line opens no row).
    @inline(__always)
    func lineStarts<T>(_ i: Int, _ table: PhraseTable<T>, _ bits: FirstWordBits) -> Bool {
        let l = lines[i]
        return l.w0 < l.w1 && bits.mayOpen(w[l.w0].hash) && lineStarts(i, table)
    }

    // MARK: Metadata block (legal library pages)

    /// A legal library's metadata block: its values (trimmed of spaces and colons) and its last line (-1 without one).
    struct Metadata {
        var symbol: String?, kind: String?, issuer: String?, signer: String?, date: String?
        var endLine = -1
    }

    /// The reading of the metadata block's labels so far. Kept while the window grows: lines are only appended,
    /// and a line's reading depends on the lines after it only through whether one follows, so all lines but the
    /// window's last are read once (each step read the first 160 lines again).
    struct MetaScan {
        /// How many fields have a value, and the line of the last value.
        var found = 0, last = -1
        /// The fields seen (`MetaField.bit`).
        var seen: UInt8 = 0
        /// The lines before this one are read.
        var next = 0
        /// The bytes of each field's value (the first one of each field).
        var symbol: Range<Int>?, kind: Range<Int>?, issuer: Range<Int>?, signer: Range<Int>?, date: Range<Int>?

        mutating func set(_ field: HeaderVocabulary.MetaField, _ r: Range<Int>) {
            switch field {
            case .symbol: symbol = r
            case .kind: kind = r
            case .issuer: issuer = r
            case .signer: signer = r
            case .date: date = r
            }
        }
    }

    /// Where a legal library's metadata block ends (`Tình trạng: …` or its last label's line), -1 without one,
    /// and the reading of the whole window (for `metadata`). The header window's loop asks this each time the
    /// window grows, with the same `scan`.
    func metadataEnd(_ scan: inout MetaScan) -> (end: Int, scan: MetaScan) {
        let cap = min(lines.count, 160)
        let stable = max(0, min(cap, lines.count - 1))
        if scan.next < stable {
            scanMetadata(&scan, from: scan.next, to: stable)
            scan.next = stable
        }
        var whole = scan
        if whole.next < cap { scanMetadata(&whole, from: whole.next, to: cap) }
        guard whole.found >= 2 else { return (-1, whole) }
        var end = whole.last
        // The block ends at `Tình trạng: …` or the last label.
        if end + 1 < lines.count {
            let metaEnd = HeaderVocabulary.metaEnd, metaEndBits = HeaderVocabulary.metaEndBits
            for i in (end + 1)..<min(lines.count, end + 12) {
                if lineStarts(i, metaEnd, metaEndBits) {
                    end = min(i + 1, lines.count - 1)
                }
            }
        }
        return (end, whole)
    }

    /// The values of a metadata block read by `metadataEnd`, once, on the final window.
    func metadata(_ scan: MetaScan, endLine: Int) -> Metadata {
        // A value is read only when something besides spaces and colons is left: `trimmed(" :")` leaves nothing
        // exactly when they are all it holds (the line has no line break).
        func value(_ r: Range<Int>?) -> String? { r.map { text($0.lowerBound, $0.upperBound).trimmed(" :") } }
        return Metadata(symbol: value(scan.symbol), kind: value(scan.kind), issuer: value(scan.issuer), signer: value(scan.signer),
                        date: value(scan.date), endLine: endLine)
    }

    /// The labels of the metadata block on lines `from..<to`: how many have a value (the first of each field
    /// counts), the line of the last one's value, and the values' bytes, added to `scan`.
    func scanMetadata(_ scan: inout MetaScan, from: Int, to: Int) {
        let labels = HeaderVocabulary.metaLabels, labelBits = HeaderVocabulary.metaLabelBits
        for i in from..<to {
            let l = lines[i]
            // The first word's hash turns away almost every line before `match` is called (it probes the same).
            guard l.wordCount > 0, labelBits.mayOpen(w[l.w0].hash), labels.group(w[l.w0].hash) != nil, w[l.w0].start == l.start,
                  let (e, next) = labels.match(p, w, at: l.w0, limit: l.w1) else { continue }
            // `Label:` then the value on the same line or the next one.
            let labelEnd = w[next - 1].end
            var c = labelEnd
            while c < l.end, p[c] == 0x20 || p[c] == 0x3A { c += 1 }
            let colon = c > labelEnd && VietFold.gapContains(p, labelEnd, c, 0x3A)
            guard colon || c == l.end else { continue }
            var valueStart = c, valueEnd = l.end
            var valueLine = i
            if c == l.end, i + 1 < lines.count {
                // A label alone on its line without a colon (a table's cell): only a number or a date is trusted
                // below it, since a sidebar's `Loại văn bản` heads a menu of kinds.
                guard colon || e.payload == .symbol || e.payload == .date else { continue }
                valueStart = lines[i + 1].start; valueEnd = lines[i + 1].end; valueLine = i + 1
            }
            guard scan.seen & e.payload.bit == 0 else { continue }
            // Something left without spaces and colons.
            guard (valueStart..<valueEnd).contains(where: { p[$0] != 0x20 && p[$0] != 0x3A }) else { continue }
            scan.set(e.payload, valueStart..<valueEnd)
            scan.seen |= e.payload.bit; scan.found += 1; scan.last = valueLine
        }
    }

    // MARK: Motto and zone

    struct Motto { var start: Int; var end: Int; var party: Bool; var ranges: [Range<Int>]; var english = false }

    func findMotto(from k0: Int = 0) -> Motto? {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(4)   // a motto's lines (growing from empty reallocated it twice or three times)
        var first: Motto? = nil
        var k = k0
        // The tables fetched once, not at each word whose hash may open a motto.
        let firsts = HeaderVocabulary.mottoFirstHashes, firstBits = HeaderVocabulary.mottoFirstBits
        let stateMotto = HeaderVocabulary.stateMotto, mottoLine = HeaderVocabulary.mottoLine
        let englishMotto = HeaderVocabulary.englishMotto, partyMotto = HeaderVocabulary.partyMotto
        while k < w.count {
            // Most words open no motto line: they are passed over in a loop of their own, on the words' storage,
            // with the distance limit in a local (it changes only where a motto line is found).
            let stop = first.map { $0.end + 400 } ?? Int.max
            let (candidate, far) = w.withUnsafeBufferPointer { wb -> (Int, Bool) in
                var j = k
                // Before the first motto line there is no distance limit to test.
                if stop == Int.max {
                    while j < wb.count {
                        if firstBits.mayOpen(wb[j].hash), firsts.contains(wb[j].hash) { return (j, false) }
                        j += 1
                    }
                    return (j, false)
                }
                while j < wb.count {
                    if firstBits.mayOpen(wb[j].hash), firsts.contains(wb[j].hash) { return (j, false) }
                    if wb[j].start > stop { return (j, true) }
                    j += 1
                }
                return (j, false)
            }
            if far { break }
            k = candidate
            guard k < w.count else { break }
            if let (e, next) = stateMotto.match(p, w, at: k) {
                let upper = (k..<next).allSatisfy { w[$0].isUpper }
                // The motto line `Độc lập - Tự do - Hạnh phúc` should follow closely.
                var followed = false
                var mEnd = w[next - 1].end
                var j = next
                while j < min(w.count, next + 4) {
                    if let (_, j2) = mottoLine.match(p, w, at: j) { followed = true; mEnd = w[j2 - 1].end; ranges.append(w[j].start..<mEnd); break }
                    j += 1
                }
                if (upper && e.payload == 1) || followed {
                    ranges.append(w[k].start..<w[next - 1].end)
                    if first == nil { first = Motto(start: w[k].start, end: mEnd, party: false, ranges: []) }
                    k = next
                    continue
                }
            }
            // An English translation's: `SOCIALIST REPUBLIC OF VIETNAM` / `Independence - Freedom - Happiness`.
            if let (e, next) = englishMotto.match(p, w, at: k) {
                if !e.payload {
                    ranges.append(w[k].start..<w[next - 1].end)
                    k = next
                    continue
                }
                var followed = false
                var mEnd = w[next - 1].end
                var j = next
                while j < min(w.count, next + 4) {
                    if let (e2, j2) = englishMotto.match(p, w, at: j), !e2.payload {
                        followed = true; mEnd = w[j2 - 1].end; ranges.append(w[j].start..<mEnd); break
                    }
                    j += 1
                }
                if (k..<next).allSatisfy({ w[$0].isUpper }) || followed {
                    ranges.append(w[k].start..<w[next - 1].end)
                    if first == nil { first = Motto(start: w[k].start, end: mEnd, party: false, ranges: [], english: true) }
                    k = next
                    continue
                }
            }
            if let (_, next) = partyMotto.match(p, w, at: k), (k..<next).allSatisfy({ w[$0].isUpper }) {
                ranges.append(w[k].start..<w[next - 1].end)
                if first == nil { first = Motto(start: w[k].start, end: w[next - 1].end, party: true, ranges: []) }
                k = next
                continue
            }
            if let (_, next) = mottoLine.match(p, w, at: k) {
                ranges.append(w[k].start..<w[next - 1].end)
                k = next
                continue
            }
            if first != nil, w[k].start > first!.end + 400 { break }
            k += 1
        }
        guard var m = first else { return nil }
        m.ranges = ranges
        return m
    }

    /// The first line of the header: the issuing-body lines just above the motto, or after the metadata block.
    func zoneStart(motto: Motto?, metaEnd: Int) -> Int {
        guard let motto, let ml = lineIndex(containing: motto.start) else {
            var i = metaEnd + 1
            while i < lines.count, isSeparatorLine(i) { i += 1 }
            return i
        }
        var start = ml
        var i = ml - 1
        var taken = 0
        while i > metaEnd, taken < 8 {
            if isSeparatorLine(i) { i -= 1; continue }
            // A certified copy's block above the original (`SAO Y BẢN CHÍNH` / `Số: 45/SY-VP` / its date): the
            // original's header starts at the first line in capitals after the copy's number and date.
            if lines[i].wordCount <= 4, HeaderVocabulary.copyMarks.group(w[lines[i].w0].hash) != nil, lineAllUpper(i),
               lineIs(i, HeaderVocabulary.copyMarks) != nil {
                var s = i + 1
                if let q = (s..<min(ml, i + 4)).first(where: { lineStarts($0, HeaderVocabulary.numberLabels) }) { s = q + 1 }
                while s < ml, !lineAllUpper(s) || lineStarts(s, HeaderVocabulary.numberLabels) { s += 1 }
                return s < ml ? s : start
            }
            // Capitals, a `Số:` line, or (right at the top) a short block typed in mixed case.
            let shortTop = (i - metaEnd <= 4 || ml - i <= 3) && lines[i].end - lines[i].start <= 60
            // A công văn's subject in the left column, however long (`V/v tăng cường phòng, chống bệnh sốt xuất huyết`),
            // when the columns were flattened one after the other.
            let subject = ml - i <= 4 && opensWithVV(i)
            if !lineAllUpper(i), !lineStarts(i, HeaderVocabulary.numberLabels), !shortTop, !subject { break }
            start = i; taken += 1; i -= 1
        }
        return start
    }

    /// Where the header ends when there is no type line: the first `Căn cứ`, `Kính gửi`, `Điều 1` line.
    func zoneEndWithoutType(from start: Int) -> Int {
        var i = start
        let starts = english ? HeaderVocabulary.englishBodyStarts : HeaderVocabulary.bodyStarts
        let operative = english ? HeaderVocabulary.englishOperative : HeaderVocabulary.operative
        while i < min(lines.count, start + 40) {
            if lineStarts(i, starts), !lineAllUpper(i) || lineStarts(i, operative) {
                return lines[i].start
            }
            i += 1
        }
        return i < lines.count ? lines[i].start : headEnd
    }

    // MARK: Type line

    func findTypeLine(from start: Int, strict: Bool) -> Int? {
        // The tables fetched once, not at each line.
        let bodyStarts = HeaderVocabulary.bodyStarts, vv = HeaderVocabulary.vv, typeLines = HeaderVocabulary.typeLines
        let bodyStartBits = HeaderVocabulary.bodyStartBits, vvBits = HeaderVocabulary.vvBits
        let ngay = HeaderVocabulary.ngay
        var i = start
        var inSubject = false
        while i < min(lines.count, start + 30) {
            if i > start, lineStarts(i, bodyStarts, bodyStartBits), !lineAllUpper(i) { return nil }
            let l = lines[i]
            // The subject of a công văn (`V/v Chỉ thị của Thủ tướng Chính phủ về …`) runs to the date line.
            if lineStarts(i, vv, vvBits) { inSubject = true }
            if inSubject {
                if (l.w0..<l.w1).contains(where: { VietFold.matches(p, w[$0], ngay) }) { inSubject = false }
                i += 1
                continue
            }
            if l.wordCount > 0, w[l.w0].start == l.start, let (e, next) = typeLines.match(p, w, at: l.w0, limit: l.w1) {
                let colon = VietFold.gapContains(p, w[next - 1].end, l.end, 0x3A)
                let upper = lineAllUpper(i)
                if !colon, next == l.w1, upper || !strict {
                    return i
                }
                if !colon, upper, HeaderVocabulary.isNamedKind(e.payload), next < l.w1 { return i }
                // Older and gazette styles: `NGHỊ ĐỊNH CỦA CHÍNH PHỦ`, `Nghị định của Chính phủ số 29/1998/NĐ-CP
                // ngày 11 tháng 5 năm 1998`, `Văn bản hợp nhất số 23/VBHN-VPQH`.
                if !colon, let o = oldStyle(after: next, line: i, kind: e.payload) {
                    if !strict || upper || (o.issuer != nil && o.symbol != nil) || (e.payload == "Văn bản hợp nhất" && o.symbol != nil) {
                        return i
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// An English type line in capitals: the kind alone (`DECREE`), a law's name with it (`LAW ON ENTERPRISES`),
    /// a code (`CIVIL CODE`), or a kind and its title (`DECREE ON PERSONAL DATA PROTECTION`).
    func findEnglishTypeLine(from start: Int) -> Int? {
        var i = start
        let types = HeaderVocabulary.englishTypeLines, starts = HeaderVocabulary.englishBodyStarts
        while i < min(lines.count, start + 30) {
            if i > start, lineStarts(i, starts), !lineAllUpper(i) { return nil }
            let l = lines[i]
            if l.wordCount > 0, w[l.w0].start == l.start, let (e, next) = types.match(p, w, at: l.w0, limit: l.w1), lineAllUpper(i),
               !VietFold.gapContains(p, w[next - 1].end, l.end, 0x3A) {
                if next == l.w1 || HeaderVocabulary.isNamedKind(e.payload)
                    || HeaderVocabulary.englishTitleOpeners.matches(p, w, at: next, limit: l.w1) { return i }
            }
            i += 1
        }
        return nil
    }

    /// The kind and title of an English type line. The title is kept as written (the restoring of capitals
    /// knows Vietnamese words only); a law's or a code's title names it whole (`LAW ON ENTERPRISES`), as
    /// `Luật Doanh nghiệp` does.
    func readEnglishTypeLine(_ typeLine: Int) -> (kind: String, title: String?) {
        let l = lines[typeLine]
        let (e, next) = HeaderVocabulary.englishTypeLines.match(p, w, at: l.w0, limit: l.w1)!
        let named = HeaderVocabulary.isNamedKind(e.payload)
        var parts: [String] = []
        if named { parts.append(lineText(typeLine)) } else if next < l.w1 { parts.append(flatText(w[next].start, l.end)) }
        var upperTitle: Bool? = next < l.w1 ? true : nil
        var i = typeLine + 1
        while i < min(lines.count, typeLine + 10), parts.count < 6 {
            let li = lines[i]
            if isSeparatorLine(i) { if parts.count > (named ? 1 : 0) { break }; i += 1; continue }
            if w[li.w0].start != li.start, p[li.start] == 0x28 { break }   // `(Issued together with …)`
            let upper = lineAllUpper(i)
            if lineStarts(i, HeaderVocabulary.englishBodyStarts), !upper { break }
            // `THE MINISTER OF FINANCE`, `The Government promulgates …`: the authority, not the title.
            if lineStarts(i, HeaderVocabulary.englishAuthority) || (upper && isIssuerLine(i)) { break }
            if let u = upperTitle, u != upper { break }
            upperTitle = upper
            parts.append(lineText(i))
            i += 1
        }
        let title = parts.joined(separator: " ")
        return (e.payload, title.isEmpty ? nil : title)
    }

    /// What follows a type word in the older and gazette styles: `của <issuer>`, `số <symbol>` (or the
    /// symbol right away), `ngày <date>`; for a consolidated text also `- VĂN PHÒNG QUỐC HỘI`.
    struct OldStyle { var issuer: IssuerPhrase?; var symbol: (symbol: String, range: Range<Int>)?; var date: String?; var next: Int }

    func oldStyle(after j: Int, line: Int, kind: String) -> OldStyle? {
        guard j < w.count else { return nil }
        let first = lineIndex(containing: w[j].start) ?? line
        let limit = min(w.count, lines[min(lines.count - 1, first + 2)].w1)
        var k = j
        var o = OldStyle(issuer: nil, symbol: nil, date: nil, next: j)
        guard k < limit else { return nil }
        if VietFold.matches(p, w[k], HeaderVocabulary.cua),
           let (ph, nk) = IssuerPhraseParser.parseWords(p, w, from: k, limit: limit, header: false, date: nil) {
            o.issuer = ph; k = nk
        } else if kind == "Văn bản hợp nhất", VietFold.gapContains(p, w[k - 1].end, w[k].start, 0x2D),
                  let (ph, nk) = IssuerPhraseParser.parseWords(p, w, from: k, limit: lines[line].w1, header: true, date: nil), ph.issuerCode != nil {
            o.issuer = ph; k = nk
        }
        var symbolStart: Int? = nil
        // `LIÊN TỊCH CỦA BỘ TÀI CHÍNH - CÔNG NGHIỆP - TỔNG CỤC HẢI QUAN SỐ 176/1998/TTLT-…`: the other
        // issuers of a joint text stand between the first one and `số`.
        if o.issuer != nil, k < limit, !VietFold.matches(p, w[k], HeaderVocabulary.so) {
            var f = k
            while f < min(limit, k + 10), !VietFold.matches(p, w[f], HeaderVocabulary.so), w[f].isCapitalized || w[f].isUpper { f += 1 }
            if f < limit, VietFold.matches(p, w[f], HeaderVocabulary.so) { k = f }
        }
        if k < limit, VietFold.matches(p, w[k], HeaderVocabulary.so) {
            var c = w[k].end
            while c < n, p[c] == 0x20 || p[c] == 0x3A { c += 1 }
            symbolStart = c
        } else if k < limit, w[k].isDigits, !VietFold.gapContains(p, w[k - 1].end, w[k].start, 0x0A) {
            symbolStart = w[k].start
        }
        if let c = symbolStart {
            let sym = readSymbol(from: c)
            if (sym.symbol.utf8.contains(0x2F) || sym.symbol.utf8.contains(0x2D)), hasLetter(sym.symbol),
               sym.symbol.first?.isNumber == true {
                o.symbol = sym
                k = wordIndex(atOrAfter: sym.range.upperBound)
            }
        }
        if k < limit, let d = dateAt(k, limit: min(limit, k + 8)), let iso = d.iso { o.date = iso; k = d.next }
        o.next = k
        return o.issuer != nil || o.symbol != nil ? o : nil
    }

    func readTypeLine(_ i: Int) -> (kind: String, name: String?) {
        let l = lines[i]
        let (e, next) = HeaderVocabulary.typeLines.match(p, w, at: l.w0, limit: l.w1)!
        let name = next < l.w1 ? IssuerPhraseParser.restoreCase(p, w, next, l.w1) : nil
        return (e.payload, name)
    }

    func readTitle(after typeLine: Int, kind: String, inlineName: String?, prefix: Bool = false) -> String? {
        // Asked once (hashing a Vietnamese string for the set costs several hundred instructions).
        let named = HeaderVocabulary.isNamedKind(kind)
        let bodyStarts = HeaderVocabulary.bodyStarts, bodyStartBits = HeaderVocabulary.bodyStartBits
        var parts: [String] = []
        var upperTitle: Bool? = nil
        var i = typeLine + 1
        while i < min(lines.count, typeLine + 10), inlineName == nil {
            let l = lines[i]
            // After a gazette-style title line only its wrapped continuation (lower-case start) follows.
            if prefix, l.wordCount == 0 || w[l.w0].isCapitalized || w[l.w0].isUpper || parts.count >= 3 { break }
            if isSeparatorLine(i) { if !parts.isEmpty { break }; i += 1; continue }
            if w[l.w0].start != l.start, p[l.start] == 0x28 { break }   // `(Ban hành kèm theo …)`
            if lineStarts(i, bodyStarts, bodyStartBits), !lineAllUpper(i) { break }
            let upper = lineAllUpper(i)
            if let u = upperTitle {
                if u != upper { break }
                if !u, let first = w[l.w0...].first, first.isCapitalized { break }
            }
            if upper || !parts.isEmpty || prefix, !parts.isEmpty || prefix || !named,
               lineStarts(i, HeaderVocabulary.authority) || isIssuerLine(i) { break }
            if upper, HeaderVocabulary.typeLines.match(p, w, at: l.w0, limit: l.w1)?.next == l.w1, parts.isEmpty == false { break }
            upperTitle = upper
            parts.append(upper ? IssuerPhraseParser.restoreCase(p, w, l.w0, l.w1) : lineText(i))
            if parts.count >= 6 { break }
            i += 1
        }
        // The parts appended in place (mapping them to a new array and joining it built the title twice).
        var title = parts.first ?? ""
        for part in parts.dropFirst() { title += " "; title += lowerFirst(part) }
        if let inlineName { title = inlineName }
        if prefix { return title.isEmpty ? nil : title }
        if named {
            if let inlineName {
                // `BỘ LUẬT LAO ĐỘNG`: restoreCase gives the name; prefix the kind.
                title = "\(kind) \(lowerFirst(inlineName))"
            } else if !title.isEmpty {
                title = "\(kind) \(title)"
            } else {
                title = kind
            }
        }
        return title.isEmpty ? nil : title
    }

    func lowerFirst(_ s: String) -> String {
        if let fast = asciiLowerFirst(s) { return fast }
        guard let f = s.first, f.isUppercase else { return s }
        // A second character at all (`s.count > 1` walked every character of the title).
        let i = s.index(after: s.startIndex)
        guard i != s.endIndex else { return s }
        let second = s[i]
        if second.isUppercase { return s }
        return f.lowercased() + s.dropFirst()
    }

    /// `lowerFirst` on the bytes when the string opens with a capital ASCII letter and an ASCII letter that
    /// are characters of their own (what follows is ASCII or a precomposed letter, never a combining mark):
    /// `Quy định` → `quy định`, `UBND` unchanged; nil where only the characters can tell. (The character
    /// tests, the lowercasing and the concatenation cost about six thousand instructions a title.)
    func asciiLowerFirst(_ s: String) -> String? {
        var copy = s
        return copy.withUTF8 { b -> String? in
            guard b.count >= 2, b[0] &- 0x41 < 26, (b[1] | 0x20) &- 0x61 < 26 else { return nil }
            if b.count > 2, b[2] >= 0x80 {
                let (scalar, _) = VietFold.decode(b, 2, b.count)
                let e = VietFold.entry(scalar)
                guard e != 0, e & VietFold.markBit == 0 else { return nil }
            }
            if b[1] &- 0x41 < 26 { return s }   // two capitals: an abbreviation stays as written
            var bytes = Array(b)
            bytes[0] |= 0x20
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether the line names an issuing body (an authority line such as `ỦY BAN NHÂN DÂN HUYỆN CẦN GIỜ`).
    func isIssuerLine(_ i: Int) -> Bool {
        let l = lines[i]
        guard let (ph, next) = IssuerPhraseParser.parseWords(p, w, from: l.w0, limit: l.w1, header: true, date: nil) else { return false }
        return next >= l.w1 - 1 && ph.issuerCode != nil
    }

    // MARK: Number

    struct Number {
        var symbol: String; var range: Range<Int>; var blank: Bool; var labelStart: Int; var labelKind: String?
        var date: String? = nil
    }

    /// `fullLabels`: the header has a motto, so a long label (`Số hiệu:`) is its own number's, not a portal's list
    /// of related texts (`Số ký hiệu:15/2012/QH13` under `Văn bản được hợp nhất`).
    func findNumber(_ a: Int, _ b: Int, labels: PhraseTable<String?> = HeaderVocabulary.numberLabels, fullLabels: Bool = true) -> Number? {
        var k = a
        // An English label is abbreviated: `No. 13/2023/ND-CP`, `No.: 45/2019/TT-BTC`.
        let dot = english
        // Every label word is capitalized, and only a bare label (`Số:`) may stand inside a line: a word that fails
        // either is passed over before the table's match (a codified note cites `Thông tư số …` on every line).
        let englishTable = labels === HeaderVocabulary.englishNumberLabels, vietnameseTable = labels === HeaderVocabulary.numberLabels
        let allBits = englishTable ? HeaderVocabulary.englishNumberLabelBits : vietnameseTable ? HeaderVocabulary.numberLabelBits : FirstWordBits.all
        let bareBits = englishTable ? HeaderVocabulary.englishNumberBareBits : vietnameseTable ? HeaderVocabulary.numberBareBits : FirstWordBits.all
        let end = min(b, w.count)
        while k < end {
            k = w.withUnsafeBufferPointer { wb in
                var j = k
                while j < end {
                    let x = wb[j]
                    if x.isCapitalized, allBits.mayOpen(x.hash), bareBits.mayOpen(x.hash) || lineStartsAt(x.start) { break }
                    j += 1
                }
                return j
            }
            guard k < end else { break }
            guard let (e, next) = labels.match(p, w, at: k, limit: w.count) else { k += 1; continue }
            let labelWord = w[next - 1]
            // `Số` must be capitalized (`Số:`, `Số hiệu:`), or follow a kind label (`Luật số:`).
            let ocr = e.payload == ""
            let isBare = e.payload == nil || ocr
            if isBare, !w[k].isCapitalized { k += 1; continue }
            if isBare, next - k > 1, !fullLabels { k = next; continue }
            if !isBare, !w[k].isCapitalized { k += 1; continue }
            var c = labelWord.end
            var colon = false
            while c < min(n, labelWord.end + 40), [0x20, 0x09, 0x3A, 0x0A, 0x0D, 0x2A].contains(p[c]) || (dot && p[c] == 0x2E) {
                if p[c] == 0x3A { colon = true }
                c += 1
            }
            if !colon, k > 0, !lineStartsAt(w[k].start) { k += 1; continue }
            if ocr, !colon || !lineStartsAt(w[k].start) { k += 1; continue }
            // `Luật số:` heads a line; `(Ban hành kèm theo Quyết định số: …)` is not the document's number.
            if !isBare, !lineStartsAt(w[k].start) { k += 1; continue }
            let (symbol, range) = readSymbol(from: c)
            let (s, e2) = (range.lowerBound, range.upperBound)
            let hasSlashOrDash = symbol.utf8.contains(0x2F) || symbol.utf8.contains(0x2D)
            let hasLetter = hasLetter(symbol)
            if symbol.isEmpty || !hasSlashOrDash || !hasLetter {
                // `Số:` followed by nothing usable: a blank number when the line is a `Số:` field.
                if colon, symbol.isEmpty || !hasLetter {
                    return Number(symbol: symbol, range: s..<max(s, e2), blank: true, labelStart: w[k].start, labelKind: ocr ? nil : e.payload)
                }
                k = next; continue
            }
            let blank = HeaderReader.opensWith(symbol, 0x2F) || HeaderReader.opensWith(symbol, 0x2D)
            // A kind label without a colon (`Nghị quyết số /2023/QH15`) heads a line of its own; `Quyết định
            // số 1445/2002/QĐ-UB ngày … của UBND tỉnh An Giang` is a citation, not the document's number.
            // A gazette title line (`Luật số 100/2015/QH13 ngày 27 tháng 11 năm 2015`) ends with its date.
            var lineDate: String? = nil
            if !isBare, !colon {
                let after = wordIndex(atOrAfter: e2)
                if after < w.count, !VietFold.gapContains(p, e2, w[after].start, 0x0A) {
                    if let d = dateAt(after, limit: min(w.count, after + 8)), let iso = d.iso,
                       d.next >= w.count || VietFold.gapContains(p, w[d.next - 1].end, w[d.next].start, 0x0A) {
                        lineDate = iso
                    } else if !w[after].isCapitalized || VietFold.matches(p, w[after], HeaderVocabulary.ngay) {
                        k = next; continue
                    }
                }
            }
            return Number(symbol: symbol, range: s..<e2, blank: blank, labelStart: w[k].start, labelKind: ocr ? nil : e.payload, date: lineDate)
        }
        return nil
    }

    /// The symbol token at byte `c`, as written but without inner spaces: it runs to the next space,
    /// closing up a space next to `/` or `-` (`39/2018/TT- BTC`, `12 /QĐ-UBND`); leading dots and
    /// underscores of an unfilled template and a final `.` are left out.
    func readSymbol(from c: Int) -> (symbol: String, range: Range<Int>) {
        var s = c
        var e2 = c
        while e2 < n {
            let ch = p[e2]
            if ch == 0x20 || ch == 0x0A || ch == 0x0D || ch == 0x09 || ch == 0x2A || ch == 0x2C || ch == 0x3B || ch == 0x29 {
                if ch == 0x20, e2 > s {
                    var f = e2
                    while f < n, f - e2 < 3, p[f] == 0x20 { f += 1 }
                    let prevJoin = p[e2 - 1] == 0x2F || p[e2 - 1] == 0x2D
                    // `/` or `-` next, then the symbol goes on (`1744 / QĐ-UBND`, `24/2000/NĐ - CP`: a spaced
                    // separator closes up only before a code in capitals or digits).
                    var nextJoin = false
                    if f + 1 < n, p[f] == 0x2F || p[f] == 0x2D {
                        var g = f + 1
                        while g < n, g - f < 3, p[g] == 0x20 { g += 1 }
                        nextJoin = g == f + 1 || startsCode(g)
                    }
                    if f < n, p[f] != 0x0A, p[f] != 0x20, prevJoin || nextJoin { e2 = f; continue }
                }
                // A symbol wrapped after its `-` or `/` (`1234/QĐ-⏎UBND`): the code on the next line goes on.
                if ch == 0x0A, e2 > s, p[e2 - 1] == 0x2D || p[e2 - 1] == 0x2F, startsCode(e2 + 1) { e2 += 1; continue }
                break
            }
            e2 += 1
        }
        // Without its spaces and line breaks, on the bytes (most symbols have none: decoded straight, where
        // a lazily filtered sequence went through the standard library's generic path).
        let raw = UnsafeBufferPointer(rebasing: p[s..<max(s, e2)])
        var symbol = raw.contains(where: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D })
            ? String(decoding: raw.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
            : String(decoding: raw, as: UTF8.self)
        while let f = symbol.unicodeScalars.first, f == "." || f == "…" || f == "_" {
            symbol.unicodeScalars.removeFirst(); s += String(f).utf8.count
        }
        // A final `.` or `:` ends in its byte: only then are the characters compared.
        while let last = symbol.utf8.last, last == 0x2E || last == 0x3A, symbol.hasSuffix(".") || symbol.hasSuffix(":") {
            symbol.removeLast(); e2 -= 1
        }
        return (symbol, s..<max(s, e2))
    }

    /// Whether the symbol holds a letter: an ASCII one on its bytes, else any alphabetic scalar.
    func hasLetter(_ symbol: String) -> Bool {
        symbol.utf8.contains(where: { ($0 | 0x20) &- 0x61 < 26 }) || symbol.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Whether a code in capitals or digits starts at byte `i` and runs to a space, a line end or punctuation:
    /// `UBND`, `CP`, `HĐND`, `KTTH` (the rest of a symbol), not a word of prose (`Về`, `Hà`).
    func startsCode(_ i: Int) -> Bool {
        var j = i
        while j < n {
            let b = p[j]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x2C || b == 0x3B || b == 0x2E { break }
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2F || b == 0x26 { j += 1; continue }
            // Đ (C4 90)
            if b == 0xC4, j + 1 < n, p[j + 1] == 0x90 { j += 2; continue }
            return false
        }
        return j > i
    }

    func lineStartsAt(_ byte: Int) -> Bool {
        var i = byte
        while i > 0, p[i - 1] == 0x20 || p[i - 1] == 0x09 || p[i - 1] == 0x2A { i -= 1 }
        return i == 0 || p[i - 1] == 0x0A
    }

    // MARK: Dates

    /// A date at word `k` (`ngày` first): `ngày 16 tháng 7 năm 2019`, `ngày 16/7/2019`, `Ngày: 26-01-2018`.
    /// `blank` when the template is unfilled (`ngày   tháng   năm 2024`).
    func dateAt(_ k: Int, limit: Int) -> (iso: String?, next: Int, blank: Bool)? {
        guard k < limit else { return nil }
        guard VietFold.matches(p, w[k], HeaderVocabulary.ngay) else {
            // OCR's wrong marks on the date's words (`ngảy 05 thảng 3 nãm 2024`): the whole spelt-out form, every number in it.
            guard k + 6 <= limit, VietFold.sameLetters(p, w[k], HeaderVocabulary.ngay), w[k + 1].isDigits,
                  VietFold.sameLetters(p, w[k + 2], HeaderVocabulary.thang), w[k + 3].isDigits,
                  VietFold.sameLetters(p, w[k + 4], HeaderVocabulary.nam), w[k + 5].isDigits, w[k + 5].end - w[k + 5].start == 4 else { return nil }
            return (iso(w[k + 1], w[k + 3], w[k + 5]), k + 6, false)
        }
        var j = k + 1
        guard j < limit else { return nil }
        if w[j].isDigits, j + 1 < limit {
            // `ngày 16 tháng 7 năm 2019`
            if VietFold.matches(p, w[j + 1], HeaderVocabulary.thang), j + 4 < limit, w[j + 2].isDigits,
               VietFold.matches(p, w[j + 3], HeaderVocabulary.nam), w[j + 4].isDigits {
                return (iso(w[j], w[j + 2], w[j + 4]), j + 5, false)
            }
            // (The same with OCR's wrong marks on `tháng` or `năm`, or its letter O in the year, a four-character year closing it.)
            if j + 4 < limit, VietFold.sameLetters(p, w[j + 1], HeaderVocabulary.thang), w[j + 2].isDigits,
               VietFold.sameLetters(p, w[j + 3], HeaderVocabulary.nam), w[j + 4].end - w[j + 4].start == 4,
               let y = w[j + 4].isDigits ? text(w[j + 4].start, w[j + 4].end) : ocrDigits(w[j + 4]) {
                return (isoValues(text(w[j].start, w[j].end), text(w[j + 2].start, w[j + 2].end), y), j + 5, false)
            }
            // Glued words from legacy encodings: `tháng 12 năm1998`, `thaùng5 naêm 2008`.
            if j + 2 < limit, VietFold.matches(p, w[j + 1], HeaderVocabulary.thang), w[j + 2].isDigits, j + 3 < limit,
               let y = glued(w[j + 3], "nam") {
                return (isoValues(text(w[j].start, w[j].end), text(w[j + 2].start, w[j + 2].end), y), j + 4, false)
            }
            if j + 3 < limit, let m = glued(w[j + 1], "thang"), VietFold.matches(p, w[j + 2], HeaderVocabulary.nam), w[j + 3].isDigits {
                return (isoValues(text(w[j].start, w[j].end), m, text(w[j + 3].start, w[j + 3].end)), j + 4, false)
            }
            // `16/7/2019`, `26-01-2018`, `21.9.2018`
            if j + 2 < limit, w[j + 1].isDigits, w[j + 2].isDigits,
               separatorGap(w[j].end, w[j + 1].start), separatorGap(w[j + 1].end, w[j + 2].start) {
                return (iso(w[j], w[j + 1], w[j + 2]), j + 3, false)
            }
            return nil
        }
        // OCR's letter O or l among a number's digits (`ngày 2O tháng 5 năm 2022`): only in the spelt-out form, where
        // the words around it leave no doubt.
        if let d = ocrDigits(w[j]), j + 4 < limit, VietFold.sameLetters(p, w[j + 1], HeaderVocabulary.thang),
           let m = w[j + 2].isDigits ? text(w[j + 2].start, w[j + 2].end) : ocrDigits(w[j + 2]),
           VietFold.sameLetters(p, w[j + 3], HeaderVocabulary.nam),
           let y = w[j + 4].isDigits ? text(w[j + 4].start, w[j + 4].end) : ocrDigits(w[j + 4]) {
            return (isoValues(d, m, y), j + 5, false)
        }
        // An unfilled template: `ngày … tháng … năm 2024`, `ngày tháng năm`.
        if VietFold.matches(p, w[j], HeaderVocabulary.thang) {
            j += 1
            if j < limit, w[j].isDigits { j += 1 }
            if j < limit, VietFold.matches(p, w[j], HeaderVocabulary.nam) { j += 1; if j < limit, w[j].isDigits { j += 1 } }
            return (nil, j, true)
        }
        return nil
    }

    /// A number of one to four characters with at least one digit, where OCR read a `0` as `O`/`o` or a `1` as `l`
    /// (`2O` → `20`, `2O22` → `2022`); nil for anything else, and for a word of digits only.
    func ocrDigits(_ word: FoldWord) -> String? {
        guard word.flags & FoldWord.hasDigit != 0, !word.isDigits, word.end - word.start <= 4 else { return nil }
        var out = ""
        for i in word.start..<word.end {
            switch p[i] {
            case 0x30...0x39: out.append(Character(Unicode.Scalar(p[i])))
            case 0x4F, 0x6F: out.append("0")
            case 0x6C: out.append("1")
            default: return nil
            }
        }
        return out
    }

    /// The digits of a word glued to a unit word: `năm1998` → `1998` for prefix `nam`.
    func glued(_ word: FoldWord, _ prefix: String) -> String? {
        guard word.flags & FoldWord.hasDigit != 0, !word.isDigits else { return nil }
        let s = text(word.start, word.end)
        guard let firstDigit = s.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let digits = s[firstDigit...]
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), VietFold.asciiKey(String(s[..<firstDigit])) == prefix else { return nil }
        return String(digits)
    }

    func isoValues(_ d: String, _ m: String, _ y: String) -> String? {
        guard let dd = Int(d), let mm = Int(m), let yy = Int(y), (1...12).contains(mm), (1900...2100).contains(yy), (1...FoundDate.days(inMonth: mm, year: yy)).contains(dd) else { return nil }
        return "\(yy)-\(pad2(mm))-\(pad2(dd))"
    }

    func separatorGap(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 1 else { return false }
        return p[a] == 0x2F || p[a] == 0x2D || p[a] == 0x2E
    }

    func iso(_ d: FoldWord, _ m: FoldWord, _ y: FoldWord) -> String? {
        // Words of ASCII digits (nearly all) are read on bytes and the date written as ten bytes: through
        // `String`s and `Int(_:)` it cost about 2,500 instructions.
        if let dd = digitValue(d), let mm = digitValue(m), let yy = digitValue(y) {
            guard (1...12).contains(mm), (1900...2100).contains(yy), (1...FoundDate.days(inMonth: mm, year: yy)).contains(dd) else { return nil }
            return String(unsafeUninitializedCapacity: 10) { out in
                for (k, v) in [(0, yy / 100), (2, yy % 100), (5, mm), (8, dd)] {
                    out[k] = UInt8(0x30 + v / 10); out[k + 1] = UInt8(0x30 + v % 10)
                }
                out[4] = 0x2D; out[7] = 0x2D
                return 10
            }
        }
        guard let dd = Int(text(d.start, d.end)), let mm = Int(text(m.start, m.end)), let yy = Int(text(y.start, y.end)),
              (1...12).contains(mm), (1900...2100).contains(yy), (1...FoundDate.days(inMonth: mm, year: yy)).contains(dd) else { return nil }
        return "\(yy)-" + pad2(mm) + "-" + pad2(dd)
    }

    /// The value of a word made of ASCII digits only, capped at 100 000 (a larger value fails every range
    /// `iso` checks, as `Int(_:)` failing on overflow does); nil for any other word (`iso` then reads its text).
    func digitValue(_ w: FoldWord) -> Int? {
        guard w.end > w.start else { return nil }
        var v = 0
        for i in w.start..<w.end {
            let b = p[i]
            guard b >= 0x30, b <= 0x39 else { return nil }
            v = min(v * 10 + Int(b - 0x30), 100_000)
        }
        return v
    }

    func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    struct DateLine { var place: String?; var iso: String?; var start: Int; var court: Bool }

    /// The first `<Place>, ngày … tháng … năm …` in the header zone. The place never reaches back into
    /// the number (`Số: 123/QĐ-UBND Nam Đàn, ngày …`, bytes `number`); a date line above the number
    /// (`Mường La, ngày …` / `Số: 12/NQ-HĐND`) is read as any other, and so is one right after the motto
    /// on a flattened line (`… Hạnh phúc Mường La, ngày …`, the motto's ranges in `mottoEnds`).
    func findPlaceDate(_ a: Int, _ b: Int, number: Range<Int>?, mottoEnds: [Range<Int>] = []) -> DateLine? {
        var k = a
        var court: DateLine? = nil
        let ngay = HeaderVocabulary.ngay   // once: its accessor per word was a tenth of this loop
        let end = min(b, w.count)
        while k < end {
            // (`ngày` with OCR's wrong marks too, `ngảy`: `dateAt` takes it only in a whole spelt-out date.)
            // The hash first: most words are passed over without a call; the letters are compared below.
            k = nextWord(hash: ngay.hash, from: k, to: end)
            guard k < end else { break }
            // A date no case below may take is passed over before the hour and the place are read: no number, no
            // court line (the date does not open its line, or one was taken), no capital among the six words before
            // it (a place read back from `pk`, at most four words before `k`, opens on a capital at `pk - 1` or
            // `pk - 2`), and no line break among its ten words before (its line then opens more than five words
            // before `pk`). A codified note's `… kể từ ngày 10/07/2014` on every line is passed over here.
            if number == nil, court != nil || !lineStartsAt(w[k].start), k >= 10, !contains(0x0A, w[k - 10].end, w[k].start),
               !(k - 6..<k).contains(where: { w[$0].flags & (FoldWord.firstUpper | FoldWord.allUpper) != 0 }) {
                k += 1; continue
            }
            // The place: up to five capitalized words just before `ngày` (or before a công điện's hour:
            // `Quảng Bình, 15 giờ 00 ngày …`).
            let pk = hourStart(before: k, from: a) ?? k
            var j = pk
            let upperDate = w[k].isUpper
            while j > a, pk - j < 6 {
                // `Thành phố Hồ Chí Minh, ngày …`: a capitalized unit word of two syllables.
                if j - 2 >= a, w[j - 2].isCapitalized, let (_, u2) = LocalityParser.units.match(p, w, at: j - 2, limit: j), u2 == j,
                   VietFold.spaceGap(p, w[j - 2].end, w[j - 1].start) {
                    j -= 2
                    continue
                }
                // `Phường 12, ngày …`: a unit word and its number.
                if j == pk, j - 2 >= a, w[j - 1].isDigits, w[j - 2].isCapitalized, VietFold.softGap(p, w[j - 1].end, w[j].start),
                   VietFold.spaceGap(p, w[j - 2].end, w[j - 1].start),
                   let (_, u1) = LocalityParser.units.match(p, w, at: j - 2, limit: j - 1), u1 == j - 1 {
                    j -= 2
                    continue
                }
                let prev = w[j - 1]
                guard VietFold.softGap(p, prev.end, w[j].start) || gapOnlyStarsSpaces(prev.end, w[j].start) else { break }
                if let number, prev.start < number.upperBound, prev.end > number.lowerBound { break }
                // (The case first: the word before most dates is in lower case, and the table is not asked.)
                let unitWord = (prev.isUpper || prev.isCapitalized) && LocalityParser.units.matches(p, w, at: j - 1, limit: pk)
                guard (prev.isCapitalized && (prev.flags & FoldWord.hasLower != 0 || unitWord || upperDate)) ||
                        (upperDate && prev.isUpper) else { break }
                if VietFold.gapContains(p, prev.end, w[j].start, 0x3A) { break }
                j -= 1
            }
            // The date is read only when one of the cases below may take it (each needs a place, the number, a
            // line opening near the date, or the date opening its line): a codified note's `kể từ ngày 10/07/2014`
            // on every line takes none.
            // (The line holding the date opens within its five words before `pk` only if a line break stands
            // between them: without one, the line is not looked for.)
            let nearLineStart = pk < 5 || contains(0x0A, w[pk - 5].end, w[k].start)
            let li = j == pk && nearLineStart ? lineIndex(containing: w[k].start) : nil
            let mayPlace = j < pk || number != nil
                || li.map { pk - lines[$0].w0 >= 1 && pk - lines[$0].w0 <= 4 || (pk == k && lines[$0].w0 == k) } == true
            guard mayPlace || (court == nil && lineStartsAt(w[k].start)), VietFold.sameLetters(p, w[k], ngay),
                  let d = dateAt(k, limit: min(w.count, k + 8)) else { k += 1; continue }
            // The place starts a line, or follows the capitals of a flattened header (`… UBND Sơn La, ngày`).
            let joined = j > 0 && (VietFold.gapContains(p, w[j - 1].end, w[j].start, 0x2F) || (w[j].start - w[j - 1].end == 1 && p[w[j - 1].end] == 0x2D))
            let knownIfUpper = j < pk && (!upperDate || Places.locality(named: text(w[j].start, w[pk - 1].end)[...]) != nil)
            // (After the document's own number on its line, whatever the case of its code: `Số: 1436/QĐ-TTg   Hà Nội, ngày …`.)
            if j < pk, !joined, knownIfUpper, lineStartsAt(w[j].start) || j == 0 || w[j - 1].isUpper || w[j - 1].isDigits
                || number.map({ w[j - 1].start >= $0.lowerBound && w[j - 1].end <= $0.upperBound }) == true
                || VietFold.gapContains(p, w[j - 1].end, w[j].start, 0x2A)
                || mottoEnds.contains(where: { $0.upperBound == w[j - 1].end }) {
                let place = flatText(w[j].start, w[pk - 1].end)
                return DateLine(place: place.trimmed(" "), iso: d.iso, start: w[j].start, court: false)
            }
            // A place typed in lower case (`Hà nội, ngày …` in texts converted from legacy fonts): the
            // words from the line start, when they name a known place.
            if j == pk, let li, pk - lines[li].w0 >= 1, pk - lines[li].w0 <= 4,
               w[lines[li].w0].isCapitalized || w[lines[li].w0].isUpper,
               Places.locality(named: text(w[lines[li].w0].start, w[pk - 1].end)[...]) != nil {
                let place = flatText(w[lines[li].w0].start, w[pk - 1].end).trimmed(" ,")
                return DateLine(place: place, iso: d.iso, start: w[lines[li].w0].start, court: false)
            }
            // The same after the number on its line (`Số: 144/2002/QĐ/BTC   Hà nội, ngày 22 tháng 11 năm 2002`):
            // the known place right after the number.
            if j == pk, let number {
                for c in 1...4 where pk - c >= a {
                    let st = pk - c
                    guard w[st].isCapitalized || w[st].isUpper, w[st].start >= number.upperBound,
                          st == 0 || w[st - 1].end <= number.upperBound,
                          Places.locality(named: text(w[st].start, w[pk - 1].end)[...]) != nil else { continue }
                    let place = flatText(w[st].start, w[pk - 1].end).trimmed(" ,")
                    return DateLine(place: place, iso: d.iso, start: w[st].start, court: false)
                }
                // No place, the date right after the number: `Số: 12/QĐ-BTC ngày 05/01/2024`, `Số: 2347/QĐ-BYT, ngày 08/6/2023`.
                if pk == k, d.iso != nil, k > a, w[k - 1].end <= number.upperBound, w[k].start >= number.upperBound,
                   onlySpacesCommas(number.upperBound, w[k].start) {
                    return DateLine(place: nil, iso: d.iso, start: w[k].start, court: false)
                }
            }
            // A place left blank in the template: `, ngày 05 tháng 3 năm 2024` (or `……, ngày …`) opening its line.
            if j == pk, pk == k, d.iso != nil, let li, lines[li].w0 == k,
               VietFold.gapContains(p, lines[li].start, w[k].start, 0x2C) {
                return DateLine(place: nil, iso: d.iso, start: w[k].start, court: false)
            }
            // `Ngày: 26-01-2018` on a line of its own (court judgments); without the colon (`Ngày 22-4-2021`) only
            // when the date is all the line holds (not `Ngày 22 tháng 4 năm 2021, tại trụ sở …`).
            if court == nil, lineStartsAt(w[k].start), d.iso != nil,
               VietFold.gapContains(p, w[k].end, w[k + 1].start, 0x3A) || (d.next >= w.count || lineStartsAt(w[d.next].start)) {
                court = DateLine(place: nil, iso: d.iso, start: w[k].start, court: true)
            }
            k += 1
        }
        return court
    }

    /// The first word of a công điện's hour right before word `k` (`15 giờ 00`, `07 giờ 30 phút,`, `15 giờ`), not before `a`.
    func hourStart(before k: Int, from a: Int) -> Int? {
        var i = k
        // (The hashes first: the words before a date are seldom `phút` or `giờ`.)
        if i - 1 >= a, w[i - 1].hash == HeaderVocabulary.phut.hash, VietFold.matches(p, w[i - 1], HeaderVocabulary.phut) {
            guard i - 2 >= a, w[i - 2].isDigits else { return nil }
            i -= 2
        } else if i - 1 >= a, w[i - 1].isDigits {
            i -= 1
        }
        guard i - 2 >= a, w[i - 1].hash == HeaderVocabulary.gio.hash, VietFold.matches(p, w[i - 1], HeaderVocabulary.gio), w[i - 2].isDigits,
              w[i - 2].end - w[i - 2].start <= 2 else { return nil }
        return i - 2
    }

    /// Whether bytes `a..<b` hold only spaces, tabs and commas (no line break).
    func onlySpacesCommas(_ a: Int, _ b: Int) -> Bool {
        for i in a..<b where p[i] != 0x20 && p[i] != 0x09 && p[i] != 0x2C { return false }
        return true
    }

    /// An English place-and-date line: `Hanoi, April 17, 2023`, `Hanoi, 17 April 2023`, `Ha Noi, April 17th, 2023`,
    /// on a line of its own or after the number (`No. 13/2023/ND-CP   Hanoi, April 17, 2023`); a date alone on
    /// its line is taken without a place.
    func findEnglishPlaceDate(_ a: Int, _ b: Int, number: Range<Int>?) -> DateLine? {
        var k = a
        while k < min(b, w.count) {
            guard let d = englishDate(at: k, limit: min(w.count, k + 6)) else { k += 1; continue }
            // The place: up to five capitalized words on the line, a comma between them and the date.
            var j = k
            if k > a, englishGap(w[k - 1].end, w[k].start), VietFold.gapContains(p, w[k - 1].end, w[k].start, 0x2C) {
                while j > a, k - j < 5 {
                    let prev = w[j - 1]
                    if let number, prev.start < number.upperBound, prev.end > number.lowerBound { break }
                    guard prev.isCapitalized, !prev.isDigits else { break }
                    if j < k, !VietFold.spaceGap(p, prev.end, w[j].start) || VietFold.gapContains(p, prev.end, w[j].start, 0x0A) { break }
                    j -= 1
                }
            }
            let afterNumber = number.map { j > 0 && w[j].start >= $0.upperBound && w[j - 1].end <= $0.upperBound } ?? false
            if j < k, lineStartsAt(w[j].start) || afterNumber {
                return DateLine(place: flatText(w[j].start, w[k - 1].end).trimmed(" ,"), iso: d.iso, start: w[j].start, court: false)
            }
            if j == k, lineStartsAt(w[k].start), d.next >= w.count || lineBreakBefore(d.next) {
                return DateLine(place: nil, iso: d.iso, start: w[k].start, court: false)
            }
            k += 1
        }
        return nil
    }

    /// An English date at word `k`: `April 17, 2023`, `April 17th, 2023`, `17 April 2023`, `17th April, 2023`.
    func englishDate(at k: Int, limit: Int) -> (iso: String?, next: Int)? {
        let x = w[k]
        if isMonthCandidate(x), let (e, m) = HeaderVocabulary.months.match(p, w, at: k, limit: limit), m + 1 < limit,
           englishGap(w[m - 1].end, w[m].start), let d = englishDay(w[m]),
           w[m + 1].isDigits, w[m + 1].end - w[m + 1].start == 4, englishGap(w[m].end, w[m + 1].start), let y = digitValue(w[m + 1]) {
            return (isoValues(d, e.payload, y), m + 2)
        }
        if x.flags & FoldWord.hasDigit != 0, k + 2 < limit, let d = englishDay(x), isMonthCandidate(w[k + 1]),
           englishGap(x.end, w[k + 1].start), let (e, m) = HeaderVocabulary.months.match(p, w, at: k + 1, limit: limit), m < limit,
           w[m].isDigits, w[m].end - w[m].start == 4, englishGap(w[m - 1].end, w[m].start), let y = digitValue(w[m]) {
            return (isoValues(d, e.payload, y), m + 1)
        }
        return nil
    }

    /// A day of an English date: one or two digits, perhaps with an ordinal ending (`17th`, `1st`).
    func englishDay(_ x: FoldWord) -> Int? {
        var i = x.start, v = 0
        while i < x.end, i - x.start < 2, p[i] >= 0x30, p[i] <= 0x39 { v = v * 10 + Int(p[i] - 0x30); i += 1 }
        guard i > x.start else { return nil }
        if i == x.end { return v }
        guard x.end - i == 2 else { return nil }
        let a = p[i] | 0x20, b = p[i + 1] | 0x20
        return HeaderVocabulary.ordinalEndings.contains { $0[0] == a && $0[1] == b } ? v : nil
    }

    func gapOnlyStarsSpaces(_ a: Int, _ b: Int) -> Bool {
        for i in a..<b where ![0x20, 0x0A, 0x0D, 0x09, 0x2A, 0x2C].contains(p[i]) { return false }
        return true
    }

    /// `DỰ THẢO 21/10/2024`, `DỰ THẢO 23.4.2023` in an unfilled header.
    func findDraftDate(_ a: Int, _ b: Int) -> String? {
        var k = a
        // The table fetched once, and its first word's group asked before a match (most words are not `DỰ`).
        let draft = HeaderVocabulary.draft
        let end = min(b, w.count)
        while k < end {
            k = nextWord(opening: HeaderVocabulary.draftBits, from: k, to: end)
            guard k < end else { break }
            if let (_, next) = draft.match(p, w, at: k) {
                var j = next
                while j < min(w.count, next + 4) {
                    if j + 2 < w.count, w[j].isDigits, w[j + 1].isDigits, w[j + 2].isDigits,
                       separatorGap(w[j].end, w[j + 1].start), separatorGap(w[j + 1].end, w[j + 2].start),
                       let iso = iso(w[j], w[j + 1], w[j + 2]) { return iso }
                    j += 1
                }
            }
            k += 1
        }
        return nil
    }

    /// `26/11/2025`, `26-11-2025`, `ngày 26 tháng 11 năm 2025`.
    func parseLooseDate(_ s: String) -> String? {
        let parts = s.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard parts.count >= 3 else { return nil }
        let (d, m, y) = (parts[0], parts[1], parts[2])
        guard (1...12).contains(m), (1900...2100).contains(y), (1...FoundDate.days(inMonth: m, year: y)).contains(d) else { return nil }
        return "\(y)-\(pad2(m))-\(pad2(d))"
    }

    // MARK: Issuer

    /// A body of the issuing block; `ofParent` for a unit named by its head noun alone (`VĂN PHÒNG`,
    /// `THANH TRA`), which is the parent's: `UBND TỈNH SƠN LA` / `VĂN PHÒNG` → Văn phòng Ủy ban nhân dân tỉnh Sơn La.
    struct ChainLink { var phrase: IssuerPhrase; var province: String? ; var isLocal: Bool; var ofParent = false }

    /// The bodies of the issuing block, parent first: `UBND TỈNH SƠN LA` / `SỞ Y TẾ`.
    func issuerChain(from a: Int, to b: Int, motto: Motto?, mixedCase: Bool = false) -> [ChainLink] {
        // Words of the block, minus the motto and stamps.
        var keep: [FoldWord] = []
        keep.reserveCapacity(max(0, min(b, w.count) - a))   // grown word by word, it was reallocated three or four times
        var k = a
        var keptPrevious = a - 1
        let ranges = motto?.ranges ?? []
        while k < min(b, w.count) {
            if ranges.contains(where: { $0.contains(w[k].start) }) { k += 1; continue }
            if let (_, next) = HeaderVocabulary.stamps.match(p, w, at: k, limit: b) {
                k = next
                while k < b, w[k].isDigits { k += 1 }
                continue
            }
            // The block is written in capitals; mixed-case words belong to other lines (`Kính gửi: …`).
            // A number belongs to the block only after a kept word (`PHƯỜNG 12`): the digits of a
            // mixed-case line (`Mường La, ngày 12 tháng 8 năm 2025`) are no part of a name.
            if w[k].isUpper || mixedCase || (w[k].isDigits && keptPrevious == k - 1) { keep.append(w[k]); keptPrevious = k }
            k += 1
        }
        // The kept words, rejoined: a flattened two-column header (`ỦY BAN NHÂN DÂN CỘNG HÒA … TỈNH SƠN
        // LA Độc lập …`) reads as `ỦY BAN NHÂN DÂN TỈNH SƠN LA`.
        // Written into one buffer sized beforehand: appending word by word to an array cost a generic
        // `append(contentsOf:)` per word and gap.
        var room = 0
        for (i, word) in keep.enumerated() {
            if i > 0 { let gap = word.start - keep[i - 1].end; room += gap <= 12 ? max(gap, 1) : 1 }
            room += word.end - word.start
        }
        guard let base = p.baseAddress else { return [] }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(room, 1)) { buf in
            var n = 0
            @inline(__always) func copy(_ a: Int, _ b: Int) {
                guard b > a else { return }
                (buf.baseAddress! + n).update(from: base + a, count: b - a)
                n += b - a
            }
            for (i, word) in keep.enumerated() {
                if i > 0 {
                    let prev = keep[i - 1]
                    if word.start - prev.end <= 12, VietFold.softGap(p, prev.end, word.start) {
                        copy(prev.end, word.start)
                    } else {
                        buf[n] = 0x0A; n += 1
                    }
                }
                copy(word.start, word.end)
            }
            let bp = UnsafeBufferPointer(rebasing: buf[0..<n])
            let bw = VietFold.words(bp, from: 0, to: bp.count)
            return chainLinks(bp, bw)
        }
    }

    func chainLinks(_ p: UnsafeBufferPointer<UInt8>, _ keep: [FoldWord]) -> [ChainLink] {
        var chain: [ChainLink] = []
        var j = 0
        let ascii = keep.allSatisfy { $0.isASCII }
        while j < keep.count {
            let lineStart = j == 0 || VietFold.gapContains(p, keep[j - 1].end, keep[j].start, 0x0A)
            if lineStart, !chain.isEmpty, let (h, k2) = IssuerVocabulary.heads.match(p, keep, at: j, limit: keep.count),
               h.payload == "Văn phòng" || h.payload == "Thanh tra",
               k2 == keep.count || VietFold.gapContains(p, keep[k2 - 1].end, keep[k2].start, 0x0A) {
                let ph = IssuerPhrase(issuer: h.payload, body: h.payload, byteRange: keep[j].start..<keep[k2 - 1].end)
                chain.append(ChainLink(phrase: ph, province: nil, isLocal: false, ofParent: true))
                j = k2
                continue
            }
            if let (ph, next) = IssuerPhraseParser.parseWords(p, keep, from: j, limit: keep.count, header: true, date: nil, ascii: ascii,
                                                              englishHeader: english), next > j,
               ph.issuerCode != nil || lineStart {
                var province: String? = nil
                if let loc = ph.locality {
                    province = Places.province(named: loc).map(\.locality)
                    if province == nil, let last = loc.split(separator: ",").last,
                       let prov = Places.province(named: last.trimmingSpaces) { province = prov.locality }
                }
                chain.append(ChainLink(phrase: ph, province: province, isLocal: ph.isLocal))
                j = next
            } else {
                j += 1
            }
        }
        return chain
    }

    /// Codes of the mass organisations whose local committees (`BAN CHẤP HÀNH TỈNH …`) stand under the national name.
    static let massOrganisationCodes: Set<String> = ["HND", "LHPN", "CCB", "ĐTN"]

    /// Bodies whose committees (`Ban …`) are named after them.
    static let committeeOwners: Set<String> = ["Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam"]

    func applyIssuer(_ chain: [ChainLink], to out: inout ParsedHeader) {
        guard var last = chain.last else { return }
        if chain.count > 1 {
            let parent = chain[chain.count - 2].phrase
            // A department of the Party's Central Committee, outside the tables: `BAN CHẤP HÀNH TRUNG ƯƠNG` / `BAN TUYÊN
            // GIÁO` is Ban Tuyên giáo Trung ương, `… / ỦY BAN KIỂM TRA` Ủy ban Kiểm tra Trung ương, `… / VĂN PHÒNG` Văn phòng
            // Trung ương Đảng.
            if parent.issuerCode == "TW", last.phrase.issuerCode == nil, last.phrase.locality == nil,
               last.phrase.body == "Văn phòng" || last.phrase.body.hasPrefix("Ban ") || last.phrase.body.hasPrefix("Ủy ban Kiểm tra") {
                out.issuer = last.phrase.body == "Văn phòng" ? "Văn phòng Trung ương Đảng" : "\(last.phrase.body) Trung ương"
                out.locality = nil
                out.issuerCode = nil
                out.term = parent.term
                return
            }
            // The line below names the same body shorter: `ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG` / `ĐẢNG ỦY KHỐI`, `BAN CHẤP HÀNH
            // TRUNG ƯƠNG ĐOÀN …` / `ĐOÀN TNCS HỒ CHÍ MINH`: the full name.
            if last.phrase.locality == nil, parent.issuer.count > last.phrase.issuer.count,
               parent.issuer.hasPrefix(last.phrase.issuer + " ") || parent.issuer.hasSuffix(" " + last.phrase.issuer) {
                out.issuer = parent.issuer
                out.locality = parent.locality
                out.issuerCode = parent.issuerCode
                out.term = parent.term
                return
            }
            // A mass organisation's local committee: `HỘI NÔNG DÂN VIỆT NAM` / `BAN CHẤP HÀNH TỈNH QUẢNG NAM` → Hội Nông dân
            // tỉnh Quảng Nam (the organisation of that province, as `HỘI CCB TỈNH NINH BÌNH` names it).
            if let code = parent.issuerCode, Self.massOrganisationCodes.contains(code), last.phrase.issuerCode == nil,
               let loc = last.phrase.locality, last.phrase.issuer.hasPrefix("Ban Chấp hành ") {
                let org = parent.issuer.hasSuffix(" Việt Nam") ? String(parent.issuer.dropLast(" Việt Nam".count)) : parent.issuer
                out.issuer = code == "ĐTN" ? "Ban Chấp hành \(org) \(loc)" : "\(org) \(loc)"
                out.locality = loc
                out.issuerCode = code
                out.term = last.phrase.term
                return
            }
            if last.ofParent {
                // `Văn phòng Bộ Y tế`, `Văn phòng Tỉnh ủy Nghệ An`; the inspectorate of a province is `Thanh tra tỉnh Sơn La`.
                if last.phrase.body == "Thanh tra", parent.isLocal, let loc = parent.locality {
                    out.issuer = "Thanh tra \(loc)"
                } else {
                    out.issuer = "\(last.phrase.body) \(parent.issuer)"
                }
                out.locality = parent.locality
                out.issuerCode = nil
                out.term = parent.term
                return
            }
            if last.phrase.body == "Chi nhánh", last.phrase.issuerCode == nil {
                // A branch is named after its bank: `Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An`.
                let bank = parent.issuerCode == "NHNN" ? "Ngân hàng Nhà nước" : parent.issuer
                last.phrase.issuer = "\(bank) \(last.phrase.issuer)"
            }
        }
        // A child body inherits the parent's locality: `UBND TỈNH SƠN LA / SỞ Y TẾ`; not a body whose name
        // already says where it works (`THUẾ THÀNH PHỐ HÀ NỘI` / `CHI CỤC THUẾ KHU VỰC II`).
        // A name ending in the bare level word the parent's locality opens with: `BỆNH VIỆN ĐA KHOA TỈNH` under
        // `SỞ Y TẾ TỈNH BÌNH ĐỊNH` → Bệnh viện Đa khoa tỉnh Bình Định.
        if last.phrase.locality == nil, chain.count > 1,
           let unit = ["tỉnh", "thành phố", "huyện", "quận", "thị xã"].first(where: { last.phrase.issuer.hasSuffix(" " + $0) }),
           let loc = chain.dropLast().last(where: { $0.isLocal })?.phrase.locality, loc.hasPrefix(unit + " ") {
            last.phrase.issuer = String(last.phrase.issuer.dropLast(unit.count)) + loc
            last.phrase.locality = loc
        }
        let region = last.phrase.issuer != last.phrase.body && !last.phrase.isLocal
        if last.phrase.locality == nil, chain.count > 1, !region {
            for parent in chain.dropLast().reversed() where parent.isLocal {
                if let loc = parent.phrase.locality {
                    // A hospital or a school keeps its proper name; the locality says where it is.
                    if last.phrase.issuerCode == nil, let head = institutionHeadNouns.first(where: { last.phrase.body.hasPrefix($0 + " ") }), !head.isEmpty {
                        last.phrase.locality = loc
                        break
                    }
                    // An organ of a Party committee (a body outside the tables) is named after the committee:
                    // `TỈNH ỦY NGHỆ AN` / `ỦY BAN KIỂM TRA` → Ủy ban Kiểm tra Tỉnh ủy Nghệ An.
                    // So is a committee of a People's Council or a Front committee: `HĐND TỈNH THANH HÓA` / `BAN KINH TẾ -
                    // NGÂN SÁCH` → Ban Kinh tế - ngân sách Hội đồng nhân dân tỉnh Thanh Hóa.
                    let committee = last.phrase.body.hasPrefix("Ban ") && Self.committeeOwners.contains(parent.phrase.body)
                    var owner = last.phrase.issuerCode == nil && (IssuerVocabulary.barePlaceBodies.contains(parent.phrase.body) || committee)
                        ? parent.phrase.issuer : loc
                    // A committee named by a bare place takes the place without its unit: `ĐẢNG BỘ TỈNH HÀ TĨNH` / `TỈNH ỦY`
                    // → Tỉnh ủy Hà Tĩnh.
                    if owner == loc, IssuerVocabulary.barePlaceBodies.contains(last.phrase.body), let name = IssuerVocabulary.bareName(of: loc) {
                        owner = String(name)
                    }
                    last.phrase = IssuerPhrase(issuer: "\(last.phrase.body) \(owner)", body: last.phrase.body,
                                               issuerCode: last.phrase.issuerCode, locality: loc, isLocal: true,
                                               term: last.phrase.term, byteRange: last.phrase.byteRange)
                    break
                }
            }
        }
        out.issuer = last.phrase.issuer
        out.locality = last.phrase.locality
        out.issuerCode = last.phrase.issuerCode
        out.term = last.phrase.term
    }

    func applyMetadataIssuer(_ value: String, to out: inout ParsedHeader) {
        if let loc = Places.locality(named: value[...]) {
            out.locality = loc
            let code = out.rawSymbol.flatMap(issuerCodeFromSymbol)
            switch code {
            case "UBND", "CTUBND", "UB": out.issuer = "Ủy ban nhân dân \(loc)"; out.issuerCode = "UBND"
            case "HĐND": out.issuer = "Hội đồng nhân dân \(loc)"; out.issuerCode = "HĐND"
            default: out.issuer = value
            }
            return
        }
        if let ph = IssuerPhraseParser.parse(value, at: 0), ph.byteLength >= value.utf8.count - 1 {
            out.issuer = ph.issuer; out.locality = ph.locality; out.issuerCode = ph.issuerCode
        } else {
            out.issuer = value
        }
    }

    /// The authority line or `(Ban hành kèm theo … của X)` right after the title.
    func issuerAfterTitle(_ typeLine: Int) -> IssuerPhrase? {
        var i = typeLine + 1
        while i < min(lines.count, typeLine + 12) {
            let l = lines[i]
            if lineStarts(i, HeaderVocabulary.bodyStarts), !lineAllUpper(i) { break }
            if p[l.start] == 0x28 {
                // `(Ban hành kèm theo Quyết định số …/QĐ-VKSTC ngày … của Viện trưởng VKSND tối cao)`
                var j = l.w0
                while j < l.w1 {
                    if VietFold.matches(p, w[j], HeaderVocabulary.cua),
                       let (ph, _) = IssuerPhraseParser.parseWords(p, w, from: j, limit: l.w1, header: false, date: nil) { return ph }
                    j += 1
                }
            } else if lineAllUpper(i), lineStarts(i, HeaderVocabulary.authority) || isIssuerLine(i) {
                var j = l.w0
                while j < l.w1 {
                    if let (ph, _) = IssuerPhraseParser.parseWords(p, w, from: j, limit: l.w1, header: true, date: nil), ph.issuerCode != nil { return ph }
                    j += 1
                }
            }
            i += 1
        }
        return nil
    }

    /// The date in a `(Ban hành kèm theo … ngày …)` line under the title.
    func issuedWithDate(after typeLine: Int) -> String? {
        var i = typeLine + 1
        while i < min(lines.count, typeLine + 10) {
            if lineStarts(i, HeaderVocabulary.bodyStarts), !lineAllUpper(i) { break }
            let l = lines[i]
            if p[l.start] == 0x28 || HeaderVocabulary.issuedWith.matches(p, w, at: l.w0, limit: l.w1) {
                let end = min(w.count, lines[min(lines.count - 1, i + 1)].w1)
                var j = l.w0
                while j < end {
                    if VietFold.matches(p, w[j], HeaderVocabulary.ngay), let d = dateAt(j, limit: min(end, j + 8))?.iso { return d }
                    j += 1
                }
            }
            i += 1
        }
        return nil
    }

    /// The enacting formula of the preamble: `Chính phủ ban hành Nghị định …`.
    func enactingBody(in range: Range<Int>) -> IssuerPhrase? {
        let ew = VietFold.words(p, from: range.lowerBound, to: min(n, range.upperBound, range.lowerBound + 16_384))
        var k = 0
        while k < ew.count - 2 {
            if let (_, next) = HeaderVocabulary.enact.match(p, ew, at: k), next < ew.count,
               HeaderVocabulary.typeLines.matches(p, ew, at: next) {
                // The body ends right before `ban hành`: try starting a few words back.
                for back in stride(from: min(8, k), through: 1, by: -1) {
                    if let (ph, end) = IssuerPhraseParser.parseWords(p, ew, from: k - back, limit: k, header: true, date: nil),
                       end == k, ph.issuerCode != nil, lineStartsAt(ph.byteRange.lowerBound) { return ph }
                }
            }
            k += 1
        }
        return nil
    }

    // MARK: Kind and code from the symbol

    /// A symbol split at `/` (the last part split at `-`), as substrings.
    func symbolShape(_ s: String) -> (parts: [Substring], last: [Substring]) {
        let parts = split(s[...], at: 0x2F)
        let last = parts.last.map { split($0, at: 0x2D) } ?? []
        return (parts, last)
    }

    /// `s` split at an ASCII byte, empty pieces kept. On the bytes: splitting a String on a Character walks
    /// grapheme clusters, and splitting its UTF-8 view then making each piece a Substring cost about five
    /// thousand instructions a symbol.
    func split(_ s: Substring, at separator: UInt8) -> [Substring] {
        let bytes = s.utf8
        var pieces: [Substring] = []
        pieces.reserveCapacity(4)   // a symbol's parts (`1744/QĐ-UBND`): grown from empty, reallocated twice
        var start = bytes.startIndex, i = start
        while i < bytes.endIndex {
            if bytes[i] == separator {
                pieces.append(s[start..<i])
                start = bytes.index(after: i)
            }
            bytes.formIndex(after: &i)
        }
        pieces.append(s[start..<bytes.endIndex])
        return pieces
    }

    /// Whether a `/`-separated part of the symbol starts with `prefix` (ASCII): `31/VBHN-VPQH`.
    func hasPart(_ symbol: String, startingWith pre: [UInt8]) -> Bool {
        var symbol = symbol
        return symbol.withUTF8 { b in
            var i = 0
            while i + pre.count <= b.count {
                if i == 0 || b[i - 1] == 0x2F, b[i..<(i + pre.count)].elementsEqual(pre) { return true }
                i += 1
            }
            return false
        }
    }

    static let vbhnBytes: [UInt8] = Array("VBHN".utf8)

    /// The canonical form of a symbol (itself when it cannot be read).
    func canonicalSymbol(_ s: String) -> String { Resolver.canonicalize(s, kind: nil)?.id ?? s }

    func kindFromSymbol(_ s: String) -> String? {
        let (parts, lastPart) = symbolShape(s)
        guard let first = lastPart.first else { return nil }
        if parts.count >= 2, parts[0].utf8.contains(0x2D) {
            // Party: `36-HD/VPTW`
            let segs = parts[0].utf8.split(separator: 0x2D).map { Substring($0) }
            guard segs.count >= 2 else { return nil }
            return HeaderVocabulary.typeCode(segs[1], party: true)
        }
        if let kind = HeaderVocabulary.typeCode(first, party: false) { return kind }
        if let kind = courtKind(s) { return kind }
        if first.utf8.starts(with: "QH".utf8) || first.utf8.starts(with: "UBTVQH".utf8) { return nil }
        // `11306/VPCP-NN`: no type code, the body first: a công văn.
        if lastPart.count >= 2 || parts.count == 2 { return "Công văn" }
        return nil
    }

    /// The kind a court symbol implies: a cassation or reopening stage (`15/2021/DS-GĐT`, `…/HS-TT`) is a
    /// decision (quyết định giám đốc thẩm, tái thẩm); a first-instance or appeal stage (`…/DS-ST`) a judgment.
    func courtKind(_ s: String) -> String? {
        let (parts, lastPart) = symbolShape(s)
        guard parts.count >= 2, lastPart.count == 2, HeaderVocabulary.isCourtCode(lastPart[0]) else { return nil }
        switch lastPart[1] {
        case "GĐT", "TT": return "Quyết định"
        case "ST", "PT": return "Bản án"
        default: return nil
        }
    }

    /// The issuer code a symbol names (`1744/QĐ-UBND` → `UBND`), read on its bytes: the parts at `/` and the
    /// last one's pieces at `-` are byte ranges, made a String only for the answer (split into Substrings and
    /// asked through StringProtocol, a symbol cost about six thousand instructions).
    func issuerCodeFromSymbol(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { b -> String? in
            guard let firstSlash = b.firstIndex(of: 0x2F) else { return nil }   // one part only
            var lastSlash = b.count - 1
            while b[lastSlash] != 0x2F { lastSlash -= 1 }
            let last = lastSlash + 1   // the last part: `last..<b.count`
            func str(_ a: Int, _ e: Int) -> String? { e > a ? String(decoding: UnsafeBufferPointer(rebasing: b[a..<e]), as: UTF8.self) : nil }
            if b[0..<firstSlash].contains(0x2D) { return str(last, b.count) }    // Party `36-HD/VPTW`
            // The last part's first piece (its code) and the dashes after it.
            var dash = last
            while dash < b.count, b[dash] != 0x2D { dash += 1 }
            let code = UnsafeBufferPointer(rebasing: b[last..<dash])
            let key = HeaderVocabulary.codeKey(bytes: code)
            if HeaderVocabulary.courtCodeKeys.contains(key) { return nil }
            // A precedent, its code perhaps followed by a footnote marker (`43/2021/AL1`); a scalar other than ASCII
            // after `AL` is left to the character reading (it may be a mark that joins the `L`).
            if code.starts(with: [0x41, 0x4C]) {
                if code.count > 2, code[2] >= 0x80 {
                    let first = Substring(String(decoding: code, as: UTF8.self))
                    if first.hasPrefix("AL"), first.dropFirst(2).allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
                } else if code.dropFirst(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    return nil
                }
            }
            if HeaderVocabulary.typeCodeKeys[key] != nil || code.starts(with: HeaderVocabulary.qdBytes) {
                guard dash < b.count else { return nil }   // a code alone
                var dash2 = dash + 1
                while dash2 < b.count, b[dash2] != 0x2D { dash2 += 1 }
                // A joint text names every issuer: `TTLT-BTC-BCN-TCHQ` → `BTC-BCN-TCHQ`.
                if HeaderVocabulary.jointCodeKeys.contains(key), dash2 < b.count { return str(dash + 1, b.count) }
                return str(dash + 1, dash2)
            }
            return str(last, dash)
        }
    }

    // MARK: V/v line (công văn)

    /// The subject of a công văn: `V/v triển khai Thông tư …`, up to the place-and-date line
    /// (`dateStart`), `Kính gửi`, or three lines.
    /// Whether line `i` opens with `V/v` (the subject label of a công văn).
    func opensWithVV(_ i: Int) -> Bool {
        let k = lines[i].w0
        guard lines[i].wordCount >= 3, w[k].start == lines[i].start, w[k].isCapitalized else { return false }
        return VietFold.matches(p, w[k], HeaderVocabulary.vWord) && VietFold.matches(p, w[k + 1], HeaderVocabulary.vWord)
            && w[k + 1].start - w[k].end == 1 && p[w[k].end] == 0x2F
    }

    func findVV(_ a: Int, _ b: Int, dateStart: Int?) -> String? {
        var k = a
        let vHash = HeaderVocabulary.vWord.hash   // (a word of another hash is passed over without a call)
        let end = min(b, w.count)
        while k < end {
            k = nextWord(hash: vHash, from: k, to: end)
            guard k < end else { break }
            if w[k].isCapitalized, VietFold.matches(p, w[k], HeaderVocabulary.vWord), k + 1 < w.count,
               VietFold.matches(p, w[k + 1], HeaderVocabulary.vWord), w[k + 1].start - w[k].end == 1, p[w[k].end] == 0x2F {
                var e = k + 2
                var breaks = 0
                while e < min(w.count, k + 80) {
                    if let dateStart, w[e].start >= dateStart, w[k].start < dateStart { break }
                    if e > k + 2, lineBreakBefore(e) {
                        breaks += 1
                        if breaks >= 3 || HeaderVocabulary.bodyStarts.matches(p, w, at: e) || dateAt(e, limit: min(w.count, e + 8)) != nil { break }
                        // A heading in capitals (`NHÂN DANH`, `QUYẾT ĐỊNH`) or a blank line ends the subject.
                        if e + 1 < w.count, w[e].isUpper, w[e + 1].isUpper, w[e].end - w[e].start > 1, !lineBreakBefore(e + 1) { break }
                        if VietFold.gapContains(p, w[e - 1].end, w[e].start, 0x0A), p[w[e - 1].end..<w[e].start].filter({ $0 == 0x0A }).count > 1 { break }
                    }
                    e += 1
                }
                return e > k + 2 ? flatText(w[k + 2].start, w[e - 1].end).trimmed(" :") : ""
            }
            k += 1
        }
        return nil
    }

    /// The subject of an English letter: `Re: tax policy` (`Regarding:`, `Subject:`) up to its line's end,
    /// with the lines that continue it (lower-case starts).
    func findEnglishSubject(_ a: Int, _ b: Int) -> String? {
        guard let first = lineIndex(containing: a < w.count ? w[a].start : headEnd) else { return nil }
        var i = first
        while i < lines.count, lines[i].w0 < b {
            let l = lines[i]
            if l.wordCount > 1, let (_, next) = HeaderVocabulary.englishSubjectLabels.match(p, w, at: l.w0, limit: l.w1),
               w[l.w0].isCapitalized, VietFold.gapContains(p, w[next - 1].end, w[next].start, 0x3A) {
                var end = l.end
                var j = i + 1
                while j < lines.count, j - i < 4, lines[j].wordCount > 0, !w[lines[j].w0].isCapitalized, !w[lines[j].w0].isUpper,
                      !w[lines[j].w0].isDigits, lines[j].start - lines[j - 1].end < 4 {
                    end = lines[j].end; j += 1
                }
                return flatText(w[next].start, end).trimmed(" :")
            }
            i += 1
        }
        return nil
    }

    func lineBreakBefore(_ k: Int) -> Bool {
        guard k > 0 else { return true }
        return VietFold.gapContains(p, w[k - 1].end, w[k].start, 0x0A)
    }

    /// A `<Place>, ngày … tháng … năm …` line near the signature (near `Nơi nhận`, or in the tail).
    func findTrailingDate(after start: Int) -> (iso: String, place: String)? {
        var regions: [Range<Int>] = []
        if let at = find("Nơi nhận", from: start, to: min(n, start + 262_144)) { regions.append(max(start, at - 1_500)..<min(n, at + 1_500)) }
        regions.append(max(start, n - 4_096)..<n)
        var lw: [FoldWord] = []   // each line's words, in one array kept from line to line
        lw.reserveCapacity(14)
        for r in regions where !r.isEmpty {
            var i = r.lowerBound
            while i < r.upperBound, p[i] & 0xC0 == 0x80 { i += 1 }
            while i < r.upperBound {
                let e = nextNewline(i, r.upperBound)
                defer { i = e + 1 }
                var s = i
                while s < e, isTrim(p[s]) { s += 1 }
                guard s < e, e - s <= 90, startsUpper(s, e) else { continue }
                VietFold.words(p, from: s, to: e, limit: 14, reusing: &lw)
                var k = 0
                while k < min(lw.count, 6), !VietFold.matches(p, lw[k], HeaderVocabulary.ngay) {
                    guard lw[k].isCapitalized, lw[k].flags & FoldWord.hasLower != 0 || LocalityParser.units.matches(p, lw, at: k) else { k = lw.count; break }
                    k += 1
                }
                guard k >= 1, k < lw.count, let iso = dateAtWords(lw, k) else { continue }
                return (iso, flatText(lw[0].start, lw[k - 1].end).trimmed(" ,"))
            }
        }
        return nil
    }

    // MARK: Passage sentence

    struct Passage { var date: String?; var body: IssuerPhrase? }

    func findPassage() -> Passage? {
        // The tail: `… này đã được Quốc hội … thông qua ngày 18 tháng 6 năm 2012.`
        let tailStart = max(0, n - HeaderParser.tailBytes)
        var s = tailStart
        while s < n, p[s] & 0xC0 == 0x80 { s += 1 }
        // `thông qua` needs the word `qua`, which only matches as plain letters: without it in the tail
        // bytes there is nothing to fold there.
        if let q = HeaderReader.firstASCIIWord(p, from: s, to: n, lowercase: HeaderReader.quaBytes) {
            // Every `thông qua` has its `qua` at `q` or after it, and `passage` reads the 45 words before `thông`
            // and none further back: the tail is folded from a space some way before `q` when 46 words or more
            // stand between them (a space ends any word, so the words from it are those of a fold from `s`).
            var from = max(s, q - 1_024)
            while from > s, p[from] != 0x20, p[from] != 0x0A { from -= 1 }
            var tw = tailWords(from: from)
            if from > s, tw.prefix(46).contains(where: { $0.start >= q }) { tw = tailWords(from: s) }
            if let r = passage(in: tw, requireThis: true) { return r }
        }
        // The head: `(QUỐC HỘI … THÔNG QUA NGÀY 9-11-1946)`. Copied only when a word in capitals may open the
        // phrase (`passage` passes over every other word, and finds nothing in a head without one).
        let table = HeaderVocabulary.passage
        let opens = w.withUnsafeBufferPointer { wb in
            wb.prefix(600).contains { $0.isUpper && HeaderVocabulary.passageBits.mayOpen($0.hash) && table.group($0.hash) != nil }
        }
        guard opens else { return nil }
        let hw = Array(w.prefix(600))
        return passage(in: hw, requireThis: false, upperOnly: true)
    }

    /// The words of `p[from..<n]`: those of the head from there when it holds the whole text (a short text's), copied
    /// rather than folded again. They are the same words when `from` opens the text or stands on a space or a line
    /// break (no word runs across it), and no window boundary of the head cut a word (`headCutWord`).
    func tailWords(from: Int) -> [FoldWord] {
        if headEnd == n, !headCutWord, from == 0 || (from < n && (p[from] == 0x20 || p[from] == 0x0A)) {
            return Array(w[wordIndex(atOrAfter: from)...])
        }
        return VietFold.words(p, from: from, to: n)
    }

    /// The adoption line of a precedent: `Được Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua ngày 24 tháng 02 năm 2021`.
    func findPrecedentAdoption() -> Passage? {
        passage(in: Array(w.prefix(200)), requireThis: false, bodies: HeaderReader.precedentBodies)
    }

    static let quaBytes: [UInt8] = Array("qua".utf8)

    /// The bodies a passage sentence names (built once: a set literal per call cost about 8,000 instructions).
    static let passageBodies: Set<String> = ["QH", "UBTVQH", "HĐND", "CP"]
    /// The body that adopts a precedent.
    static let precedentBodies: Set<String> = ["HĐTP"]

    /// Whether `p[from..<to]` holds the ASCII word `lowercase` in any letter case, with no ASCII letter
    /// or digit right before or after it. A byte check that rules out a phrase before words are folded:
    /// `VietFold.matches` takes a word without diacritics only as these plain letters.
    static func hasASCIIWord(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, lowercase word: [UInt8]) -> Bool {
        firstASCIIWord(p, from: from, to: to, lowercase: word) != nil
    }

    /// Where the first such word starts (`hasASCIIWord`), nil without one.
    static func firstASCIIWord(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int, lowercase word: [UInt8]) -> Int? {
        let m = word.count
        guard m > 0, to - from >= m else { return nil }
        func alnum(_ b: UInt8) -> Bool { let l = b | 0x20; return (l >= 0x61 && l <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        var i = from
        let first = word[0]
        // The bytes that may open the word (`b | 0x20 == first`): the first byte and its capital, each found by
        // `memchr` (a byte without the 0x20 bit opens nothing). Where each next occurs is kept until passed.
        guard first & 0x20 != 0, let base = p.baseAddress else { return nil }
        let upper = first & ~0x20
        let lastStart = to - m
        var nextLower = -1, nextUpper = -1
        @inline(__always) func next(_ b: UInt8, from i: Int) -> Int {
            guard let hit = memchr(base + i, Int32(b), lastStart + 1 - i) else { return Int.max }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        while i <= lastStart {
            if nextLower < i { nextLower = next(first, from: i) }
            if nextUpper < i { nextUpper = next(upper, from: i) }
            i = min(nextLower, nextUpper)
            if i > lastStart { break }
            if p[i] | 0x20 == first, (i == from || !alnum(p[i - 1])) {
                var j = 1
                while j < m, p[i + j] | 0x20 == word[j] { j += 1 }
                if j == m, i + m == to || !alnum(p[i + m]) { return i }
            }
            i += 1
        }
        return nil
    }

    func passage(in tw: [FoldWord], requireThis: Bool, upperOnly: Bool = false,
                 bodies: Set<String> = HeaderReader.passageBodies) -> Passage? {
        var k = 0
        var found: Passage? = nil
        let table = HeaderVocabulary.passage
        while k < tw.count {
            // Most words do not open the phrase: its first-word group answers before a match is tried (and
            // in capitals only, the case of the word before both). They are passed over in a loop of their own:
            // in the loop below the compiler copied `found` twice a word.
            while k < tw.count, (upperOnly && !tw[k].isUpper) || table.group(tw[k].hash) == nil { k += 1 }
            guard k < tw.count else { break }
            guard let (_, next) = table.match(p, tw, at: k) else { k += 1; continue }
            var date: String? = nil
            var j = next
            while j < min(tw.count, next + 10) {
                if VietFold.matches(p, tw[j], HeaderVocabulary.ngay) {
                    date = dateAtWords(tw, j)
                    break
                }
                j += 1
            }
            guard date != nil else { k += 1; continue }
            let from = max(0, k - 45)
            if requireThis, !(from..<k).contains(where: { VietFold.matches(p, tw[$0], HeaderVocabulary.this) }) { k += 1; continue }
            var body: IssuerPhrase? = nil
            var b = from
            while b < k {
                if let (ph, _) = IssuerPhraseParser.parseWords(p, tw, from: b, limit: k, header: false, date: nil),
                   bodies.contains(ph.issuerCode ?? "") {
                    body = ph; break
                }
                b += 1
            }
            found = Passage(date: date, body: body)
            k = j + 1
        }
        return found
    }

    func dateAtWords(_ tw: [FoldWord], _ j: Int) -> String? {
        guard j + 2 < tw.count, tw[j + 1].isDigits else { return nil }
        if j + 5 < tw.count, VietFold.matches(p, tw[j + 2], HeaderVocabulary.thang), tw[j + 3].isDigits,
           VietFold.matches(p, tw[j + 4], HeaderVocabulary.nam), tw[j + 5].isDigits {
            return iso(tw[j + 1], tw[j + 3], tw[j + 5])
        }
        if j + 3 < tw.count, tw[j + 2].isDigits, tw[j + 3].isDigits,
           separatorGap(tw[j + 1].end, tw[j + 2].start), separatorGap(tw[j + 2].end, tw[j + 3].start) {
            return iso(tw[j + 1], tw[j + 2], tw[j + 3])
        }
        return nil
    }

    // MARK: Signature

    struct Signature { var name: String?; var partyOrgan: String? }

    func findSignature(after start: Int) -> Signature {
        // Near `Nơi nhận` (the first one after the header, within a bounded window), then the tail.
        var regions: [Range<Int>] = []
        let recipients = english ? "Recipients" : "Nơi nhận", upperRecipients = english ? "RECIPIENTS" : "NƠI NHẬN"
        if let at = find(recipients, orElse: upperRecipients, from: max(start, 0), to: min(n, max(start, 0) + 262_144)) {
            regions.append(max(start, at - 800)..<min(n, at + 2_400))
        }
        regions.append(max(0, n - 4_096)..<n)
        for r in regions {
            let sig = signature(in: r)
            if sig.name != nil || sig.partyOrgan != nil { return sig }
        }
        return Signature()
    }

    /// Byte search for a UTF-8 needle.
    func find(_ needle: String, from: Int, to: Int) -> Int? {
        guard to > from, let base = p.baseAddress else { return nil }
        var needle = needle
        return needle.withUTF8 { nd -> Int? in
            guard let first = nd.first else { return nil }
            var i = from
            let last = to - nd.count
            while i <= last, let hit = memchr(base + i, Int32(first), last + 1 - i) {
                let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                // The second byte tested here first: most hits of a capital `N` are other words.
                if nd.count == 1 || p[at + 1] == nd[1], memcmp(base + at, nd.baseAddress!, nd.count) == 0 { return at }
                i = at + 1
            }
            return nil
        }
    }

    /// `find(a, …) ?? find(b, …)` in one pass, for needles of two bytes or more that open with the same byte
    /// (`Nơi nhận`, `NƠI NHẬN`): a text without the first read once, not twice.
    func find(_ a: String, orElse b: String, from: Int, to: Int) -> Int? {
        guard to > from, let base = p.baseAddress else { return nil }
        var a = a, b = b
        return a.withUTF8 { na -> Int? in
            b.withUTF8 { nb -> Int? in
                precondition(na.count >= 2 && nb.count >= 2 && na[0] == nb[0], "needles opening with the same byte")
                var firstB: Int? = nil
                let lastA = to - na.count, lastB = to - nb.count
                var i = from
                // Once `b` is found, only `a` is looked for (up to where it may start).
                var last = max(lastA, lastB)
                while i <= last, let hit = memchr(base + i, Int32(na[0]), last + 1 - i) {
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if at <= lastA, p[at + 1] == na[1], memcmp(base + at, na.baseAddress!, na.count) == 0 { return at }
                    if firstB == nil, at <= lastB, p[at + 1] == nb[1], memcmp(base + at, nb.baseAddress!, nb.count) == 0 {
                        firstB = at
                        last = lastA
                    }
                    i = at + 1
                }
                return firstB
            }
        }
    }

    /// Whether bytes `a..<b` hold `byte`: `VietFold.gapContains` for a whole line (`memchr`, where the byte loop
    /// cost about three instructions a byte).
    func contains(_ byte: UInt8, _ a: Int, _ b: Int) -> Bool {
        guard a < b, let base = p.baseAddress else { return false }
        return memchr(base + a, Int32(byte), b - a) != nil
    }

    /// The next newline at or after `i` (or `limit`).
    func nextNewline(_ i: Int, _ limit: Int) -> Int {
        guard i < limit, let base = p.baseAddress, let hit = memchr(base + i, 0x0A, limit - i) else { return limit }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    func signature(in r: Range<Int>) -> Signature {
        var i = r.lowerBound
        while i < r.upperBound, i > 0, p[i] & 0xC0 == 0x80 { i += 1 }
        var result = Signature()
        var anchor: Int? = nil
        var lineNo = 0
        var sw: [FoldWord] = []
        sw.reserveCapacity(12)
        // The tables whose rows open a signature (a mark or a title), fetched once.
        let marks = english ? HeaderVocabulary.englishSignatureMarks : HeaderVocabulary.signatureMarks
        let titles = english ? nil : HeaderVocabulary.signatureTitles
        let firstLetters = english ? HeaderVocabulary.englishSignatureFirstLetters : HeaderVocabulary.signatureFirstLetters
        while i < r.upperBound {
            let e = nextNewline(i, r.upperBound)
            defer { i = e + 1; lineNo += 1 }
            var s0 = i
            while s0 < e, isTrim(p[s0]) { s0 += 1 }
            // A line shared by the recipients' column and the signature's (`Nơi nhận:      KT. CHỦ TỊCH`,
            // `- Lưu: VT.    Đặng Ngọc Hậu`): the right column is read when the whole line tells nothing.
            var column = s0 < e ? rightColumn(s0, e) : nil
            var s = s0
            // Recipient lines (`- Như Điều 3;`), long lines and empty lines carry no signature.
            if !(s < e && e - s <= 90 && startsUpper(s, e)) {
                guard let c = column, c < e, e - c <= 90, startsUpper(c, e) else { continue }
                s = c; column = nil
            }
            // Away from a mark or a title, a line matters only if it opens one: its first word alone is read
            // first, and a line the tables' first-word groups turn away is not read whole.
            if anchor.map({ lineNo - $0 > 8 }) ?? true {
                // A line opening with a capital ASCII letter that opens no row (`N`, `S`, `L` …) is turned away
                // before its first word is folded: that word's hash could only meet a first word's by accident.
                var first = FoldWord(start: 0, end: 0, hash: 0, flags: 0)
                let found = p[s] < 0x80 && !firstLetters[Int(p[s] | 0x20)] ? 0
                    : withUnsafeMutablePointer(to: &first) { VietFold.words(p, from: s, to: e, into: UnsafeMutableBufferPointer(start: $0, count: 1)) }
                guard found == 1, marks.group(first.hash) != nil || titles?.group(first.hash) != nil else {
                    // Its right column may open the signature (`Nơi nhận:<TAB>TỔNG GIÁM ĐỐC`).
                    if let c = column, !english, columnOpensSignature(c, e, &sw) { anchor = lineNo }
                    continue
                }
            }
            VietFold.words(p, from: s, to: e, limit: 12, reusing: &sw)
            guard !sw.isEmpty else { continue }
            let a = 0, b = sw.count
            let isMark: Bool, isTitle: Bool
            if english {
                // `ON BEHALF OF THE GOVERNMENT`, `PRIME MINISTER`: one table (the reading is the same).
                isMark = marks.matches(p, sw, at: a, limit: b) && sw[a].isUpper
                isTitle = false
            } else {
                isMark = marks.matches(p, sw, at: a, limit: b) && sw[a].isUpper
                isTitle = (titles?.matches(p, sw, at: a, limit: b) ?? false) && sw[a].isUpper
            }
            if isMark || isTitle {
                anchor = lineNo
                if result.partyOrgan == nil, let (_, t2) = HeaderVocabulary.tm.match(p, sw, at: a, limit: b),
                   let (ph, _) = IssuerPhraseParser.parseWords(p, sw, from: t2, limit: b, header: true, date: nil),
                   ph.body == "Bộ Chính trị" || ph.body == "Ban Bí thư" {
                    result.partyOrgan = ph.body
                }
                // `CHỦ TỊCH QUỐC HỘI Nguyễn Sinh Hùng` on one line.
                var c = a
                while c < b, sw[c].isUpper || sw[c].isDigits { c += 1 }
                if c < b, b - c <= 6, let name = personName(sw, c, b) { result.name = name; return result }
                continue
            }
            if let anchor, lineNo > anchor, lineNo - anchor <= 8, b <= 6, let name = personName(sw, a, b) {
                result.name = name
                return result
            }
            // The whole line was none of these: its right column may be (`Nơi nhận:   KT. GIÁM ĐỐC`).
            if let c = column, !english {
                if columnOpensSignature(c, e, &sw) { anchor = lineNo; continue }
                let b2 = sw.count
                guard b2 > 0, startsUpper(c, e) else { continue }
                if let anchor, lineNo > anchor, lineNo - anchor <= 8, b2 <= 6, let name = personName(sw, 0, b2) {
                    result.name = name
                    return result
                }
            }
        }
        return result
    }

    /// Whether the right column from `c` to `e` opens a signature block (a mark or a title in capitals: `KT. GIÁM ĐỐC`,
    /// `TỔNG GIÁM ĐỐC`); its words are left folded in `sw`.
    func columnOpensSignature(_ c: Int, _ e: Int, _ sw: inout [FoldWord]) -> Bool {
        VietFold.words(p, from: c, to: e, limit: 12, reusing: &sw)
        guard !sw.isEmpty, startsUpper(c, e), sw[0].isUpper else { return false }
        return HeaderVocabulary.signatureMarks.matches(p, sw, at: 0, limit: sw.count)
            || HeaderVocabulary.signatureTitles.matches(p, sw, at: 0, limit: sw.count)
    }

    /// The start of a line's right column: the text after its last run of three or more spaces or a tab,
    /// when text stands before it; `nil` for a line of one column.
    func rightColumn(_ s: Int, _ e: Int) -> Int? {
        var i = e
        while i > s, p[i - 1] == 0x20 || p[i - 1] == 0x09 || p[i - 1] == 0x0D { i -= 1 }
        let end = i
        // A column longer than a signature line (90 bytes) is never read: the search stops there.
        let low = max(s, end - 92)
        // Sixteen positions a step: the sixteen bytes below `i` and the same read one and two bytes lower give,
        // lane by lane, each position's byte and the two before it; a step where no lane holds a tab or three
        // spaces is passed over. (The byte loop cost about five instructions a byte on the lines around the
        // signature.)
        if let base = p.baseAddress {
            let space = SIMD16<UInt8>(repeating: 0x20), tab = SIMD16<UInt8>(repeating: 0x09)
            while i - 16 >= low, i - 18 >= s {
                let raw = UnsafeRawPointer(base + (i - 18))
                let v2 = raw.loadUnaligned(as: SIMD16<UInt8>.self)
                let v1 = raw.loadUnaligned(fromByteOffset: 1, as: SIMD16<UInt8>.self)
                let v0 = raw.loadUnaligned(fromByteOffset: 2, as: SIMD16<UInt8>.self)
                if any((v0 .== tab) .| ((v0 .== space) .& (v1 .== space) .& (v2 .== space))) { break }
                i -= 16
            }
        }
        while i > low {
            let b = p[i - 1]
            if b == 0x09 || (b == 0x20 && i - 3 >= s && p[i - 2] == 0x20 && p[i - 3] == 0x20) {
                var c = i
                while c < end, p[c] == 0x20 || p[c] == 0x09 { c += 1 }
                var t = i - 1
                while t > s, p[t - 1] == 0x20 || p[t - 1] == 0x09 { t -= 1 }
                return t > s && c < end ? c : nil
            }
            i -= 1
        }
        return nil
    }

    /// Whether the first scalar at `s` is an upper-case letter.
    func startsUpper(_ s: Int, _ e: Int) -> Bool {
        // An ASCII byte is a capital exactly when it is `A`–`Z` (so the fold table has it).
        if p[s] < 0x80 { return p[s] &- 0x41 < 26 }
        let (scalar, _) = VietFold.decode(p, s, e)
        return VietFold.entry(scalar) & VietFold.upperBit != 0
    }

    /// A personal name: two to six capitalized words (`Lê Hồng Minh`), not a title or a list item.
    func personName(_ sw: [FoldWord], _ a: Int, _ b: Int) -> String? {
        let count = b - a
        guard (2...6).contains(count) else { return nil }
        for j in a..<b {
            let x = sw[j]
            guard x.isCapitalized, x.flags & FoldWord.hasLower != 0 || x.end - x.start <= 2, !x.isDigits else { return nil }
            if j > a, !VietFold.spaceGap(p, sw[j - 1].end, sw[j].start) { return nil }
        }
        if (english ? HeaderVocabulary.englishNotNames : HeaderVocabulary.notNames).matches(p, sw, at: a, limit: b) { return nil }
        if Places.matchName(p, sw, at: a, limit: b, date: nil)?.next == b { return nil }
        // Not a sentence: the line must end after the name.
        var e = sw[b - 1].end
        while e < n, p[e] == 0x20 || p[e] == 0x2A || p[e] == 0x09 || p[e] == 0x0D { e += 1 }
        if e < n, p[e] != 0x0A { return nil }
        return text(sw[a].start, sw[b - 1].end)
    }

    // MARK: Preamble

    func findPreamble(from start: Int) -> Range<Int>? {
        let limit = min(n, start + 65_536)
        var i = start
        var preStart: Int? = nil
        var lastPreEnd: Int? = nil
        var lines = 0
        var sinceLast = 0
        let starts = english ? HeaderVocabulary.englishPreambleStarts : HeaderVocabulary.preambleStarts
        let operative = english ? HeaderVocabulary.englishOperative : HeaderVocabulary.operative
        let firstBytes = english ? HeaderVocabulary.englishPreambleFirstBytes : HeaderVocabulary.preambleFirstBytes
        // A line's first words, written in place: the first one folded for the gate below, the others after it
        // (folding the line again from its start, into an array emptied and refilled, cost twice as much).
        let wanted = english ? 5 : 3
        let none = FoldWord(start: 0, end: 0, hash: 0, flags: 0)
        var lw = [none, none, none, none, none]   // (a literal: `Array(repeating:count:)` went through a slower path)
        while i < limit, lines < 600 {
            // The preamble starts right after the title and the authority line, and its lines follow
            // one another (a long one wrapped over a few lines).
            if preStart == nil, lines > 14 || i - start > 6_000 { return nil }
            if preStart != nil, sinceLast > 12 { break }
            let e = nextNewline(i, limit)
            var s = i
            while s < e, isTrim(p[s]) || p[s] == 0x2D || p[s] == 0x2B { s += 1 }   // `- Căn cứ …`
            if s < e {
                sinceLast += 1
                // Only lines that may open with a preamble word or an operative marker are tokenized.
                guard firstBytes[Int(p[s])] else { i = e + 1; lines += 1; continue }
                // Its first word alone first: a line it opens neither table's rows with (by their first-word
                // groups) is not read further.
                var first = FoldWord(start: 0, end: 0, hash: 0, flags: 0)
                let found = withUnsafeMutablePointer(to: &first) {
                    VietFold.words(p, from: s, to: min(e, s + 40), into: UnsafeMutableBufferPointer(start: $0, count: 1))
                }
                guard found == 1, first.start - s < 2,
                      starts.group(first.hash) != nil || (preStart != nil && operative.group(first.hash) != nil) else {
                    i = e + 1; lines += 1; continue
                }
                // The words after the first: folding from its end reads them as folding from the line start does
                // (the scalar that ended it stands between words).
                let count = lw.withUnsafeMutableBufferPointer { buf -> Int in
                    buf[0] = first
                    return 1 + VietFold.words(p, from: first.end, to: min(e, s + 40), into: UnsafeMutableBufferPointer(rebasing: buf[1..<wanted]))
                }
                if starts.matches(p, lw, at: 0, limit: count) {
                    if preStart == nil { preStart = s }
                    lastPreEnd = e
                    sinceLast = 0
                } else if preStart != nil, let (entry, next) = operative.match(p, lw, at: 0, limit: count), entry.payload || lw[next - 1].isUpper {
                    return preStart!..<s
                }
            }
            i = e + 1
            lines += 1
        }
        if let preStart, let lastPreEnd { return preStart..<lastPreEnd }
        return nil
    }

    // MARK: Context locality

    func contextLocality(chain: [ChainLink], motto: Motto?, header: ParsedHeader) -> String? {
        headerLocality(chain: chain, motto: motto, header: header) ?? newsLocality()
    }

    /// The context locality as the header gives it (`.some`, possibly nil), or nil when the text is a news
    /// page and only `newsLocality` can tell.
    func headerLocality(chain: [ChainLink], motto: Motto?, header out: ParsedHeader) -> String?? {
        // The header's bodies: the province of any of them.
        // (Compared with `==` in the chain's order: a Set of one or two names hashed each.)
        let provinces = chain.compactMap(\.province)
        if let first = provinces.first {
            return provinces.allSatisfy({ $0 == first }) ? .some(first) : .some(chain.last?.province)
        }
        // The place-and-date line, for a local author: its header names a local body, or (with no
        // body read) its symbol has a local code (`QĐ-UBND`, `TB-SYT`, `NQ/TU`).
        // (Only an official text's: a note's or a page's code is not looked up, nor the local codes built.)
        guard out.isOfficial else { return nil }
        let code = out.issuerCode ?? ""
        let codeLocal = HeaderVocabulary.isLocalCode(code)
        let codeCentral = !code.isEmpty && !codeLocal
        let chainLocal = chain.contains { $0.isLocal }
        if chainLocal || (chain.isEmpty && (codeLocal || (motto != nil && !codeCentral))),
           let place = out.place, let loc = Places.locality(named: place[...], on: out.date) {
            return .some(loc)
        }
        return .some(nil)
    }

    /// The context locality left pending by `run` (`newsLocalityPending`): that of the issuing block `run`
    /// left unread (`leftBlock`), if it names one, else the news page's.
    func deferredLocality(leftBlock: Range<Int>) -> String? {
        if !leftBlock.isEmpty, let loc = headerLocality(chain: issuerChain(from: leftBlock.lowerBound, to: leftBlock.upperBound, motto: nil), motto: nil, header: out) {
            return loc
        }
        return newsLocality()
    }

    /// A news page's context locality: the organisation named at the top (`CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO
    /// DỤC VÀ ĐÀO TẠO SƠN LA`), or the page title's.
    func newsLocality() -> String? {
        var provinces: Set<String> = []
        for i in 0..<min(lines.count, 15) {
            let l = lines[i]
            var k = l.w0
            while k < l.w1 {
                if let (ph, next) = IssuerPhraseParser.parseWords(p, w, from: k, limit: l.w1, header: true, date: nil), ph.isLocal, ph.issuerCode != nil {
                    if let loc = ph.locality, let prov = Places.province(named: loc) ?? loc.split(separator: ",").last.flatMap({ Places.province(named: $0.trimmingSpaces) }) {
                        provinces.insert(prov.locality)
                    }
                    k = max(next, k + 1)
                } else {
                    k += 1
                }
            }
        }
        if let t = hints.title, let ph = scanTitleForLocal(t) { provinces.insert(ph) }
        // A headline that opens with its province and a colon: `Sơn La: Phê duyệt kế hoạch …`.
        if provinces.isEmpty, let place = headlinePlace() { provinces.insert(place) }
        // A masthead naming its province: `Cổng thông tin điện tử tỉnh Gia Lai`, `Báo Sơn La`.
        if provinces.isEmpty, let m = mastheadProvince() { provinces.insert(m) }
        // A source line at the foot: `Nguồn: Báo Lào Cai`, `Nguồn: Cổng Thông tin điện tử tỉnh Lào Cai`.
        if provinces.isEmpty, let m = sourceLineProvince() { provinces.insert(m) }
        // A provincial paper's or portal's address as its byline or credit: `(Baolaocai.vn) - Chiều 5/12, …`.
        if provinces.isEmpty, let m = hostProvince() { provinces.insert(m) }
        return provinces.count == 1 ? provinces.first : nil
    }

    /// The province of a site address in brackets (`(Baolaocai.vn)`, `(sonla.gov.vn)`) in the first fifteen or the last
    /// six lines: a provincial paper or portal credits its own news so. Nil when the addresses name none or several.
    func hostProvince() -> String? {
        var found: String? = nil
        let ranges = [0..<min(lines.count, 15), max(min(lines.count, 15), lines.count - 6)..<lines.count]
        for r in ranges {
            for i in r {
                let l = lines[i]
                var k = l.start
                while k + 4 < l.end {
                    // `.vn)` then back to `(`.
                    guard p[k] == 0x2E, p[k + 1] | 0x20 == 0x76, p[k + 2] | 0x20 == 0x6E, p[k + 3] == 0x29 else { k += 1; continue }
                    var a = k
                    while a > l.start, a > k - 40, p[a - 1] < 0x80, Self.isHostByte(p[a - 1]) { a -= 1 }
                    if a > l.start, p[a - 1] == 0x28, a < k,
                       let prov = Places.province(ofHost: String(decoding: UnsafeBufferPointer(rebasing: p[a..<(k + 3)]), as: UTF8.self)) {
                        if let f = found, f != prov.locality { return nil }
                        found = prov.locality
                    }
                    k += 4
                }
            }
        }
        return found
    }

    /// A letter, digit, `.` or `-` of a host name.
    static func isHostByte(_ b: UInt8) -> Bool {
        (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D
    }

    /// The province a portal's masthead names in the first three lines: a portal word (`Cổng thông tin
    /// điện tử`, `Cổng TTĐT`, `Trang thông tin điện tử`, `Báo`, `Đài Phát thanh và Truyền hình`) opening a short
    /// line that ends with a province (`tỉnh Gia Lai`, `thành phố Huế`, or its bare name).
    func mastheadProvince() -> String? {
        for i in 0..<min(lines.count, 3) {
            let l = lines[i]
            guard l.end - l.start < 120, l.w1 > l.w0, HeaderVocabulary.mastheads.matches(p, w, at: l.w0, limit: l.w1) else { continue }
            // The province at the line's end: try each word as its start.
            for k in l.w0..<l.w1 {
                var j = k
                if let (_, k2) = LocalityParser.units.match(p, w, at: j, limit: l.w1) { j = k2 }
                if j < l.w1, let (row, next) = Places.matchName(p, w, at: j, limit: l.w1, date: nil), next == l.w1 {
                    return Places.all[row].locality
                }
            }
        }
        return nil
    }

    func scanTitleForLocal(_ title: String) -> String? {
        var t = title
        return t.withUTF8 { tp -> String? in
            let tw = VietFold.words(tp, from: 0, to: tp.count, limit: 40)
            var k = 0
            while k < tw.count {
                guard let (ph, next) = IssuerPhraseParser.parseWords(tp, tw, from: k, limit: tw.count, header: true, date: nil) else {
                    k += 1
                    continue
                }
                if ph.isLocal, ph.issuerCode != nil, let loc = ph.locality, let prov = Places.province(named: loc) {
                    return prov.locality
                }
                k = max(next, k + 1)
            }
            return nil
        }
    }

    // MARK: News

    /// The province a headline opens with before a colon (`Sơn La: Phê duyệt …`, `TP.HCM: …`), from the page's
    /// title or its first heading.
    func headlinePlace() -> String? {
        var spans: [(Int, Int)] = []
        if let i = headingLine() { spans.append((lines[i].start, lines[i].end)) }
        for (a, e) in spans {
            // The colon within the first 30 bytes.
            var c = a
            while c < e, c - a < 30, p[c] != 0x3A { c += 1 }
            guard c < e, p[c] == 0x3A, c > a else { continue }
            var b = a
            while b < c, p[b] == 0x23 || p[b] == 0x20 { b += 1 }
            guard b < c else { continue }
            if let loc = Places.locality(named: text(b, c)[...]) { return loc }
        }
        if let t = hints.title, let c = t.firstIndex(of: ":"), t.utf8.distance(from: t.startIndex, to: c) <= 30,
           let loc = Places.locality(named: t[..<c]) {
            return loc
        }
        // A headline that opens with its province, a verb after it (`Lào Cai triển khai …`, `Tỉnh Lào Cai …`, `Hà Nội công
        // bố …`), or a dateline opening a line (`Lào Cai - UBND tỉnh …`, `(Cổng TTĐT tỉnh Lào Cai) - …`).
        if let i = headingLine(), let loc = placeOpening(i, verbAfter: true) { return loc }
        for i in 0..<min(lines.count, 12) { if let loc = datelinePlace(i) { return loc } }
        return nil
    }

    /// The province named at the start of line `i` (after `tỉnh` or `thành phố`): with `verbAfter`, a lower-case word must
    /// follow it; else ` - ` must (a dateline).
    func placeOpening(_ i: Int, verbAfter: Bool) -> String? {
        let l = lines[i]
        guard l.wordCount >= 2 else { return nil }
        var k = l.w0
        if let (_, k2) = LocalityParser.units.match(p, w, at: k, limit: l.w1), k2 < l.w1, w[k].isCapitalized || w[k].isUpper {
            k = k2
        }
        guard w[k].isCapitalized || w[k].isUpper, let (row, next) = Places.matchName(p, w, at: k, limit: l.w1, date: nil), next < l.w1 else { return nil }
        if verbAfter {
            guard !w[next].isCapitalized, !w[next].isUpper, !w[next].isDigits, VietFold.spaceGap(p, w[next - 1].end, w[next].start) else { return nil }
        } else {
            guard isDash(w[next - 1].end, w[next].start) else { return nil }
        }
        return Places.all[row].locality
    }

    /// A dateline opening line `i`: `Lào Cai - …`, `LÀO CAI – …`, or a bracket naming the province before the dash
    /// (`(Cổng TTĐT tỉnh Lào Cai) - …`, `(Cổng TTĐT Hà Nội) - …`).
    func datelinePlace(_ i: Int) -> String? {
        let l = lines[i]
        guard l.wordCount >= 3 else { return nil }
        if p[l.start] != 0x28 { return placeOpening(i, verbAfter: false) }
        // The bracket's last words name the province, and a dash follows it.
        var close = l.start + 1
        while close < min(l.end, l.start + 80), p[close] != 0x29 { close += 1 }
        guard close < l.end, p[close] == 0x29 else { return nil }
        var after = close + 1
        while after < l.end, p[after] == 0x20 { after += 1 }
        guard after < l.end, p[after] == 0x2D || after + 2 < l.end && p[after] == 0xE2 && p[after + 1] == 0x80 && p[after + 2] == 0x93 else { return nil }
        let inner = (l.w0..<l.w1).filter { w[$0].start > l.start && w[$0].end <= close }
        guard let first = inner.first, let last = inner.last else { return nil }
        return provinceEnding(first..<(last + 1))
    }

    /// The province the words `r` end with, read from each of their last four words on (`Cổng TTĐT tỉnh Lào Cai`,
    /// `Báo Lào Cai`, `Cổng TTĐT Hà Nội`).
    func provinceEnding(_ r: Range<Int>) -> String? {
        guard let last = r.last else { return nil }
        for first in r.suffix(4) {
            if let loc = Places.locality(named: text(w[first].start, w[last].end)[...]) { return loc }
        }
        return nil
    }

    static let nguon = VietFold.pattern("Nguồn")[0]

    /// The province a source line among the last six lines ends with (`Nguồn: Báo Lào Cai`, `Nguồn: Cổng TTĐT tỉnh Lào Cai`).
    func sourceLineProvince() -> String? {
        for i in max(0, lines.count - 6)..<lines.count {
            let l = lines[i]
            guard l.wordCount >= 3, l.wordCount <= 12, w[l.w0].start == l.start, VietFold.matches(p, w[l.w0], Self.nguon) else { continue }
            if let loc = provinceEnding((l.w0 + 1)..<l.w1) { return loc }
        }
        return nil
    }

    /// Whether only spaces and one dash (`-`, `–`) stand between two byte offsets.
    func isDash(_ a: Int, _ b: Int) -> Bool {
        var dashes = 0, i = a
        while i < b {
            if p[i] == 0x20 { i += 1; continue }
            if p[i] == 0x2D { dashes += 1; i += 1; continue }
            if i + 2 < b, p[i] == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0x93 { dashes += 1; i += 3; continue }
            return false
        }
        return dashes == 1
    }

    /// The line of the first heading: a markdown `#` line, else the first line of a few words.
    func headingLine() -> Int? {
        for i in 0..<min(lines.count, 30) {
            let l = lines[i]
            var b = l.start
            while b > 0, p[b - 1] == 0x20 { b -= 1 }
            if b > 0, p[b - 1] == 0x23, l.wordCount >= 2 { return i }
        }
        // Else the first line that reads like a title: a few words, not the portal's banner, a menu
        // (`Trang chủ | Tin tức`), or a clock (`Friday, 29/05/2020 - 21:38`). A title may start with a
        // date (`Từ 1/7/2025, học phí mầm non …`): only a line of the date and a few words is a clock.
        for i in 0..<min(lines.count, 15) {
            let l = lines[i]
            guard l.wordCount >= 4, l.end - l.start < 300, !contains(0x7C, l.start, l.end),
                  !lineStarts(i, HeaderVocabulary.portalWords) else { continue }
            // A date further into the line (`(Điều 3 Thông tư số …, có hiệu lực thi hành kể từ ngày
            // 10/07/2014)`) marks a note, not a title.
            if let j = firstDate(i), j - l.w0 > 2 || isDateline(i, firstDate: j) { continue }
            return i
        }
        return nil
    }

    /// Whether the line is a clock or a dateline rather than a title: it has a date and, besides it,
    /// at most four words, or it opens with a weekday or a publication mark, or a date within its first
    /// words runs into a dash (`Hà Nội, ngày 24/6/2025 - Quốc hội …`, a lead paragraph).
    func isDateline(_ i: Int, firstDate known: Int? = nil) -> Bool {
        let l = lines[i]
        guard let j = known ?? firstDate(i) else { return false }
        if j - l.w0 <= 4, let d = dateWords(at: j, limit: l.w1), d.next > j, dashAfter(d.next - 1, limit: l.w1) { return true }
        if HeaderVocabulary.weekdays.matches(p, w, at: l.w0, limit: l.w1)
            || HeaderVocabulary.publicationMarks.matches(p, w, at: l.w0, limit: l.w1) { return true }
        var words = 0
        for k in l.w0..<l.w1 where !w[k].isDigits { words += 1 }
        return words <= 4
    }

    /// The word where the line's first date starts: `dateWords`, or a day, month and year of any length
    /// (`21/9/18`).
    func firstDate(_ i: Int) -> Int? {
        let l = lines[i]
        let ngay = HeaderVocabulary.ngay
        var j = l.w0
        while j < l.w1 {
            // Most words are none of the three openings: digits, `ngày` and a number, a month name. They are
            // passed over in a loop of their own, on the words' storage.
            j = w.withUnsafeBufferPointer { wb in
                var j = j
                while j < l.w1, !wb[j].isDigits, wb[j].hash != ngay.hash, !isMonthCandidate(wb[j]) { j += 1 }
                return j
            }
            guard j < l.w1 else { break }
            let x = w[j]
            if x.isDigits {
                if j + 2 < l.w1, w[j + 1].isDigits, w[j + 2].isDigits, separatorGap(x.end, w[j + 1].start),
                   separatorGap(w[j + 1].end, w[j + 2].start) { return j }
                if j + 2 < l.w1, isMonthCandidate(w[j + 1]), dateWords(at: j, limit: l.w1, iso: false) != nil { return j }
            } else if x.hash == ngay.hash {
                if j + 1 < l.w1, w[j + 1].isDigits, VietFold.matches(p, x, ngay) { return j }
            } else if isMonthCandidate(x), j + 2 < l.w1, w[j + 1].isDigits, dateWords(at: j, limit: l.w1, iso: false) != nil {
                return j
            }
            j += 1
        }
        return nil
    }

    /// A date at word `j`: `24/06/2025` (day, month and a four-digit year), `ngày 24 tháng 6 năm 2025`,
    /// `March 12, 2025` or `12 March 2025`; its ISO form (nil when not a valid day, or not asked for:
    /// then `ngày` and a number is taken for a date, and `next` is only a bound) and the word after it.
    func dateWords(at j: Int, limit: Int, iso wantISO: Bool = true) -> (iso: String?, next: Int)? {
        let x = w[j]
        if x.isDigits {
            if j + 2 < limit, w[j + 1].isDigits, w[j + 2].isDigits, separatorGap(x.end, w[j + 1].start),
               separatorGap(w[j + 1].end, w[j + 2].start), w[j + 2].end - w[j + 2].start == 4 {
                return (wantISO ? iso(x, w[j + 1], w[j + 2]) : nil, j + 3)
            }
            // `12 March 2025`
            if x.end - x.start <= 2, j + 2 < limit, isMonthCandidate(w[j + 1]),
               let (e, m) = HeaderVocabulary.months.match(p, w, at: j + 1, limit: limit),
               m < limit, w[m].isDigits, w[m].end - w[m].start == 4, englishGap(x.end, w[j + 1].start), englishGap(w[m - 1].end, w[m].start),
               let d = digitValue(x), let y = digitValue(w[m]) {
                return (wantISO ? isoValues(d, e.payload, y) : nil, m + 1)
            }
            return nil
        }
        if x.hash == HeaderVocabulary.ngay.hash, VietFold.matches(p, x, HeaderVocabulary.ngay) {
            if !wantISO { return j + 1 < limit && w[j + 1].isDigits ? (nil, j + 2) : nil }
            if let d = dateAt(j, limit: min(limit, j + 8)) { return (d.iso, d.next) }
            return nil
        }
        // `March 12, 2025`, `Mar. 12, 2025`
        if isMonthCandidate(x), let (e, m) = HeaderVocabulary.months.match(p, w, at: j, limit: limit), m + 1 < limit,
           w[m].isDigits, w[m].end - w[m].start <= 2, w[m + 1].isDigits, w[m + 1].end - w[m + 1].start == 4,
           englishGap(w[m - 1].end, w[m].start), englishGap(w[m].end, w[m + 1].start),
           let d = digitValue(w[m]), let y = digitValue(w[m + 1]) {
            return (wantISO ? isoValues(d, e.payload, y) : nil, m + 2)
        }
        return nil
    }

    /// Whether the word can be an English month name (capitalized ASCII, 3 to 9 letters): the table is
    /// asked only then.
    @inline(__always)
    func isMonthCandidate(_ x: FoldWord) -> Bool {
        x.isCapitalized && x.isASCII && x.end - x.start >= 3 && x.end - x.start <= 9
    }

    /// A gap inside an English date: spaces, a comma or an abbreviation's dot, on one line.
    func englishGap(_ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 3 else { return false }
        for i in a..<b where p[i] != 0x20 && p[i] != 0x2C && p[i] != 0x2E { return false }
        return true
    }

    /// Whether a dash (`-`, `–`, `—`) follows word `k` (spaces and a comma allowed before it) on its line.
    func dashAfter(_ k: Int, limit: Int) -> Bool {
        var i = w[k].end
        let e = k + 1 < limit ? w[k + 1].start : min(n, i + 8)
        while i < e {
            let b = p[i]
            if b == 0x2D { return true }
            if b == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x93 || p[i + 2] == 0x94 { return true }
            // (`(Baonghean.vn, 25/7/2025) - …`: the source's bracket closes before the dash.)
            if b != 0x20 && b != 0x2C && b != 0x29 { return false }
            i += 1
        }
        return false
    }

    /// Whether a byline's separator (`|`, `•`) stands between the line's start and word `j` (`Tác giả: Thu Hà |
    /// 25/07/2025`, `Thu Hà • 25/07/2025 - 10:20`): the date after it is the article's.
    func bylineBefore(_ j: Int, lineStart: Int) -> Bool {
        var i = lineStart
        while i < w[j].start {
            if p[i] == 0x7C { return true }
            if p[i] == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0xA2 { return true }
            i += 1
        }
        return false
    }

    func isoValues(_ d: Int, _ m: Int, _ y: Int) -> String? {
        guard (1...12).contains(m), (1900...2100).contains(y), (1...FoundDate.days(inMonth: m, year: y)).contains(d) else { return nil }
        return "\(y)-\(pad2(m))-\(pad2(d))"
    }

    /// The heading line's text (`line`: `headingLine()`, found by the caller).
    func firstHeading(line: Int?) -> String? {
        guard let i = line else { return nil }
        return lineAllUpper(i) ? IssuerPhraseParser.restoreCase(p, w, lines[i].w0, lines[i].w1) : lineText(i)
    }

    /// A news page's publication date: a short date line just under the heading (`Thứ Hai, 12/05/2025
    /// 10:30`, `March 12, 2025 | 10:15 am`), or a line marked `Cập nhật:`, `Ngày đăng:` anywhere near the
    /// top, or a dateline opening the lead paragraph under the heading (`Hanoi, March 12, 2025 – …`,
    /// `Hà Nội, ngày 24/6/2025 - …`). A date above the heading without such a mark is usually the
    /// portal's clock, not the article's date.
    func findPublicationDate(heading known: Int?? = nil) -> String? {
        // With no heading of four words, the first line (a short title, as the extractor's fallback reads).
        // (`known`: the heading line when the caller has looked for it.)
        let heading = hints.title == nil
            ? (known ?? headingLine()) ?? (lines.first.map { $0.wordCount >= 2 && $0.wordCount < 4 } == true && firstDate(0) == nil ? 0 : nil) : nil
        for i in 0..<min(lines.count, 40) {
            let l = lines[i]
            let short = l.end - l.start < 100
            let marked = HeaderVocabulary.publicationMarks.matches(p, w, at: l.w0, limit: l.w1)
            let underHeading = heading.map { i > $0 && i - $0 <= 4 } ?? false
            guard marked || underHeading else { continue }
            let weekday = HeaderVocabulary.weekdays.matches(p, w, at: l.w0, limit: l.w1)
            var j = l.w0
            // A long line is read only for a dateline at its start.
            let end = short ? l.w1 : min(l.w1, l.w0 + 5)
            while j < end {
                guard let d = dateWords(at: j, limit: l.w1) else { j += 1; continue }
                let lead = j - l.w0 <= 4
                if !short {
                    if lead, d.iso != nil, dashAfter(d.next - 1, limit: l.w1) { return d.iso }
                } else if let iso = d.iso {
                    if VietFold.matches(p, w[j], HeaderVocabulary.ngay) { return iso }
                    if w[j].isDigits, w[j + 1].isDigits, marked || weekday || l.wordCount <= 6 || j == l.w0
                        || underHeading && bylineBefore(j, lineStart: l.start) { return iso }
                    // An English date opens the line (after a place or weekday of up to two words) or runs into a dash.
                    if !w[j].isDigits || !w[j + 1].isDigits,
                       marked || weekday || j - l.w0 <= 2 || (lead && dashAfter(d.next - 1, limit: l.w1)) { return iso }
                }
                j += 1
            }
        }
        return nil
    }
}

extension String {
    /// The string without the given characters at both ends.
    func trimmed(_ set: String) -> String {
        if let fast = asciiTrimmed(set) { return fast }
        return characterTrimmed(set)
    }

    /// `trimmed` on the bytes, for an ASCII set (without a carriage return) and ends where the bytes trimmed
    /// are characters of their own; nil where only `characterTrimmed` can tell. (Walking characters cost about
    /// two thousand instructions a call on the header's metadata values.) An ASCII byte other than `\r` is a
    /// character of its own unless a combining scalar follows it (then the first byte kept is not ASCII) or it
    /// follows a `\r` or a prepended scalar (then the last byte kept is `\r` or not ASCII).
    func asciiTrimmed(_ set: String) -> String? {
        // The set and `\n` as a bit mask of ASCII bytes.
        var low: UInt64 = 1 << 0x0A, high: UInt64 = 0
        for c in set.utf8 {
            guard c < 0x80, c != 0x0D else { return nil }
            if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c &- 64) }
        }
        let lowMask = low, highMask = high   // constants in the closure (captured variables are checked for exclusive access)
        var copy = self
        return copy.withUTF8 { b -> String? in
            @inline(__always) func trims(_ x: UInt8) -> Bool {
                x < 64 ? lowMask >> UInt64(x) & 1 != 0 : x < 128 && highMask >> UInt64(x &- 64) & 1 != 0
            }
            var a = 0, e = b.count
            while a < e, trims(b[a]) { a += 1 }
            if a > 0, a < e, b[a] >= 0x80 { return nil }
            while e > a, trims(b[e - 1]) { e -= 1 }
            if e < b.count, e > a, b[e - 1] >= 0x80 || b[e - 1] == 0x0D { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[a..<e]), as: UTF8.self)
        }
    }

    /// `trimmed` character by character.
    func characterTrimmed(_ set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) || f == "\n" { s = s.dropFirst() }
        while let l = s.last, set.contains(l) || l == "\n" { s = s.dropLast() }
        return String(s)
    }

    /// Every occurrence of `target` replaced (without Foundation).
    func replacingAll(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    /// The range of the first occurrence of `target` (without Foundation).
    func firstRange(of target: String) -> Range<Substring.Index>? {
        guard let f = target.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == f, self[i...].hasPrefix(target) {
                return i..<index(i, offsetBy: target.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
