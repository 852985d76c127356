"""reportkit's own CPU time per report, stage by stage (issue 14; run by hand, not a test).

    python benchmarks/stages.py [--count 100] [--rounds 5] [--compile]

One process renders COUNT copies of examples/sample-2021.yaml (each its own agency name) to the Typst PDF as a
``-j 2`` worker does (:func:`reportkit.jobs.run_job`, files staged beside their targets, then discarded), after
five untimed ones, ROUNDS times. Typst's compile is timed apart and, unless ``--compile``, replaced by the PDF of
the first report: what is left is reportkit's own work, steady to ~0.05 ms a report where the compile (~37 ms)
moves by more than the steps being measured. Prints the CPU time (``time.process_time``) of each stage a report,
the median of the rounds, and the whole ``run_job``. Stages nest (``render`` holds ``survey``, ``_data``, ``json``).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from reportkit import jobs, pipeline
from reportkit.jobs import Job, Place, run_job, worker_plugins
from reportkit.renderers import typst as renderer
from reportkit.write import discard_all

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample-2021.yaml"
AGENCY = "某县自然资源局"
STAGES = ((pipeline, ("load_file", "validate", "build", "check_limits", "placeholder_diagnostics", "coverage", "render")),
          (renderer, ("survey", "_data")), (renderer.json, ("dumps",)), (jobs, ("stage_all",)))
spent: dict[str, float] = defaultdict(float)


def _timed(module, name: str) -> None:
    real = getattr(module, name)

    def timed(*args, **options):
        start = time.process_time()
        try:
            return real(*args, **options)
        finally:
            spent[name] += time.process_time() - start

    setattr(module, name, timed)


class _Compiler:
    """Typst's compiler, timed; without ``real``, each compile after the first returns the first's PDF."""

    def __init__(self, compiler, real: bool):
        self.compiler, self.real, self.first = compiler, real, None

    def compile_with_warnings(self, **options):
        start = time.process_time()
        if self.real or self.first is None:
            self.first = self.compiler.compile_with_warnings(**options)
        spent["typst compile"] += time.process_time() - start
        return self.first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--compile", action="store_true", help="compile every report (the default stubs Typst)")
    args = parser.parse_args()
    for module, names in STAGES:
        for name in names:
            _timed(module, name)
    compilers: dict = {}
    made = renderer._compiler

    def compiler(files):
        typst, families = made(files)
        return compilers.setdefault(files, _Compiler(typst, args.compile)), families

    renderer._compiler = compiler
    plugins = worker_plugins()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = SAMPLE.read_text(encoding="utf-8")
        files = []
        for i in range(args.count + 5):
            path = folder / f"r{i:04d}.yaml"
            path.write_text(text.replace(AGENCY, f"某县第{i}自然资源局"), encoding="utf-8")
            files.append(path)
        place = Place(str(folder / "out"), None, os.getpid())
        options = (("formats", ("pdf-typst",)),)

        def job(path: Path) -> None:
            result = run_job(Job(str(path), str(path), options, place=place), plugins)
            assert result.status == jobs.OK, result.diagnostics
            discard_all(result.staged)

        for path in files[:5]:
            job(path)
        jobs.settle()  # as a worker does after its first job
        rounds: list[dict[str, float]] = []
        for _ in range(args.rounds):
            spent.clear()
            start = time.process_time()
            for path in files[5:]:
                job(path)
            spent["run_job"] = time.process_time() - start
            rounds.append({name: seconds / args.count * 1000 for name, seconds in spent.items()})
        shutil.rmtree(folder / "out", ignore_errors=True)
    print(f"| stage | ms a report (median of {args.rounds} rounds of {args.count}) |\n|---|---:|")
    for name in rounds[0]:
        if name != "typst compile" or args.compile:
            print(f"| {name} | {statistics.median(r[name] for r in rounds):.2f} |")
    if args.compile:
        own = [r["run_job"] - r["typst compile"] for r in rounds]
        print(f"| run_job less Typst's compile | {statistics.median(own):.2f} |")


if __name__ == "__main__":
    main()
