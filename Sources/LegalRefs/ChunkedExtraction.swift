/// Extraction with bounded memory for texts of any size: the text is cut at line ends into chunks,
/// each chunk is scanned with generous context on both sides, and each reference is reported by the
/// one chunk it starts in. Texts up to `Extractor.chunkBytes` are extracted whole, exactly as
/// `Extractor.extract(bytes:hints:)` does.
extension Extractor {
    /// Texts longer than this (4 MB) are extracted chunk by chunk.
    public static let chunkBytes = 4 << 20
    /// Context scanned on each side of a chunk (64 KB, cut at line ends): far more than any context
    /// window, list or clause the extractor reads.
    public static let chunkContext = 64 << 10

    /// Extracts `bytes` with memory bounded by the chunk size rather than the text size: `document`
    /// receives the header and the text's length in Unicode scalars once, then `references` receives
    /// the references of each chunk, in text order, with offsets into the whole text.
    ///
    /// The header (and what it says about the whole document: the locality of local issuers, the
    /// preamble, the document's own number) is read once from the whole text.
    public static func extract(bytes s: UnsafeBufferPointer<UInt8>, hints: DocumentHints = DocumentHints(),
                               chunkBytes: Int = Extractor.chunkBytes, context: Int = Extractor.chunkContext,
                               document: (_ header: DocumentHeader, _ chars: Int) -> Void,
                               references: (_ refs: [Reference]) -> Void) {
        if s.count <= chunkBytes {
            let ex = extract(bytes: s, hints: hints)
            document(ex.document, ex.chars)
            references(ex.references)
            return
        }
        let parsed = HeaderParser.parse(s, hints: hints)
        let header = Extractor.documentHeader(parsed, hints: hints, firstHeading: Scan(s: s).firstHeading())
        document(header, SWAR.scalarCount(s, from: 0, to: s.count))

        func shifted(_ r: Range<Int>?, by d: Int) -> Range<Int>? { r.map { ($0.lowerBound - d)..<($0.upperBound - d) } }
        var a = 0
        var counted = 0, scalarsBefore = 0        // scalars in s[0..<counted]
        while a < s.count {
            var b = cut(s, near: a + max(chunkBytes, 1))
            if b <= a { b = a + 1; while b < s.count, s[b] & 0xC0 == 0x80 { b += 1 } }
            let wa = cut(s, near: max(0, a - context), backwards: true)
            let wb = cut(s, near: min(s.count, b + context))
            scalarsBefore += SWAR.scalarCount(s, from: counted, to: wa)
            counted = wa
            var scan = Scan(s: UnsafeBufferPointer(rebasing: s[wa..<wb]))
            scan.run()
            scan.addNamed(citingDate: header.date, citingID: header.id, citingKind: header.kind)
            var refs = scan.finish(contextLocality: parsed.contextLocality, preamble: shifted(parsed.preamble, by: wa),
                                   ownNumber: shifted(parsed.symbolRange, by: wa), documentDate: header.date)
            refs.removeAll { $0.byteStart < a - wa || $0.byteStart >= b - wa }
            for i in refs.indices {
                refs[i].byteStart += wa; refs[i].byteEnd += wa
                refs[i].start += scalarsBefore; refs[i].end += scalarsBefore
            }
            settleSelf(&refs, header: header)
            settleOwnCommittee(&refs, header: header)
            settleConsolidated(&refs, header: header, text: s, preamble: parsed.preamble, ownNumber: parsed.symbolRange)
            references(refs)
            a = b
        }
    }

    /// A cut position near `i`: the start of a line (forwards: the first at or after `i`; backwards:
    /// the last at or before it), looked for within 1 MB, else the start of the scalar at `i`.
    static func cut(_ s: UnsafeBufferPointer<UInt8>, near i: Int, backwards: Bool = false) -> Int {
        if i <= 0 { return 0 }
        if i >= s.count { return s.count }
        var j = i
        if backwards {
            while j > 0, i - j < 1 << 20 { if s[j - 1] == 0x0A { return j }; j -= 1 }
            if j == 0 { return 0 }
        } else {
            while j < s.count, j - i < 1 << 20 { if s[j - 1] == 0x0A { return j }; j += 1 }
            if j == s.count { return s.count }
        }
        var k = i
        while k > 0, s[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }
}
