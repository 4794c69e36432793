#!/usr/bin/env python3
"""Character agreement between `cancu text` and human transcripts.

Usage:
  scripts/legacy_agreement.py [--tool PATH] [--show N] [SUITE_DIR]

SUITE_DIR holds docs/ (the raw files) and truth/ (UTF-8 transcripts with the same names);
default ../shared/eval/suites/legacy-dev. For each document the tool's text and the transcript are
NFC-normalized, dash variants become `-` and `Ð` becomes `Đ` (as the project's TextNormalizer
does on purpose), and every run of white space becomes one space; agreement is
1 - edit_distance / len(transcript), at character level. The overall figure pools all documents.
Uses rapidfuzz when installed (fast), else a difflib-based edit count (slower, same idea).
"""
import argparse, difflib, os, re, subprocess, sys, unicodedata


DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
DASHES.update({0xD0: "\u0110", 0xF0: "\u0111", 0xA0: " "})


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(DASHES)
    return re.sub(r"\s+", " ", s).strip()


def edit_distance(a, b):
    try:
        from rapidfuzz.distance import Levenshtein
        return Levenshtein.distance(a, b)
    except ImportError:
        pass
    # Align words with difflib, then count character edits inside each differing block.
    wa, wb = a.split(" "), b.split(" ")
    total = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        x, y = " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
        sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
        same = sum(bl.size for bl in sm.get_matching_blocks())
        total += max(len(x), len(y)) - same
    return total


def word_diffs(a, b, limit):
    wa, wb = a.split(" "), b.split(" ")
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if tag != "equal":
            out.append(f"    {tag}: {' '.join(wa[i1:i2])[:120]!r} -> {' '.join(wb[j1:j2])[:120]!r}")
        if len(out) >= limit:
            break
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("suite", nargs="?", default=os.path.join(here, "..", "..", "shared", "eval", "suites", "legacy-dev"))
    ap.add_argument("--tool", default=os.path.join(here, "..", ".build", "release", "cancu"))
    ap.add_argument("--show", type=int, default=0, help="print up to N word differences per document")
    ap.add_argument("--min", type=float, default=0.995, help="exit 1 if the overall agreement is below this")
    args = ap.parse_args()
    docs = os.path.join(args.suite, "docs")
    truth_dir = os.path.join(args.suite, "truth")
    pooled_len = pooled_dist = 0
    for name in sorted(os.listdir(truth_dir)):
        path = os.path.join(docs, name)
        r = subprocess.run([args.tool, "text", path], capture_output=True)
        got = norm(r.stdout.decode("utf-8", "replace"))
        want = norm(open(os.path.join(truth_dir, name), encoding="utf-8").read())
        d = edit_distance(got, want)
        pooled_len += len(want)
        pooled_dist += d
        status = "" if r.returncode == 0 else f"  (exit {r.returncode}: {r.stderr.decode('utf-8', 'replace').strip()})"
        print(f"{name}\t{len(want)}\t{d}\t{1 - d / max(1, len(want)):.4f}{status}")
        if args.show and d:
            print("\n".join(word_diffs(got, want, args.show)))
    overall = 1 - pooled_dist / max(1, pooled_len)
    print(f"overall\t{pooled_len}\t{pooled_dist}\t{overall:.4f}")
    sys.exit(0 if overall >= args.min else 1)


if __name__ == "__main__":
    main()
