"""Benchmark reportkit against raw docxtpl and raw WeasyPrint (run by hand, not a test).

    python benchmarks/bench.py [--runs N] [FILES...]      # default: examples/*.yaml
    python benchmarks/bench.py --cold [--runs N] FILES... # the cold aims alone, paired (cold())

Per example (times are medians of N runs, in seconds):

* cold   ``reportkit render FILE -f docx`` / ``-f pdf`` / both, each run a fresh process
         writing to a temp dir, and ``raw_minimal.py`` (raw docxtpl + raw WeasyPrint on the
         same content in one fresh process: the reference for the cold aim);
* warm   in this process after one warm-up: ``pipeline.render`` of the built document for
         docx and pdf, and the whole ``render_file`` (load, validate, build, both, write);
* raw    in this process, warm: ``weasyprint.HTML(string=html).write_pdf(full_fonts=True)``
         on the exact HTML of the PDF renderer (its fonts written out as files), and
         docxtpl open/render/save of the layout template with reportkit's body pre-built;
* sizes  of the PDF and DOCX, peak RSS of the cold processes and of this one.

Aims (issue 2): warm PDF <= 1.15x raw WeasyPrint, warm DOCX < 0.05 s, cold both formats
<= 1.25x raw_minimal.py, PDF < 500 KB.
"""
from __future__ import annotations

import argparse
import copy
import ctypes.util
import io
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import docx
from fontTools.ttLib import TTFont
from lxml import etree

import raw_minimal
import reportkit
from reportkit.fonts import installed_faces
from reportkit.pipeline import build, check_file, choose_layout, render, render_file
from reportkit.plugins import load_plugins
from reportkit.renderers import pdf as rk_pdf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
AIMS = {"warm_pdf_ratio": 1.15, "warm_docx_s": 0.05, "cold_ratio": 1.25, "pdf_kb": 500}


def medians(fns: dict, runs: int) -> dict:
    """Median seconds of each function after one warm-up, the functions taking turns (fair on a noisy machine)."""
    times: dict = {name: [] for name in fns}
    for i in range(runs + 1):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            if i:
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


# Fresh processes as after an install: bytecode cached (pip compiles it), here in a folder of our own.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "reportkit-bench-pycache")
# Peak RSS comes from a wrapper: a child spawned straight from this process inherits its
# high-water mark (vfork + exec), so os.wait4 would report the bench's own RSS.
RSS = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True);"
       "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def fresh(cmd: list[str], rss: bool = False):
    """A function running ``cmd OUTDIR`` in a new process and a new temp dir; with ``rss``, it returns peak RSS (MB)."""
    def run():
        with tempfile.TemporaryDirectory() as out:
            done = subprocess.run([*([sys.executable, "-c", RSS] if rss else []), *cmd, out],
                                  check=True, capture_output=True, text=True, env=ENV)
        return int(done.stdout) / 1024 if rss else None
    return run


def reportkit_cmd() -> list[str]:
    script = Path(sys.executable).with_name("reportkit")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from reportkit.cli import main; main()"]


def capture(document, layout, registry) -> tuple[str, dict, etree._Element]:
    """The HTML and @font-face fonts WeasyPrint gets from our PDF renderer, and the body of our DOCX.

    The HTML is caught by wrapping WeasyPrint's entry point for one render; the DOCX body is read
    back from our output (its final w:sectPr dropped), so the bench does not depend on the
    renderers' internals.
    """
    seen: dict = {}
    real_html = rk_pdf.HTML

    def html(**kwargs):
        seen["html"], seen["fetcher"] = kwargs["string"], kwargs["url_fetcher"]
        return real_html(**kwargs)

    rk_pdf.HTML = html
    try:
        render(document, layout, "pdf", registry)
    finally:
        rk_pdf.HTML = real_html
    body = copy.deepcopy(docx.Document(io.BytesIO(render(document, layout, "docx", registry).data)).element.body)
    body.remove(body.sectPr)
    urls = set(re.findall(r'url\("(' + re.escape(rk_pdf.FONT_SCHEME) + r'[^"]+)"\)', seen["html"]))
    fonts = {url: seen["fetcher"].fetch(url) for url in urls}
    return seen["html"], fonts, body


