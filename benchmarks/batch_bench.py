"""Batch benchmarks (issue 14; run by hand, not a test). Each prints a Markdown table.

    python benchmarks/batch_bench.py throughput [--count 200] [--engine E] [--repeat N]  # -j 1 / -j 2 against raw loops
    python benchmarks/batch_bench.py rss [--count 1000]         # RSS of one worker over COUNT PDFs
    python benchmarks/batch_bench.py scale                      # narrative 1x/4x/16x/64x, task table 50/200/800 rows

throughput: COUNT copies of examples/sample-2021.yaml (each its own agency name, so each PDF has its own
font subsets), ``reportkit render -f pdf --engine E -j N`` as a whole process (start-up included), for
each engine against the raw engine in a loop (raw_loop.py, a whole process too) in one process, and in two
processes of COUNT/2 each: WeasyPrint on the sample's exact HTML and subset fonts, Typst on our template, the
sample's exact JSON data and the same font files (the agency name changed each time, as in the copies). Both
run with bytecode cached, as after an install (``bench.ENV``: where PYTHONDONTWRITEBYTECODE is set, reportkit's
modules were compiled again in every timed process, the raw loop's engine never). Each row also gives the CPU
time (user + sys) of the whole run, all its processes: where other work shares the cores, wall times move with it,
and the ratio of CPU times is the one to compare (it is what two free cores would give, less the wait for the
parent's start, which no worker overlaps).
rss: :func:`reportkit.jobs.render_job` COUNT times in this process (both formats, each file its own agency),
RSS sampled every COUNT/10. scale: one warm render of each size, time and pages.
"""
from __future__ import annotations

import argparse
import copy
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdf
import yaml

import bench
from reportkit.jobs import Job, render_job
from reportkit.pipeline import build, check_file, choose_layout, render
from reportkit.plugins import load_plugins

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
PLAN = ROOT / "examples" / "putian-2018-work-plan.yaml"
AGENCY = "某县自然资源局"


def copies(folder: Path, count: int) -> list[Path]:
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        path = folder / f"r{i:04d}.yaml"
        path.write_text(text.replace(AGENCY, f"某县第{i}自然资源局"), encoding="utf-8")
        paths.append(path)
    return paths


def capture_typst(document, layout, registry, folder: Path) -> tuple[str, str, str]:
    """The template, the fonts folder and the JSON data our Typst renderer hands Typst, copied into ``folder``.

    Caught by wrapping the ``typst`` module the renderer calls for one render, as ``bench.capture`` does for WeasyPrint.
    """
    import typst
    from reportkit.renderers import typst as renderer

    seen: dict = {}

    class Compiler:
        def __init__(self, main, **options):
            seen["main"] = main
            self.compiler = typst.Compiler(main, **options)

        def compile_with_warnings(self, **options):
            seen["data"] = options["sys_inputs"]["data"]
            return self.compiler.compile_with_warnings(**options)

    def fonts(**options):
        seen["fonts"] = options["font_paths"][0]
        return typst.Fonts(**options)

    real = renderer.typst
    renderer.typst = type("typst", (), {"Compiler": Compiler, "Fonts": staticmethod(fonts), "TypstError": typst.TypstError})
    renderer._state.__dict__.pop("compilers", None)  # the fonts folder and compiler are made again, and seen
    try:
        render(document, layout, "pdf-typst", registry)
    finally:
        renderer.typst = real
    shutil.copy(seen["main"], folder / "main.typ")
    shutil.copytree(seen["fonts"], folder / "fonts", symlinks=True)
    return str(folder / "main.typ"), str(folder / "fonts"), seen["data"]


