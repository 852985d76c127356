"""``reportkit aggregate`` on N units' workbooks against raw openpyxl (run by hand, not a test).

    python benchmarks/aggregate_bench.py [--count 300] [--runs 3] [--against SRC]

Builds COUNT workbooks as ``reportkit tables export`` writes them (each from examples/sample-2021.yaml under
its own agency name) in a temp folder, then times, taking turns, each as a whole new process (start-up included):
``reportkit aggregate FOLDER -o OUT`` and a raw loop calling ``openpyxl.load_workbook`` once on every workbook,
the least any reader of these files does; with ``--against SRC`` (another tree's ``src``, e.g. a ``git worktree`` of
the commit before a change), also ``reportkit aggregate`` of that tree, in the same turns. Prints the machine and a
Markdown table of the medians, each row's ratio to the raw loop's.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench
from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins
from reportkit.tables.export import export_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
AGENCY = "某县自然资源局"
RAW = "import sys; from pathlib import Path; from openpyxl import load_workbook\n" \
      "for path in sorted(Path(sys.argv[1]).glob('*.xlsx')): load_workbook(path)"


def workbooks(folder: Path, count: int) -> None:
    """``count`` workbooks exported from the sample, each unit its own agency."""
    plugins = load_plugins()
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(count):
        data = folder / f"u{i:04d}.yaml"
        data.write_text(text.replace(AGENCY, f"某县第{i}局"), encoding="utf-8")
        report = check_file(data, plugins).report
        (folder / "units" / f"u{i:04d}.xlsx").write_bytes(export_workbook(report, str(data)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="workbooks (default 300)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each, after one untimed (default 3)")
    parser.add_argument("--against", type=Path, help="the src folder of another reportkit tree, timed alike")
    args = parser.parse_args()
    print("\n".join(bench.machine()), f"\nload average at start: {os.getloadavg()}\n", sep="")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "units").mkdir()
        workbooks(folder, args.count)
        aggregate = [sys.executable, "-c", "from reportkit.cli import main; main()", "aggregate", str(folder / "units"),
                     "-o", str(folder / "region.yaml"), "--force"]
        commands = {"raw `load_workbook` loop": ([sys.executable, "-c", RAW, str(folder / "units")], bench.ENV),
                    "`reportkit aggregate`": (aggregate, bench.ENV)}
        if args.against:
            commands[f"`reportkit aggregate`, {args.against}"] = (aggregate, {**bench.ENV, "PYTHONPATH": str(args.against)})
        times: dict[str, list[float]] = {name: [] for name in commands}
        for i in range(args.runs + 1):
            for name, (cmd, env) in commands.items():
                start = time.perf_counter()
                subprocess.run(cmd, check=True, capture_output=True, env=env)
                if i:
                    times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(t) for name, t in times.items()}
    raw = medians["raw `load_workbook` loop"]
    print(f"| {args.count} workbooks (median of {args.runs}) | s | ms a workbook | / raw |\n|---|---:|---:|---:|")
    for name, seconds in medians.items():
        print(f"| {name} | {seconds:.1f} | {seconds / args.count * 1000:.0f} | {seconds / raw:.2f}× |")


if __name__ == "__main__":
    main()
