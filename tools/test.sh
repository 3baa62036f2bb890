#!/usr/bin/env bash
# Install physwm if needed, then run every notebook's tests, each notebook in its own process (tools/nbtest.py says
# why plain nbdev_test can fail at random here); extra arguments are passed on, e.g. --flags slow. Prints
# "N passed, M failed" (notebooks) last.
set -uo pipefail
cd "$(dirname "$0")/.."
VENV="${PHYSWM_VENV:-.venv}"
# notebooks run in parallel processes: one torch thread each (unless set) avoids oversubscribing the cores, which
# slows small convolutions and solver steps many times over.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
bash tools/install.sh || { echo "0 passed, 1 failed"; exit 1; }
"$VENV/bin/python" tools/nbtest.py --timing "$@"
