#!/usr/bin/env bash
# Install physwm if needed, then run every notebook's tests with nbdev_test (extra arguments are passed on,
# e.g. --flags slow). nbdev_test prints no count, so this prints "N passed, M failed" (notebooks) last.
set -uo pipefail
cd "$(dirname "$0")/.."
VENV="${PHYSWM_VENV:-.venv}"
# nbdev_test runs notebooks in parallel processes: one torch thread each (unless set) avoids oversubscribing
# the cores, which slows small convolutions and solver steps many times over.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
bash tools/install.sh || { echo "0 passed, 1 failed"; exit 1; }
log=$(mktemp)
"$VENV/bin/nbdev_test" --do_print --timing "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
total=$(grep -c '^- Completed ' "$log")
failed=$(awk '/nbdev Tests Failed On The Following Notebooks:/{f=1; next} f && /^\t/{n++} END{print n+0}' "$log")
rm -f "$log"
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=$(( total > 0 ? total : 1 )); fi   # nbdev_test itself crashed
passed=$(( total - failed < 0 ? 0 : total - failed ))
echo "$passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$total" -gt 0 ] && [ "$failed" -eq 0 ]
