"""A text copy of a printed report (a PDF reader's text, a page saved as text): a page's number alone between two
paragraphs is no paragraph of the report; an attachment's title the copy broke over two lines is one title where the
附件说明 names it so; a 合计 line under an attachment's table is no row of table 三."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")


def _copy(tmp_path: Path) -> str:
    """The sample's page as a browser's text copy, its 署名 and 成文日期 last."""
    return page_as_text(render_source(SAMPLE, "html", tmp_path, PLUGINS).read_text(encoding="utf-8"))


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _texts(node) -> list[str]:
    """Every string in ``node``."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for value in node.values() for t in _texts(value)]
    if isinstance(node, list):
        return [t for value in node for t in _texts(value)]
    return []


@pytest.mark.parametrize("number", ["—2—", "- 2 -", "－ 2 －", "第 2 页 共 5 页", "第2页/共5页"])
def test_a_page_s_number_between_paragraphs_is_no_paragraph(number, tmp_path):
    """Before, “—2—” between two paragraphs (the foot of a printed page) was imported as a paragraph of the part."""
    text = _copy(tmp_path)
    at = text.index("\n二、")  # the end of part 一, where a printed page could end
    source = tmp_path / "paged.txt"
    source.write_text(text[:at] + f"\n\n{number}\n" + text[at:], encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert number not in _texts(_data(result))
    line = text[:at].count("\n") + 3
    assert [(f.place, f.rule, f.message.replace(" ", "")) for f in result.findings] == [
        (f"第 {line} 行", "skipped", f"页码“{number.replace(' ', '')}”未导入（打印或导出的页面在两段之间留下的页码）")]


def test_a_page_number_like_line_inside_a_sentence_is_still_text(tmp_path):
    """A paragraph that only starts like a page's number stays."""
    text = _copy(tmp_path)
    at = text.index("\n二、")
    source = tmp_path / "dash.txt"
    source.write_text(text[:at] + "\n— 2 —号文件已按期清理。\n" + text[at:], encoding="utf-8")
    assert "— 2 —号文件已按期清理。" in _texts(_data(imported(source, tmp_path, PLUGINS)))


#: An attachment's title broken over two lines by the copy, a table and a 合计 line under it written with spaces.
ATTACHMENT = ("附件\n\n某县自然资源局政府信息公开\n工作机构及人员情况表\n\n本表按年末实有人数填写。\n"
              "序号 科室 专职人员 兼职人员\n1 办公室 2 1\n2 法规科 1 2\n合计 3 3\n")


@pytest.mark.parametrize(("note", "title"), [
    ("附件：某县自然资源局政府信息公开工作机构及人员情况表\n", "某县自然资源局政府信息公开工作机构及人员情况表"),
    ("附件：某县自然资源局政府信息公开工作机构\n及人员情况表\n", "某县自然资源局政府信息公开工作机构及人员情况表"),
    ("", "某县自然资源局政府信息公开"),  # nothing says the next line is the title's
])
def test_a_title_broken_over_two_lines_is_one_where_the_note_names_it(note, title, tmp_path):
    """Before, the title was its first line and the second a paragraph of the content (and the 附件说明 was said to
    name an attachment there was none of)."""
    text = _copy(tmp_path)
    at = text.rindex("某县自然资源局")  # the 署名
    source = tmp_path / "titled.txt"
    source.write_text(text[:at] + note + text[at:] + "\n" + ATTACHMENT, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    attachment, = _data(result)["attachments"]
    assert attachment["title"] == title
    assert ("工作机构及人员情况表" in attachment["content"]) == (not note)
    assert not [f for f in result.findings if f.rule == "attachments"]
    assert "情况表" not in str(_data(result).get("signature"))  # the note's wrapped line is no organ of the 署名


def test_a_total_line_under_an_attachment_s_table_is_no_row_of_table_three(tmp_path):
    """Before, “合计 3 3” was taken for table 三's 合计 and replaced by “（复制下来的这一行有 2 个数字：3 3，应有 7 格…）”."""
    text = _copy(tmp_path)
    source = tmp_path / "total.txt"
    source.write_text(text + "\n" + ATTACHMENT, encoding="utf-8")
    attachment, = _data(imported(source, tmp_path, PLUGINS))["attachments"]
    assert "合计 3 3" in attachment["content"]
    assert not any("应有" in t for t in _texts(attachment))


def test_a_second_table_left_out_gets_one_finding_not_its_rows_too(tmp_path):
    """An attachment's second table is not imported: its finding says so, and what the reader said of a short row of
    it (a merged cell) goes with it. Before, both were given."""
    text = _copy(tmp_path)
    second = "序号\t渠道\t件数\n1\t网上\t3\n2\t信函\n"
    source = tmp_path / "two.txt"
    source.write_text(text + "\n附件\n登记表\n序号\t事项\t件数\n1\t当面\t6\n另附渠道统计。\n" + second, encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert [(f.rule, f.message[:29]) for f in result.findings] == [
        ("attachments", "附件“登记表”的第二个表格（表格：序号 渠道 件数）未导入")]
    assert _data(result)["attachments"] == [
        {"title": "登记表", "table": {"columns": ["序号", "事项", "件数"], "rows": [[1, "当面", 6]]}, "notes": ["另附渠道统计。"]}]
