#!/usr/bin/env python3
"""A straightforward Python `re` extractor, the speed baseline for `cancu extract` (see
scripts/bench_extract.sh). One compiled regex over each whole file for the main symbol shapes
(`127/2018/NĐ-CP`, `1744/QĐ-UBND`, `49-KL/TW`, `51/2017/QH14`, `83 TC/TCT`), an optional type word
and `số` before, an optional date after; one `json.dumps` per match. No resolution, no context:
it is what a quick script would do, not a competitor in accuracy.

usage: baseline_re.py [--repeat N] PATH...   (files or folders; prints jsonl to stdout unless --quiet)
"""
import json
import os
import re
import sys
import time

TYPE = r"(?:Nghị định|Nghị quyết|Quyết định|Thông tư liên tịch|Thông tư|Chỉ thị|Công văn|Kết luận|Quy định|Hướng dẫn|Luật|Pháp lệnh|Lệnh|Tờ trình|Kế hoạch|Thông báo|Văn bản hợp nhất)"
CODE = r"[A-ZĐ][A-Za-zĐđ&]*\d*"
PATTERN = re.compile(
    r"(?:(?P<type>" + TYPE + r")\s+)?(?:(?:số|Số)\s*:?\s*)?"
    r"(?P<number>\d{1,5})"
    r"(?:\s*/\s*(?P<year>(?:19|20)\d\d))?"
    r"(?P<sep>\s*[/-]\s*|\s)(?P<groups>" + CODE + r"(?:\s*[-/]\s*" + CODE + r"){0,4})"
    r"(?:,?\s*ngày\s+(?P<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)(?P<m>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)(?P<y>\d{4}))?"
)


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                for n in sorted(names):
                    if not n.startswith("."):
                        yield os.path.join(root, n)
        else:
            yield p


def extract(path, text, out):
    n = 0
    for m in PATTERN.finditer(text):
        year = m.group("year") or m.group("y")
        date = f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}" if m.group("d") else None
        out.append(json.dumps({
            "record": "reference", "source": path, "start": m.start(), "end": m.end(), "text": m.group(0),
            "id": m.group("number") + (f"/{m.group('year')}" if m.group("year") else "") + "/" + m.group("groups"),
            "kind": m.group("type"), "number": m.group("number").lstrip("0") or "0",
            "year": int(year) if year else None, "date": date, "status": "partial",
        }, ensure_ascii=False))
        n += 1
    return n


def main():
    args = sys.argv[1:]
    repeat, quiet = 1, False
    while args and args[0].startswith("--"):
        if args[0] == "--repeat":
            repeat = int(args[1]); args = args[2:]
        elif args[0] == "--quiet":
            quiet = True; args = args[1:]
        else:
            sys.exit(__doc__)
    # Read everything first: the timing below is for extraction after the files are read.
    docs = []
    for f in files(args):
        with open(f, "rb") as fh:
            docs.append((f, fh.read()))
    size = sum(len(b) for _, b in docs)
    best = None
    for _ in range(repeat):
        t = time.process_time()
        out, refs = [], 0
        for name, raw in docs:
            text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
            refs += extract(name, text, out)
            if len(out) > 4096:
                if not quiet:
                    sys.stdout.write("\n".join(out) + "\n")
                out.clear()
        if not quiet and out:
            sys.stdout.write("\n".join(out) + "\n")
        dt = time.process_time() - t
        best = dt if best is None else min(best, dt)
    print(f"python re baseline: {len(docs)} files, {size / 1048576:.1f} MB, {refs} matches, "
          f"best of {repeat}: {best:.3f} s CPU, {size / 1048576 / best:.1f} MB/s", file=sys.stderr)


if __name__ == "__main__":
    main()
