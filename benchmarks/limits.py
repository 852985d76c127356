"""The largest document docs/reliability.md measures: 300 pages of narrative and a 2,000-row table (run by hand).

    python benchmarks/limits.py [--rounds 3]

Each round renders the document to DOCX and to PDF (WeasyPrint) in a new process and prints that process's CPU seconds
a format (``time.process_time``: the clock on the wall runs on with the machine's other work), the PDF's pages and the
process's peak RSS (VmHWM). The bound docs/reliability.md states is checked against the slowest round.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import textwrap

#: The bound docs/reliability.md states for this document, both formats.
MAX_RSS_MB = 1024
MAX_SECONDS = 240
SENTENCE = "本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。"  # 40 characters

BIG = textwrap.dedent("""
    import io, json, time
    import pypdf
    from reportkit.blocks import Cell, Document, Paragraph, Source, Table, Title
    from reportkit.limits import check_limits
    from reportkit.pipeline import render
    from reportkit.plugins import load_plugins
    registry = load_plugins().registry
    src = Source("big.yaml", 1, 1)
    # 300 pages of 22 lines of 28 characters, in paragraphs of about six lines, and a 2,000-row table.
    blocks = [Title("某某局\\n2023年度报告", src)]
    blocks += [Paragraph({sentence!r} * 4, src) for _ in range(300 * 22 * 28 // 160)]
    head = [[Cell(h, header=True) for h in ("序号", "事项", "数量", "备注")]]
    blocks.append(Table(head + [[Cell(str(i)), Cell("行政许可事项名称"), Cell(str(3 * i)), Cell("无")]
                                for i in range(2000)], [1, 4, 1, 2], source=src))
    document = Document("t", "a", blocks)
    check_limits(document)
    result = {{}}
    for fmt in ("docx", "pdf"):
        start = time.process_time()
        out = render(document, registry.layouts["gbt9704"], fmt, registry)
        result[fmt] = round(time.process_time() - start, 1)
        if fmt == "pdf":
            result["pages"] = len(pypdf.PdfReader(io.BytesIO(out.data)).pages)
    with open("/proc/self/status") as status:
        result["peak_mb"] = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024
    print(json.dumps(result))
""").format(sentence=SENTENCE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rounds = []
    for number in range(1, args.rounds + 1):
        run = subprocess.run([sys.executable, "-c", BIG], capture_output=True, encoding="utf-8", check=True)
        rounds.append(json.loads(run.stdout))
        print(f"round {number}: {rounds[-1]}", flush=True)
    print("\n| 300 pages + 2,000 rows | DOCX s | PDF s | both s | pages | peak RSS MB |\n|---|---:|---:|---:|---:|---:|")
    for name, pick in (("median", statistics.median), ("slowest", max)):
        print(f"| {name} | {pick(r['docx'] for r in rounds)} | {pick(r['pdf'] for r in rounds)} | "
              f"{pick(r['docx'] + r['pdf'] for r in rounds):.1f} | {rounds[0]['pages']} | "
              f"{pick(r['peak_mb'] for r in rounds)} |")
    worst = max(r["docx"] + r["pdf"] for r in rounds), max(r["peak_mb"] for r in rounds)
    within = worst[0] < MAX_SECONDS and worst[1] < MAX_RSS_MB
    print(f"\n{'within' if within else 'OUTSIDE'} the documented bound ({MAX_SECONDS} s, {MAX_RSS_MB} MB): "
          f"slowest {worst[0]:.1f} s, largest {worst[1]} MB")
    sys.exit(0 if within else 1)


if __name__ == "__main__":
    main()
