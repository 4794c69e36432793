import Foundation
import Testing

/// `cancu extract` in its plain forms is read without argument-parser: its output is that of the same
/// arguments read by argument-parser (a `--` before the paths sends them there), and the forms left to
/// argument-parser still fail as usage errors.
@Test func plainExtractArgumentsMatchArgumentParser() throws {
    let file = repoRoot + "/fixtures/so-gddt-son-la-2019.txt"
    let pairs: [([String], [String])] = [
        (["extract", file], ["extract", "--", file]),
        (["extract", "--format", "tsv", file, "--jobs", "1"], ["extract", "--format", "tsv", "--jobs", "1", "--", file]),
        (["extract", "--format=text", "--relations", file], ["extract", "--format", "text", "--relations", "--", file]),
        (["extract", "--jobs=2", file, "--format", "jsonl", file], ["extract", "--jobs", "2", "--format", "jsonl", "--", file, file]),
        (["extract", file, repoRoot + "/fixtures/missing.txt"], ["extract", "--", file, repoRoot + "/fixtures/missing.txt"]),
    ]
    for (plain, parsed) in pairs {
        let (s1, out1, err1) = try runProcess(cancuBinary, plain)
        let (s2, out2, err2) = try runProcess(cancuBinary, parsed)
        #expect(s1 == s2, "\(plain)")
        #expect(out1 == out2, "\(plain)")
        #expect(err1 == err2, "\(plain)")
        #expect(out1.contains("1744/QĐ-UBND"), "\(plain)")
    }
    for args in [["extract"], ["extract", "--format", "xml", file], ["extract", "--jobs", "-1", file],
                 ["extract", "--bogus", file], ["extract", "--relations=yes", file]] {
        let (status, _, err) = try runProcess(cancuBinary, args)
        #expect(status == 2, "\(args)")
        #expect(err.contains("Usage: cancu extract"), "\(args)")
    }
}
