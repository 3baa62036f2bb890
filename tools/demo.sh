#!/usr/bin/env bash
# The main job on small settings, from a fresh clone: install, train two models in a sweep, evaluate one, report both.
# Everything lands under multirun/demo_<timestamp>/ (runs, evaluation plots, report).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${PHYSWM_VENV:-.venv}"
bash tools/install.sh
bin="$VENV/bin"
out="multirun/demo_$(date +%Y-%m-%d_%H-%M-%S)"
small="training.epochs=${EPOCHS:-20} training.lr=3e-3 data.n_seqs=64 data.seq_len=30"
"$bin/physwm-train" --multirun model=jump,newtonian $small "hydra.sweep.dir=$out"
"$bin/physwm-evaluate" "checkpoint=$out/1_oscillator_newtonian/best_model.pt" eval.n_trajectories=16
"$bin/physwm-report" "report_checkpoint_dir=$out" eval.n_trajectories=16 "report.output_dir=$out/report"
echo "demo finished: see $out (runs, rollout.png, energy.png, dt_generalization.png) and $out/report"
