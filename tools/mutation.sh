#!/usr/bin/env bash
# Mutation testing of the services: mutmut changes one thing at a time in
# twinning_desk/services/ (a comparison, a slice, a constant, a default) and runs the fast
# service tests against each change in a copy under mutants/; a change that no test
# notices ("survived") is a rule no test pins down. Configuration: [tool.mutmut] in
# pyproject.toml (what is mutated, which tests run). Not part of CI: it takes minutes per
# module on two cores, hours for all of services/.
#
#   tools/mutation.sh money allowances    only these modules of twinning_desk/services/
#   tools/mutation.sh                     every module of twinning_desk/services/
#   tools/mutation.sh --fresh money       forget earlier results (after changing tests)
#   tools/mutation.sh -j 4 money          four workers (default: 2, the shared machine's cores)
#
# Then `.venv/bin/mutmut results` lists the survivors and `.venv/bin/mutmut show NAME`
# shows what one of them changed.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=2
fresh=0
modules=()
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) fresh=1 ;;
    -j) shift; jobs="$1" ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) modules+=("${1%.py}") ;;
  esac
  shift
done
for m in "${modules[@]}"; do
  [ -f "twinning_desk/services/$m.py" ] || { echo "no module twinning_desk/services/$m.py" >&2; exit 2; }
done

# The project's venv, with mutmut 3.8 or later (the [tool.mutmut] keys are those of 3.8).
venv=.venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -e ".[test]"
fi
if ! "$venv/bin/python" - <<'EOF' 2>/dev/null
from importlib.metadata import version
major, minor = (int(x) for x in version("mutmut").split(".")[:2])
raise SystemExit(0 if (major, minor) >= (3, 8) and major < 4 else 1)
EOF
then
  "$venv/bin/pip" install -q "mutmut>=3.8,<4"
fi

[ "$fresh" -eq 1 ] && rm -rf mutants
mkdir -p mutants
patterns=()
for m in "${modules[@]}"; do
  patterns+=("twinning_desk.services.$m.*")
done

# mutmut draws a spinner on every line: the log keeps it, the terminal gets the summary.
log=mutants/mutation-run.log
echo "Mutating twinning_desk/services/${modules[*]:-*} with $jobs workers (log: $log)…"
status=0
"$venv/bin/mutmut" run --max-children "$jobs" "${patterns[@]}" >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  tr '\r' '\n' <"$log" | tail -n 30
  echo "mutmut failed (exit $status)" >&2
  exit "$status"
fi

# The kill rate of each module asked for, from mutmut's result files.
"$venv/bin/python" - "${modules[@]}" <<'EOF'
import json
import sys
from collections import Counter
from pathlib import Path

from mutmut.stats import status_by_exit_code

root = Path("mutants/twinning_desk/services")
wanted = sys.argv[1:] or sorted(p.name[: -len(".py.meta")] for p in root.glob("*.py.meta"))
total = Counter()
print(f"{'module':<14}{'mutants':>8}{'killed':>8}{'survived':>9}{'no test':>8}{'kill rate':>10}")
for name in wanted:
    meta = root / f"{name}.py.meta"
    if not meta.exists():
        continue
    codes = json.loads(meta.read_text())["exit_code_by_key"].values()
    counts = Counter(status_by_exit_code[c] for c in codes)
    checked = sum(n for status, n in counts.items() if status not in ("not checked", "skipped"))
    if not checked:
        continue
    killed = counts["killed"] + counts["timeout"] + counts["caught by type check"]
    total.update(counts)
    print(
        f"{name:<14}{checked:>8}{killed:>8}{counts['survived']:>9}{counts['no tests']:>8}"
        f"{killed / checked:>10.1%}"
    )
checked = sum(n for status, n in total.items() if status not in ("not checked", "skipped"))
killed = total["killed"] + total["timeout"] + total["caught by type check"]
if checked:
    print(f"Kill rate: {killed}/{checked} mutants killed ({killed / checked:.1%}).")
else:
    print("No mutant was checked.")
EOF
