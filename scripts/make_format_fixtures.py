#!/usr/bin/env python3
"""Writes the same real legal text in every format and encoding cancu reads, for the
"same document, same text" tests, plus the malformed inputs of the reader tests.

Input: Tests/Data/DocumentText/same-document/qd-144-2002-btc.reference.txt, the text of
fixtures/formats/qd-144-2002-btc.doc (Quyết định 144/2002/QĐ-BTC of the Ministry of Finance, a
public legal document) as `cancu text` prints it, checked by eye against the .doc in Word.
Output: the same text as TCVN3, VNI, Windows-1258, UTF-16 and mojibake plain text, DOCX (Unicode
and .VnTime runs), RTF (TCVN3 byte escapes and \\uN escapes), HTML (with page chrome to drop) and
PDF (fpdf2 with DejaVu Sans; one symbol broken over a page break, page numbers in the footer);
and fixtures/formats/tt-117-2000-btc.pdf from the transcript of Thông tư 117/2000/TT-BTC.

  pip install fpdf2 && python3 scripts/make_format_fixtures.py
"""
import io, os, random, unicodedata, zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(ROOT, "Tests", "Data", "DocumentText")
SAME = os.path.join(DATA, "same-document")
BAD = os.path.join(DATA, "malformed")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

TCVN3 = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9, "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE,
    "ặ": 0xC6, "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB, "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF,
    "é": 0xD0, "ẹ": 0xD1, "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6, "ì": 0xD7, "ỉ": 0xD8,
    "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE, "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4, "ồ": 0xE5,
    "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9, "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4, "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8,
    "ự": 0xF9, "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}
TONES = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
CIRC_TONES = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
BREVE_TONES = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
VNI_I = {"í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò"}


def tcvn3(text):
    """TCVN3 bytes; capitals without a TCVN3 code are written lower case (a .VnTimeH habit)."""
    out = bytearray()
    for c in text:
        if ord(c) < 0x80:
            out.append(ord(c))
        elif c in TCVN3:
            out.append(TCVN3[c])
        elif c.lower() in TCVN3:
            out.append(TCVN3[c.lower()])
        else:
            out += c.encode("cp1252")
    return bytes(out)


def vni(text):
    out = []
    for c in text:
        lower = c.lower()
        up = c != lower
        if ord(c) < 0x80:
            out.append(c)
            continue
        if lower == "đ":
            out.append("Ñ" if up else "ñ")
            continue
        if lower in VNI_I:
            r = VNI_I[lower]
            out.append(r.upper() if up else r)
            continue
        d = unicodedata.normalize("NFD", lower)
        base, marks = d[0], d[1:]
        tone = "".join(m for m in marks if m in TONES)
        quality = "".join(m for m in marks if m not in TONES)
        if base == "o" and quality == "\u031b":
            seq = "ô" + (TONES[tone] if tone else "")
        elif base == "u" and quality == "\u031b":
            seq = "ö" + (TONES[tone] if tone else "")
        elif quality == "\u0302":
            seq = base + CIRC_TONES[tone]
        elif quality == "\u0306":
            seq = base + BREVE_TONES[tone]
        elif base == "y" and tone == "\u0323":
            seq = "î"
        else:
            seq = base + (TONES[tone] if tone else "")
        out.append(seq.upper() if up else seq)
    return "".join(out).encode("cp1252")


def cp1258(text):
    out = bytearray()
    for c in text:
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        tone = "".join(m for m in d if m in TONES)
        rest = unicodedata.normalize("NFC", "".join(m for m in d if m not in TONES))
        out += rest.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def mojibake(text):
    """UTF-8 read as Windows-1252 (undefined bytes as their Latin-1 characters), saved as UTF-8."""
    chars = []
    for b in text.encode("utf-8"):
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars).encode("utf-8")


def cells(line):
    """A header line of the reference (`bộ tài chính      cộng hoà …`) split into its columns."""
    parts = [p.strip() for p in line.split("   ") if p.strip()]
    return parts


