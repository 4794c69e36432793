/// One line (paragraph) of a document on the legacy path: Unicode text, or bytes that are not UTF-8.
struct LineInput {
    /// The line as Unicode, when it is valid UTF-8 (or came from a Unicode source).
    var text: Substring?
    /// The raw bytes, when they are not valid UTF-8.
    var bytes: ArraySlice<UInt8>?

    init(unicode: Substring) { text = unicode }

    init(bytes: ArraySlice<UInt8>) {
        if let s = String(validating: bytes, as: UTF8.self) { text = Substring(s) } else { self.bytes = bytes }
    }
}

/// Chooses the decoding of every paragraph: the candidate decodings are scored by
/// `VietnameseSyllables.score`; the document-wide winner is used unless a paragraph clearly reads
/// better another way (documents that mix encodings exist).
enum ParagraphChooser {
    enum Choice: Hashable { case asis, legacy(LegacyEncoding) }

    struct Option {
        var choice: Choice
        var scalars: [UInt32]
        var score: Double
    }

    /// How much better (in syllables) a paragraph must read to leave the document-wide choice.
    static let overrideMargin = 3.0
    /// Candidate decodings of Unicode text that went through a Windows-1252 reader.
    static let unicodeCandidates: [LegacyEncoding] = [.tcvn3, .vni, .cp1258, .utf8Mojibake]
    /// Candidate decodings of bytes that are not UTF-8.
    static let byteCandidates: [LegacyEncoding] = [.tcvn3, .vni, .cp1258, .cp1252]

    /// The choices weighed for a Unicode line and for a line of bytes, in the order they are scored.
    static let unicodeChoices: [Choice] = [.asis] + unicodeCandidates.map { .legacy($0) }
    static let byteChoices: [Choice] = byteCandidates.map { .legacy($0) }

    /// Lines (by size) whose every candidate is scored to make the document-wide choice; after
    /// that, a line gets its other candidates only when the chosen reading leaves room for a better one.
    static let sampleBytes = 256 << 10

    static func run(_ lines: [LineInput], container: String) -> DecodedText {
        let c = choose(lines)
        let text = assemble(lines, c.out, c.legacy)
        return DecodedText(text: text, encoding: name(c.used, container: container))
    }

    /// The decoding chosen for every line, before the lines are joined back.
    struct Choices {
        /// The decoded scalars of each line; `nil`: the line is kept as it was (nothing to decide).
        var out: [[UInt32]?]
        /// Whether each line was read in a legacy encoding.
        var legacy: [Bool]
        /// The readings used, in order of first use (a line kept as it is counts when it has non-ASCII text).
        var used: [Choice]
    }

