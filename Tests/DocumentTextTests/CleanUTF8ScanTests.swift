import Testing
import LegalRefs
@testable import DocumentText
import CUTF8Scan

/// The clean-UTF-8 scan as first written (one byte class switch per character): the reference the
/// table-driven scan must agree with on every input.
private enum ReferenceScan {
    /// What the scan reported before it listed every rewrite.
    struct Result: Equatable {
        var firstRewrite: Int?
        var combining = false
        var suspicious = false
        var legacyCandidates: [Range<Int>] = []
    }

    /// Byte classes for the scan.
    enum Class {
        static let plain: UInt8 = 0        // printable ASCII, tab, form feed
        static let newline: UInt8 = 1      // LF: ends a line
        static let rewrite: UInt8 = 2      // CR and Word's hyphens: kept for the normalizer
        static let bail: UInt8 = 3         // other control characters, invalid lead bytes
        static let two: UInt8 = 4          // lead of a 2-byte sequence beyond Windows-1252 (C4, C7–CA, CE–DF)
        static let twoCheck: UInt8 = 5     // C2 C3 C5 C6 CB CC CD: debris, Ð ð, NBSP, combining marks
        static let three: UInt8 = 6        // lead of a 3-byte sequence (E1, E3–EC, EE)
        static let threeCheck: UInt8 = 7   // E0 ED (range limits), E2 EF (punctuation to rewrite)
        static let four: UInt8 = 8         // F0–F4
    }