def lines_and_header(text):
    lines = text.split("\n")
    header = lines[:4]          # the two-column block of the official header
    return header, lines[4:]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(text, legacy=False):
    header, body = lines_and_header(text)

    def run(s):
        if not legacy:
            return f'<w:r><w:t xml:space="preserve">{esc(s)}</w:t></w:r>'
        # .VnTime runs hold TCVN3 bytes as Windows-1252 characters, as Word stores them.
        return ('<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>'
                f'<w:t xml:space="preserve">{esc(tcvn3(s).decode("cp1252", "replace"))}</w:t></w:r>')

    rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{run(c)}</w:p></w:tc>" for c in cells(h)) + "</w:tr>" for h in header)
    paras = "".join(f"<w:p>{run(line)}</w:p>" if "\t" not in line else
                    "<w:p>" + "<w:r><w:tab/></w:r>".join(run(p) for p in line.split("\t")) + "</w:p>" for line in body)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{w}"><w:body>'
           f'<w:tbl>{rows}</w:tbl>{paras}</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


def rtf(text):
    """Odd paragraphs in .VnTime with TCVN3 byte escapes, even ones with \\uN escapes."""
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
           "{\\f1\\fswiss\\fcharset0{\\*\\panose 020b7200000000000000}.VnTime;}}"
           "{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\f0 Normal;}}{\\info{\\title QD 144}}\n"]
    for i, line in enumerate(text.split("\n")):
        if i % 2 == 0:
            body = "".join("\\'%02x" % b if b >= 0x80 else ("\\" + chr(b) if chr(b) in "\\{}" else ("\\tab " if b == 9 else chr(b)))
                           for b in tcvn3(line))
            out.append("\\pard\\plain\\f1 " + body + "\\par\n")
        else:
            body = "".join(("\\u%d?" % ord(c)) if ord(c) >= 0x80 else ("\\" + c if c in "\\{}" else ("\\tab " if c == "\t" else c)) for c in line)
            out.append("\\pard\\plain\\f0\\uc1 " + body + "\\par\n")
    out.append("}")
    return "".join(out).encode("ascii")


def html(text):
    header, body = lines_and_header(text)
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells(h)) + "</tr>\n" for h in header)
    paras = []
    for line in body:
        s = esc(line).replace("ậ", "&#7853;").replace("Đ", "&#272;")
        paras.append(f"<p>{s}</p>" if line.strip() else "<p>&nbsp;</p>")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Quyết định 144/2002/QĐ-BTC</title>