def prepare_raw(document, layout, registry, folder: Path) -> tuple[str, etree._Element]:
    """Write the raw scripts' content into ``folder``: HTML + font files + CSS, template + body XML.

    ``document.html`` points at the subsets our renderer made, ``document-whole.html`` at the whole
    files they were made from (matched by PostScript name), for a raw script that subsets them itself.
    """
    html, fonts, body = capture(document, layout, registry)
    (folder / "fonts").mkdir()
    whole_html, wholes = html, _whole_files([*registry.fonts, *installed_faces()])
    for i, (url, response) in enumerate(sorted(fonts.items())):
        data = response.read()
        name = f"fonts/{i}.{'otf' if data[:4] == b'OTTO' else 'ttf'}"
        (folder / name).write_bytes(data)
        html = html.replace(f'"{url}"', f'"{name}"')
        whole = wholes[_postscript_name(io.BytesIO(data))]
        shutil.copy(whole, folder / f"fonts/whole-{i}{whole.suffix}")
        whole_html = whole_html.replace(f'"{url}"', f'"fonts/whole-{i}{whole.suffix}"')
    assert rk_pdf.FONT_SCHEME not in html + whole_html, "a reportkit-font: URL was left in the HTML"
    shutil.copy(layout.stylesheet, folder / Path(layout.stylesheet).name)
    (folder / "document.html").write_text(html, encoding="utf-8")
    (folder / "document-whole.html").write_text(whole_html, encoding="utf-8")
    shutil.copy(layout.docx_template, folder / "template.docx")
    (folder / "body.xml").write_bytes(etree.tostring(body))
    return html, body


def _postscript_name(file, index: int = 0) -> str:
    return TTFont(file, fontNumber=index, lazy=True)["name"].getDebugName(6)


def _whole_files(faces) -> dict[str, Path]:
    """The font files of ``faces`` by PostScript name (a subset keeps its source's)."""
    files: dict[str, Path] = {}
    for face in faces:
        files.setdefault(_postscript_name(str(face.path), face.index), Path(face.path))
    return files


def bench_file(path: Path, runs: int, plugins) -> dict:
    registry = plugins.registry
    validated = check_file(path, plugins)
    layout = choose_layout(validated, registry)
    document = build(validated)
    docx, pdf = (render(document, layout, fmt, registry).data for fmt in ("docx", "pdf"))
    r = {"file": path.name, "docx_kb": len(docx) / 1024, "pdf_kb": len(pdf) / 1024}
    with tempfile.TemporaryDirectory() as content, tempfile.TemporaryDirectory() as out:
        folder = Path(content)
        html, body = prepare_raw(document, layout, registry, folder)
        base, template = folder.as_uri() + "/", str(folder / "template.docx")
        r["raw_pdf_kb"] = len(raw_minimal.pdf_bytes(html, base)) / 1024
        r |= medians({
            "warm_docx": lambda: render(document, layout, "docx", registry),
            "raw_docx": lambda: raw_minimal.docx_bytes(template, body),
            "warm_pdf": lambda: render(document, layout, "pdf", registry),
            "raw_pdf": lambda: raw_minimal.pdf_bytes(html, base),
            "warm_file": lambda: render_file(path, plugins, outdir=out),
        }, runs)
        r["warm_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rk = [*reportkit_cmd(), "render", str(path)]
        raw = [sys.executable, str(HERE / "raw_minimal.py"), str(folder)]
        r |= medians({"cold_docx": fresh([*rk, "-f", "docx", "-o"]), "cold_pdf": fresh([*rk, "-f", "pdf", "-o"]),
                      "cold_both": fresh([*rk, "-o"]), "cold_raw": fresh(raw)}, runs)
        r["cold_rss_mb"], r["cold_raw_rss_mb"] = fresh([*rk, "-o"], rss=True)(), fresh(raw, rss=True)()
    return r


def machine() -> list[str]:
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")),
               platform.processor() or "?")
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    hb_subset = ctypes.util.find_library("harfbuzz-subset")
    return [
        f"CPU: {cpu}; cores: {os.cpu_count()}; RAM: {ram:.1f} GiB; {platform.platform()}",
        f"Python {platform.python_version()}; " + "; ".join(
            f"{p} {version(p)}" for p in ("weasyprint", "docxtpl", "pydyf", "uharfbuzz", "reportkit-gbt9704")),
        f"system libharfbuzz-subset: {hb_subset or 'absent'}; reportkit imported from {Path(reportkit.__file__).parent}",
    ]