    static let classes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        switch b {
        case 0x0A: return Class.newline
        case 0x09, 0x0C, 0x20...0x7F: return Class.plain
        case 0x0D, 0x1E, 0x1F: return Class.rewrite
        case 0x00...0x1F, 0x80...0xC1, 0xF5...0xFF: return Class.bail
        case 0xC2, 0xC3, 0xC5, 0xC6, 0xCB, 0xCC, 0xCD: return Class.twoCheck
        case 0xC4...0xDF: return Class.two
        case 0xE0, 0xE2, 0xED, 0xEF: return Class.threeCheck
        case 0xE1...0xEF: return Class.three
        default: return Class.four
        }
    }

    /// Second bytes of `C3 xx` that `ByteScan` counts as legacy debris.
    static let suspiciousC3: [Bool] = ByteScan.suspiciousC3

    /// Validates and classifies in one pass; `nil` when the text needs the full decoder (invalid
    /// UTF-8, control characters). Debris is judged as `ByteScan` judges it.
    static func scan(_ buf: UnsafeBufferPointer<UInt8>) -> Result? {
        guard let p = buf.baseAddress else { return nil }
        let n = buf.count
        var out = Result()
        var firstRewrite = Int.max
        // The full decoder drops a leading BOM before it looks at lines; the normalizer drops it too.
        var i = 0
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3; firstRewrite = 0 }
        // The current line: start, and whether it has non-ASCII text, debris, characters beyond Windows-1252.
        var lineStart = i
        var nonASCII = false, debris = false, beyond1252 = false
        let classes = self.classes, susC3 = self.suspiciousC3
        let ok: Bool = classes.withUnsafeBufferPointer { cls -> Bool in
            func endLine(_ end: Int) {
                if debris || (nonASCII && !beyond1252) { out.legacyCandidates.append(lineStart..<end) }
                if debris { out.suspicious = true }
                lineStart = end + 1
                nonASCII = false; debris = false; beyond1252 = false
            }
            while i < n {
                // Eight bytes at a time: skip printable ASCII up to the first byte that is not.
                if i + 8 <= n {
                    let m = notPrintableASCII(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                    if m == 0 { i += 8; continue }
                    i += m.trailingZeroBitCount >> 3
                }
                let b = p[i]
                // The commonest Vietnamese letters first: E1 xx xx (ạ … ỹ), then C4 and C6 (đ ă ơ ư):
                // valid and beyond Windows-1252, nothing else to note.
                if b == 0xE1, i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
                    nonASCII = true; beyond1252 = true
                    i += 3
                    continue
                }
                if b == 0xC4 || b == 0xC6, i + 1 < n, p[i + 1] & 0xC0 == 0x80, b == 0xC4 || p[i + 1] != 0x92 {
                    nonASCII = true; beyond1252 = true
                    i += 2
                    continue
                }
                let k = cls[Int(b)]
                switch k {
                case Class.plain:
                    i += 1
                case Class.newline:
                    endLine(i)
                    i += 1
                case Class.rewrite:
                    if i < firstRewrite { firstRewrite = i }
                    i += 1
                case Class.two, Class.twoCheck:
                    guard i + 1 < n else { return false }
                    let c = p[i + 1]
                    guard c & 0xC0 == 0x80 else { return false }
                    nonASCII = true
                    if k == Class.two {
                        beyond1252 = true
                    } else {
                        switch b {
                        case 0xC2:
                            if c != 0xA0 { debris = true }                            // only NBSP is not debris
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, 0, available: n - i) > 0 { firstRewrite = i }   // NBSP, soft hyphen
                        case 0xC3:
                            if susC3[Int(c - 0x80)] { debris = true }
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, 0, available: n - i) > 0 { firstRewrite = i }   // Ð ð
                        case 0xC5:
                            // Œ œ Š š Ÿ Ž ž (Windows-1252 debris); ũ Ũ are Vietnamese.
                            if c == 0x92 || c == 0x93 || c == 0xA0 || c == 0xA1 || c == 0xB8 || c == 0xBD || c == 0xBE { debris = true }
                            else { beyond1252 = true }
                        case 0xC6:
                            if c == 0x92 { debris = true } else { beyond1252 = true }   // ƒ
                        case 0xCB:
                            if c == 0x86 || c == 0x9C { debris = true } else { beyond1252 = true }   // ˆ ˜
                        default:                                                      // CC CD: combining marks
                            beyond1252 = true
                            if TextNormalizer.isCombining(b, c) { out.combining = true }
                        }
                    }
                    i += 2
                case Class.three, Class.threeCheck:
                    guard i + 2 < n else { return false }
                    let c = p[i + 1], d = p[i + 2]
                    guard c & 0xC0 == 0x80, d & 0xC0 == 0x80 else { return false }
                    nonASCII = true
                    if k == Class.three {
                        beyond1252 = true
                    } else {
                        switch b {
                        case 0xE0: if c < 0xA0 { return false }; beyond1252 = true     // overlong
                        case 0xED: if c > 0x9F { return false }; beyond1252 = true     // surrogates
                        case 0xE2:
                            // Punctuation that Windows-1252 has (‘ ’ “ ” – — …) does not count as beyond it.
                            if c == 0x80 && (d == 0xA0 || d == 0xA1 || d == 0xB0 || d == 0xB9 || d == 0xBA) { debris = true }   // † ‡ ‰ ‹ ›
                            if c == 0x84 && d == 0xA2 { debris = true }               // ™
                            if c == 0x88 && (d == 0x92 || d == 0x99) { debris = true } // − ∙ in TCVN3 PDF text
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, d, available: n - i) > 0 { firstRewrite = i }
                        default:                                                      // EF
                            beyond1252 = true
                            if i < firstRewrite, TextNormalizer.rewriteLength(b, c, d, available: n - i) > 0 { firstRewrite = i }
                        }
                    }
                    i += 3
                case Class.four:
                    guard i + 3 < n else { return false }
                    let c = p[i + 1]
                    guard c & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return false }
                    if (b == 0xF0 && c < 0x90) || (b == 0xF4 && c > 0x8F) { return false }   // overlong, beyond U+10FFFF
                    nonASCII = true; beyond1252 = true
                    i += 4
                default:
                    return false
                }
            }
            endLine(n)
            return true
        }
        guard ok else { return nil }
        out.firstRewrite = firstRewrite == Int.max ? nil : firstRewrite
        return out
    }

    /// The high bit of each byte of `w` (little-endian) that is a control character or not ASCII.
    /// The lowest flag is exact (borrows only move upwards), which is all the scan uses.
    @inline(__always) static func notPrintableASCII(_ w: UInt64) -> UInt64 {
        let w = UInt64(littleEndian: w)
        return (w | ((w &- 0x2020_2020_2020_2020) & ~w)) & 0x8080_8080_8080_8080
    }
}

