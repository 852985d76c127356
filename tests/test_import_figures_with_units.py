"""Figures written with their measure word in the statistics tables (“3件” in 表四, “12件” in 表二 and 表三): an
unbordered PDF's table was no table (its figures no figures), its head read as headings and its row as a paragraph, and
a PDF reader's copy lost the rows. They are read with the word taken off, from a PDF with or without rules, a text copy
(tabs or spaces) and a DOCX. A cell whose unit is not its column's (“2万元” where cases are counted, “5件” for a sum of
money) is a placeholder and a finding: which of the two is wrong is not for reportkit to guess."""
from __future__ import annotations

import re
from pathlib import Path

import docx
import pdfplumber
import pytest
import yaml

from reportkit.importers.pdf.table_breaks import add_table
from reportkit.importers.source import Grid, Published
from reportkit.plugins import load_plugins

from _import_helpers import import_text, imported, page_as_text, render_source
from test_import_copied_tables import _TWO_2019, _report, _rows
from test_import_pdf_layouts import _NO_BORDERS
from test_import_pdf_layouts import _printed as printed_html

PLUGINS = load_plugins()
SAMPLE = Path("examples/sample-2021.yaml")
#: A word of each statistics table's head, to find the table by.
HEADS = {"二": "本年制发件数", "三": "商业企业", "四": "未经复议直接起诉"}
_FOUR = "review_litigation"


