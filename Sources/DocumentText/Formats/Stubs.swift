enum PDFReader { static func read(_ b: [UInt8], path: String?) throws(DocumentTextError) -> RawDocument { throw DocumentTextError("pdf: todo") } }
enum DOCReader { static func read(_ b: [UInt8], path: String?) throws(DocumentTextError) -> RawDocument { throw DocumentTextError("doc: todo") } }
enum RTFReader { static func read(_ b: [UInt8]) throws(DocumentTextError) -> RawDocument { throw DocumentTextError("rtf: todo") } }
