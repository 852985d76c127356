"""A statistics table's caption with a bracket that is no unit (（2023年度）, （表一）) is no text of its part either; a
caption in table 二's first row is dropped as silently as one over the table, a row over its head that is no caption
noted. Table 四 headed 维持 … 合计 (（件）) is read from a text copy, its cells parted by tabs or spaces, its head
cells broken over two lines, and from an office's PDF; a part 一 table naming one result is still no table 四."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from reportkit.plugins import load_plugins

from _import_helpers import SOFFICE, data_of, imported, libreoffice_pdf, page_as_text, render_source
from test_import_captions import _docx_with_lines, _page_with_lines

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: Captions over tables 二, 三 and 四, each set of them as reports write their brackets, and whether they go.
CAPTIONS = {
    "a year": ("表一　主动公开政府信息情况（2023年度）", "表二 收到和处理政府信息公开申请情况（2023年）",
               "表三　政府信息公开行政复议、行政诉讼情况（二〇二三年度）"),
    "numbered in brackets": ("（表一）主动公开政府信息情况", "(表2)政府信息公开申请情况", "（表三）行政复议、行政诉讼情况"),
    "a year and a unit": ("表一 主动公开政府信息情况（2023年度）（单位：件）", "表二 收到和处理政府信息公开申请情况（单位：件）",
                          "表三 行政复议、行政诉讼情况（单位：件）"),
}
#: A unit line between each caption and its table.
UNIT_LINES = [("表一　主动公开政府信息情况", "单位：件"), ("表二　收到和处理政府信息公开申请情况", "（单位：件）"),
              ("表三　行政复议、行政诉讼情况", "单位：件")]
#: A bracket that is neither a year nor a unit: the line says more than a caption, and stays text.
NO_CAPTION = "主动公开政府信息情况（含所属事业单位）"


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    return render_source(SAMPLE, "docx", tmp_path_factory.mktemp("plain"), PLUGINS)


@pytest.fixture(scope="module")
def plain_import(plain, tmp_path_factory):
    return _read(imported(plain, tmp_path_factory.mktemp("plain_import"), PLUGINS))


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    return render_source(SAMPLE, "html", tmp_path_factory.mktemp("page"), PLUGINS).read_text(encoding="utf-8")


def _read(result) -> tuple[dict, list[str]]:
    return data_of(result), [f.message for f in result.findings]


def _import_text(folder: Path, name: str, text: str) -> tuple[dict, list[str]]:
    source = folder / name
    source.write_text(text, encoding="utf-8")
    return _read(imported(source, folder, PLUGINS))


# Captions -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("captions", CAPTIONS.values(), ids=CAPTIONS.keys())
def test_a_caption_with_a_year_or_its_number_in_brackets_is_no_text(plain, plain_import, page, tmp_path, captions):
    """Each caption was the last paragraph of its part's text (表一主动公开政府信息情况（2023年度）): a DOCX, a web page
    and its copy to a text file import as without them, findings and all."""
    assert _read(imported(_docx_with_lines(plain, tmp_path, [[c] for c in captions]), tmp_path, PLUGINS)) == plain_import
    captioned = _page_with_lines(page, [[c] for c in captions])
    for name, text, with_captions in (("page.html", page, captioned),
                                      ("page.txt", page_as_text(page), page_as_text(captioned))):
        assert _import_text(tmp_path, "captioned" + Path(name).suffix, with_captions) == \
            _import_text(tmp_path, name, text)


def test_a_caption_over_a_unit_line_is_no_text(plain, plain_import, tmp_path):
    """A caption, then 单位：件 on a line of its own, then the table: neither is text."""
    assert _read(imported(_docx_with_lines(plain, tmp_path, UNIT_LINES), tmp_path, PLUGINS)) == plain_import


def test_a_bracket_that_says_more_keeps_the_line_text(plain, tmp_path):
    """（含所属事业单位） is neither a year nor a unit: the line before table 三 is part 三's last paragraph."""
    data = data_of(imported(_docx_with_lines(plain, tmp_path, [(), [NO_CAPTION]]), tmp_path, PLUGINS))
    assert data["sections"]["applications"][1:] == [NO_CAPTION]


