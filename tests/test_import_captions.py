"""A statistics table's caption over it (表一　主动公开政府信息情况, 附表1, a title naming the table's subject) is no text of
its part, in a DOCX, a web page, a browser's copy to a text file and an office's PDF; a line that only looks like one
(a sentence, a note) still is. And table 四 with its results worded otherwise (结果维持（件）, 维持, 未审结, 合计) and no
row of plain figures is known by its head and read."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import docx
import pytest

from reportkit.plugins import load_plugins

from _import_helpers import (
    SOFFICE, data_of, imported, libreoffice_pdf, page_as_text, paragraph_starting, render_source, table_four)

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: Captions of tables 二, 三 and 四, as reports number and word them.
CAPTIONS = {
    "numbered": ("表一　主动公开政府信息情况", "表2 收到和处理政府信息公开申请情况", "表三：政府信息公开行政复议、行政诉讼情况"),
    "appended": ("附表1 2023年度主动公开政府信息情况统计表", "附表2", "附表3　行政复议、行政诉讼情况表（单位：件）"),
    "titles": ("主动公开政府信息情况统计表", "政府信息公开申请办理情况", "行政复议、行政诉讼情况"),
}
PART_FOUR = "四、政府信息公开行政复议、行政诉讼情况"


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    return render_source(SAMPLE, "docx", tmp_path_factory.mktemp("plain"), PLUGINS)


@pytest.fixture(scope="module")
def plain_import(plain, tmp_path_factory):
    result = imported(plain, tmp_path_factory.mktemp("plain_import"), PLUGINS)
    return data_of(result), _messages(result)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    return render_source(SAMPLE, "html", tmp_path_factory.mktemp("page"), PLUGINS).read_text(encoding="utf-8")


def _messages(result) -> list[str]:
    return [f.message for f in result.findings]


def _docx_with_lines(plain: Path, folder: Path, lines) -> Path:
    """``plain`` with the paragraph ``lines[n]`` (set as the body text is; a tuple of them, or None) right before its
    table ``n``."""
    document = docx.Document(str(plain))
    body = paragraph_starting(document, "本年度部分申请涉及第三方")
    for table, over in zip(document.tables, lines):
        for line in (over,) if isinstance(over, str) else over or ():
            paragraph = copy.deepcopy(body._element)
            table._element.addprevious(paragraph)
            docx.text.paragraph.Paragraph(paragraph, body._parent).text = line
    target = folder / "captioned.docx"
    document.save(str(target))
    return target


def _page_with_lines(page: str, lines) -> str:
    """The web page with the paragraph ``lines[n]`` (a tuple of them, or None) right before its table ``n``."""
    parts = re.split(r"(?=<table)", page)
    lines = [(over,) if isinstance(over, str) else over or () for over in [*lines, *[None] * len(parts)]]
    return parts[0] + "".join("".join(f"<p>{line}</p>" for line in over) + part for over, part in zip(lines, parts[1:]))


def _import_text(folder: Path, name: str, text: str):
    source = folder / name
    source.write_text(text, encoding="utf-8")
    result = imported(source, folder, PLUGINS)
    return data_of(result), _messages(result)


def _sections(data: dict) -> dict:
    return {key: data["sections"].get(key) for key in ("active_disclosure", "applications", "review_litigation")}


# Captions -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("captions", CAPTIONS.values(), ids=CAPTIONS.keys())
def test_a_caption_paragraph_over_each_table_of_a_docx_is_no_text(plain, plain_import, tmp_path, captions):
    """Each caption was imported as the last paragraph of its part's text (表一主动公开政府信息情况, its full-width
    space lost): the import is now the plain report's, findings and all."""
    result = imported(_docx_with_lines(plain, tmp_path, captions), tmp_path, PLUGINS)
    assert (data_of(result), _messages(result)) == plain_import


def test_captions_over_a_web_pages_tables_and_in_a_browsers_copy_are_no_text(page, tmp_path):
    """A web page with a caption paragraph over each table, and its copy to a text file, where table 二's blocks each
    follow their own caption line (第二十条第（一）项) under the table's caption: imported as without them."""
    captioned = _page_with_lines(page, CAPTIONS["numbered"])
    for name, text, with_captions in (("page.html", page, captioned),
                                      ("page.txt", page_as_text(page), page_as_text(captioned))):
        expected = _import_text(tmp_path, name, text)
        assert _import_text(tmp_path, "captioned" + Path(name).suffix, with_captions) == expected


