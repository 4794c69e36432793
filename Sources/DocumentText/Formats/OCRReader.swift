import Foundation

/// Scanned PDFs (pages that are pictures, no text layer) read by OCR: poppler's `pdftoppm` renders each
/// page in grey at 300 dpi, `tesseract` reads it with its Vietnamese model. Slow (seconds a page) and
/// imperfect (`1999` read as `1990`), so it is only the fallback when `pdftotext` finds no text; the
/// reference scanner's OCR repairs (`2O18`, `l27`) apply to what it reads. Set `CANCU_OCR=off` to turn it off.
enum OCRReader {
    static let renderer = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    static let engine = ExternalTool(name: "tesseract", package: "tesseract-ocr and tesseract-ocr-vie")

    /// Whether OCR may run: not turned off with `CANCU_OCR=off` (or `0`, `no`, `false`).
    static var enabled: Bool {
        let v = ProcessInfo.processInfo.environment["CANCU_OCR"]?.lowercased() ?? ""
        return !["off", "0", "no", "false"].contains(v)
    }

    /// Why a scanned PDF cannot be read here, for its error record; nil when OCR can run.
    static var unavailable: String? {
        if !enabled { return "OCR is turned off (CANCU_OCR=off)" }
        if renderer.executable == nil { return "OCR needs pdftoppm (install the Debian package poppler-utils)" }
        if engine.executable == nil { return "OCR needs tesseract (install the Debian packages tesseract-ocr and tesseract-ocr-vie)" }
        return nil
    }

    /// The text of every page of a scanned PDF, in page order.
    static func pages(of input: InputFile) throws(DocumentTextError) -> [String] {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.path + "/cancu-ocr-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        do { try fm.createDirectory(atPath: dir, withIntermediateDirectories: false) } catch {
            throw DocumentTextError("cannot create a temporary folder for OCR in \(fm.temporaryDirectory.path)")
        }
        defer { try? fm.removeItem(atPath: dir) }
        let rendered = try renderer.run(["-r", "300", "-gray", "-png", "{}", dir + "/page"], input: input, timeout: 600)
        if rendered.timedOut { throw DocumentTextError("OCR: rendering the pages timed out") }
        guard rendered.status == 0 else {
            throw DocumentTextError("OCR: pdftoppm could not render the pages: \(ExternalTool.firstLine(rendered.stderr))")
        }
        // `page-01.png`, `page-02.png`, …: zero-padded to the same width, so name order is page order.
        let images = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".png") }.sorted()
        guard !images.isEmpty else { throw DocumentTextError("OCR: pdftoppm rendered no page") }
        var pages: [String] = []
        pages.reserveCapacity(images.count)
        for image in images {
            // One thread per page: files are already read in parallel (`--jobs`).
            let out = try engine.run(["{}", "stdout", "-l", "vie", "--psm", "3"],
                                     input: InputFile(path: dir + "/" + image, bytes: [], suffix: "png"),
                                     environment: ["OMP_THREAD_LIMIT": "1"], timeout: 300)
            if out.timedOut { throw DocumentTextError("OCR timed out on page \(pages.count + 1)") }
            guard out.status == 0 else {
                let msg = ExternalTool.firstLine(out.stderr)
                if msg.contains("vie") { throw DocumentTextError("OCR needs the Vietnamese model (install the Debian package tesseract-ocr-vie)") }
                throw DocumentTextError("OCR failed on page \(pages.count + 1): \(msg.isEmpty ? "tesseract exit status \(out.status)" : msg)")
            }
            pages.append(String(decoding: out.stdout, as: UTF8.self))
        }
        return pages
    }
}