<meta property="article:published_time" content="2002-11-22T08:00:00+07:00">
<style>p {{ margin: 0 }} .x::before {{ content: "Nghị định 999/2099/NĐ-CP" }}</style>
<script>var ref = "Quyết định 888/QĐ-TTg";</script></head>
<body><nav><a href="/">Trang chủ</a> » <a href="/vb">Văn bản</a></nav>
<header>Cổng thông tin — Thư viện pháp luật</header>
<main><table>{rows}</table>
{chr(10).join(paras)}
</main><footer>Bản quyền © 2024</footer><div style="display: none">Ẩn: Thông tư 777/2099/TT-BTC</div></body></html>
""".encode("utf-8")


def pdf(text, path, break_symbol=None, header_columns=False):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("dv", size=9)
            self.cell(0, 10, str(self.page_no()), align="C")

    p = P(format="A4")
    p.add_font("dv", fname=FONT)
    p.set_font("dv", size=10)
    p.set_auto_page_break(True, margin=20)
    p.add_page()
    lines = text.split("\n")
    if header_columns:
        # The official header as two columns, the way Word lays it out.
        header, lines = lines_and_header(text)
        for h in header:
            cs = cells(h)
            y = p.get_y()
            if len(cs) == 2:
                p.set_xy(10, y); p.cell(90, 5, cs[0])
                p.set_xy(105, y); p.cell(95, 5, cs[1])
            else:
                p.set_xy(105, y); p.cell(95, 5, cs[0])
            p.set_xy(10, y + 5)
        p.ln(3)
    for line in lines:
        line = line.replace("\t", "    ")
        if break_symbol and break_symbol in line:
            # The symbol is split: its first half ends page 1, the rest starts page 2.
            a, b = line.split(break_symbol, 1)
            cut = break_symbol.index("/", break_symbol.index("/") + 1) + 1
            p.multi_cell(0, 5, a + break_symbol[:cut], new_x="LMARGIN", new_y="NEXT")
            p.add_page()
            p.multi_cell(0, 5, break_symbol[cut:] + b, new_x="LMARGIN", new_y="NEXT")
            break_symbol = None
            continue
        p.multi_cell(0, 5, line if line.strip() else " ", new_x="LMARGIN", new_y="NEXT")
    p.output(path)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def malformed(docx_bytes, pdf_bytes):
    rnd = random.Random(20240601)
    os.makedirs(BAD, exist_ok=True)
    write(os.path.join(BAD, "truncated.docx"), docx_bytes[: len(docx_bytes) // 2])
    write(os.path.join(BAD, "random-bytes.docx"), bytes(rnd.randrange(256) for _ in range(4096)))
    write(os.path.join(BAD, "not-a-docx.docx"), b"PK\x03\x04" + bytes(rnd.randrange(256) for _ in range(2000)))
    write(os.path.join(BAD, "broken.pdf"), pdf_bytes[:1200] + b"\n%%garbage\n" + bytes(rnd.randrange(256) for _ in range(800)))
    write(os.path.join(BAD, "truncated.doc"), open(os.path.join(ROOT, "fixtures", "formats", "qd-144-2002-btc.doc"), "rb").read()[:3000])
    write(os.path.join(BAD, "unclosed.html"), "<html><head><title>Thông báo</title><body><div><p>Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020<table><tr><td>Số: 12/TB-UBND<td>ngày 1/2/2024<p>Nội dung <b>chưa đóng thẻ".encode("utf-8"))
    write(os.path.join(BAD, "empty.txt"), b"")
    write(os.path.join(BAD, "binary.txt"), bytes(rnd.randrange(256) for _ in range(3000)) + b"\x00" * 400)
    write(os.path.join(BAD, "broken.rtf"), b"{\\rtf1\\ansi{\\fonttbl{\\f0 .VnTime;}}\\f0 S\\'e8 120/2000/TTLT-BTC-BCN-TCHQ ng\\'b5y 25 th\\'b8ng 12 {\\b unclosed")
    # A PDF whose only page holds a drawing and no text (what a scanner produces, minus the image).
    from fpdf import FPDF
    p = FPDF()
    p.add_page()
    p.rect(20, 20, 100, 60)
    p.output(os.path.join(BAD, "scanned.pdf"))


def main():
    ref_path = os.path.join(SAME, "qd-144-2002-btc.reference.txt")
    text = open(ref_path, encoding="utf-8").read().rstrip("\n")
    crlf = text.replace("\n", "\r\n")
    write(os.path.join(SAME, "qd-144-2002-btc.tcvn3.txt"), tcvn3(crlf))
    write(os.path.join(SAME, "qd-144-2002-btc.vni.txt"), vni(crlf))
    write(os.path.join(SAME, "qd-144-2002-btc.cp1258.txt"), cp1258(crlf))
    write(os.path.join(SAME, "qd-144-2002-btc.utf16le.txt"), b"\xff\xfe" + text.encode("utf-16-le"))
    write(os.path.join(SAME, "qd-144-2002-btc.utf16be.txt"), text.encode("utf-16-be"))
    write(os.path.join(SAME, "qd-144-2002-btc.utf8-bom.txt"), b"\xef\xbb\xbf" + crlf.encode("utf-8"))
    write(os.path.join(SAME, "qd-144-2002-btc.mojibake.txt"), mojibake(text))
    write(os.path.join(SAME, "qd-144-2002-btc.tcvn3-in-utf8.txt"), tcvn3(text).decode("cp1252", "replace").encode("utf-8"))
    d = docx(text)
    write(os.path.join(SAME, "qd-144-2002-btc.docx"), d)
    write(os.path.join(SAME, "qd-144-2002-btc.vntime.docx"), docx(text, legacy=True))
    write(os.path.join(SAME, "qd-144-2002-btc.rtf"), rtf(text))
    write(os.path.join(SAME, "qd-144-2002-btc.html"), html(text))
    pdf_path = os.path.join(SAME, "qd-144-2002-btc.pdf")
    pdf(text, pdf_path, break_symbol="1803/1998/QĐ/BTC", header_columns=True)
    malformed(d, open(pdf_path, "rb").read())
    tt = open(os.path.join(DATA, "tt-117-2000-btc.source.txt"), encoding="utf-8").read()
    pdf(tt, os.path.join(ROOT, "fixtures", "formats", "tt-117-2000-btc.pdf"))


if __name__ == "__main__":
    main()