def test_a_captions_unit_of_money_is_the_tables(tmp_path):
    """A 2019-edition table 二 whose 采购总金额 is printed without its unit, the caption over the table saying it
    (（单位：万元）): the unit is read from the caption, as from a 单位：万元 line over the table, and the caption is no
    text. Without the caption the unit is left to fill in."""
    page = render_source(Path("examples/xinzhou-2020.yaml"), "html", tmp_path, PLUGINS).read_text(encoding="utf-8")
    bare = page.replace('<span>2192.315913</span><span class="as">万</span>元', "2192.315913", 1)
    assert bare != page
    expected = _import_text(tmp_path, "page.html", page)[0]
    data = _import_text(tmp_path, "captioned.html", _page_with_lines(bare, ["表一　主动公开政府信息情况（单位：万元）"]))[0]
    assert data["tables"]["active_disclosure"]["government_procurement"] == \
        expected["tables"]["active_disclosure"]["government_procurement"]
    assert data["tables"]["active_disclosure"]["government_procurement"]["unit"] == "万元"
    assert _sections(data) == _sections(expected)
    uncaptioned = _import_text(tmp_path, "bare.html", bare)[0]
    assert uncaptioned["tables"]["active_disclosure"]["government_procurement"]["unit"].startswith("【请填写")


@pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")
def test_captions_in_an_offices_pdf_are_no_text(plain, tmp_path):
    """The DOCX with its captions exported to PDF by LibreOffice, as an office publishes it: imported as the plain
    DOCX's PDF."""
    (tmp_path / "plain").mkdir()
    (tmp_path / "captioned").mkdir()
    plain_pdf = libreoffice_pdf(_copied(plain, tmp_path / "plain"))
    captioned_pdf = libreoffice_pdf(_docx_with_lines(plain, tmp_path / "captioned", CAPTIONS["numbered"]))
    results = [imported(pdf, pdf.parent, PLUGINS) for pdf in (plain_pdf, captioned_pdf)]
    expected, found = [(data_of(r), _messages(r)) for r in results]
    assert found == expected
    assert _sections(found[0])["review_litigation"] is None


def _copied(source: Path, folder: Path) -> Path:
    target = folder / source.name
    target.write_bytes(source.read_bytes())
    return target


def test_a_caption_in_a_tables_first_row_is_no_row(plain, plain_import, tmp_path):
    """A caption set as each table's first row, one cell across it: the tables and text are read as without it,
    with no note (as a caption over a table)."""
    document = docx.Document(str(plain))
    for table, caption in zip(document.tables, CAPTIONS["numbered"]):
        row = table.add_row()
        table.rows[0]._tr.addprevious(row._tr)
        cell = table.rows[0].cells[0].merge(table.rows[0].cells[-1])
        cell.text = caption
    target = tmp_path / "rows.docx"
    document.save(str(target))
    result = imported(target, tmp_path, PLUGINS)
    data, expected = data_of(result), plain_import[0]
    assert data == expected
    assert _messages(result) == plain_import[1]


#: Lines before table 三 that only look like its caption, and each as part 三's text has it.
LOOK_ALIKES = {
    "a verb": ("表一显示本年度主动公开政府信息的情况", "表一显示本年度主动公开政府信息的情况"),
    "为": ("表二为本年度收到和处理政府信息公开申请情况", "表二为本年度收到和处理政府信息公开申请情况"),
    "如下": ("本年度收到和处理政府信息公开申请情况如下", "本年度收到和处理政府信息公开申请情况如下"),
    "a stop": ("表2收到和处理政府信息公开申请情况。", "表2收到和处理政府信息公开申请情况。"),
    "a clause": ("全年申请均在法定期限内办结，办结情况", "全年申请均在法定期限内办结，办结情况"),
    "long": ("附表2所列收到和处理政府信息公开申请的情况包括本机关及所属各单位当年受理的全部申请统计情况",) * 2,
    "another table's": ("主动公开政府信息情况", "主动公开政府信息情况"),
    "a heading": ("（二）政府信息公开申请情况", "（二）政府信息公开申请情况"),  # nothing under it: a paragraph
}


