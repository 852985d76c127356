"""Reads of a published report that went wrong with nothing said, each now said. A figure cell of table 二 holding two
lines of digits (38 over 787: the clerk pressed Enter in a DOCX cell, a web page's <br> or two <p>) is no figure read
whole: a finding at its row says what it holds, the figure is left to fill (was 38787, or in a page's <p>s joined
with nothing between). A heading numbered （十十） is said with the number a render gives it. A figure merged down
over the next row is said at that row."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import docx
import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, render_source, word_xml

PLUGINS = load_plugins()
SAMPLE = Path(__file__).parent.parent / "examples" / "sample-2021.yaml"  # its 行政许可 row reads 156
SAID = "表二“行政许可”“本年处理决定数量”：一格里分行写了“38”“787”"


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two-lines")
    return {fmt: render_source(SAMPLE, fmt, folder, PLUGINS) for fmt in ("docx", "html")}


def _licensing(source: Path, folder: Path):
    result = imported(source, folder, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    found = [f for f in result.findings if f.message.startswith(SAID)]
    return data["tables"]["active_disclosure"]["administrative_licensing"]["decisions"], found


def _two_paragraphs(source: Path, target: Path, lines: tuple[str, ...]) -> Path:
    document = docx.Document(str(source))
    row = next(row for table in document.tables for row in table.rows if row.cells[0].text == "行政许可")
    paragraph = row.cells[-1].paragraphs[0]
    for run in paragraph.runs[1:]:
        run._r.getparent().remove(run._r)
    paragraph.runs[0].text = lines[0]
    for line in reversed(lines[1:]):
        copied = copy.deepcopy(paragraph._p)
        paragraph._p.addnext(copied)
        copied.findall(".//" + paragraph.runs[0]._r.tag)[0].find(".//{*}t").text = line
    document.save(str(target))
    return target


def test_docx_cell_of_two_paragraphs(sources, tmp_path):
    value, found = _licensing(_two_paragraphs(sources["docx"], tmp_path / "two.docx", ("38", "787")), tmp_path)
    assert isinstance(value, str) and "【请填写" in value and "38／787" in value
    assert len(found) == 1 and "请按原始台账填写" in found[0].message and found[0].place.endswith("第 7 行")


def test_docx_cell_of_one_figure_and_its_note_still_reads(sources, tmp_path):
    """A line of words under the figure is no second figure: read as before."""
    value, found = _licensing(_two_paragraphs(sources["docx"], tmp_path / "note.docx", ("156", "（含变更）")), tmp_path)
    assert value == {"value": 156, "note": "含变更"} and not found


@pytest.mark.parametrize("cell", ["<p>38</p><p>787</p>", "38<br>787", "<div>38</div>\n  <div>787</div>"])
def test_html_cell_of_two_lines(sources, tmp_path, cell):
    page = sources["html"].read_text(encoding="utf-8")
    changed = re.sub(r"(行政许可</td>\s*<td[^>]*>)156(</td>)", lambda m: m.group(1) + cell + m.group(2), page)
    assert changed != page
    (tmp_path / "two.html").write_text(changed, encoding="utf-8")
    value, found = _licensing(tmp_path / "two.html", tmp_path)
    assert isinstance(value, str) and "【请填写" in value and len(found) == 1


def test_heading_numbered_in_no_count(sources, tmp_path):
    """A heading numbered （十十） (its numerals name no count) was imported and printed again as the third heading of
    its part, （三）, with nothing said. It is imported where it stands, with a warning naming both numbers."""
    page = sources["html"].read_text(encoding="utf-8")
    assert "（三）政府信息管理" in page
    (tmp_path / "ten-ten.html").write_text(page.replace("（三）政府信息管理", "（十十）政府信息管理", 1), encoding="utf-8")
    result = imported(tmp_path / "ten-ten.html", tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))
    assert [item["heading"] for item in data["sections"]["overview"][1:4]] == ["主动公开", "依申请公开", "政府信息管理"]
    said = [f for f in result.findings if "（十十）" in f.message]
    assert [(f.rule, f.message) for f in said] == [("sections", "小标题“（十十）政府信息管理”的编号“（十十）”不是序号的写法，"
                                                     "已按它所在的位置导入，重新排版时编为“（三）”：请核对原件")]
    assert said[0].published == "小标题“（十十）政府信息管理”的编号“（十十）”不是序号的写法：请核对原件"


MERGED = "表二“行政规范性文件”“本年制发件数”的“3”是与上一行“规章”合并成一格的数"


def _merged_findings(result) -> list:
    return [(f.place, f.message) for f in result.findings if f.message.startswith(MERGED)]


def test_docx_figure_merged_down_over_the_next_row(sources, tmp_path):
    """规章's 本年制发件数 merged down over 行政规范性文件's (Word's vertical merge) gave both rows its 3, silently. Both
    still read it, the lower row with a warning that its figure is the merged cell's."""
    document = docx.Document(str(sources["docx"]))
    rows = document.tables[0].rows
    top = next(i for i, row in enumerate(rows) if row.cells[0].text == "规章")
    first, below = rows[top].cells[1], rows[top + 1].cells[1]
    first.paragraphs[0].runs[0].text = "3"
    first._tc.get_or_add_tcPr().append(word_xml('<w:vMerge w:val="restart"/>'))
    below._tc.get_or_add_tcPr().append(word_xml("<w:vMerge/>"))
    for run in below.paragraphs[0].runs:
        run.text = ""
    document.save(str(tmp_path / "merged.docx"))
    result = imported(tmp_path / "merged.docx", tmp_path, PLUGINS)
    data = yaml.safe_load(result.target.read_text(encoding="utf-8"))["tables"]["active_disclosure"]
    assert data["regulations"]["issued"] == data["normative_documents"]["issued"] == 3
    assert _merged_findings(result) == [(f"第 1 个表格第 {top + 2} 行", MERGED + "，两行已按同一个数导入：请核对原件，"
                                         "这一行的数不同的按原始台账改正")]


def test_html_figure_merged_down_over_the_next_row(sources, tmp_path):
    page = sources["html"].read_text(encoding="utf-8")
    merged = re.sub(r"(>规章</td>\s*<td)([^>]*>)0(</td>.*?>行政规范性文件</td>\s*)<td[^>]*>2</td>",
                    r'\1 rowspan="2"\g<2>3\3', page, count=1, flags=re.S)
    assert merged != page
    (tmp_path / "merged.html").write_text(merged, encoding="utf-8")
    result = imported(tmp_path / "merged.html", tmp_path, PLUGINS)
    assert len(_merged_findings(result)) == 1