def _load(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _messages(result) -> list[str]:
    return [f.message for f in result.findings]


def _with_units(html: str, table: str, unit: str = "件") -> str:
    """``html`` (the PDF renderer's) with each whole number in the cells of table ``table`` followed by ``unit``."""
    start = html.rindex("<table", 0, html.index(HEADS[table]))
    end = html.index("</table>", start)
    cells, count = re.subn(r"(<td[^>]*>)(\d+)(</td>)", rf"\g<1>\g<2>{unit}\g<3>", html[start:end])
    assert count >= 8
    return html[:start] + cells + html[end:]


def _first_cell(html: str, table: str, text: str) -> str:
    """``html`` with the first figure of table ``table`` written ``text`` instead."""
    start = html.rindex("<table", 0, html.index(HEADS[table]))
    found = re.compile(r"(<td[^>]*>)\d+(?:\.\d+)?(</td>)").search(html, start)
    return html[:found.start()] + found[1] + text + found[2] + html[found.end():]


def _unruled(html: str) -> str:
    return html.replace("</head>", f"<style>{_NO_BORDERS}</style></head>", 1)


#: A stretch of each table's figures as the PDF prints them, the word after each.
PRINTED = {"二": "2{0}1{0}9{0}", "三": "38{0}6{0}0{0}1{0}", "四": "2{0}1{0}0{0}1{0}4{0}1{0}0{0}0{0}1{0}2{0}"}


@pytest.mark.parametrize(("table", "unit"), [("二", "件"), ("三", "件"), ("四", "件"), ("二", "条"), ("四", " 件")])
def test_an_unbordered_tables_figures_with_their_measure_word_are_the_tables(tmp_path, original, table, unit):
    """表四 printed without rules, each figure “2件” “0件”: no cell was a figure, so no table was found (“没有找到表四”),
    its head went into part 四 as text and its 15 figures as one paragraph “2件1件0件…”. 表二's and 表三's likewise.
    Now each is its table's figure, the word taken off; so too with a space before the word (“2 件”: typed, or Word's
    space between digits and Chinese), which parted it from the figure as a cell of its own."""
    pdf = printed_html(lambda html: _with_units(_unruled(html), table, unit), tmp_path / "unruled.pdf")
    with pdfplumber.open(pdf) as doc:
        assert not any(page.find_tables() for page in doc.pages)
        printed = "".join(page.extract_text().replace(" ", "") for page in doc.pages)
    assert PRINTED[table].format(unit.strip()) in printed
    back = imported(pdf, tmp_path, PLUGINS)
    assert _messages(back) == []
    data = _load(back)
    assert data["tables"] == original["tables"]
    assert data["sections"] == original["sections"]


def test_a_unit_its_narrow_cell_wrapped_onto_a_line_of_its_own(tmp_path, original):
    """表四's 15 narrow columns wrap “2人次” after “2人”: the line of figures “2人 1人 …” and under it one of “次 次 …”.
    Neither was a row of figures (“没有找到表四”); the units are joined to the figures over them."""
    pdf = printed_html(lambda html: _with_units(_unruled(html), "四", "人次"), tmp_path / "wrapped.pdf")
    with pdfplumber.open(pdf) as doc:
        lines = [line["text"].replace(" ", "") for page in doc.pages for line in page.extract_text_lines()]
    at = lines.index("2人1人0人1人4人1人0人0人1人2人1人0人0人0人1人")
    assert lines[at + 1] == "次" * 15
    back = imported(pdf, tmp_path, PLUGINS)
    assert _messages(back) == []
    data = _load(back)
    assert data["tables"] == original["tables"]
    assert data["sections"] == original["sections"]


@pytest.mark.parametrize("unit", ["", "件"])
def test_a_ruled_tables_part_after_a_page_break_joins_alike_with_units(unit):
    """A ruled table's part on the next page, its first row a row of figures under a group's label alone at the page's
    foot: the two stay rows of their own. A figure with its word (“7件”) was no figure there, and the row was taken
    for the rest of the label's, the two made one."""
    head = [["申请人情况"] * 4, ["", "", "自然人", "总计"]]
    published = Published("x.pdf")
    add_table(published, Grid([*head, ["", "3.其他", f"1{unit}", f"1{unit}"], ["（四）无法提供", "", "", ""]],
                               list("1234"), "p2"))
    add_table(published, Grid([*head, ["", "1.本机关不掌握相关政府信息", f"7{unit}", f"7{unit}"]], list("567"), "p3"))
    [grid] = published.items
    assert grid.rows[2:] == [["", "3.其他", f"1{unit}", f"1{unit}"], ["（四）无法提供", "", "", ""],
                             ["", "1.本机关不掌握相关政府信息", f"7{unit}", f"7{unit}"]]
    assert grid.places == list("12347")


def test_table_four_in_units_is_read_from_a_ruled_pdf_too(tmp_path, original):
    pdf = printed_html(lambda html: _with_units(html, "四"), tmp_path / "ruled.pdf")
    back = imported(pdf, tmp_path, PLUGINS)
    assert _messages(back) == []
    assert _load(back)["tables"] == original["tables"]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_sum_of_money_in_a_count_cell_is_a_placeholder_and_a_finding(tmp_path, ruled):
    """“2万元” in 表四's 结果维持, which counts cases: it was read as 2, its unit dropped in silence. Either the figure
    or the unit is wrong: the cell is left to fill in, with the text as printed, and a finding says why."""
    def edit(html: str) -> str:
        return _with_units(_first_cell(html if ruled else _unruled(html), "四", "2万元"), "四")
    back = imported(printed_html(edit, tmp_path / "money.pdf"), tmp_path, PLUGINS)
    assert [(f.message, f.rule) for f in back.findings] == [(
        "表四“行政复议”“结果维持”：“2万元”写的单位是“万元”，这一格是件数，单位对不上：未导入，请按原件或原始台账填写",
        "cells")]
    four = _load(back)["tables"][_FOUR]
    assert four["reconsideration"] == {"upheld": "【请填写：表四“行政复议”“结果维持”（原文：2万元）】", "corrected": 1,
                                       "other": 0, "pending": 1, "total": 4}
    assert four["litigation_direct"]["upheld"] == 1


def test_a_count_in_an_amount_cell_is_a_placeholder_and_a_finding(tmp_path):
    """表二's 行政事业性收费 written “412.3562件”: a sum of money with a count's word was read as 412.3562 万元."""
    def edit(html: str) -> str:
        return html.replace(">412.3562<", ">412.3562件<", 1)
    back = imported(printed_html(edit, tmp_path / "fee.pdf"), tmp_path, PLUGINS)
    assert _messages(back) == ["表二“行政事业性收费”“本年收费金额（单位：万元）”：“412.3562件”写的单位是“件”，"
                               "这一格是金额（元或万元），单位对不上：未导入，请按原件或原始台账填写"]
    assert _load(back)["tables"]["active_disclosure"]["administrative_fees"] == {
        "amount": "【请填写：表二“行政事业性收费”“本年收费金额（单位：万元）”（原文：412.3562件）】"}


def _sample_html(folder: Path) -> str:
    """The sample's page as the PDF renderer builds it."""
    return render_source(SAMPLE, "html", folder, PLUGINS).read_text(encoding="utf-8")


@pytest.mark.parametrize("table", ["二", "三", "四"])
def test_a_browsers_copy_with_units_in_a_table(tmp_path, original, table):
    """The page copied from a browser (a tab between cells), a table's figures written with 件."""
    text = page_as_text(_with_units(_sample_html(tmp_path), table))
    result, data = import_text(tmp_path, "copy.txt", text)
    assert _messages(result) == []
    assert data["tables"] == original["tables"]


def test_a_browsers_copy_with_a_sum_of_money_in_a_count_cell(tmp_path):
    text = page_as_text(_with_units(_first_cell(_sample_html(tmp_path), "四", "2万元"), "四"))
    result, data = import_text(tmp_path, "copy.txt", text)
    assert _messages(result) == ["表四“行政复议”“结果维持”：“2万元”写的单位是“万元”，这一格是件数，单位对不上：未导入，"
                                 "请按原件或原始台账填写"]
    assert data["tables"][_FOUR]["reconsideration"]["upheld"] == "【请填写：表四“行政复议”“结果维持”（原文：2万元）】"


@pytest.mark.parametrize("apart", ["", " "], ids=["joined", "apart"])
def test_a_pdf_readers_copy_with_units_in_every_table(tmp_path, apart):
    """A PDF reader's copy (cells parted by spaces): a row whose figures carry their word (“行政许可 52件”, “… 10件 3件
    …”) was no row (“没有找到表三”), and 表四's line “0件 0件 …” took its first figure for a label (“原文有 0 行数字”).
    So too with the word a space apart (“10 件 3 件 …”: the PDF's space between digits and Chinese, copied)."""
    rows = _rows(r0="一、本年新收政府信息公开申请数量 10件 3件 0件 0件 1件 0件 14件",
                 r23="（七）总计 9件 3件 0件 0件 1件 0件 13件")
    text = _report(rows).replace("行政许可 52", "行政许可 52件").replace("行政规范性文件 4 1 9", "行政规范性文件 4件 1件 9件") \
        .replace("0 0 0 1 1 0 0 0 0 0 0 0 0 0 0", "1件 0件 0件 1件 2件 0件 0件 0件 0件 0件 0件 1件 0件 0件 1件")
    result, data = import_text(tmp_path, "copy.txt", re.sub(r"(?<=\d)件", f"{apart}件", text))
    assert _messages(result) == []
    tables = data["tables"]
    assert tables["active_disclosure"]["normative_documents"] == {"issued": 4, "repealed": 1, "in_force": 9}
    assert tables["active_disclosure"]["administrative_licensing"] == {"decisions": 52}
    assert tables["applications"]["new_received"] == {
        "natural_person": 10, "commercial_enterprise": 3, "research_institution": 0, "public_welfare_organization": 0,
        "legal_service_agency": 1, "other": 0, "total": 14}
    assert tables["applications"]["results"]["total"]["total"] == 13
    assert tables[_FOUR] == {
        "reconsideration": {"upheld": 1, "corrected": 0, "other": 0, "pending": 1, "total": 2},
        "litigation_direct": {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, "total": 0},
        "litigation_after_reconsideration": {"upheld": 0, "corrected": 1, "other": 0, "pending": 0, "total": 1}}


def test_a_pdf_readers_copy_with_a_sum_of_money_in_a_count_cell(tmp_path):
    text = _report(_rows()).replace("0 0 0 1 1 0 0 0 0 0 0 0 0 0 0", "0 0 0 1 1 0 0 0 0 0 0 0 0 0 3万元")
    result, data = import_text(tmp_path, "copy.txt", text)
    assert _messages(result) == ["表四“复议后起诉”“总计”：“3万元”写的单位是“万元”，这一格是件数，单位对不上：未导入，"
                                 "请按原件或原始台账填写"]
    assert data["tables"][_FOUR]["litigation_after_reconsideration"]["total"] == \
        "【请填写：表四“复议后起诉”“总计”（原文：3万元）】"


def test_a_2019_change_cell_with_its_measure_word_is_read(tmp_path):
    """2019's 本年增/减 counts too: “增6件” is +6, “减2项” -2; “增3万元” is no count."""
    rows = [row for i, row in enumerate(_rows()) if i not in (21, 22)]
    rows[20] = "（六）其他处理 1 0 0 0 0 0 1"
    two = [row.replace("行政许可 64 +6", "行政许可 64 增6件").replace("其他对外管理服务事项 9 -2", "其他对外管理服务事项 9 减2项")
           .replace("行政处罚 41 增3", "行政处罚 41 增3万元") for row in _TWO_2019]
    result, data = import_text(tmp_path, "copy.txt", _report(rows, year=2020, two=two))
    assert [m for m in _messages(result) if "“政府集中采购”“采购总金额”为 88.5，原文没有写单位" not in m] == [
        "表二“行政处罚”“本年增/减”：“增3万元”写的单位是“万元”，这一格是件数，单位对不上：未导入，请按原件或原始台账填写"]
    assert data["tables"]["active_disclosure"]["administrative_licensing"]["change"] == 6
    assert data["tables"]["active_disclosure"]["other_services"]["change"] == -2
    assert data["tables"]["active_disclosure"]["administrative_penalty"]["change"] == \
        "【请填写：表二“行政处罚”“本年增/减”（原文：增3万元）】"


def _docx_with(folder: Path, tables: str, first: str | None = None) -> Path:
    """The sample's DOCX with 件 after each figure of the ``tables`` (二, 三, 四), and 表四's first figure written
    ``first`` instead."""
    path = render_source(SAMPLE, "docx", folder, PLUGINS)
    document = docx.Document(str(path))
    for table in document.tables:
        named = [name for name, head in HEADS.items() if any(head in cell.text for cell in table._cells)]
        figures = [cell for cell in dict.fromkeys(table._cells) if re.fullmatch(r"\d+", cell.text.strip())]
        if first is not None and named == ["四"]:
            figures.pop(0).paragraphs[0].runs[-1].text = first
        for cell in figures if set(named) & set(tables) else ():
            cell.paragraphs[0].runs[-1].text += "件"
    document.save(str(path))
    return path


def test_a_docxs_tables_with_units(tmp_path, original):
    """A DOCX's ruled tables with 件 after each figure were read already; a sum of money in a count cell was read as
    its figure, its unit dropped in silence."""
    back = imported(_docx_with(tmp_path, "二三四"), tmp_path, PLUGINS)
    assert _messages(back) == []
    assert _load(back)["tables"] == original["tables"]
    folder = tmp_path / "money"
    folder.mkdir()
    back = imported(_docx_with(folder, "四", first="2万元"), folder, PLUGINS)
    assert _messages(back) == ["表四“行政复议”“结果维持”：“2万元”写的单位是“万元”，这一格是件数，单位对不上：未导入，"
                               "请按原件或原始台账填写"]
    assert _load(back)["tables"][_FOUR]["reconsideration"] == {
        "upheld": "【请填写：表四“行政复议”“结果维持”（原文：2万元）】", "corrected": 1, "other": 0, "pending": 1, "total": 4}


def test_check_tells_a_reviewer_to_look_at_the_original_not_at_the_ledger(tmp_path):
    """``check`` reads published reports: a unit that is not the cell's asks the reviewer to look at the original. It
    said the import's “未导入，请按原件或原始台账填写”, words for a clerk filling in a data file."""
    from reportkit.importers.commands import check_rows

    source = tmp_path / "copy.txt"
    source.write_text(page_as_text(_with_units(_first_cell(_sample_html(tmp_path), "四", "2万元"), "四")),
                      encoding="utf-8")
    rows = [r for r in check_rows(source, PLUGINS, tmp_path / "checked") if r["rule"] == "import-cells"]
    assert [r["message"] for r in rows] == [
        "表四“行政复议”“结果维持”：“2万元”写的单位是“万元”，这一格是件数，单位对不上：请核对原件"]