/// Pieces that exercise every class of the scan: ASCII runs of all lengths, Vietnamese letters of
/// two and three bytes, Windows-1252 debris, rewrites, combining marks, controls, four-byte characters.
private let scanPieces: [[UInt8]] = [
    "a", "ab", "abc ", "Nghị định số ", "127/2018/NĐ-CP", "cũng", "ũ", "Ũ", "Cà Mau ", "°C", "m²", "±", "»", "\u{AD}", "\u{A0}",
    "\r\n", "\n", "\r", "–", "—", "‘x’", "“y”", "…", "\u{FEFF}", "Ð", "ð", "e\u{301}", "\u{36F}", "\u{370}", "™", "€", "†", "‡",
    "‰", "‹", "›", "\u{2212}", "\u{2219}", "\u{2215}", "\u{2060}", "\u{2028}", "\u{200B}", "Š", "š", "Œ", "Ÿ", "Ž", "ƒ", "ˆ", "˜",
    "ˇ", "Ä", "ß", "ÿ", "×", "NghÞ ®Þnh sè ", "Quyeát ñònh soá ", "Quyáº¿t Ä‘á»‹nh ", "\u{1E}", "\u{1F}", "\t", "\u{0C}", "\u{0B}",
    "\u{7}", "\u{7F}", "ơ ư đ ă ", "ổ", "Ồ", "🙂", "\u{10FFFF}", "\u{FFFD}", "／", "－", "\u{E000}", "\u{D7FF}", "\u{800}", "ক",
    "0123456789abcdef", "Điều 5. Quyết định này có hiệu lực", "ĩ",
].map { Array($0.utf8) }

/// Every character start the normalizer rewrites, walking valid UTF-8 character by character.
private func rewriteOffsets(_ b: [UInt8]) -> [Int] {
    var out: [Int] = []
    var i = 0
    while i < b.count {
        let c: UInt8 = i + 1 < b.count ? b[i + 1] : 0, d: UInt8 = i + 2 < b.count ? b[i + 2] : 0
        if TextNormalizer.rewriteLength(b[i], c, d, available: b.count - i) > 0 { out.append(i) }
        i += b[i] < 0xC0 ? 1 : b[i] < 0xE0 ? 2 : b[i] < 0xF0 ? 3 : 4
    }
    return out
}

/// The block scanners to pin to the reference: none (the Swift scan alone), SSE2 and AVX2 (each as
/// far as this CPU has it; the C code clamps the level).
private let scanLevels: [Int32] = [0, 1, 2]

