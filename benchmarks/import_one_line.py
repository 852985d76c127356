"""``reportkit import`` of a report pasted as one line of text (run by hand, not a test).

    python benchmarks/import_one_line.py [--megabytes 5] [--rounds 3]

Writes examples/sample-2021.yaml's printed texts, parted by spaces, as one line of a .txt file, its overview's first
paragraph grown to about MEGABYTES by a sentence written here, and runs ``reportkit import`` of it ROUNDS times in
this process, each of its own text, after one untimed run: prints what the command says (such a paste is refused: no
part of a report can be told on one line), the CPU time (``time.process_time``) of each run, and where one more run's
goes (cProfile's top twelve of reportkit's own functions, by their cumulative time).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.pipeline import prepare
from reportkit.plugins import load_plugins

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample-2021.yaml"
FILLER = "本机关按照年初的工作安排推进各项公开事项，按期更新栏目内容。"


def one_line(megabytes: float, plugins) -> str:
    """The sample's printed texts on one line, its first paragraph after the title grown to about ``megabytes``."""
    texts = [text for _, text, _ in prepare(SAMPLE, plugins, formats=("docx",)).document.texts()]
    grow = int(megabytes * 1024 * 1024 - len(" ".join(texts).encode())) // len(FILLER.encode())
    texts[2] = FILLER * max(grow, 0) + texts[2]
    return " ".join(text.replace("\n", " ") for text in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    plugins = load_plugins()
    text = one_line(args.megabytes, plugins)
    profile = cProfile.Profile(time.process_time)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "one-line.txt"
        command = ["import", str(source), "-o", folder, "--overwrite"]
        for round_ in range(args.rounds + 2):  # an untimed one, the timed ones, a profiled one
            source.write_text(f"{round_}{text}", encoding="utf-8")  # a text of its own: no reading kept is reused
            started = time.process_time()
            if round_ > args.rounds:
                profile.enable()
            said = CliRunner().invoke(cli, command).output
            profile.disable()
            if round_ == 0:
                print(f"{source.stat().st_size / 1024 / 1024:.1f} MB on one line: {said.strip()[:100]}")
            elif round_ <= args.rounds:
                print(f"import: {time.process_time() - started:.2f} s CPU")
    pstats.Stats(profile).sort_stats("cumulative").print_stats("reportkit", 12)


if __name__ == "__main__":
    main()
