#!/usr/bin/env python
"""Run the notebooks' tests as `nbdev_test` does, but each notebook in a fresh Python process; print "N passed, M failed" last.

`nbdev_test` hands the notebooks to a pool of worker processes, and each worker runs several of them one after
another in the same interpreter. What one notebook leaves behind is then still there in the next: a cell that
re-registers `Pendulum` puts the notebook's class (module `__main__`) into the package's env registry, so a later
notebook's `build_env('pendulum')` gets it, and whatever checks for physwm's own class (the data cache key) fails.
Which notebooks share a worker depends on timing, so such a test fails at random. One process per notebook gives
each notebook only its own cells, as a fresh Jupyter kernel does. Options: those of `nbdev_test` that apply.
"""
import argparse, os, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

def notebooks(path=None) -> list:
    "The notebooks `nbdev_test` would test: those under `path` (default: the project's nbs), in name order."
    from nbdev.doclinks import nbglob
    from nbdev.test import _keep_file
    return [f.absolute() for f in sorted(nbglob(path, as_path=True)) if _keep_file(f, '.notest')]

def run_one(nb:Path, flags:str) -> tuple:
    "`(passed, seconds, output)`: `nbdev_test` of the one notebook `nb`, in its own process, run in-process there."
    exe = Path(sys.executable).with_name('nbdev_test')
    t = time.time()
    r = subprocess.run([str(exe), '--path', str(nb), '--n_workers', '0', '--flags', flags],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return r.returncode == 0, time.time() - t, r.stdout

def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--path', default=None, help="a notebook or folder (default: the project's nbs)")
    p.add_argument('--flags', default='', help="space-separated test flags to run that are normally skipped (e.g. slow)")
    p.add_argument('--n_workers', type=int, default=None, help="notebooks at a time (default: the cores, at most 8)")
    p.add_argument('--timing', action='store_true', help="list the notebooks by time taken, slowest first")
    a = p.parse_args()
    files = notebooks(a.path)
    if not files: print("No files were eligible for testing\n0 passed, 1 failed"); return 1
    n = max(1, a.n_workers or min(os.cpu_count() or 1, 8))
    results = {}
    with ThreadPoolExecutor(n) as ex:                    # (threads only wait on the processes)
        futs = {ex.submit(run_one, f, a.flags): f for f in files}
        for fut in as_completed(futs):
            f = futs[fut]
            ok, secs, out = results[f] = fut.result()
            print(f"- {'Completed' if ok else 'FAILED'} {f.name} ({secs:.0f} s)", flush=True)
            if not ok: print(out.rstrip(), flush=True)  # a failure's traceback, whole, not interleaved with others
    failed = [f.name for f in files if not results[f][0]]
    if a.timing:
        for f in sorted(files, key=lambda f: -results[f][1]): print(f"{f.name}: {int(results[f][1])} secs")
    if failed: print("\nTests failed on the following notebooks:\n\t" + "\n\t".join(failed))
    print(f"{len(files) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0

if __name__ == '__main__': sys.exit(main())