    /// Chooses the reading of every line (what `run` does before it assembles the text).
    static func choose(_ lines: [LineInput]) -> Choices {
        var options: [[Option]] = Array(repeating: [], count: lines.count)
        // Totals by `slot`, and whether any line added to them: Unicode lines and byte lines apart.
        var uniTotals = [Double](repeating: 0, count: allChoices.count), byteTotals = uniTotals
        var uniSeen = [Bool](repeating: false, count: allChoices.count), byteSeen = uniSeen
        // Documents repeat lines (table cells, headings, place names): each distinct line is weighed
        // once. Keyed by the bytes (String equality is canonical equivalence, not the same scalars).
        var weighedText: [LineKey: [Option]] = [:], weighedBytes: [LineKey: [Option]] = [:]
        if lines.first?.text != nil { weighedText.reserveCapacity(min(lines.count, 1 << 12)) }
        else { weighedBytes.reserveCapacity(min(lines.count, 1 << 12)) }
        var sampled = 0
        var firstUnsampled = lines.count
        for (i, line) in lines.enumerated() {
            if sampled >= sampleBytes { firstUnsampled = i; break }
            let opts: [Option]
            if let text = line.text {
                let key = LineKey(text.utf8)
                if let known = weighedText[key] { opts = known } else { opts = candidates(line, preferred: nil); weighedText[key] = opts }
                for o in opts { uniTotals[slot(o.choice)] += o.score; uniSeen[slot(o.choice)] = true }
            } else {
                let key = LineKey(line.bytes ?? [])
                if let known = weighedBytes[key] { opts = known } else { opts = candidates(line, preferred: nil); weighedBytes[key] = opts }
                for o in opts { byteTotals[slot(o.choice)] += o.score; byteSeen[slot(o.choice)] = true }
            }
            if !opts.isEmpty { sampled += line.text?.utf8.count ?? line.bytes?.count ?? 0 }
            options[i] = opts
        }
        // Unicode paragraphs stay as they are unless a legacy reading is better overall.
        var uniChoice = Choice.asis
        if let best = bestTotal(uniTotals, uniSeen, from: 1), best.value > uniTotals[0] + 1 {
            uniChoice = best.choice
        }
        var byteChoice = Choice.legacy(.cp1252)
        if let best = bestTotal(byteTotals, byteSeen, from: 0), best.value > 0 { byteChoice = best.choice }

        var used: [Choice] = []
        var out: [[UInt32]?] = []          // nil: the line is kept as it was
        var legacyLine: [Bool] = []
        out.reserveCapacity(lines.count)
        for (i, line) in lines.enumerated() {
            // A Unicode line that already holds Vietnamese letters beyond Latin-1 (`ổ`, `ư`, `đ`) is
            // real Unicode unless a legacy reading is clearly better on that line alone.
            let group = line.text == nil ? byteChoice : (hasGenuineVietnamese(line.text!) ? .asis : uniChoice)
            let opts = i < firstUnsampled ? options[i] : candidates(line, preferred: group)
            if opts.isEmpty {
                out.append(nil); legacyLine.append(false)
                if let t = line.text, t.utf8.contains(where: { $0 >= 0x80 }), !used.contains(.asis) { used.append(.asis) }
                continue
            }
            var pick = opts.first { $0.choice == group } ?? opts[0]
            if let best = opts.max(by: { $0.score < $1.score }), best.score >= pick.score + overrideMargin { pick = best }
            if !used.contains(pick.choice) { used.append(pick.choice) }
            var scalars = pick.scalars
            if pick.choice == .legacy(.tcvn3) { TCVN3Case.restoreUppercase(&scalars) }
            out.append(scalars)
            legacyLine.append(pick.choice != .asis)
        }
        return Choices(out: out, legacy: legacyLine, used: used)
    }

    /// A line's bytes as a dictionary key, hashed in one call (an array of bytes feeds the hasher byte by byte).
    struct LineKey: Hashable {
        let bytes: [UInt8]

        init<C: Collection>(_ c: C) where C.Element == UInt8 {
            bytes = c.withContiguousStorageIfAvailable { Array($0) } ?? Array(c)
        }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Every choice, in the order of `slot`.
    static let allChoices: [Choice] = [.asis] + LegacyEncoding.allCases.map { .legacy($0) }

    /// A choice's place in per-choice tables: `.asis` 0, a legacy encoding 1 + its place in `LegacyEncoding.allCases`.
    @inline(__always) static func slot(_ c: Choice) -> Int {
        switch c {
        case .asis: return 0
        case .legacy(.tcvn3): return 1
        case .legacy(.vni): return 2
        case .legacy(.cp1258): return 3
        case .legacy(.utf8Mojibake): return 4
        case .legacy(.cp1252): return 5
        }
    }

    /// The largest total by `order` among the choices from slot `from` on that some line added to.
    private static func bestTotal(_ totals: [Double], _ seen: [Bool], from: Int) -> (choice: Choice, value: Double)? {
        var best: (key: Choice, value: Double)? = nil
        for s in from..<allChoices.count where seen[s] {
            let e = (key: allChoices[s], value: totals[s])
            if best == nil || order(best!) < order(e) { best = e }
        }
        return best.map { ($0.key, $0.value) }
    }

