"""``reportkit check`` of a published report: the findings on its 成文日期 (``deadline``), on its preamble, its
statistical period and its title (``R11``) name their place in the checked file, in every format it reads; ``R8``'s
advice is one a reviewer of a published report can act on."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import docx
import lxml.html
import pdfplumber
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import page_as_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")  # a department's 2023 report, dated 2024-01-25
LAST_YEAR = Path("examples/previous/sample-2022.yaml")
#: A preamble of the report's own whose period names the year before the report's.
OWN_PREAMBLE = "本局依照《中华人民共和国政府信息公开条例》编写本报告。报告中数据的统计期限为2022年1月1日至2022年12月31日。"


def _rows(tmp_path: Path, source: Path, *options: str) -> dict[str, dict]:
    """``reportkit check source``'s rows other than notes, by rule."""
    out = tmp_path / "r.csv"
    CliRunner().invoke(cli, ["check", str(source), "--report", str(out), *options])
    with open(out, encoding="utf-8-sig", newline="") as f:
        return {r["rule"]: r for r in csv.DictReader(f) if r["severity"] != "note"}


def _published(tmp_path: Path, fmt: str, text: str) -> Path:
    """The data ``text`` published as ``fmt``: rendered to DOCX or PDF, as a web page, or that page's text copy."""
    data = tmp_path / "data.yaml"
    data.write_text(text, encoding="utf-8")
    if fmt != "txt":
        return render_source(data, fmt, tmp_path, PLUGINS)
    source = tmp_path / "published.txt"
    source.write_text(page_as_text(render_source(data, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")),
                      encoding="utf-8")
    return source


def _place(source: Path, words: str) -> str:
    """The place of the first paragraph (line) of ``source`` holding ``words``, counted as a reviewer counts in the
    file: lines of a text copy, paragraphs outside tables of a web page or DOCX, a page's lines of a PDF."""
    if source.suffix == ".txt":
        lines = source.read_text(encoding="utf-8").split("\n")
        return f"第 {next(n for n, line in enumerate(lines, 1) if words in line)} 行"
    if source.suffix == ".pdf":
        with pdfplumber.open(source) as pdf:
            return next(f"第 {n} 页第 {m} 行" for n, page in enumerate(pdf.pages, 1)
                        for m, line in enumerate((page.extract_text() or "").split("\n"), 1)
                        if words in line.replace(" ", ""))
    if source.suffix == ".docx":
        paragraphs = [p.text for p in docx.Document(str(source)).paragraphs if p.text.strip()]
    else:
        root = lxml.html.fromstring(source.read_text(encoding="utf-8"))
        paragraphs = [p.text_content() for p in root.body.iter("p", "h1", "h2", "h3", "h4", "h5")
                      if p.getparent().tag not in ("td", "th") and p.text_content().strip()]
    return f"第 {next(n for n, text in enumerate(paragraphs, 1) if words in text)} 段"


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf", "txt"])
def test_late_date_and_preamble_of_another_year_name_their_place_in_the_published_file(tmp_path, fmt):
    """A department's report dated 2024年2月20日 (due by 31 January) with a preamble of its own whose period is
    2022's: the ``deadline`` and ``R11`` rows had an empty place (the import recorded none for the date line and
    the preamble's paragraphs); they now name the date line and the preamble's paragraph in the checked file."""
    text = SAMPLE.read_text(encoding="utf-8").replace("date: 2024-01-25", "date: 2024-02-20")
    text = text.replace("\nsections:\n", f"\npreamble:\n  - {OWN_PREAMBLE}\nsections:\n", 1)
    source = _published(tmp_path, fmt, text)
    rows = _rows(tmp_path, source)
    assert set(rows) == {"deadline", "R11"}
    assert (rows["deadline"]["place"], rows["R11"]["place"]) == (_place(source, "2024年2月20日"), _place(source, "本局依照"))
    assert "成文日期 2024年2月20日 晚于公布时限" in rows["deadline"]["message"]
    assert rows["R11"]["message"] == "前言中的统计期限提到 2022 年，而报告年度为 2023（R11）"


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_a_period_not_the_whole_year_names_the_preamble_s_paragraph(tmp_path, fmt):
    """The preamble reportkit writes, its period from 2023年2月1日: R11 names that paragraph (had no place)."""
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "date: 2024-01-25", "date: 2024-01-25\nperiod: {start: 2023-02-01, end: 2023-12-31}")
    source = _published(tmp_path, fmt, text)
    rows = _rows(tmp_path, source)
    assert set(rows) == {"R11"}
    assert rows["R11"]["place"] == _place(source, "统计期限为2023年2月1日")
    assert rows["R11"]["message"].startswith("统计期限起始日期为 2023年2月1日，不是全年")


def test_a_title_without_the_year_names_the_title_line(tmp_path):
    """A text copy whose title has no year (taken from its preamble's period): the import's finding names the title's
    line, and R11 does not report the title a second time."""
    source = _published(tmp_path, "txt", SAMPLE.read_text(encoding="utf-8"))
    lines = source.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "某县自然资源局2023年政府信息公开工作年度报告"
    lines[0] = "某县自然资源局政府信息公开工作年度报告"
    lines[1] = OWN_PREAMBLE.replace("2022", "2023")  # the generated preamble says no year the title could lack
    source.write_text("\n".join(lines), encoding="utf-8")
    rows = _rows(tmp_path, source)
    assert "R11" not in rows and rows["import-metadata"]["place"] == "第 1 行"
    assert rows["import-metadata"]["message"].startswith("标题里没有报告年度（“××××年”），按前言中的统计期限推定为 2023 年度")


def test_r8_in_check_advises_what_a_published_report_can_do(tmp_path):
    """现行有效件数 9 where last year's 7, 2 issued and 1 repealed make 8: R8 advised “可在 note 中说明”, a field of a
    data file the reviewer of a published report has not got; it now asks to check both years' 表二 and that the
    report says why the counts do not carry over, at the table's row."""
    previous = tmp_path / "previous"
    previous.mkdir()
    last = LAST_YEAR.read_text(encoding="utf-8")
    assert "normative_documents: {issued: 1, repealed: 0, in_force: 8}" in last
    (previous / LAST_YEAR.name).write_text(last.replace("in_force: 8}", "in_force: 7}"), encoding="utf-8")
    source = _published(tmp_path, "html", SAMPLE.read_text(encoding="utf-8"))
    rows = _rows(tmp_path, source, "--previous-dir", str(previous))
    assert set(rows) == {"R8"}
    root = lxml.html.fromstring(source.read_text(encoding="utf-8"))
    tables = list(root.iter("table"))
    table = next(t for t in tables if "行政规范性文件" in t.text_content())
    row = next(n for n, r in enumerate(table.iter("tr"), 1) if r.text_content().strip().startswith("行政规范性文件"))
    assert rows["R8"]["place"] == f"第 {tables.index(table) + 1} 个表格第 {row} 行"
    message = rows["R8"]["message"]
    assert "note" not in message
    assert re.search(r"上年报告（.+）的 7 件加本年制发 2 件、减本年废止 1 件为 8 件：请核对本年和上年的表二；"
                     r"件数因文件修订、清理等确实接不上的，报告中应写明原因（如在这一格的数字后注明）（R8）$", message)
