"""The raw engines in a loop, as a whole process: the reference of the throughput benchmark (batch_bench.py).

    python benchmarks/raw_loop.py typst MAIN FONTS DATA COUNT WORKERS
    python benchmarks/raw_loop.py weasyprint HTML BASE_URL COUNT WORKERS

COUNT documents in WORKERS processes (COUNT/WORKERS each), each with its own agency name (so each PDF has its
own text and font subsets), written nowhere. Typst compiles MAIN with the JSON in the file DATA and the font
files in FONTS, with one compiler per process (fonts loaded once; made anew for each document it is ~15 % slower,
and reportkit keeps one too); WeasyPrint renders the HTML in the file HTML. Timed as a
whole process, start-up included, as ``reportkit render`` is. It imports nothing but the engine: a pool's
processes started from the benchmark itself imported the benchmark's modules too (WeasyPrint, docxtpl,
reportkit: ~1 s each), which made the raw reference up to 10 % slower than a raw script is.
"""
from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

AGENCY = "某县自然资源局"


def typst_loop(args: tuple[str, str, str, int, int]) -> None:
    import typst

    main, fonts, data_file, start, count = args
    data = Path(data_file).read_text(encoding="utf-8")
    faces = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[fonts])
    compiler = typst.Compiler(main, root=str(Path(main).parent), font_paths=faces, ignore_system_fonts=True)
    for i in range(start, start + count):
        compiler.compile(format="pdf", sys_inputs={"data": data.replace(AGENCY, f"某县第{i}自然资源局")}, timestamp=0)


def weasyprint_loop(args: tuple[str, str, int, int]) -> None:
    from weasyprint import HTML

    html_file, base, start, count = args
    html = Path(html_file).read_text(encoding="utf-8")
    for i in range(start, start + count):
        HTML(string=html.replace(AGENCY, f"某县第{i}自然资源局"), base_url=base).write_pdf(full_fonts=True)


def main(argv: list[str]) -> None:
    engine, *rest = argv
    *fixed, count, workers = rest
    count, workers = int(count), int(workers)
    loop = {"typst": typst_loop, "weasyprint": weasyprint_loop}[engine]
    jobs = [(*fixed, w * (count // workers), count // workers) for w in range(workers)]
    if workers == 1:
        loop(jobs[0])
        return
    with multiprocessing.Pool(workers) as pool:
        pool.map(loop, jobs)


if __name__ == "__main__":
    main(sys.argv[1:])