COLUMNS = [  # (key, header, format)
    ("cold_docx", "cold docx s", "{:.2f}"), ("cold_pdf", "cold pdf s", "{:.2f}"),
    ("cold_both", "cold both s", "{:.2f}"), ("cold_raw", "cold raw s", "{:.2f}"),
    ("warm_docx", "warm docx s", "{:.3f}"), ("raw_docx", "raw docxtpl s", "{:.3f}"),
    ("warm_pdf", "warm pdf s", "{:.3f}"), ("raw_pdf", "raw weasy s", "{:.3f}"),
    ("warm_file", "warm render_file s", "{:.3f}"),
    ("docx_kb", "DOCX KB", "{:.0f}"), ("pdf_kb", "PDF KB", "{:.0f}"), ("raw_pdf_kb", "raw PDF KB", "{:.0f}"),
    ("cold_rss_mb", "cold RSS MB", "{:.0f}"), ("cold_raw_rss_mb", "raw RSS MB", "{:.0f}"),
    ("warm_rss_mb", "bench RSS MB", "{:.0f}"),
]


def verdicts(r: dict) -> list[str]:
    def mark(ok: bool) -> str:
        return "met" if ok else "MISSED"
    pdf_ratio, cold_ratio = r["warm_pdf"] / r["raw_pdf"], r["cold_both"] / r["cold_raw"]
    return [
        f"warm PDF {r['warm_pdf']:.3f} s = {pdf_ratio:.2f}x raw WeasyPrint (aim <= {AIMS['warm_pdf_ratio']}x): "
        f"{mark(pdf_ratio <= AIMS['warm_pdf_ratio'])}",
        f"warm DOCX {r['warm_docx']:.3f} s (aim < {AIMS['warm_docx_s']} s): {mark(r['warm_docx'] < AIMS['warm_docx_s'])}",
        f"cold both {r['cold_both']:.2f} s = {cold_ratio:.2f}x raw_minimal.py (aim <= {AIMS['cold_ratio']}x): "
        f"{mark(cold_ratio <= AIMS['cold_ratio'])}",
        f"PDF {r['pdf_kb']:.0f} KB (aim < {AIMS['pdf_kb']} KB): {mark(r['pdf_kb'] < AIMS['pdf_kb'])}",
    ]


def cold(path: Path, runs: int, plugins) -> None:
    """The cold aims alone, in pairs: each round runs every command once in a new process, and each
    ratio is the median of the round-by-round ratios (this machine's speed drifts within minutes)."""
    validated = check_file(path, plugins)
    layout = choose_layout(validated, plugins.registry)
    with tempfile.TemporaryDirectory() as content:
        prepare_raw(build(validated, layout), layout, plugins.registry, Path(content))
        raw = [sys.executable, str(HERE / "raw_minimal.py"), content, "OUT"]
        commands = {"reportkit render (both formats)": [*reportkit_cmd(), "render", str(path), "-o", "OUT"],
                    "raw_minimal.py (fonts subset beforehand)": raw,
                    "raw_minimal.py --whole-fonts (WeasyPrint subsets)": [*raw, "--whole-fonts"],
                    "reportkit validate": [*reportkit_cmd(), "validate", str(path)]}
        times: dict[str, list[float]] = {name: [] for name in commands}
        for round_ in range(runs + 1):  # the first round warms the disk cache and is not counted
            for name, cmd in commands.items():
                with tempfile.TemporaryDirectory() as out:
                    start = time.perf_counter()
                    subprocess.run([out if arg == "OUT" else arg for arg in cmd], check=True, capture_output=True, env=ENV)
                    if round_:
                        times[name].append(time.perf_counter() - start)
    ours = times["reportkit render (both formats)"]
    print(f"| {path.name}, {runs} rounds | median s | reportkit render / this (paired) |\n|---|---:|---:|")
    for name, seconds in times.items():
        ratio = statistics.median(a / b for a, b in zip(ours, seconds))
        print(f"| {name} | {statistics.median(seconds):.3f} | {f'{ratio:.2f}x' if name.startswith('raw') else ''} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median); default 5")
    parser.add_argument("--cold", action="store_true", help="only the cold aims, in paired rounds (cold())")
    parser.add_argument("files", nargs="*", type=Path, help="data files; default examples/*.yaml")
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "examples").glob("*.yaml"))
    print("\n".join(machine()), f"\nruns per measurement: {args.runs}\n", sep="")
    plugins = load_plugins()
    if args.cold:
        for path in files:
            cold(path.resolve(), args.runs, plugins)
        return
    results = [bench_file(path.resolve(), args.runs, plugins) for path in files]
    print("| measure | " + " | ".join(r["file"] for r in results) + " |")
    print("|---|" + "---:|" * len(results))
    for key, header, fmt in COLUMNS:
        print(f"| {header} | " + " | ".join(fmt.format(r[key]) for r in results) + " |")
    for r in results:
        print(f"\n{r['file']}:")
        print("\n".join("  " + line for line in verdicts(r)))


if __name__ == "__main__":
    main()
