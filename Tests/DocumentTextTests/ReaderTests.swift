import Testing
@testable import DocumentText
@Test func readsUTF8() throws { let d = try DocumentReader.read(bytes: Array("Nghị định".utf8), name: "a.txt"); #expect(d.text == "Nghị định") }
