import CLibXML2

/// A streaming pass over an XML document with libxml2's xmlTextReader: no DTD loading, no network,
/// no entity expansion beyond libxml2's own limits, nesting bounded by `maxDepth`.
enum XMLEvents {
    /// One event of the stream.
    enum Event {
        /// An element starts; `attributes` are (local name, value) pairs.
        case start(namespace: String, name: String, attributes: [(String, String)])
        /// An element ends (also sent right after `start` for an empty element).
        case end(namespace: String, name: String)
        /// Character data (text, CDATA, white space).
        case text(String)
    }

    /// Streams `bytes` through `handler`; `part` names the document in errors.
    static func parse(_ bytes: [UInt8], part: String, maxDepth: Int = 256,
                      _ handler: (Event) throws(DocumentTextError) -> Void) throws(DocumentTextError) {
        if bytes.isEmpty { throw DocumentTextError("\(part) is empty") }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOCDATA.rawValue)
        var buffer = bytes
        let count = Int32(clamping: buffer.count)
        let readerOpt = buffer.withUnsafeMutableBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { xmlReaderForMemory($0, count, nil, nil, options) }
        }
        guard let reader = readerOpt else { throw DocumentTextError("\(part) cannot be parsed") }
        defer { xmlFreeTextReader(reader) }
        // The reader keeps pointing into `buffer` while it reads.
        try withExtendedLifetime(buffer) { () throws(DocumentTextError) in
            while true {
                let r = xmlTextReaderRead(reader)
                if r == 0 { break }
                if r < 0 { throw DocumentTextError("\(part) is not well-formed XML") }
                let type = xmlTextReaderNodeType(reader)
                switch type {
                case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                    if xmlTextReaderDepth(reader) > Int32(maxDepth) { throw DocumentTextError("\(part) is nested too deeply") }
                    let ns = string(xmlTextReaderConstNamespaceUri(reader))
                    let name = string(xmlTextReaderConstLocalName(reader))
                    let empty = xmlTextReaderIsEmptyElement(reader) == 1
                    var attrs: [(String, String)] = []
                    if xmlTextReaderHasAttributes(reader) == 1 {
                        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                            attrs.append((string(xmlTextReaderConstLocalName(reader)), string(xmlTextReaderConstValue(reader))))
                        }
                        xmlTextReaderMoveToElement(reader)
                    }
                    try handler(.start(namespace: ns, name: name, attributes: attrs))
                    if empty { try handler(.end(namespace: ns, name: name)) }
                case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                    try handler(.end(namespace: string(xmlTextReaderConstNamespaceUri(reader)), name: string(xmlTextReaderConstLocalName(reader))))
                case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                     Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
                    try handler(.text(string(xmlTextReaderConstValue(reader))))
                default:
                    break
                }
            }
        }
    }

    @inline(__always)
    static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }
}