/// Compares the scan, with every block scanner, to the reference on `bytes` and on the truncations
/// of its last `cuts` bytes.
private func expectSameScan(_ bytes: [UInt8], cuts: Int = 0) {
    for cut in 0...min(cuts, bytes.count) {
        let b = Array(bytes.dropLast(cut))
        let want = b.withUnsafeBufferPointer { ReferenceScan.scan($0) }
        let plain = b.withUnsafeBufferPointer { CleanUTF8.scan($0, level: 0) }
        for level in scanLevels {
            let scan = level == 0 ? plain : b.withUnsafeBufferPointer { CleanUTF8.scan($0, level: level) }
            let got = scan.map { ReferenceScan.Result(firstRewrite: $0.firstRewrite, combining: $0.combining, suspicious: $0.suspicious,
                                                      legacyCandidates: $0.legacyCandidates) }
            #expect(got == want, "level \(level): \(b)")
            #expect(scan == plain, "level \(level): \(b)")
            if got != want || scan != plain { return }
            if let scan { #expect(scan.rewrites == rewriteOffsets(b), "\(b)") }
        }
    }
}

@Test func cleanUTF8ScanMatchesReferenceOnGeneratedText() {
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    for round in 0..<4000 {
        var bytes: [UInt8] = []
        if round % 9 == 0 { bytes += [0xEF, 0xBB, 0xBF] }
        for _ in 0..<(1 + next(40)) { bytes += scanPieces[next(scanPieces.count)] }
        // Mutations: a random byte anywhere (invalid sequences, stray continuation bytes, overlongs).
        if round % 3 == 0, !bytes.isEmpty {
            for _ in 0..<(1 + next(3)) { bytes[next(bytes.count)] = UInt8(next(256)) }
        }
        if round % 5 == 0 { bytes.insert([0xC0, 0xC1, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0x80, 0xBF][next(9)], at: next(bytes.count + 1)) }
        expectSameScan(bytes, cuts: 20)
    }
}

@Test func cleanUTF8ScanMatchesReferenceOnEveryShortSequence() {
    // Every lead byte with chosen continuations, alone and inside ASCII of every alignment.
    let seconds: [UInt8] = [0x00, 0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0]
    for b in 0...255 {
        for c in seconds {
            for d in [0x80, 0xBF, 0x41] as [UInt8] {
                let seq: [UInt8] = [UInt8(b), c, d, 0x80]
                for pad in 0..<9 {
                    expectSameScan(Array(repeating: 0x61, count: pad) + seq + Array(repeating: 0x62, count: 20))
                }
                // At the very end of the text, whole and cut short.
                expectSameScan(Array(repeating: 0x61, count: 5) + seq, cuts: 3)
                expectSameScan(Array(repeating: 0x61, count: 17) + seq, cuts: 3)
            }
        }
    }
}

@Test func cleanUTF8ScanMatchesReferenceOnTwoByteTable() {
    // Every two-byte sequence C0–DF 80–BF and every E2 xx yy, at a line end and inside a line.
    for b in 0xC0...0xDF {
        for c in 0x80...0xBF {
            expectSameScan(Array("ab".utf8) + [UInt8(b), UInt8(c)] + Array(" cd\nNghị\n".utf8))
        }
    }
    for c in 0x80...0xBF {
        for d in 0x80...0xBF {
            expectSameScan(Array("x".utf8) + [0xE2, UInt8(c), UInt8(d)] + Array("\n°\n".utf8))
        }
    }
}

@Test func cleanUTF8ScanMatchesReferenceOnRepositoryTexts() throws {
    let files = FileWalker.expand([TestData.path("fixtures"), TestData.path("Tests/Data")]).compactMap { entry -> String? in
        if case .file(let f) = entry { return f } else { return nil }
    }
    #expect(files.count > 10)
    var state: UInt64 = 11
    for f in files {
        let bytes = try TestData.bytes(f)
        expectSameScan(bytes, cuts: 4)
        // The same text with a few bytes changed: invalid sequences and controls at random places.
        var mutated = bytes
        for _ in 0..<3 where !mutated.isEmpty {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            mutated[Int((state >> 33) % UInt64(mutated.count))] = UInt8(truncatingIfNeeded: state >> 20)
        }
        expectSameScan(mutated)
    }
}

@Test func cleanUTF8ScanMatchesReferenceAroundSixteenByteBlocks() {
    // Vietnamese text (ASCII, 2-byte and E1 xx xx letters) that the SSE2 block scanner passes, with
    // one adversarial sequence at every offset: controls, CR/LF, a BOM, lone continuation bytes,
    // truncated and overlong sequences, 4-byte scalars, rewritten and combining characters, debris.
    let base = Array("Điều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký, ơ ư đ ă ĩ ũ à á ả ã ạ Toà án nhân dân.".utf8)
    let odd: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x09], [0x00], [0x7F], [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xC2],
                          [0xC2, 0xA0], [0xC2, 0xAD], [0xC3, 0x90], [0xC3, 0x9E], [0xC6, 0x92], [0xCC, 0x81], [0xE1], [0xE1, 0xBA],
                          [0xE1, 0x41, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80, 0x99], [0xEF, 0xBB, 0xBF],
                          [0xF0, 0x9F, 0x99, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xC5, 0xA9], [0xC4, 0x91, 0x80]]
    for piece in odd {
        for at in 0...40 {
            var bytes = base + base
            bytes.insert(contentsOf: piece, at: at)
            expectSameScan(bytes)
            expectSameScan(Array(bytes.dropFirst(at % 16)), cuts: 20)
        }
        expectSameScan([0xEF, 0xBB, 0xBF] + base + piece + base)
    }
    // Clean text of every length (the last short block is left to the scalar code).
    for n in 0...96 { expectSameScan(Array((base + base).prefix(n))) }
}

