// The header of an English translation of a Vietnamese legal document, as official and commercial sites
// publish it (`THE GOVERNMENT` / `SOCIALIST REPUBLIC OF VIETNAM` / `No. 13/2023/ND-CP` / `Hanoi, April 17,
// 2023` / `DECREE` / `ON PERSONAL DATA PROTECTION`). The reader takes these words only once the English
// motto has been seen, so Vietnamese headers never meet them. Issuing bodies are the English rows (flag E)
// of the issuer table in IssuerPhrase.swift.

/// The English motto lines: the State's name (payload 1 when it stands alone in capitals) and its motto.
/// No row opens with `THE`: its fold is that of `thể`, `thế`, common words every Vietnamese header would
/// then have to match against this table (a `THE` before the name is left out of the motto's range).
let englishMottoTableText = """
SOCIALIST REPUBLIC OF VIETNAM | 1
SOCIALIST REPUBLIC OF VIET NAM | 1
Independence - Freedom - Happiness | 0
"""

/// English type lines and the kind they give. `CODE` is no row: the name stands before it (`CIVIL CODE`).
let englishTypeLineTableText = """
DECREE | Nghị định
CIRCULAR | Thông tư
JOINT CIRCULAR | Thông tư liên tịch
INTER-MINISTERIAL CIRCULAR | Thông tư liên tịch
INTERMINISTERIAL CIRCULAR | Thông tư liên tịch
DECISION | Quyết định
JOINT DECISION | Quyết định liên tịch
RESOLUTION | Nghị quyết
JOINT RESOLUTION | Nghị quyết liên tịch
DIRECTIVE | Chỉ thị
LAW | Luật
ORDINANCE | Pháp lệnh
CONSTITUTION | Hiến pháp
ORDER | Lệnh
OFFICIAL LETTER | Công văn
OFFICIAL DISPATCH | Công văn
DISPATCH | Công văn
OFFICIAL TELEGRAM | Công điện
PLAN | Kế hoạch
NOTICE | Thông báo
NOTIFICATION | Thông báo
REPORT | Báo cáo
GUIDANCE | Hướng dẫn
CONCLUSION | Kết luận
CONSOLIDATED DOCUMENT | Văn bản hợp nhất
CONSOLIDATED TEXT | Văn bản hợp nhất
"""

/// Codes of law: the name stands before the kind word, and the whole line is the title.
let englishCodeLineTableText = """
CIVIL CODE | Bộ luật
CRIMINAL CODE | Bộ luật
PENAL CODE | Bộ luật
LABOR CODE | Bộ luật
LABOUR CODE | Bộ luật
CIVIL PROCEDURE CODE | Bộ luật
CRIMINAL PROCEDURE CODE | Bộ luật
MARITIME CODE | Bộ luật
"""

/// Labels before the number (`No. 13/2023/ND-CP`, `No.: 45/2019/TT-BTC`, `Law No. 59/2020/QH14`) and the
/// kind a label names (`-` for none).
let englishNumberLabelTableText = """
No | -
Number | -
Law No | Luật
Code No | Bộ luật
Resolution No | Nghị quyết
Ordinance No | Pháp lệnh
Order No | Lệnh
Decree No | Nghị định
Decision No | Quyết định
Circular No | Thông tư
Consolidated Document No | Văn bản hợp nhất
"""

/// Lines that end the title: the preamble (its opening words, below), the body, an addressee.
let englishBodyStartTableText = englishPreambleStartTableText + "\n" + """
To
Dear
Article 1
Chapter I
Chapter 1
Part I
Part 1
Recipients
"""

/// The preamble's opening words, and the operative markers that end it (payload: a structural heading,
/// valid in any case).
let englishPreambleStartTableText = """
Pursuant to
Based on
In pursuance of
In accordance with
At the request of
At the proposal of
At the suggestion of
On the basis of
Considering
"""

let englishOperativeTableText = """
DECREES | 0
HEREBY DECREES | 0
DECIDES | 0
HEREBY DECIDES | 0
RESOLVES | 0
HEREBY RESOLVES | 0
PROMULGATES | 0
HEREBY PROMULGATES | 0
DIRECTS | 0
Article 1 | 1
Chapter I | 1
Chapter 1 | 1
Part I | 1
"""

/// Authority lines between the title and the preamble (`THE MINISTER OF FINANCE`, `THE PRIME MINISTER`).
let englishAuthorityTableText = """
The
Minister
Prime Minister
Chairman
Chairwoman
Chairperson
Governor
President
Director
General Director
Director General
Chief Justice
Procurator General
State Auditor General
Inspector General
"""

/// Signature marks (`ON BEHALF OF THE GOVERNMENT`, `FOR THE MINISTER`, `PP. MINISTER`) and the titles under
/// them (`PRIME MINISTER`, `DEPUTY MINISTER`); a title may go on with its body (`MINISTER OF FINANCE`).
let englishSignatureTableText = """
ON BEHALF OF
FOR THE
FOR
PP
P.P
ACTING
PRIME MINISTER
DEPUTY PRIME MINISTER
MINISTER
DEPUTY MINISTER
VICE MINISTER
CHAIRMAN
CHAIRWOMAN
CHAIRPERSON
VICE CHAIRMAN
VICE CHAIRWOMAN
VICE CHAIRPERSON
DEPUTY CHAIRMAN
DEPUTY CHAIRWOMAN
PRESIDENT
VICE PRESIDENT
GOVERNOR
DEPUTY GOVERNOR
DIRECTOR
DEPUTY DIRECTOR
GENERAL DIRECTOR
DEPUTY GENERAL DIRECTOR
DIRECTOR GENERAL
CHIEF JUSTICE
PROCURATOR GENERAL
STATE AUDITOR GENERAL
INSPECTOR GENERAL
GENERAL SECRETARY
SECRETARY
"""

/// Lines under a signature title that are no signer's name.
let englishNotNameTableText = """
Recipients
Signed
Sealed
Minister
Prime Minister
Chairman
Deputy
Vice
The
Ministry
Office
Article
Chapter
Hanoi
Ha Noi
"""

/// Labels of a letter's subject line (`Re: tax policy`), as `V/v` in Vietnamese; a colon follows.
let englishSubjectLabelTableText = """
Re
Ref
Regarding
Subject
"""
