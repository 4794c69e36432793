#!/bin/sh
# Kills `cancu index` at random moments, then checks that the database is sound and that a re-run
# ends with exactly what one uninterrupted run gives (nothing lost, nothing doubled).
#   scripts/graph-kill-test.sh CORPUS_DIR [ROUNDS] [CANCU]
set -eu
corpus=$1
rounds=${2:-10}
cancu=${3:-.build/release/cancu}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

counts() {
  sqlite3 "$1" "SELECT (SELECT count(*) FROM source_file), (SELECT count(*) FROM source_text),
    (SELECT count(*) FROM mention), (SELECT count(*) FROM legal_document), (SELECT count(*) FROM issued_by),
    (SELECT count(*) FROM issuing_body), (SELECT count(*) FROM document_fts WHERE document_fts MATCH 'nghi')"
}

start=$(date +%s.%N)
"$cancu" index --quiet --db "$work/clean.sqlite" "$corpus" > /dev/null
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
expected=$(counts "$work/clean.sqlite")
echo "an uninterrupted run takes ${took}s; each round kills a fresh run at a random moment within that"
echo "uninterrupted: files|texts|mentions|documents|issued_by|bodies|fts hits = $expected"

for i in $(seq 1 "$rounds"); do
  # Every other round starts from scratch; the others continue the previous (interrupted) database.
  if [ $((i % 2)) -eq 1 ]; then rm -f "$work/killed.sqlite" "$work/killed.sqlite-wal" "$work/killed.sqlite-shm"; fi
  "$cancu" index --quiet --db "$work/killed.sqlite" "$corpus" > /dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v s="$i" -v t="$took" 'BEGIN { srand(s); printf "%.2f", 0.05 + rand() * t }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  check=$(sqlite3 "$work/killed.sqlite" "PRAGMA integrity_check;" 2>&1 || true)
  [ "$check" = "ok" ] || { echo "round $i: integrity_check says: $check"; exit 1; }
  sqlite3 "$work/killed.sqlite" "INSERT INTO document_fts(document_fts) VALUES ('integrity-check');" \
    || { echo "round $i: the full-text index is damaged"; exit 1; }
  echo "round $i: killed; integrity ok; files so far: $(sqlite3 "$work/killed.sqlite" 'SELECT count(*) FROM source_file')"
done

"$cancu" index --quiet --db "$work/killed.sqlite" "$corpus" > /dev/null
got=$(counts "$work/killed.sqlite")
[ "$(sqlite3 "$work/killed.sqlite" 'PRAGMA integrity_check;')" = "ok" ] || { echo "final integrity check failed"; exit 1; }
if [ "$got" = "$expected" ]; then
  echo "after re-run: $got (same as uninterrupted)"
else
  echo "after re-run: $got, expected $expected"; exit 1
fi