def _first_row(plain: Path, folder: Path, text: str):
    """``plain`` with ``text`` in a first row across table 二, imported."""
    document = docx.Document(str(plain))
    table = document.tables[0]
    row = table.add_row()
    table.rows[0]._tr.addprevious(row._tr)
    table.rows[0].cells[0].merge(table.rows[0].cells[-1]).text = text
    target = folder / "row.docx"
    document.save(str(target))
    return _read(imported(target, folder, PLUGINS))


def test_a_caption_in_table_twos_first_row_goes_as_silently_as_one_over_it(plain, plain_import, tmp_path):
    """表一　主动公开政府信息情况 in table 二's first row gave “表二第一行的表格标题……未导入”, over the table nothing:
    both are the table's caption, which the part's heading says again and reportkit prints itself. Now neither gives a
    note; the import is the plain report's."""
    caption = CAPTIONS["a year"][0]
    assert _first_row(plain, tmp_path, caption) == plain_import
    assert _read(imported(_docx_with_lines(plain, tmp_path, [[caption]]), tmp_path, PLUGINS)) == plain_import


def test_a_row_over_table_twos_head_that_is_no_caption_is_noted(plain, plain_import, tmp_path):
    """A first row across table 二 that is no caption (a remark on what the table counts) is text the import leaves
    out: a note says so, by what it is, not as a caption."""
    data, messages = _first_row(plain, tmp_path, "本表统计范围含所属事业单位")
    assert data == plain_import[0]
    assert [m for m in messages if m not in plain_import[1]] == ["表二表头上方的“本表统计范围含所属事业单位”未导入"]


# Table 四 in other words, copied ------------------------------------------------------------------------------------
FIGURES = {"reconsideration": (3, 1, 2, 0, 6), "litigation_direct": (4, 2, 0, 1, 7),
           "litigation_after_reconsideration": (5, 0, 1, 2, 8)}
EXPECTED = {group: dict(zip(("upheld", "corrected", "other", "pending", "total"), figures))
            for group, figures in FIGURES.items()}
OFFICIAL = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
SHORT = ("维持", "纠正", "其他", "未审结", "合计")
WORDINGS = {"short": SHORT, "with unit": tuple(f"{head}（件）" for head in SHORT)}
_FIGURE_ROW = [str(n) for group in FIGURES.values() for n in group]


def _copy_with_four(page: str, lines: list[list[str]], sep: str) -> str:
    """The web page copied to a text file, table 四 as ``lines`` of cells parted by ``sep`` (a browser's copy writes a
    merged cell once), all the tables' cells parted so (a PDF reader's copy has spaces)."""
    text = page_as_text(page).replace("\t", sep)
    start, end = text.index(sep.join(("行政复议", "行政诉讼"))), text.index("五、存在的主要问题")
    return text[:start] + "\n".join(sep.join(line) for line in lines) + "\n" + text[end:]


def _four_lines(heads: tuple[str, ...]) -> list[list[str]]:
    return [["行政复议", "行政诉讼"], ["未经复议直接起诉", "复议后起诉"], list(heads) * 3, _FIGURE_ROW]


def _assert_four_read(data: dict, messages: list[str]) -> None:
    assert data["tables"]["review_litigation"] == EXPECTED
    assert not [m for m in messages if "表四" in m or "这个表格不是" in m]
    assert "review_litigation" not in data["sections"]  # no head line left as text


@pytest.mark.parametrize("sep", ["\t", " "], ids=["tabs", "spaces"])
@pytest.mark.parametrize("wording", WORDINGS, ids=WORDINGS.keys())
def test_table_four_in_other_words_from_a_text_copy(page, tmp_path, wording, sep):
    """A copy whose cells are parted by spaces (a PDF reader's) had 维持 … 合计 as no head's labels: the head lines
    were part 四's text, “这个表格不是表二、表三或表四”, 没有找到表四. Each figure now reads in its group and column."""
    _assert_four_read(*_import_text(tmp_path, "copy.txt", _copy_with_four(page, _four_lines(WORDINGS[wording]), sep)))


