import Foundation
@testable import DocumentText

/// Paths of the repository's test data.
enum TestData {
    /// The repository root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path under the repository root.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A file under `Tests/Data/DocumentText`.
    static func data(_ relative: String) -> String { path("Tests/Data/DocumentText/" + relative) }

    /// The bytes of a file.
    static func bytes(_ path: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }

    /// Whether an external converter is installed (tests that need it are skipped otherwise).
    static func has(_ tool: String) -> Bool { ExternalTool(name: tool, package: tool).executable != nil }
}

/// Text comparison as in `scripts/legacy_agreement.py`: white space collapsed, dashes unified.
enum Agreement {
    static func words(_ s: String) -> [Substring] {
        var t = s.precomposedStringWithCanonicalMapping
        for d in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"] { t = t.replacingOccurrences(of: d, with: "-") }
        t = t.replacingOccurrences(of: "\u{00D0}", with: "\u{0110}")
        return t.split(whereSeparator: { $0.isWhitespace })
    }

    /// The share of the transcript's characters that `got` reproduces (word-level diff, weighted by length).
    static func ratio(_ got: String, _ want: String) -> Double {
        let g = words(got), w = words(want)
        let total = w.reduce(0) { $0 + $1.count + 1 }
        let diff = w.difference(from: g)
        var inserted = 0, removed = 0
        for change in diff {
            switch change {
            case .insert(_, let e, _): inserted += e.count + 1
            case .remove(_, let e, _): removed += e.count + 1
            }
        }
        return 1 - Double(max(inserted, removed)) / Double(max(1, total))
    }

    /// The text with every run of white space turned into one space.
    static func flat(_ s: String) -> String { words(s).joined(separator: " ") }
}
