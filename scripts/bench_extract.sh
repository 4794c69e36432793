#!/usr/bin/env bash
# Extraction speed, side by side in one run on the same files:
#   1. cancu-bench extract: normalize + extract + render jsonl in process, one thread, after the files are read;
#   2. cancu extract --format jsonl end to end (process start, reading, output to /dev/null), on all cores
#      (the default) and with --jobs 1, via hyperfine
#      when installed (apt-get install hyperfine), else a timed loop;
#   3. scripts/baseline_re.py, a straightforward Python `re` extractor, after reading and end to end.
# Then the speed ratios. Usage:
#   scripts/bench_extract.sh [PATH ...]        default: the UTF-8 text fixtures
#   SCRATCH=.build-perf scripts/bench_extract.sh ../shared/eval/suites/selfmeta-dev/docs
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
swift build -c release --scratch-path "$scratch" >/dev/null
bin="$scratch/release"

paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  mapfile -t paths < <(find fixtures -maxdepth 1 -name '*.txt' | sort)
fi
bytes=$(python3 - "${paths[@]}" <<'EOF'
import os, sys
total = 0
for p in sys.argv[1:]:
    if os.path.isdir(p):
        for root, dirs, names in os.walk(p):
            total += sum(os.path.getsize(os.path.join(root, n)) for n in names if not n.startswith("."))
    else:
        total += os.path.getsize(p)
print(total)
EOF
)
mb=$(python3 -c "print(f'{$bytes / 1048576:.2f}')")
echo "== input: ${paths[*]} ($mb MB)"

echo "== 1. cancu-bench extract (in process, after reading; best CPU time of 5)"
swift_out=$("$bin/cancu-bench" extract --repeat 5 --phases "${paths[@]}")
echo "$swift_out"
swift_mbs=$(echo "$swift_out" | sed -n 's/.*best of [0-9]*: \([0-9.]*\) MB\/s (CPU.*/\1/p')

echo "== 2. end to end: cancu extract --format jsonl vs python3 scripts/baseline_re.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
quoted=$(printf '%q ' "${paths[@]}")
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 5 --style basic --export-json "$tmp/e2e.json" \
    -n cancu "$bin/cancu extract --format jsonl $quoted >/dev/null" \
    -n cancu-one-thread "$bin/cancu extract --jobs 1 --format jsonl $quoted >/dev/null" \
    -n python-re "python3 scripts/baseline_re.py $quoted >/dev/null"
  read -r cancu_s cancu1_s python_s < <(python3 -c "
import json; r = {x['command']: x for x in json.load(open('$tmp/e2e.json'))['results']}
print(min(r['cancu']['times']), min(r['cancu-one-thread']['times']), min(r['python-re']['times']))")
else
  best() { local b=999999; for _ in 1 2 3 4 5; do local t0 t1; t0=$(date +%s.%N); eval "$1" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
           b=$(python3 -c "print(min($b, $t1 - $t0))"); done; echo "$b"; }
  cancu_s=$(best "$bin/cancu extract --format jsonl $quoted")
  cancu1_s=$(best "$bin/cancu extract --jobs 1 --format jsonl $quoted")
  python_s=$(best "python3 scripts/baseline_re.py $quoted")
fi

echo "== 3. python3 scripts/baseline_re.py (after reading; best CPU time of 3)"
py_line=$(python3 scripts/baseline_re.py --repeat 3 --quiet "${paths[@]}" 2>&1 >/dev/null)
echo "$py_line"
py_mbs=$(echo "$py_line" | sed -n 's/.* \([0-9.]*\) MB\/s$/\1/p')

python3 - <<EOF
mb = $bytes / 1048576
swift, py = float("$swift_mbs"), float("$py_mbs")
cancu_s, cancu1_s, python_s = float("$cancu_s"), float("$cancu1_s"), float("$python_s")
print("== summary")
print(f"after reading, one thread:  cancu {swift:8.1f} MB/s   python re {py:6.1f} MB/s   ratio {swift / py:5.1f}x")
print(f"end to end, one thread:     cancu {mb / cancu1_s:8.1f} MB/s   python re {mb / python_s:6.1f} MB/s   ratio {python_s / cancu1_s:5.1f}x")
print(f"end to end, all cores:      cancu {mb / cancu_s:8.1f} MB/s   python re {mb / python_s:6.1f} MB/s   ratio {python_s / cancu_s:5.1f}x")
EOF
