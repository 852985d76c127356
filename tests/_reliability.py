"""Helpers shared by the reliability tests (issue 5): data files with chosen paragraphs, the CLI, opened outputs."""
from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pdfplumber
from click.testing import CliRunner
import pytest
from lxml import etree

from reportkit.cli import cli
from reportkit.errors import InvalidData
from reportkit.load import load_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
XINZHOU = ROOT / "examples" / "xinzhou-2020.yaml"
_OTHER = "  other:\n    - 本年度办理县人大代表建议6件、政协提案4件，办理结果均已公开。\n"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def data_file(folder: Path, paragraphs: list[str], *, name: str = "report.yaml", raw: bool = False) -> Path:
    """The sample report with ``paragraphs`` as its section 其他; ``raw`` writes them unquoted, byte for byte."""
    text = SAMPLE.read_text(encoding="utf-8")
    assert _OTHER in text
    items = "".join(f"    - {p if raw else json.dumps(p, ensure_ascii=False)}\n" for p in paragraphs)
    path = Path(folder) / name
    path.write_text(text.replace(_OTHER, "  other:\n" + items), encoding="utf-8")
    return path


def refused(raw, name="f.yaml") -> list[str]:
    """The diagnostics ``load_text`` refuses ``raw`` with, as printed."""
    with pytest.raises(InvalidData) as info:
        load_text(raw, name)
    return [d.format() for d in info.value.diagnostics]


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line of ``path`` holding ``needle``."""
    return next(n for n, line in enumerate(Path(path).read_text(encoding="utf-8").split("\n"), 1) if needle in line)


def run(*args, env=None):
    """``reportkit ARGS`` in-process; an exception escaping the CLI fails the test (that would be a traceback)."""
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def docx_paragraphs(data: bytes) -> list[str]:
    """Every paragraph's text, tables included; a ``<w:br/>`` reads as "\\n"."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter(W + "t", W + "br"):
            parts.append("\n" if el.tag == W + "br" and el.get(W + "type") in (None, "textWrapping") else el.text or "")
        out.append("".join(parts))
    return out


def pdf_lines(data: bytes) -> list[str]:
    """The PDF's text, line by line, whitespace inside a line removed."""
    with pdfplumber.open(io.BytesIO(data)) as opened:
        text = "\n".join(page.extract_text() or "" for page in opened.pages)
    return [re.sub(r"\s+", "", line) for line in text.split("\n")]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