@pytest.mark.parametrize("line, kept", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_line_that_only_looks_like_a_caption_stays_text(plain, tmp_path, line, kept):
    """Lines before table 三 that read as a sentence, are too long, name another table or are numbered as a heading
    stay the last paragraph of part 三's text."""
    result = imported(_docx_with_lines(plain, tmp_path, [None, line]), tmp_path, PLUGINS)
    text = data_of(result)["sections"]["applications"]
    assert text[1:] == [kept]


def test_a_note_after_a_table_stays_text(plain, plain_import, tmp_path):
    """A 注： line after table 二 (before part 三) is the part's text, not a caption of table 三 after it."""
    document = docx.Document(str(plain))
    note = copy.deepcopy(paragraph_starting(document, "本年度部分申请涉及第三方")._element)
    document.tables[0]._element.addnext(note)
    docx.text.paragraph.Paragraph(note, None).text = "注：表中行政许可含承诺制审批事项。"
    target = tmp_path / "note.docx"
    document.save(str(target))
    data = data_of(imported(target, tmp_path, PLUGINS))
    assert data["sections"]["active_disclosure"] == ["注：表中行政许可含承诺制审批事项。"]
    assert data["tables"] == plain_import[0]["tables"]


# Table 四 in other words -------------------------------------------------------------------------------------------
#: Figures of each group, no two groups alike, so that a figure read in another cell shows.
FIGURES = {"reconsideration": (3, 1, 2, 0, 6), "litigation_direct": (4, 2, 0, 1, 7),
           "litigation_after_reconsideration": (5, 0, 1, 2, 8)}
KEYS = ("upheld", "corrected", "other", "pending", "total")
EXPECTED = {group: dict(zip(KEYS, figures)) for group, figures in FIGURES.items()}
R, D, A = FIGURES.values()
#: Table 四's result heads as reports word them.
WORDINGS = {"with unit": ("结果维持（件）", "结果纠正（件）", "其他结果（件）", "尚未审结（件）", "总计（件）"),
            "short": ("维持", "纠正", "其他", "未审结", "合计")}


def _four_rows(heads: tuple[str, ...]) -> list[list[str]]:
    """Table 四 in its official shape, its figures written with their measure word (3件): no row of plain figures."""
    return [["行政复议"] * 5 + ["行政诉讼"] * 10,
            [*heads, *["未经复议直接起诉"] * 5, *["复议后起诉"] * 5],
            [*heads, *heads * 2],
            [f"{n}件" for group in (R, D, A) for n in group]]


def _four_turned(heads: tuple[str, ...]) -> list[list[str]]:
    """Table 四 turned: a row per result, a column per group, three figures a row."""
    return [["结果", "行政复议", "行政诉讼", "行政诉讼"], ["结果", "行政复议", "未经复议直接起诉", "复议后起诉"],
            *[[head, *(str(group[k]) for group in (R, D, A))] for k, head in enumerate(heads)]]


SHAPES = {"rows": _four_rows, "turned": _four_turned}


def _docx_four(plain: Path, folder: Path, rows: list[list[str]]) -> Path:
    """``plain`` with ``rows`` in place of its table 四 (python-docx; equal cells side by side merged)."""
    document = docx.Document(str(plain))
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = document.tables[2].style
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if c and row[c - 1] == text and r < 2:
                table.cell(r, c - 1).merge(table.cell(r, c))
            else:
                table.cell(r, c).text = text
    old = document.tables[2]._element
    old.addprevious(table._element)
    old.getparent().remove(old)
    target = folder / "four.docx"
    document.save(str(target))
    return target


def _html_four(page: str, rows: list[list[str]]) -> str:
    """The web page with ``rows`` in place of its table 四 (equal cells side by side in a head row as one)."""
    start, end, _ = table_four(page)
    html = "<table>"
    for r, row in enumerate(rows):
        cells = [[text, 1] for text in row[:1]]
        for text in row[1:]:
            if r < 2 and text == cells[-1][0]:
                cells[-1][1] += 1
            else:
                cells.append([text, 1])
        html += "<tr>" + "".join(f'<td colspan="{n}">{text}</td>' for text, n in cells) + "</tr>"
    return page[:start] + html + "</table>" + page[end:]


@pytest.mark.parametrize("shape", SHAPES, ids=SHAPES.keys())
@pytest.mark.parametrize("wording", WORDINGS, ids=WORDINGS.keys())
def test_table_four_with_results_in_other_words_is_read(plain, page, tmp_path, wording, shape):
    """Table 四 whose results are headed 结果维持（件） … 总计（件） or 维持 … 合计, its figures 3件 or in a turned table
    three a row: “这个表格不是表二、表三或表四，未导入” and every cell of table 四 a placeholder. Read in a DOCX and a web
    page alike, each figure in its group and column."""
    rows = SHAPES[shape](WORDINGS[wording])
    docx_result = imported(_docx_four(plain, tmp_path, rows), tmp_path, PLUGINS)
    html_data, html_messages = _import_text(tmp_path, "four.html", _html_four(page, rows))
    for data, messages in ((data_of(docx_result), _messages(docx_result)), (html_data, html_messages)):
        assert data["tables"]["review_litigation"] == EXPECTED
        assert not [m for m in messages if "表四" in m or "这个表格不是" in m]


@pytest.mark.parametrize("rows", [
    [["项目", "其他", "合计"], ["行政复议案件", "1", "4"], ["行政诉讼案件", "0", "3"]],
    [["类别", "维持"], ["行政复议", "2"], ["行政诉讼", "1"]],
], ids=["其他 and 合计", "one result"])
def test_a_summary_table_with_one_result_word_is_no_table_four(plain, plain_import, tmp_path, rows):
    """A table in part 一 naming 行政复议 and 行政诉讼 with one result in other words (其他, 维持) besides a total is
    no table 四: the real table 四 after it is read."""
    document = docx.Document(str(plain))
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    paragraph_starting(document, "2023年，某县")._element.addnext(table._element)
    target = tmp_path / "summary.docx"
    document.save(str(target))
    result = imported(target, tmp_path, PLUGINS)
    assert data_of(result)["tables"]["review_litigation"] == plain_import[0]["tables"]["review_litigation"]
    assert "这个表格不是表二、表三或表四，未导入" in _messages(result)
    assert not [m for m in _messages(result) if m.startswith("表四")]
