"""Plain-text copies: a table's cells cleaned as paragraphs are (a DOCX's word joiner, zero-width spaces,
&nbsp;); table 二's head with its corner cell (信息内容) left empty, in a browser's copy; a figure's note broken over two
lines with a blank line between, in a copy in reading order; a task table's rows numbered under one task (3.2 after
3.1) sharing its cell; a table saved a cell a line (an office's 另存为纯文本); a row a cell's line break broke; an organ's
name repeated three times in a paged copy, no running head."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, page_as_text, render_source

PLUGINS = load_plugins()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")


def _data(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _page_copy(folder: Path, name: str = "sample-2021") -> str:
    """The example ``name`` as a browser's copy of its web page gives it: a line a paragraph, a row a line (tabs)."""
    page = render_source(EXAMPLES / f"{name}.yaml", "html", folder, PLUGINS)
    return page_as_text(page.read_text(encoding="utf-8"))


# Cells cleaned ------------------------------------------------------------------
_CONTACTS = """青山县林业局2023年政府信息公开工作年度报告
一、总体情况
本局年内调整了公开工作领导小组，各科室确定一名信息员。
二、主动公开政府信息情况
全年在门户网站发布信息，栏目按季度检查。
三、收到和处理政府信息公开申请情况
全年没有收到申请。
四、政府信息公开行政复议、行政诉讼情况
本年度没有发生复议和诉讼。
五、存在的主要问题及改进情况
个别栏目更新偏慢，明年按月通报。
六、其他需要报告的事项
无。
青山县林业局
2024年1月20日
附件：受理点联系方式
受理点\t电话\t地址
县林业局\u00a0办公室\t0000-\u20601234567\t青山县\u200b人民路1号
县林业站\t\u00a00000-7654321\u00a0\t青山县\u3000建设路2号
"""


def test_a_copied_table_s_cells_lose_invisible_characters_and_blanks_as_paragraphs_do(tmp_path):
    """An attachment's table pasted from a DOCX or a page: its cells kept the DOCX's word joiner after a hyphen
    (U+2060), a zero-width space, &nbsp; and a full-width space, which a paragraph loses (clean). The data now has
    the cells as the table prints them."""
    _, data = import_text(tmp_path, "contacts.txt", _CONTACTS)
    table, = (attachment["table"] for attachment in data["attachments"])
    assert table["columns"] == ["受理点", "电话", "地址"]
    assert table["rows"] == [["县林业局办公室", "0000-1234567", "青山县人民路1号"],
                             ["县林业站", "0000-7654321", "青山县建设路2号"]]


def test_a_statistics_row_label_with_a_zero_width_space_is_read(tmp_path):
    """Table 二's row label 行政许可 with a zero-width space in it (a page's editor left it) and a figure between
    &nbsp;s: the row was “not table 二's” and its figure a placeholder; it reads as the copy without them."""
    plain = _page_copy(tmp_path)
    changed = plain.replace("\n行政许可\t", "\n行政\u200b许可\t").replace("\n行政处罚\t37\n", "\n行政处罚\t\u00a037\u00a0\n")
    assert changed.count("\u200b") == 1 and changed.count("\u00a0") == 2
    before, after = (import_text(tmp_path, name, text)[1] for name, text in (("plain.txt", plain), ("changed.txt", changed)))
    assert after["tables"] == before["tables"]
    assert after["tables"]["active_disclosure"]["administrative_licensing"] == {"decisions": 156}


# Table 二's empty corner --------------------------------------------------------
def _corner_left_empty(plain: str, caption_on_head: bool) -> str:
    """``plain`` with table 二's heads' corner cells (信息内容) empty, as a page whose head leaves it blank copies;
    each block's caption on its own line, or on its head's line (its cell spanning the block's rows)."""
    if caption_on_head:
        return re.sub(r"(第二十条第（[一二三四五六七八九十]+）项)\n信息内容\t", "\\1\t\t", plain)
    return plain.replace("\n信息内容\t", "\n\t")


@pytest.mark.parametrize("caption_on_head", [False, True], ids=["caption-above", "caption-on-head-line"])
def test_table_two_s_head_with_an_empty_corner_reads_in_a_browser_s_copy(tmp_path, caption_on_head):
    """Table 二's blocks whose head leaves the corner cell (信息内容) empty: a block of one column (⇥本年处理决定数量)
    was a paragraph, its rows a table no statistics table's (行政许可 … a placeholder); a caption on the head's line
    (第二十条第（五）项⇥⇥本年处理决定数量) lost every block. Each block reads as with its corner written."""
    plain = _page_copy(tmp_path)
    changed = _corner_left_empty(plain, caption_on_head)
    assert "\n信息内容" not in changed and ("项\t\t本年处理决定数量" in changed) == caption_on_head
    (tmp_path / "plain.txt").write_text(plain, encoding="utf-8")
    (tmp_path / "changed.txt").write_text(changed, encoding="utf-8")
    before = _data(imported(tmp_path / "plain.txt", tmp_path, PLUGINS))
    result = imported(tmp_path / "changed.txt", tmp_path, PLUGINS)
    after = _data(result)
    assert after["tables"]["active_disclosure"] == before["tables"]["active_disclosure"]
    assert after["tables"]["active_disclosure"]["administrative_fees"] == {"amount": 412.3562}
    assert after["sections"] == before["sections"]
    assert not [f for f in result.findings if "表二" in f.message or "不是表二" in f.message]


