"""``reportkit check`` as a reviewer of published reports reads it: where in the published file each table rule's
finding is, advice about the published report, and documents that are no annual report counted apart."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import page_as_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
NEW_RECEIVED = "一、本年新收政府信息公开申请数量"


def _rows(report: Path) -> list[dict]:
    with open(report, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _faulty(tmp_path: Path, fmt: str) -> tuple[Path, str, str]:
    """The sample report published as ``fmt`` with table 三's 本年新收 总计 one too many (R3) and the text saying one
    application fewer than the table (R9); and the places of that row and that paragraph in the file."""
    data = tmp_path / "data.yaml"
    data.write_text(SAMPLE.read_text(encoding="utf-8").replace("新收政府信息公开申请48件", "新收政府信息公开申请47件"),
                    encoding="utf-8")
    html = render_source(data, "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    row = re.search(rf"{NEW_RECEIVED}</td>(?:\s*<td[^>]*>\d+</td>)*", html)
    total = list(re.finditer(r">(\d+)<", row.group()))[-1]
    at = row.start() + total.start(1)
    html = html[:at] + str(int(total.group(1)) + 1) + html[at + len(total.group(1)):]
    if fmt == "txt":
        text = page_as_text(html)
        lines = text.split("\n")
        source = tmp_path / "published.txt"
        source.write_text(text, encoding="utf-8")
        return (source, f"第 {next(n for n, line in enumerate(lines, 1) if line.startswith(NEW_RECEIVED))} 行",
                f"第 {next(n for n, line in enumerate(lines, 1) if '申请47件' in line)} 行")
    source = tmp_path / "published.html"
    source.write_text(html, encoding="utf-8")
    root = lxml.html.fromstring(html)
    tables = list(root.iter("table"))
    table = next(t for t in tables if NEW_RECEIVED in t.text_content())
    rows = list(table.iter("tr"))
    number = next(i for i, r in enumerate(rows, 1) if r.text_content().strip().startswith(NEW_RECEIVED))
    paragraphs = [p for p in root.body.iter("p", "h1", "h2", "h3", "h4", "h5")
                  if p.getparent().tag not in ("td", "th") and p.text_content().strip()]
    said = next(i for i, p in enumerate(paragraphs, 1) if "申请47件" in p.text_content())
    return source, f"第 {tables.index(table) + 1} 个表格第 {number} 行", f"第 {said} 段"


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize("keep", [False, True])
def test_table_rule_findings_name_their_place_in_the_published_file(tmp_path, fmt, keep):
    """R3 and R9 rows had an empty place (with -o, a line of the imported YAML, which the reviewer never opened);
    they now name the table's row and the paragraph in the checked file, as the import's own findings do. R9 advised
    writing the figure as a citation 【表三：…】, which means nothing in a published report: check now only says to
    correct one of the two; validate of a data file keeps that advice."""
    source, row, paragraph = _faulty(tmp_path, fmt)
    kept = ["-o", str(tmp_path / "kept")] if keep else []
    result = CliRunner().invoke(cli, ["check", str(source), "--report", str(tmp_path / "r.csv"), *kept])
    assert result.exit_code == 1
    found = {r["rule"]: r for r in _rows(tmp_path / "r.csv")}
    assert found["R3"]["place"] == row and NEW_RECEIVED in found["R3"]["message"]
    assert found["R9"]["place"] == paragraph
    assert found["R9"]["message"] == (f"正文写的是“新收政府信息公开申请47件”，而表三“{NEW_RECEIVED}”的总计为 49："
                                      "请改正其中一处（R9）")
    if keep:
        (data,) = (tmp_path / "kept" / "001").glob("*.yaml")
        validated = CliRunner().invoke(cli, ["validate", str(data)])
        assert "请改正其中一处，或把数字写成引用【表三：new_received.total】" in validated.output


def test_a_document_that_is_no_annual_report_is_counted_apart_from_unreadable_files(tmp_path):
    """A work plan published in place of the annual report was an ``unreadable`` row, counted with damaged files;
    it is now ``not-annual-report``, and the summary says how many there were."""
    plan = render_source(Path("examples/putian-2018-work-plan.yaml"), "html", tmp_path, PLUGINS)
    plan.write_text(plan.read_text(encoding="utf-8").replace("2018", "2023"), encoding="utf-8")
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not a zip at all")
    result = CliRunner().invoke(cli, ["check", str(plan), str(damaged), "--report", str(tmp_path / "r.csv")])
    assert result.exit_code == 1
    rules = {Path(r["file"]).name: r["rule"] for r in _rows(tmp_path / "r.csv")}
    assert rules == {plan.name: "not-annual-report", "damaged.docx": "unreadable"}
    assert "共检查 2 份报告：0 份未发现问题，2 份有问题（其中 1 份不是年度报告，见“不是年度报告（not-annual-report）”行）；" in result.output
    assert "  不是年度报告（not-annual-report）：1 处" in result.output and "  无法读取（unreadable）：1 处" in result.output


_REPORT = """某县统计局2021年政府信息公开工作年度报告