def _cpu() -> float:
    """User and system CPU seconds of this process's finished children (and theirs: a pool's workers)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(rows: list, name: str, run) -> None:
    start, cpu = time.perf_counter(), _cpu()
    run()
    rows.append((name, time.perf_counter() - start, _cpu() - cpu))
    print(f"{name}: {rows[-1][1]:.1f} s, CPU {rows[-1][2]:.1f} s", file=sys.stderr, flush=True)


def throughput(count: int, engines: tuple[str, ...] = ("weasyprint", "typst"), repeat: int = 1) -> None:
    plugins = load_plugins()
    validated = check_file(SAMPLE, plugins)
    layout = choose_layout(validated, plugins.registry)
    document = build(validated, layout)
    rows: list = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for sub in ("raw", "raw-typst"):
            (folder / sub).mkdir()
        html, _ = bench.prepare_raw(document, layout, plugins.registry, folder / "raw")
        (folder / "raw" / "loop.html").write_text(html, encoding="utf-8")
        main, fonts, data = capture_typst(document, layout, plugins.registry, folder / "raw-typst")
        (folder / "raw-typst" / "loop.json").write_text(data, encoding="utf-8")
        references = {"weasyprint": (str(folder / "raw" / "loop.html"), (folder / "raw").as_uri() + "/"),
                      "typst": (main, fonts, str(folder / "raw-typst" / "loop.json"))}
        files = copies(folder, count)
        for engine in [e for e in references if e in engines] * repeat:  # a slow stretch hits every row alike
            for workers in (1, 2):
                out = folder / f"out-{engine}-{workers}"
                shutil.rmtree(out, ignore_errors=True)  # each round writes new files, as the first did
                command = [*bench.reportkit_cmd(), "render", *map(str, files), "-f", "pdf", "--engine", engine,
                           "-o", str(out), "-j", str(workers)]
                _timed(rows, f"reportkit render -f pdf --engine {engine} -j {workers}",
                       lambda: subprocess.run(command, check=True, capture_output=True, env=bench.ENV))
            for workers in (1, 2):
                command = [sys.executable, str(HERE / "raw_loop.py"), engine, *references[engine], str(count), str(workers)]
                _timed(rows, f"raw {engine} loop, {workers} process{'es' if workers > 1 else ''}",
                       lambda: subprocess.run(command, check=True, capture_output=True, env=bench.ENV))
    times: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}
    for name, seconds, cpu in rows:
        times.setdefault(name, []).append(seconds)
        cpus.setdefault(name, []).append(cpu)
    t = {name: statistics.median(seconds) for name, seconds in times.items()}
    c = {name: statistics.median(seconds) for name, seconds in cpus.items()}
    print(f"| {count} reports (sample-2021, PDF) | median s | reports/s | runs (s) | median CPU s | runs (CPU s) |\n"
          "|---|---:|---:|---|---:|---|")
    for name, seconds in t.items():
        print(f"| {name} | {seconds:.1f} | {count / seconds:.2f} | {' '.join(f'{x:.1f}' for x in times[name])} "
              f"| {c[name]:.1f} | {' '.join(f'{x:.1f}' for x in cpus[name])} |")
    for engine in engines:
        rk = {n: f"reportkit render -f pdf --engine {engine} -j {n}" for n in (1, 2)}
        raw = {1: f"raw {engine} loop, 1 process", 2: f"raw {engine} loop, 2 processes"}
        print(f"\n{engine}: -j 2 / -j 1 speed-up {t[rk[1]] / t[rk[2]]:.2f}x; -j 1 = {t[raw[1]] / t[rk[1]]:.0%} of raw "
              f"(1 process); -j 2 = {t[raw[2]] / t[rk[2]]:.0%} of raw (2 processes); raw 2 / raw 1 {t[raw[1]] / t[raw[2]]:.2f}x"
              f"\n{engine} by CPU (user + sys, all processes): -j 1 = {c[raw[1]] / c[rk[1]]:.0%} of raw (1 process), "
              f"-j 2 = {c[raw[2]] / c[rk[2]]:.0%} of raw (2 processes); per report -j 2 {c[rk[2]] / count * 1000:.1f} ms, "
              f"raw {c[raw[2]] / count * 1000:.1f} ms")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = copies(Path(tmp), count)
        print("| renders | RSS MB |\n|---:|---:|")
        step = max(1, count // 10)
        start = time.perf_counter()
        for i, path in enumerate(files, 1):
            result = render_job(Job(str(path), str(path)))
            assert result.status == "ok", result.diagnostics
            if i == 1 or i % step == 0:
                print(f"| {i} | {rss_mb():.0f} |", flush=True)
        print(f"\n{count} renders (DOCX + PDF) in {time.perf_counter() - start:.0f} s")


def scaled(source: Path, transform) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    transform(data)
    path = Path(tempfile.mkdtemp()) / source.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _narrative(factor: int):
    """Every paragraph of the sample's sections ``factor`` times as long."""
    def grow(value):
        if isinstance(value, str) and len(value) > 20:
            return value * factor
        if isinstance(value, dict):
            return {k: grow(v) if k != "heading" else v for k, v in value.items()}
        if isinstance(value, list):
            return [grow(v) for v in value]
        return value

    def transform(data):
        data["sections"] = grow(data["sections"])
    return transform


def _tasks(rows: int):
    """The work plan with ``rows`` tasks, each a copy of its first (the task table has one row per task)."""
    def transform(data):
        first = data["tasks"][0]
        data["tasks"] = [{**copy.deepcopy(first), "task": f"{first['task']}（{i}）"} for i in range(rows)]
    return transform


def scale() -> None:
    plugins = load_plugins()
    print("| input | DOCX s | PDF s | pages |\n|---|---:|---:|---:|")
    cases = [(f"sample-2021, narrative {f}x", SAMPLE, _narrative(f)) for f in (1, 4, 16, 64)]
    cases += [(f"work plan, {n} task rows", PLAN, _tasks(n)) for n in (50, 200, 800)]
    warm = check_file(SAMPLE, plugins)
    for fmt in ("docx", "pdf"):  # untimed: the first render of a process loads the engines and fonts
        render(build(warm), choose_layout(warm, plugins.registry), fmt, plugins.registry)
    for name, source, transform in cases:
        path = scaled(source, transform)
        validated = check_file(path, plugins)
        layout = choose_layout(validated, plugins.registry)
        document = build(validated, layout)
        times = {}
        for fmt in ("docx", "pdf"):
            start = time.perf_counter()
            data = render(document, layout, fmt, plugins.registry).data
            times[fmt] = time.perf_counter() - start
        pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
        print(f"| {name} | {times['docx']:.2f} | {times['pdf']:.2f} | {pages} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("throughput", "rss", "scale"))
    parser.add_argument("--count", type=int, help="reports (throughput: 200, rss: 1000)")
    parser.add_argument("--engine", action="append", choices=("weasyprint", "typst"),
                        help="throughput: only this engine (may be repeated; default both)")
    parser.add_argument("--repeat", type=int, default=1, help="throughput: rounds of every row (medians); default 1")
    args = parser.parse_args()
    print("\n".join(bench.machine()), f"\nload average at start: {os.getloadavg()}\n", sep="")
    if args.what == "throughput":
        throughput(args.count or 200, tuple(args.engine or ("weasyprint", "typst")), args.repeat)
    elif args.what == "rss":
        rss(args.count or 1000)
    else:
        scale()


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    main()