#: Table 四's head of results with a cell broken over two lines, as each kind of copy gives it: a browser's copy
#: (tabs) breaks the row's line in the cell; a PDF reader's (spaces) sets the cells' second lines on a line of their own.
BROKEN = {
    "未审/结, tabs": ("\t", [[*SHORT * 2, "维持", "纠正", "其他", "未审"], ["结", "合计"]]),
    "结果/维持, tabs": ("\t", [[*OFFICIAL * 2, "结果"], ["维持", *OFFICIAL[1:]]]),
    "未审/结, spaces": (" ", [[*("维持", "纠正", "其他", "未审", "合计") * 3], ["结"] * 3]),
    "结果/维持, spaces": (" ", [[*("结果", "结果", "其他结果", "尚未", "总计") * 3], [*("维持", "纠正", "审结") * 3]]),
}


@pytest.mark.parametrize("sep, heads", BROKEN.values(), ids=BROKEN.keys())
def test_table_four_with_head_cells_broken_in_a_copy(page, tmp_path, sep, heads):
    """未审结 broken 未审 / 结 was no head's label joined either: the table's columns did not read. 结果 / 维持 read and
    still does, though 维持 is a head's label now too."""
    lines = [["行政复议", "行政诉讼"], ["未经复议直接起诉", "复议后起诉"], *heads, _FIGURE_ROW]
    _assert_four_read(*_import_text(tmp_path, "copy.txt", _copy_with_four(page, lines, sep)))


@pytest.mark.parametrize("sep", ["\t", " "], ids=["tabs", "spaces"])
def test_a_summary_table_with_one_result_word_in_a_copy_is_no_table_four(page, tmp_path, sep):
    """A part 一 table naming 行政复议 and 行政诉讼 with 其他 and 合计 is no table 四 in a text copy either: the real
    one after it is read."""
    expected = _import_text(tmp_path, "page.txt", page_as_text(page).replace("\t", sep))[0]
    summary = "\n".join(sep.join(row) for row in (("项目", "其他", "合计"), ("行政复议案件", "1", "4"),
                                                 ("行政诉讼案件", "0", "3")))
    text = page_as_text(page).replace("\t", sep)
    at = text.index("\n", text.index("2023年，某县")) + 1
    data, messages = _import_text(tmp_path, "summary.txt", text[:at] + summary + "\n" + text[at:])
    assert data["tables"]["review_litigation"] == expected["tables"]["review_litigation"]
    assert not [m for m in messages if m.startswith("表四")]


# Table 四 in other words, in an office's PDF --------------------------------------------------------------------------
def _docx_four(plain: Path, folder: Path, heads: tuple[str, ...], ruled: bool) -> Path:
    """``plain`` with table 四's results headed ``heads`` and ``FIGURES`` in its row, as laid out (its column widths
    fit the page); ``ruled`` False: no borders, as a table is often set."""
    document = docx.Document(str(plain))
    table = document.tables[2]
    words = dict(zip(OFFICIAL, heads))

    def put(cell, text: str) -> None:
        first, *rest = cell.paragraphs[0].runs
        first.text = text
        for run in rest:
            run._r.getparent().remove(run._r)

    for cell in {cell._tc: cell for row in table.rows[:3] for cell in row.cells}.values():
        if cell.text in words:
            put(cell, words[cell.text])
    for cell, figure in zip(table.rows[3].cells, _FIGURE_ROW):
        put(cell, figure)
    if not ruled:
        table._tbl.tblPr.append(parse_xml(f"<w:tblBorders {nsdecls('w')}>" + "".join(
            f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>"))
    target = folder / "four.docx"
    document.save(str(target))
    return target


@pytest.mark.skipif(not SOFFICE, reason="needs LibreOffice")
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("wording", WORDINGS, ids=WORDINGS.keys())
def test_table_four_in_other_words_from_an_offices_pdf(plain, tmp_path, wording, ruled):
    """The DOCX exported to PDF by LibreOffice, the heads 维持（件） broken over two lines in their narrow cells, a
    table without rules read from its text's places: each figure in its group and column."""
    _assert_four_read(*_read(imported(libreoffice_pdf(_docx_four(plain, tmp_path, WORDINGS[wording], ruled)),
                                      tmp_path, PLUGINS)))
