#!/usr/bin/env bash
# Create (or reuse) a virtual environment and install physwm with its development tools.
#   PHYSWM_VENV   where the environment lives (default: .venv)
#   PYTHON        interpreter that creates it (default: python3)
#   PHYSWM_EXTRAS optional dependency groups (default: dev; e.g. dev,dmcontrol for the MuJoCo pendulum)
#   PHYSWM_SYSTEM_TORCH=1  use the interpreter's own torch (e.g. a CUDA build on a GPU machine): the environment
#                 sees system packages and no torch is installed (offline: PIP_NO_INDEX=1 PIP_FIND_LINKS=<wheels>)
# torch is installed first with an exact pin: where a CPU wheel of that version is on local disk (as on our
# machines) pip takes it, and the later `pip install -e .` finds torch satisfied and never pulls a CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${PHYSWM_VENV:-.venv}"
TORCH="torch==${PHYSWM_TORCH_VERSION:-2.13.0}"
SYSTEM_TORCH="${PHYSWM_SYSTEM_TORCH:-0}"
[ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv $([ "$SYSTEM_TORCH" = 1 ] && echo --system-site-packages) "$VENV"
pip_() { "$VENV/bin/python" -m pip install --disable-pip-version-check -q "$@" 2>&1 | grep -v "^WARNING: Location" || true; }
[ "$SYSTEM_TORCH" = 1 ] || pip_ "$TORCH"
pip_ -e ".[${PHYSWM_EXTRAS:-dev}]"
"$VENV/bin/python" -m pip check
"$VENV/bin/python" -c "import torch, physwm; print(f'physwm {physwm.__version__} with torch {torch.__version__} installed in $VENV')"
