"""``reportkit check`` of correct reports: attachments are imported, and no problem (``import`` reads them too); a plugin
part's paragraphs and rows are named by their place; reportkit's own red-head web page notes its 版头 and 版记."""
from __future__ import annotations

import csv
from pathlib import Path

import docx
import lxml.html
import pytest
import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.testing import hidden, registered, starter_data

from _assessment import Assessment, Unchecked

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-2021.yaml"
SICHUAN = ROOT / "plugins" / "reportkit-gbt9704-sichuan-disaster" / "examples" / "sichuan-2010-counts.yaml"
REDHEAD = ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml"
INJECTED = "详情见bet365比分网的公告。"
ATTACHMENTS = "\n".join([
    "attachments:",
    "  - title: 本年度申请办理情况一览",
    "    content:",
    "      - 按收到申请的先后列出全年办结的各件申请。",
    "  - title: 信息公开工作联络人名单",
    "    content:",
    "      - 各科室确定一名联络人，负责本科室信息的提供和审核。",
])


def _render(data: Path, fmt: str, folder: Path) -> Path:
    result = CliRunner().invoke(cli, ["render", str(data), "-f", fmt, "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return folder / f"{data.stem}.{fmt}"


def _check(source: Path, tmp_path: Path) -> list[dict]:
    report = tmp_path / f"{source.name}.csv"
    CliRunner().invoke(cli, ["check", str(source), "--report", str(report), "-j", "1"])
    with open(report, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def attached(tmp_path_factory) -> Path:
    """The sample report with two attachments: a 附件说明 over the 署名, and their pages after the 成文日期."""
    data = tmp_path_factory.mktemp("attached") / "attached.yaml"
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count("\ndate: 2024-01-25\n") == 1
    data.write_text(text.replace("\ndate: 2024-01-25\n", f"\ndate: 2024-01-25\n{ATTACHMENTS}\n"), encoding="utf-8")
    return data


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_a_correct_report_with_attachments_checks_ok(attached, fmt, tmp_path):
    """Its 附件说明 and attachment pages were two import-metadata warnings in every form, so it was never ok; then two
    import-attachments notes. The attachments are imported now, the 附件说明 printed again from them: nothing to say."""
    rows = _check(_render(attached, fmt, tmp_path), tmp_path)
    assert not [r for r in rows if "附件" in r["message"]], rows
    assert [r["rule"] for r in rows if r["severity"] != "note"] == ["ok"], rows


def test_import_reads_the_attachments_for_the_clerk(attached, tmp_path):
    """The other side: a clerk importing the report was warned to write the attachments under ``attachments:`` again;
    they are imported there, as written."""
    source = _render(attached, "docx", tmp_path)
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0 and "附件" not in result.stderr, result.stderr
    data = yaml.safe_load((tmp_path / "out" / "attached.yaml").read_text(encoding="utf-8"))
    assert data["attachments"] == yaml.safe_load(ATTACHMENTS)["attachments"]


def _paragraph_number(source: Path, text: str) -> int:
    """The number of the paragraph holding ``text`` as the reader counts: a DOCX's body paragraphs; a web page's
    paragraphs and headings outside the tables (a red-head page's 版头 and 版记 too)."""
    if source.suffix == ".docx":
        return next(n for n, p in enumerate(docx.Document(str(source)).paragraphs, 1) if text in p.text)
    root = lxml.html.fromstring(source.read_text(encoding="utf-8"))
    paragraphs = [p for p in root.body.iter("p", "h1", "h2", "h3", "h4", "h5", "div")
                  if not any(c.tag in ("p", "div", "h1", "h2", "h3", "table") for c in p.iterdescendants())
                  and not any(a.tag in ("td", "th") for a in p.iterancestors())
                  and p.text_content().strip()]
    return next(n for n, p in enumerate(paragraphs, 1) if text in p.text_content())


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_check_rows_about_a_plugin_part_name_their_paragraph_and_row(fmt, tmp_path):
    """A plugin part recorded no places: the injected-text row about its paragraph, and its rule's row about a table
    row, had an empty place. They now name them, as rows about the official parts do."""
    data = starter_data("annual-report", year=2023)
    data["plugins"] = ["reportkit-assessment"]
    data["sections"]["assessment"] = {
        "content": ["我局对照考核细则逐项整改。", f"考核结果已在门户网站公布，{INJECTED}"],
        "items": [{"name": "主动公开", "full": 40, "score": 38.5}, {"name": "依申请公开", "full": 30, "score": 31}]}
    path = tmp_path / "assessed.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with registered(Unchecked):
        source = _render(path, fmt, tmp_path / "out")
        rows = _check(source, tmp_path)  # without the rule: the data is valid, the text is looked through
    [injected] = [r for r in rows if r["rule"] == "injected-text"]
    assert injected["place"] == f"第 {_paragraph_number(source, INJECTED)} 段", rows
    with registered(Assessment):
        rows = _check(source, tmp_path)
    [scored] = [r for r in rows if "KH1" in r["message"]]
    tables = ([t.cell(0, 0).text for t in docx.Document(str(source)).tables] if fmt == "docx" else
              [t.text_content() for t in lxml.html.fromstring(source.read_text(encoding="utf-8")).iter("table")])
    number = next(n for n, text in enumerate(tables, 1) if "考核指标" in text)
    assert scored["place"] == f"第 {number} 个表格第 3 行", rows  # the head, 主动公开, then 依申请公开


def test_the_sichuan_part_of_a_2008_report_names_its_paragraph(tmp_path):
    """The Sichuan section's part of a 2008-2010 report is kept as the agency's own (its categories cannot be read
    back): the row about a paragraph of it names that paragraph, as before."""
    data = tmp_path / "sichuan.yaml"
    text = SICHUAN.read_text(encoding="utf-8")
    assert text.count("接受群众监督。") == 1
    data.write_text(text.replace("接受群众监督。", f"接受群众监督，{INJECTED}"), encoding="utf-8")
    source = _render(data, "docx", tmp_path / "out")
    rows = _check(source, tmp_path)
    [row] = [r for r in rows if r["rule"] == "injected-text"]
    assert row["place"] == f"第 {_paragraph_number(source, INJECTED)} 段"


def test_reportkits_red_head_web_page_notes_its_masthead_and_imprint(tmp_path):
    """The web page's 版头 and 版记 (its <header> and <footer>) were dropped without a word, where the DOCX's are
    named: each is now noted without the redhead plugin, with the DOCX's message; with it, both read back into its
    settings, and neither form has a note."""
    page, document = _render(REDHEAD, "html", tmp_path / "out"), _render(REDHEAD, "docx", tmp_path / "out")
    assert [r["rule"] for r in _check(page, tmp_path) + _check(document, tmp_path)] == ["ok", "ok"]
    with hidden("reportkit-gbt9704-redhead"):
        rows, docx_rows = _check(page, tmp_path), _check(document, tmp_path)
    notes = [(r["rule"], r["severity"], r["message"]) for r in rows if r["rule"] != "ok"]
    assert notes == [(r["rule"], r["severity"], r["message"]) for r in docx_rows if r["rule"] != "ok"]
    install = "：装上 reportkit-gbt9704-redhead 插件再导入，版头和版记会读进它的设置（layout: redhead），重新排版时照样印出"
    assert [m for _, _, m in notes] == [f"标题之前的版头“某县自然资源局文件”未导入{install}", "标题之前的版头“某自然资发〔2024〕3号”未导入",
                                        f"文末的版记（抄送、印发机关和印发日期）未导入{install}"]
    assert [r["place"] for r in rows if r["rule"] != "ok"] == ["第 1 段", "第 2 段", f"第 {_paragraph_number(page, '抄送：')} 段"]
    assert rows[-1]["rule"] == "ok"
