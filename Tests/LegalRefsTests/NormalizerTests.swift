import Testing
@testable import LegalRefs

@Test("normalization folds eth, dashes and spaces", arguments: [
    ("NÐ\u{2011}CP", "NĐ-CP"),
    ("QĐ\u{2013}UBND", "QĐ-UBND"),
    ("số\u{00A0}127", "số 127"),
    ("a\r\nb", "a\nb"),
    ("Nghi\u{0323} đi\u{0323}nh", "Nghị định"),
])
func normalizes(input: String, expected: String) {
    #expect(TextNormalizer.normalize(input) == expected)
}