# A note broken over lines apart -------------------------------------------------
@needs_pdftotext
def test_a_figure_s_note_broken_with_a_blank_line_between_reads_in_a_copy_in_reading_order(tmp_path):
    """pdftotext of a 2019-edition report: table 二's 本年增/减 “-11（划至市行政审批管理局）” breaks over two lines.
    With a blank line between the two halves (a reader that set the cell's lines apart), the note was no cell: table
    二 lost every row after it. The halves are one cell across the blank line, as without it."""
    pdf = render_source(EXAMPLES / "xinzhou-2020.yaml", "pdf", tmp_path, PLUGINS)
    subprocess.run(["pdftotext", str(pdf), str(tmp_path / "plain.txt")], check=True)
    plain = (tmp_path / "plain.txt").read_text(encoding="utf-8")
    assert "-11（划至市行政审\n批管理局）" in plain
    (tmp_path / "changed.txt").write_text(plain.replace("行政审\n批管理局", "行政审\n\n批管理局"), encoding="utf-8")
    before = _data(imported(tmp_path / "plain.txt", tmp_path, PLUGINS))
    result = imported(tmp_path / "changed.txt", tmp_path, PLUGINS)
    after = _data(result)
    assert after["tables"] == before["tables"]
    assert after["tables"]["active_disclosure"]["administrative_licensing"]["change"] == {
        "value": -11, "note": "划至市行政审批管理局"}
    assert not [f for f in result.findings if "按阅读顺序复制" in f.message]


# A task table's rows numbered under one task ---------------------------------------
def _plan(folder: Path, source: Path) -> dict:
    return _data(imported(source, folder, PLUGINS, documents=True))


def test_a_task_table_s_rows_numbered_under_one_task_share_its_cell_in_a_browser_s_copy(tmp_path):
    """The work plan's task table copied from its web page: rows 3.2-3.4 lack the 工作任务 cell merged down from 3.1
    (环境质量信息). They were set from the first column, each measure read as a task of its own (“在正文的主要任务里没有，
    已按表中的文字加为一项任务”) and the responsible units as deadlines. A row numbered right after the row above
    under the same item takes that item's cell: the plan reads as from its DOCX."""
    docx_file = render_source(EXAMPLES / "putian-2018-work-plan.yaml", "docx", tmp_path, PLUGINS)
    page = render_source(EXAMPLES / "putian-2018-work-plan.yaml", "html", tmp_path, PLUGINS)
    copy = tmp_path / "plan.txt"
    copy.write_text(page_as_text(page.read_text(encoding="utf-8")), encoding="utf-8")
    assert "\n3.2\t2.水环境质量" in copy.read_text(encoding="utf-8")
    result = imported(copy, tmp_path, PLUGINS, documents=True)
    copied, printed = _data(result), _plan(tmp_path, docx_file)
    assert copied["tasks"] == printed["tasks"]
    assert copied["task_table"] == printed["task_table"] == {"place": "attachment"}
    assert not [f.message for f in result.findings if "格" in f.message or "任务" in f.message]


def _saved_as_text(document: Path) -> str:
    """``document`` as an office saves a DOCX as plain text without tabs: a line a paragraph, a table's cell a line
    each (a cell of paragraphs a line each; a cell merged down from the row above an empty line), CRLF."""
    import docx
    from docx.oxml.ns import qn

    def text(element) -> str:
        return "".join(t.text or "" for t in element.iter(qn("w:t")))

    lines: list[str] = []
    for element in docx.Document(document).element.body:
        if element.tag == qn("w:p"):
            lines.append(text(element))
        for cell in element.iter(qn("w:tc")) if element.tag == qn("w:tbl") else ():
            merge = cell.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            if merge is not None and merge.get(qn("w:val")) in (None, "continue"):
                lines.append("")
            else:
                lines += [text(p) for p in cell.findall(qn("w:p"))]
    return "\r\n".join(lines) + "\r\n"


