import Testing
@testable import CitationGraph
@Test func placeholder() { #expect(Bool(true)) }