    /// Totals compare by score; ties go to the earlier encoding in the candidate lists.
    private static func order(_ e: (key: Choice, value: Double)) -> Double {
        var rank = 0.0
        if case .legacy(let l) = e.key { rank = Double(LegacyEncoding.allCases.firstIndex(of: l) ?? 0) }
        return e.value - rank * 1e-6
    }

    /// Whether the text contains Vietnamese letters that no Windows-1252 reading of legacy bytes
    /// produces (U+0100 and up: `ă`, `đ`, `ơ`, `ư`, `ạ` … `ỹ`).
    static func hasGenuineVietnamese(_ text: Substring) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { p -> Bool in
            // Valid UTF-8: only the leads from C4 up start scalars from U+0100 up.
            var i = 0
            while i < p.count {
                if p[i] < 0xC4 { i += 1; continue }
                let (s, length) = decodeScalar(p, at: i)
                if VietnameseSyllables.isVietnameseLetter(s) { return true }
                i += length
            }
            return false
        }
        return found ?? text.unicodeScalars.contains { $0.value >= 0x100 && VietnameseSyllables.isVietnameseLetter($0.value) }
    }

    /// The scalar whose (valid UTF-8) sequence starts at `p[i]`, and the sequence's length.
    @inline(__always)
    static func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = UInt32(p[i])
        if b < 0x80 { return (b, 1) }
        if b < 0xE0 { return ((b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b < 0xF0 { return ((b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3) }
        return ((b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4)
    }

    /// The scalar values of a line (`text.unicodeScalars.map(\.value)`, without the index checks).
    static func scalarValues(_ text: Substring) -> [UInt32] {
        let decoded = text.utf8.withContiguousStorageIfAvailable { p -> [UInt32] in
            var out: [UInt32] = []
            out.reserveCapacity(p.count)
            var i = 0
            while i < p.count {
                let (s, length) = decodeScalar(p, at: i)
                out.append(s)
                i += length
            }
            return out
        }
        return decoded ?? text.unicodeScalars.map(\.value)
    }

    /// The candidate decodings of one line; empty when there is nothing to decide. With a
    /// `preferred` choice, the others are decoded only if they could still beat it by the margin:
    /// no reading scores more than the number of words that hold a byte ≥ 0x80.
    static func candidates(_ line: LineInput, preferred: Choice?) -> [Option] {
        let units: [UInt32]
        var choices: [Choice]
        var scalars: [UInt32] = []           // the line as it is (Unicode lines)
        if let text = line.text {
            if !text.utf8.contains(where: { $0 >= 0x80 }) { return [] }
            let suspicious = text.utf8.withContiguousStorageIfAvailable { ByteScan.scan($0) }?.suspicious
                ?? ByteScan.scan(Array(text.utf8)).suspicious
            scalars = scalarValues(text)
            // A clean line stops at its first letter that no Windows-1252 reading produces (`ư`, `ộ`).
            if !suspicious && scalars.contains(where: { s in
                s >= 0x100 && LegacyDecoders.cp1252Byte(s) == nil && s != 0x2212 && s != 0x2219
            }) { return [] }
            units = LegacyDecoders.units(fromScalars: scalars)
            choices = unicodeChoices
        } else if let bytes = line.bytes {
            units = bytes.map { UInt32($0) }
            choices = byteChoices
        } else {
            return []
        }
        func option(_ c: Choice) -> Option {
            let d: [UInt32]
            switch c {
            case .asis: d = scalars
            case .legacy(let e): d = LegacyDecoders.decode(units, as: e)
            }
            return Option(choice: c, scalars: d, score: VietnameseSyllables.score(d))
        }
        if let preferred, choices.contains(preferred) {
            let first = option(preferred)
            if first.score + overrideMargin > Double(wordsWithHighUnits(units)) { return [first] }
            choices.removeAll { $0 == preferred }
            return [first] + choices.map(option)
        }
        return choices.map(option)
    }

    /// Words (runs between ASCII separators) that contain a unit ≥ 0x80.
    static func wordsWithHighUnits(_ units: [UInt32]) -> Int {
        var count = 0, inWord = false, high = false
        for u in units {
            if u < 0x80 && VietnameseSyllables.isSeparator(u) {
                if inWord && high { count += 1 }
                inWord = false; high = false
            } else {
                inWord = true
                if u >= 0x80 { high = true }
            }
        }
        if inWord && high { count += 1 }
        return count
    }

    /// Joins the lines back, mending words that a fixed-width dump broke across lines in legacy
    /// paragraphs (`quy đ` / `ịnh` → `quy định`), and drops control-character debris.
    static func assemble(_ lines: [LineInput], _ out: [[UInt32]?], _ legacy: [Bool]) -> String {
        func scalars(_ i: Int) -> [UInt32] {
            if let o = out[i] { return o }
            if let t = lines[i].text { return t.unicodeScalars.map(\.value) }
            return lines[i].bytes!.map { UInt32($0) }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + ($1.text?.utf8.count ?? $1.bytes?.count ?? 0) + 1 } * 5 / 4)
        var next: [UInt32]? = nil
        for i in lines.indices {
            var joinNext = false
            var current: [UInt32]? = next
            next = nil
            if i + 1 < lines.count, legacy[i] || legacy[i + 1] {
                let a = current ?? scalars(i)
                let b = scalars(i + 1)
                joinNext = WordMend.shouldJoin(a, b)
                current = a
                next = b
            }
            if current == nil, out[i] == nil, let t = lines[i].text {
                bytes.append(contentsOf: t.utf8)            // untouched Unicode line: no per-scalar work
            } else {
                var line = current ?? scalars(i)
                if joinNext, line.last == 0x0D { line.removeLast() }
                UTF8Out.append(line, to: &bytes)
            }
            if i + 1 < lines.count && !joinNext { bytes.append(0x0A) }
        }
        let result = String(decoding: bytes, as: UTF8.self)
        let scan = result.utf8.withContiguousStorageIfAvailable { ByteScan.scan($0) } ?? ByteScan.scan(Array(result.utf8))
        return scan.controls ? LineCleanup.removeControls(in: result) : result
    }

    /// The encoding name: the container for paragraphs kept as they were, then the legacy encodings.
    static func name(_ used: [Choice], container: String) -> String {
        var parts: [String] = []
        if used.contains(.asis) { parts.append(container) }
        for e in LegacyEncoding.allCases where used.contains(.legacy(e)) { parts.append(e.rawValue) }
        return parts.isEmpty ? container : parts.joined(separator: "+")
    }
}

/// Scalars written out as UTF-8 bytes (appending to a `String` view scalar by scalar is slow).
enum UTF8Out {
    static func append<C: Collection>(_ scalars: C, to out: inout [UInt8]) where C.Element == UInt32 {
        for s in scalars {
            switch s {
            case 0..<0x80: out.append(UInt8(s))
            case 0x80..<0x800: out.append(UInt8(0xC0 | s >> 6)); out.append(UInt8(0x80 | s & 0x3F))
            case 0xD800..<0xE000: out.append(0xEF); out.append(0xBF); out.append(0xBD)
            case 0x800..<0x10000:
                out.append(UInt8(0xE0 | s >> 12)); out.append(UInt8(0x80 | (s >> 6) & 0x3F)); out.append(UInt8(0x80 | s & 0x3F))
            case 0x10000..<0x110000:
                out.append(UInt8(0xF0 | s >> 18)); out.append(UInt8(0x80 | (s >> 12) & 0x3F))
                out.append(UInt8(0x80 | (s >> 6) & 0x3F)); out.append(UInt8(0x80 | s & 0x3F))
            default: out.append(0xEF); out.append(0xBF); out.append(0xBD)
            }
        }
    }

    /// The scalars as a String.
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == UInt32 {
        var b: [UInt8] = []
        b.reserveCapacity(scalars.count * 2)
        append(scalars, to: &b)
        return String(decoding: b, as: UTF8.self)
    }
}

/// Case in TCVN3 text: upper-case letters were written with lower-case bytes in a `.VnTimeH` font,
/// so `NGHÞ §ÞNH` decodes as `NGHị ĐịNH`; a word whose ASCII letters are all upper case is upper-cased.
enum TCVN3Case {
    static func restoreUppercase(_ s: inout [UInt32]) {
        var i = 0
        while i < s.count {
            if VietnameseSyllables.isSeparator(s[i]) { i += 1; continue }
            var j = i
            var upper = 0, lower = 0, nonASCII = false
            while j < s.count && !VietnameseSyllables.isSeparator(s[j]) {
                let c = s[j]
                if c >= 0x41 && c <= 0x5A { upper += 1 } else if c >= 0x61 && c <= 0x7A { lower += 1 } else if c >= 0x80 { nonASCII = true }
                j += 1
            }
            let firstIsUpper = s[i] >= 0x41 && s[i] <= 0x5A
            if nonASCII && lower == 0 && (upper >= 2 || (upper == 1 && !firstIsUpper)) {
                for k in i..<j { s[k] = VietnameseSyllables.uppercase(s[k]) }
            }
            i = j
        }
    }
}

/// Words broken across lines by fixed-width text dumps of legacy documents.
enum WordMend {
    /// Whether the last word of `a` and the first word of `b` are halves of one syllable: neither
    /// half alone is a syllable but together they are (`đ` + `ịnh`, `tr` + `ở`).
    static func shouldJoin(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        var end = a.count
        if end > 0 && a[end - 1] == 0x0D { end -= 1 }
        var start = end
        while start > 0 && VietnameseSyllables.isVietnameseLetter(a[start - 1]) { start -= 1 }
        if start == end || end - start > 7 { return false }
        var stop = 0
        while stop < b.count && VietnameseSyllables.isVietnameseLetter(b[stop]) { stop += 1 }
        if stop == 0 || stop > 7 { return false }
        let left = a[start..<end], right = b[0..<stop]
        if VietnameseSyllables.isSyllable(left) && VietnameseSyllables.isSyllable(right) { return false }
        // At least one half must carry a Vietnamese letter outside ASCII: plain ASCII line ends are left alone.
        if !left.contains(where: { $0 >= 0x80 }) && !right.contains(where: { $0 >= 0x80 }) { return false }
        return VietnameseSyllables.isSyllable(Array(left) + Array(right))
    }
}

/// Removal of control characters left by binary-to-text conversions of old Word files.
enum LineCleanup {
    /// Drops lines made only of control characters and punctuation (field-code debris), deletes the
    /// control characters elsewhere; `\u{0B}` (a manual line break in Word) becomes a newline.
    static func removeControls(in text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var first = true
        for line in LineCleanup.lines(text) {
            let hasControl = line.utf8.contains { isDebris($0) }
            if hasControl && !hasLetterRun(line) { continue }
            if !first { out.append("\n") }
            first = false
            if !hasControl { out.append(contentsOf: line); continue }
            for u in line.unicodeScalars {
                if u.value == 0x0B { out.append("\n"); continue }
                if u.value < 0x20 && isDebris(UInt8(u.value)) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// The lines of `text`, split at every LF byte (a `\r\n` pair is one `Character`, so
    /// `split(separator: "\n")` would not split there); a line keeps its trailing `\r`.
    static func lines(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let u = text.utf8
        var start = u.startIndex
        var i = start
        while i != u.endIndex {
            if u[i] == 0x0A {
                out.append(Substring(u[start..<i]))
                start = u.index(after: i)
            }
            i = u.index(after: i)
        }
        out.append(Substring(u[start..<u.endIndex]))
        return out
    }

    @inline(__always)
    static func isDebris(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1E && b != 0x1F
    }

    /// Whether the line has two letters in a row.
    static func hasLetterRun(_ line: Substring) -> Bool {
        var run = 0
        for u in line.unicodeScalars {
            if u.properties.isAlphabetic { run += 1; if run >= 2 { return true } } else { run = 0 }
        }
        return false
    }
}