def test_a_task_table_saved_a_cell_a_line_reads_as_a_table(tmp_path):
    """The work plan saved as plain text by an office that writes a table's cells a line each (LibreOffice's
    另存为文本; a cell merged down an empty line, a cell of two paragraphs two lines). The table was read as paragraphs
    of the attachment: “2018年12月” was lost as a task's deadline. Rows from one number to the next (3.1, 3.2 … 4)
    under the head's five words are the table's rows; it reads as from the DOCX."""
    docx_file = render_source(EXAMPLES / "putian-2018-work-plan.yaml", "docx", tmp_path, PLUGINS)
    copy = tmp_path / "plan.txt"
    saved = _saved_as_text(docx_file)
    assert "\r\n序号\r\n工作任务\r\n具体措施\r\n责任单位\r\n完成时限\r\n1\r\n" in saved and "\r\n3.2\r\n\r\n2.水环境质量" in saved
    copy.write_bytes(saved.encode("gb18030"))
    result = imported(copy, tmp_path, PLUGINS, documents=True)
    copied, printed = _data(result), _plan(tmp_path, docx_file)
    assert copied["tasks"] == printed["tasks"]
    assert next(task for task in copied["tasks"] if task["task"] == "完成清单编制")["deadline"] == "2018年12月"
    assert copied["task_table"] == {"place": "attachment"}
    assert "attachments" not in copied


# A repeated organ's name is no running head -------------------------------------
@needs_pdftotext
@pytest.mark.parametrize("options", [[], ["-layout"]])
def test_an_organ_s_name_over_three_titles_is_no_running_head_of_a_thirteen_page_copy(tmp_path, options):
    """pdftotext of the work plan (13 pages, numbered —N—): “莆田市环境保护局” is the notice's 署名, the first line of the
    plan's title and of the attachment's, three times, two of them at a page's top. It was taken for a running head and
    left out: the plan's title lost its agency (“2018年政务公开工作实施方案”, written as a title of its own). A line
    on fewer than half of the pages is no running head: the title reads as from the PDF."""
    pdf = render_source(EXAMPLES / "putian-2018-work-plan.yaml", "pdf", tmp_path, PLUGINS)
    subprocess.run(["pdftotext", *options, str(pdf), str(tmp_path / "copy.txt")], check=True)
    copy = (tmp_path / "copy.txt").read_text(encoding="utf-8")
    assert sum(line.strip() == "莆田市环境保护局" for line in copy.split("\n")) == 3 and re.search("—\\s*13\\s*—", copy)
    result = imported(tmp_path / "copy.txt", tmp_path, PLUGINS, documents=True)
    copied, printed = _data(result), _plan(tmp_path, pdf)
    assert "title" not in printed and copied.get("title") == printed.get("title")
    assert copied["agency"] == printed["agency"] == "莆田市环境保护局"
    assert not [f for f in result.findings if "页眉" in f.message]


def test_an_attachment_s_table_a_cell_a_line_with_counts_like_its_numbers_reads_by_its_head(tmp_path):
    """An attachment's table copied a cell a line whose counts are the next rows' numbers (1 / … / 2 then 2 / …): it
    was read as a table of two columns from the wrong lines, the rest notes. Its rows are the head's width each, the
    number first: a count is no row's start."""
    text = _CONTACTS[:_CONTACTS.index("附件：")] + (
        "附件：年度重点公开事项\n序号\n事项\n件数\n1\n全年预算和决算\n2\n2\n重大项目审批结果\n3\n3\n行政处罚决定\n12\n")
    _, data = import_text(tmp_path, "cells.txt", text)
    attachment, = data["attachments"]
    assert attachment["title"] == "年度重点公开事项"
    assert attachment["table"] == {"columns": ["序号", "事项", "件数"],
                                   "rows": [[1, "全年预算和决算", 2], [2, "重大项目审批结果", 3], [3, "行政处罚决定", 12]]}
    assert "notes" not in attachment


def test_a_numbered_row_a_cell_s_line_break_broke_is_one_row_again(tmp_path):
    """A browser's copy (or an office's 另存为纯文本) of a table whose cell holds two paragraphs: the row breaks there,
    its line ending with the cell's first paragraph, the next line going on with the rest and the row's other cells.
    The two were read as two short rows (the second one's cells taken for cells merged down). A numbered row short
    of cells and the next line, no number first, that make the table's width with one cell in common are one row."""
    text = _CONTACTS[:_CONTACTS.index("附件：")] + (
        "附件：年度公开事项安排\n序号\t事项\t办理方式\t时限\n1\t公开指南更新\t在网站专栏发布。\t3月底前\n"
        "2\t依申请公开答复\t当面或邮寄送达。\n同时在系统中登记办理结果。\t全年\n3\t年度报告编制\t按规定格式编制并发布。\t1月底前\n")
    result, data = import_text(tmp_path, "rows.txt", text)
    assert data["attachments"][0]["table"]["rows"] == [
        [1, "公开指南更新", "在网站专栏发布。", "3月底前"],
        [2, "依申请公开答复", "当面或邮寄送达。同时在系统中登记办理结果。", "全年"],
        [3, "年度报告编制", "按规定格式编制并发布。", "1月底前"]]
    assert not [f for f in result.findings if "只有" in f.message]
