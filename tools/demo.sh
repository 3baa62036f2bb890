#!/usr/bin/env bash
# The main job from a fresh clone: install, train two models in a sweep at the default settings (about 15 s of
# training), evaluate one, report both. EPOCHS=N trains N epochs instead.
# Everything lands under multirun/demo_<timestamp>/ (runs, evaluation plots, report).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${PHYSWM_VENV:-.venv}"
bash tools/install.sh
bin="$VENV/bin"
out="multirun/demo_$(date +%Y-%m-%d_%H-%M-%S)"
"$bin/physwm-train" --multirun model=jump,newtonian ${EPOCHS:+training.epochs=$EPOCHS} "hydra.sweep.dir=$out"
"$bin/physwm-evaluate" "checkpoint=$out/1_oscillator_newtonian/best_model.pt" eval.n_trajectories=16
"$bin/physwm-report" "report_checkpoint_dir=$out" eval.n_trajectories=16 "report.output_dir=$out/report"
echo "demo finished: see $out (runs, rollout.png, energy.png, dt_generalization.png) and $out/report"
