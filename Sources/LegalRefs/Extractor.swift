/// The entry point of the core: normalized text in, the document header and every reference out.
public enum Extractor {
    /// Extracts the header and the references of one document's normalized text.
    public static func extract(_ text: String, hints: DocumentHints = DocumentHints()) -> Extraction {
        // Stub: replaced by the scanner and header parser.
        Extraction(document: DocumentHeader(date: hints.date, title: hints.title), references: [], chars: text.unicodeScalars.count)
    }
}
