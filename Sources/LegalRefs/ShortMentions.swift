extension Scan {
    /// Drops the tentative shorthands (`NĐ 100`) for which the document names no full reference of that type and number.
    mutating func dropUnnamedShorthands() {
        guard found.contains(where: \.tentative) else { return }
        // A set, not an array: a long text holds thousands of references (an array made this quadratic).
        let named = Set(found.compactMap { f -> String? in
            guard f.ref.id != nil, let k = f.ref.kind, let n = f.ref.number else { return nil }
            return k + " " + n
        })
        found.removeAll { f in
            guard f.tentative, let k = f.ref.kind, let n = f.ref.number else { return false }
            return !named.contains(k + " " + n)
        }
    }

    /// A news shorthand takes the identity of the one full reference of the same type and number in the document
    /// (DOMAIN.md P19, "issuer and year from context"): `Nghị quyết 57` in a headline over `Nghị quyết số 57-NQ/TW ngày
    /// 22/12/2024 của Bộ Chính trị`, `Chỉ thị 16` after `Chỉ thị số 16/CT-TTg`. Left as it is where two documents share
    /// the type and number (`57-NQ/TW` and `57/NQ-CP`) or where its own year, date or issuer contradicts the full one.
    mutating func resolveShortMentions() {
        // Most documents hold no unresolved shorthand: one pass to find out.
        guard found.contains(where: { $0.numberOnly && $0.ref.id == nil && $0.ref.number != nil }) else { return }
        // The references with an id by type and number, in text order: a shorthand looks at its own type and number
        // only (looking at every reference made a long text's run quadratic). Of references alike in all `agrees`
        // reads, the first stands for the others (a codified text repeats the same decree hundreds of times).
        var fullByKey: [String: [Int]] = [:]
        var firstAlike: [Alike: Int] = [:]
        func signature(_ r: Reference) -> Alike {
            Alike(kind: r.kind, number: r.number, id: r.id, year: r.year, date: r.date, issuerCode: r.issuerCode, issuer: r.issuer)
        }
        for j in found.indices {
            guard found[j].ref.id != nil, let k = found[j].ref.kind, let n = found[j].ref.number else { continue }
            let sig = signature(found[j].ref)
            guard firstAlike[sig] == nil else { continue }
            firstAlike[sig] = j
            fullByKey[k + " " + n, default: []].append(j)
        }
        for idx in found.indices where found[idx].numberOnly && found[idx].ref.id == nil {
            guard let number = found[idx].ref.number, let kind = found[idx].ref.kind else { continue }
            let key = kind + " " + number
            var match: Int? = nil
            var unique = true
            for j in fullByKey[key] ?? [] {
                let candidate = found[j].ref
                guard let id = candidate.id, Scan.agrees(found[idx].ref, with: candidate) else { continue }
                if let m = match, found[m].ref.id != id { unique = false; break }
                match = match ?? j
            }
            guard unique, let m = match else { continue }
            let full = found[m].ref
            found[idx].ref.id = full.id
            found[idx].ref.year = found[idx].ref.year ?? full.year
            found[idx].ref.date = found[idx].ref.date ?? full.date
            // (Or a fuller one: `Ủy ban nhân dân tỉnh` → `Ủy ban nhân dân tỉnh Sơn La`.)
            if found[idx].ref.issuer == nil || full.issuer.map({ $0.hasPrefix(found[idx].ref.issuer! + " ") }) == true {
                found[idx].ref.issuer = full.issuer
                found[idx].ref.issuerCode = full.issuerCode
                found[idx].ref.locality = full.locality
                found[idx].needsLocality = false
            }
            // Settled with the others once the list shares are (`finish`): resolved when it has all a full one has.
            found[idx].ref.status = .partial
            found[idx].numberOnly = false
            // Resolved, it is a full reference for the shorthands after it (kept in text order; the first of those alike).
            let sig = signature(found[idx].ref)
            if let e = firstAlike[sig], e < idx { continue }
            var bucket = fullByKey[key] ?? []
            if let e = firstAlike[sig], let at = bucket.firstIndex(of: e) { bucket.remove(at: at) }
            firstAlike[sig] = idx
            bucket.insert(idx, at: bucket.firstIndex(where: { $0 > idx }) ?? bucket.count)
            fullByKey[key] = bucket
        }
    }

    /// What `resolveShortMentions` reads of a full reference: two alike in all of it answer alike.
    struct Alike: Hashable {
        let kind: String?, number: String?, id: String?, year: Int?, date: String?, issuerCode: String?, issuer: String?
    }

    /// Whether what a shorthand says of itself (year, date, issuer) agrees with a full reference.
    static func agrees(_ short: Reference, with full: Reference) -> Bool {
        if let y = short.year, y != full.year { return false }
        if let d = short.date, d != full.date { return false }
        if let c = short.issuerCode, let fc = full.issuerCode {
            return Vocabulary.foldCode(Resolver.splitDigits(c).0) == Vocabulary.foldCode(Resolver.splitDigits(fc).0)
        }
        if let i = short.issuer, let fi = full.issuer { return fi == i || fi.hasPrefix(i + " ") }
        return true
    }
}