一、总体情况
本年度我局按照县政府的部署推进政务公开，现将有关情况报告如下。
（一）主动公开
我局在门户网站更新统计数据和解读材料。
{second}
全年办理的申请均在法定期限内答复。
{third}
1、网站栏目
本年度对网站栏目进行了梳理。
{items}
（四）监督保障
我局把政务公开纳入年度考核。
2、数据发布
我局每季度发布一次主要统计指标。
1.全年在网站发布统计快报十二期。
2.按季度召开数据解读会四次。
3.向社会公开统计调查制度一项。
本局还做了三件事：(1)清理过期栏目。(2)更新办事指南。
五、存在的主要问题及改进情况
部分栏目更新不够及时，下一年度将建立提醒机制。
"""


def _sections(tmp_path: Path, **parts: str) -> list:
    import yaml

    text = tmp_path / "report.txt"
    text.write_text(_REPORT.format(**{"second": "（二）依申请公开", "third": "（三）平台建设",
                                      "items": "(1)精简栏目\n对长期不更新的栏目予以合并。\n(2)更新办事指南", **parts}),
                    encoding="utf-8")
    CliRunner().invoke(cli, ["import", str(text), "-o", str(tmp_path / "out"), "--draft"])
    return yaml.safe_load((tmp_path / "out" / "report.yaml").read_text(encoding="utf-8"))["sections"]["overview"]


def _outline(items: list) -> list:
    """The headings and paragraphs of ``items`` as nested (heading, [...]) pairs and text."""
    return [(item["heading"], _outline(item["content"])) if isinstance(item, dict) else item for item in items]


@pytest.mark.parametrize("second, third", [
    ("(二)依申请公开", "(三)健全平台，提升服务水平。我局对门户网站进行了改版，并开通了移动端。"),
    ("（二）依申请公开。", "（三）健全平台，提升服务水平。我局对门户网站进行了改版，并开通了移动端。")])
def test_a_heading_with_its_text_run_in_is_a_heading_like_its_siblings(tmp_path, second, third):
    """（三） with its text on the same line (健全平台，提升服务水平。我局……) was one paragraph under （二）, while its
    siblings （一）（二） above were headings; it is now a heading, its text a paragraph below it. The brackets may be
    half-width; a short sibling heading may end with 。 too."""
    outline = _outline(_sections(tmp_path, second=second, third=third))
    assert [h for h, *_ in (x for x in outline if isinstance(x, tuple))] == [
        "主动公开", "依申请公开", "健全平台，提升服务水平", "监督保障"]
    third_part = next(content for h, content in (x for x in outline if isinstance(x, tuple)) if h.startswith("健全"))
    assert third_part[0] == "我局对门户网站进行了改版，并开通了移动端。"


@pytest.mark.parametrize("second", ["(2)补充问答。新增问答三十条。", "(2)补充问答\n新增问答三十条。"])
def test_numbered_items_are_headings_alike_when_one_of_them_is(tmp_path, second):
    """(1) 精简栏目 was a heading and its siblings (2) (3), one with its text run in, were paragraphs inside it; all
    three are now headings under 1、网站栏目. A list of numbered sentences with no heading among them stays text."""
    items = f"(1)精简栏目\n对长期不更新的栏目予以合并。\n{second}\n(3)数据开放。上线统计数据查询功能，方便下载。"
    outline = _outline(_sections(tmp_path, items=items))
    platform = dict(x for x in outline if isinstance(x, tuple))["平台建设"]
    assert platform[0] == ("网站栏目", ["本年度对网站栏目进行了梳理。",
                                    ("精简栏目", ["对长期不更新的栏目予以合并。"]),
                                    ("补充问答", ["新增问答三十条。"]),
                                    ("数据开放", ["上线统计数据查询功能，方便下载。"])])
    supervision = dict(x for x in outline if isinstance(x, tuple))["监督保障"]
    assert supervision[1] == ("数据发布", ["我局每季度发布一次主要统计指标。", "1.全年在网站发布统计快报十二期。",
                                       "2.按季度召开数据解读会四次。", "3.向社会公开统计调查制度一项。",
                                       "本局还做了三件事：(1)清理过期栏目。(2)更新办事指南。"])


@pytest.mark.parametrize("second", ["(2)补充了常见问题解答。", "(2)补充问答。(3)开放查询。"])
def test_numbered_items_that_cannot_all_be_headings_are_all_text(tmp_path, second):
    """(2) a sentence alone (no text to go under it as a heading), or (2)…。(3)…。 a list in one paragraph: the
    items are a list in the text, and (1) 精简栏目 among them is an item too, not a heading holding the others."""
    items = f"(1)精简栏目\n对长期不更新的栏目予以合并。\n{second}"
    platform = dict(x for x in _outline(_sections(tmp_path, items=items)) if isinstance(x, tuple))["平台建设"]
    assert platform[0] == ("网站栏目", ["本年度对网站栏目进行了梳理。", "(1)精简栏目", "对长期不更新的栏目予以合并。", second])