@Test func cleanUTF8ScanLevelsAreAvailable() {
    // The default scan uses the best block scanner; on x86-64 that is at least SSE2.
    #if arch(x86_64)
    #expect(cancu_utf8_best_level() >= 1)
    #endif
    #expect(CleanUTF8.lanes.count == 16)
}

@Test func cleanUTF8ScanMatchesReferenceAroundThirtyTwoByteBlocks() {
    // Long Vietnamese lines that the AVX2 scanner passes 32 bytes at a time, with one adversarial
    // sequence at every offset of two blocks, and the text shifted so that 2- and 3-byte letters
    // straddle every block edge. Lines end in LF inside blocks: lines with letters beyond
    // Windows-1252 (ended by the scanner), lines whose letters Windows-1252 has throughout (left to
    // the caller), ASCII lines and empty ones.
    let base = Array(("Điều 5. Quyết định này có hiệu lực thi hành kể từ ngày ký; ơ ư đ ă ĩ ũ Ũ ụ ạ. " +
                      "Toà án nhân dân tối cao\nà é ô ù Ô ÷ ×\n\nplain ascii line\nCăn cứ Luật Tổ chức Chính phủ\n").utf8)
    let odd: [[UInt8]] = [[0x0A], [0x0A, 0x0A], [0x0D, 0x0A], [0x0D], [0x09], [0x0C], [0x1E], [0x1F], [0x00], [0x7F], [0x80],
                          [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xC2], [0xC2, 0xA0], [0xC2, 0xAD], [0xC2, 0xB0], [0xC3, 0x90],
                          [0xC3, 0xB0], [0xC3, 0x9E], [0xC3, 0x84], [0xC3], [0xC4], [0xC4, 0x41], [0xC5, 0xA9], [0xC5, 0x92],
                          [0xC6, 0x92], [0xC6, 0xB0, 0x80], [0xCB, 0x86], [0xCC, 0x81], [0xCD, 0xAF], [0xCD, 0xB0], [0xCE, 0xA9],
                          [0xD0, 0x96], [0xDF, 0xBF], [0xE1], [0xE1, 0xBA], [0xE1, 0x41, 0x80], [0xE1, 0xBA, 0xC3],
                          [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0xA6],
                          [0xE2, 0x80, 0xA0], [0xEF, 0xBB, 0xBF], [0xF0, 0x9F, 0x99, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xF5],
                          [0xFF]]
    for piece in odd {
        for at in stride(from: 0, through: 70, by: 1) {
            var bytes = base + base
            bytes.insert(contentsOf: piece, at: at)
            expectSameScan(bytes)
            expectSameScan(Array(bytes.dropFirst(at % 32)), cuts: 3)
        }
    }
    for n in 0...200 { expectSameScan(Array((base + base).prefix(n))) }
}

