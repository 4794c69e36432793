extension Scan {
    /// Drops the tentative shorthands (`NĐ 100`) for which the document names no full reference of that type and number.
    mutating func dropUnnamedShorthands() {
        guard found.contains(where: \.tentative) else { return }
        let named = found.compactMap { f -> String? in
            guard f.ref.id != nil, let k = f.ref.kind, let n = f.ref.number else { return nil }
            return k + " " + n
        }
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
        for idx in found.indices where found[idx].numberOnly && found[idx].ref.id == nil {
            guard let number = found[idx].ref.number, let kind = found[idx].ref.kind else { continue }
            var match: Int? = nil
            var unique = true
            for j in found.indices where j != idx {
                let full = found[j].ref
                guard let id = full.id, full.number == number, full.kind == kind,
                      Scan.agrees(found[idx].ref, with: full) else { continue }
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
        }
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
