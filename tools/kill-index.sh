#!/usr/bin/env bash
# Crash-safety check for `kb index` (issue 6): kill -9 the index build at random moments, N times, and verify
# after each kill that the database opens, passes SQLite's integrity check, answers a query, and holds exactly
# the previous corpus or the new one — never a mix.
#
#   bash tools/kill-index.sh [N=20] [PLANS=300]
#
# Two corpora alternate: the bundled corpus/ (3 plans) and PLANS generated plans (tools/PolicyKB.CorpusGen).
# Each round starts `kb index` on the corpus the database does NOT hold, kills it after a random delay
# (sometimes after it has finished), then checks. Exit status 0 only when every round holds.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
plans=${2:-300}
work=$(mktemp -d /tmp/kb-kill.XXXXXX)
trap 'rm -rf "$work" 2>/dev/null || true' EXIT

dotnet build -c Release src/PolicyKB.Cli/PolicyKB.Cli.csproj -o "$work/bin" -v q -nologo >/dev/null
dotnet run -c Release --project tools/PolicyKB.CorpusGen -- --count "$plans" --seed 7 --out "$work/big" >/dev/null
kb() { dotnet "$work/bin/kb.dll" --db "$work/kb.db" "$@"; }

ids_of_corpus() { ls "$1" | sed 's/\.md$//' | sort; }
ids_of_db() {
  python3 - "$work/kb.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
if ok != "ok":
    print("INTEGRITY:", ok); sys.exit(1)
for (i,) in db.execute("SELECT id FROM documents ORDER BY id"):
    print(i)
PY
}

small=corpus
big="$work/big"
ids_of_corpus "$small" > "$work/small.ids"
ids_of_corpus "$big" > "$work/big.ids"
# Time one uninterrupted build of the big corpus, so kill delays span "early", "late" and "after it finished".
start=$(date +%s.%N)
dotnet "$work/bin/kb.dll" --db "$work/timing.db" index --corpus "$big" >/dev/null 2>&1
full=$(python3 -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 2))" "$start" "$(date +%s.%N)")
echo "one full index of $plans plans takes ${full}s; kill delays are drawn from 0.1s to $(python3 -c "print(round($full * 1.2, 2))")s"
kb index --corpus "$small" 2>/dev/null
held=small
pass=0
for ((r = 1; r <= rounds; r++)); do
  if [ "$held" = small ]; then next=big; dir=$big; else next=small; dir=$small; fi
  delay=$(python3 -c "import random; print(round(random.uniform(0.1, $full * 1.2), 2))")
  # Start dotnet itself in the background (not through the kb function), so $! is the indexer's own pid.
  dotnet "$work/bin/kb.dll" --db "$work/kb.db" index --corpus "$dir" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then outcome="killed after ${delay}s"; else outcome="finished before ${delay}s"; fi
  wait "$pid" 2>/dev/null || true
  if ! ids_of_db > "$work/db.ids"; then echo "round $r: $outcome — database unreadable"; cat "$work/db.ids"; exit 1; fi
  if cmp -s "$work/db.ids" "$work/$held.ids"; then now=$held
  elif cmp -s "$work/db.ids" "$work/$next.ids"; then now=$next
  else echo "round $r: $outcome — database holds a mix ($(wc -l < "$work/db.ids") plans)"; exit 1; fi
  if ! kb search 碳达峰 --json >/dev/null 2>&1; then echo "round $r: $outcome — search failed"; exit 1; fi
  echo "round $r: $outcome — holds the $now corpus ($(wc -l < "$work/db.ids") plans), integrity ok, search ok"
  held=$now
  pass=$((pass + 1))
done
leftovers=$(ls "$work" | grep -c '\.tmp$' || true)
echo "$pass passed, 0 failed: kill-9 rounds (leftover temporary files: $leftovers)"