@Test func cleanUTF8ScanMatchesReferenceOnEveryTwoByteLetterInBlocks() {
    // Every 2-byte sequence inside long lines (where the block scanners classify it), at even and odd
    // offsets and at the block edges, on a line that already has letters beyond Windows-1252 and on
    // one that has not.
    let beyond = Array("Quyết định số 15 ngày ký ơ ư đ ".utf8)
    let within = Array("Toà án à é ô ù ÷ abcdefghijklmnopqrstu".utf8)
    for b in 0xC0...0xDF {
        for c in 0x80...0xBF {
            let pair: [UInt8] = [UInt8(b), UInt8(c)]
            for line in [beyond, within] {
                for at in [0, 1, 30, 31, 32, 33] {
                    var bytes = line + line + line
                    bytes.insert(contentsOf: pair, at: at)
                    expectSameScan(bytes + Array("\nxyz\n".utf8) + line)
                }
            }
        }
    }
}

@Test func cleanUTF8ScanMatchesReferenceOnRandomVietnameseLines() {
    // Random text from Vietnamese letters (every C3 C4 C5 C6 letter and E1 xx xx ones), ASCII, LF and,
    // now and then, rarer characters; long runs reach the 32-byte blocks.
    var state: UInt64 = 23
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    var letters: [[UInt8]] = []
    for b in [0xC3, 0xC4, 0xC5, 0xC6] as [UInt8] { for c in 0x80...0xBF { letters.append([b, UInt8(c)]) } }
    for c in [0xBA, 0xBB] as [UInt8] { for d in 0x80...0xBF { letters.append([0xE1, c, UInt8(d)]) } }
    let ascii = Array("abcdefghijklmnopqrstuvwxyz ABCDEF 0123456789 ,./-()".utf8)
    let rare: [[UInt8]] = [[0x0D], [0x09], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0xA6], [0xC2, 0xA0], [0xCC, 0x81], [0x80], [0xE1, 0xBA],
                           [0xF0, 0x9F, 0x99, 0x82], [0xCE, 0xB1], [0xEF, 0xBB, 0xBF]]
    let common: [[UInt8]] = [[0xC3, 0xA0], [0xC3, 0xA1], [0xC3, 0xB4], [0xC3, 0xAA], [0xC4, 0x91], [0xC6, 0xB0], [0xC6, 0xA1]]
    for round in 0..<3000 {
        var bytes: [UInt8] = []
        let length = 20 + next(300)
        // Some texts use only letters that Windows-1252 has (C3 and ASCII): their lines are legacy candidates.
        let within = round % 4 == 0
        while bytes.count < length {
            switch next(40) {
            case 0: bytes.append(0x0A)
            case 1 where round % 3 == 0: bytes += rare[next(rare.count)]
            case 2...9:
                let l = letters[next(letters.count)]
                if !within || l[0] == 0xC3 { bytes += l }
            case 10...19: bytes += within ? [0xC3, 0xA0] : common[next(common.count)]
            default: bytes.append(ascii[next(ascii.count)])
            }
        }
        expectSameScan(bytes, cuts: round % 10 == 0 ? 3 : 0)
    }
}

@Test func cleanUTF8ScanMatchesReferenceOnDebrisBeforeLineEndsInBlocks() {
    // Debris (seen by the Swift scan) early in a long line whose letters are beyond Windows-1252,
    // then one or more LFs in a later 32-byte block: the line must still be noted as a candidate.
    let line = Array("Quyết định số 15 ngày ký ơ ư đ Toà án nhân dân tối cao Việt Nam".utf8)
    for debris in [[0xC2, 0xB0], [0xC3, 0x9E], [0xE2, 0x80, 0xA0]] as [[UInt8]] {
        for at in [0, 1, 3, 6] {
            for gap in [0, 31, 32, 33] {
                var bytes = line
                bytes.insert(contentsOf: debris, at: at)
                bytes += Array(line.prefix(gap)) + [0x0A] + line + [0x0A] + Array(line.prefix(gap % 7)) + [0x0A] + line
                expectSameScan(bytes)
                expectSameScan(Array(bytes.dropFirst(1)))
            }
        }
    }
}
