"""Copied reports and work plans, third pass: a run-together row of table 三 whose group's label a blank parts from it,
a unit of money written over table 二 (or in its caption) taken for 2019's 采购总金额, and a sub-item's deadline that
is the table's default kept where its task has another. The sentences are written for these tests; the tables are
:mod:`test_check_published`'s and :mod:`test_import_copied_tables`'s, the plan :mod:`test_work_plan_s23b`'s."""
from __future__ import annotations

import copy
import re

import docx
import pytest
import yaml
from docx.text.paragraph import Paragraph
from test_check_published import DISCLOSURE_2019, report
from test_check_s22 import copied_text
from test_import_copied_tables import _report, _rows
from test_work_plan_s23b import PLAN, _write

from _import_helpers import import_text, imported, render_source
from _kinds import PLUGINS

ZEROS = dict.fromkeys(["natural_person", "commercial_enterprise", "research_institution",
                       "public_welfare_organization", "legal_service_agency", "other", "total"], 0)


# 1. A run-together row of table 三 with a blank after its group's label ------------------------------------------
@pytest.mark.parametrize("blank", [" ", "\u3000", " \u3000"], ids=["space", "ideographic", "both"])
def test_a_run_together_row_with_a_blank_after_its_groups_label_is_the_row(tmp_path, blank):
    """“（三）不予公开 1.属于国家秘密1000001”: the group's label and the row's, then the row's seven figures with nothing
    between them. The blank kept it from being read as a run-together row: the line was text that cut table 三 in
    two. Read as the row without the blank is."""
    rows = _rows(r2=f"三、本年度办理结果{blank}（一）予以公开5200007", r4=f"（三）不予公开{blank}1.属于国家秘密1000001",
                 r12=f"（四）无法提供{blank}1.本机关不掌握相关政府信息1100002")
    result, data = import_text(tmp_path, "copy.txt", _report(rows))
    three = data["tables"]["applications"]
    assert three["results"]["granted"] == dict(ZEROS, natural_person=5, commercial_enterprise=2, total=7)
    assert three["results"]["denied"]["state_secret"] == dict(ZEROS, natural_person=1, total=1)
    assert three["results"]["unable_to_provide"]["no_such_information"] == dict(
        ZEROS, natural_person=1, commercial_enterprise=1, total=2)
    assert three["carried_forward"] == dict(ZEROS, natural_person=1, total=1)  # the rows after it are the table's
    assert not [f.message for f in result.findings if "表三" in f.message or "不是表二" in f.message]


def test_a_blank_between_a_row_label_and_its_figures_is_no_run_together_row(tmp_path):
    """A blank before the figures is a PDF copy's cell parted from its label: “1000001” there is one figure of a
    row of seven, whose cells cannot be told; never 1, 0, 0 … read as if the copy had run them together."""
    result, data = import_text(tmp_path, "copy.txt", _report(_rows(r4="（三）不予公开 1.属于国家秘密 1000001")))
    secret = data["tables"]["applications"]["results"]["denied"]["state_secret"]
    assert all(str(value).startswith("【请填写：") for value in secret.values())
    assert [f for f in result.findings if "属于国家秘密" in f.message]


# 2. A unit of money over table 二 ---------------------------------------------------------------------------------
def _copy_2019(tmp_path, old: str, new: str, said: str):
    """A 2020 report's copied page whose 表二 prints 采购总金额 326.5 with no unit in its head or cell, ``old`` replaced
    by ``new`` once; the path and the number of the line holding the unit ``said``."""
    t2 = dict(DISCLOSURE_2019, 政府集中采购=(14, "326.5"))
    path = copied_text(report(2020, "安平县水利局", t2=t2), tmp_path / "report.txt")
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    [number] = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if said in line]
    return path, number


@pytest.mark.parametrize("old, new, unit, said", [
    ("第二十条第（一）项\n", "单位：万元\n第二十条第（一）项\n", "万元", "单位：万元"),  # over the whole table
    ("第二十条第（一）项\n", "（金额单位：元）\n第二十条第（一）项\n", "元", "金额单位：元"),
    ("第二十条第（九）项\n", "第二十条第（九）项\n单位：万元\n", "万元", "单位：万元"),  # between the block's caption and head
    ("第二十条第（九）项\n", "第二十条第（九）项（单位：万元）\n", "万元", "单位：万元"),  # in the caption
    ("第二十条第（九）项\n", "第二十条第（九）项 金额单位：元\n", "元", "金额单位：元"),
    ("第二十条第（九）项\n", "第二十条第（九）项\t单位：万元\n", "万元", "单位：万元"),  # a cell of the caption's row
], ids=["over", "over-amount", "under-caption", "caption", "caption-blank", "caption-cell"])
def test_a_unit_of_money_written_over_table_two_is_the_amounts(tmp_path, old, new, unit, said):
    """2019's 采购总金额 says 326.5 and neither its head nor its cell names the unit, but a line over the table (or the
    block's caption) does. It was a paragraph of part 二 (or, under the caption, cut the block off the table) and the
    unit a placeholder: the amount's unit is the line's, in a note naming the line."""
    path, number = _copy_2019(tmp_path, old, new, said)
    result, data = import_text(tmp_path, "report.txt", path.read_text(encoding="utf-8"))
    assert data["tables"]["active_disclosure"]["government_procurement"] == {"projects": 14, "amount": 326.5,
                                                                            "unit": unit}
    notes = [(f.severity, f.message) for f in result.findings if "采购" in f.message or "单位" in f.message]
    assert notes == [("note", f"表二“政府集中采购”“采购总金额”的表头和这一格都没有写单位，按第 {number} 行的“{said}”"
                              f"取为{unit}")]
    assert "单位" not in str(data["sections"].get("active_disclosure", ""))


def test_the_heads_unit_goes_before_a_unit_over_the_table(tmp_path):
    """A head naming its unit (采购总金额（元）) says more than a line over the whole table: no note, the head's."""
    path, _ = _copy_2019(tmp_path, "第二十条第（一）项\n", "单位：万元\n第二十条第（一）项\n", "单位：万元")
    text = path.read_text(encoding="utf-8").replace("\t采购总金额\n", "\t采购总金额（元）\n")
    result, data = import_text(tmp_path, "report.txt", text)
    assert data["tables"]["active_disclosure"]["government_procurement"]["unit"] == "元"
    assert not [f for f in result.findings if "采购" in f.message]


# 3. A sub-item's deadline that is the table's default -------------------------------------------------------------
def test_a_sub_items_deadline_equal_to_the_default_is_kept_where_its_task_has_its_own(tmp_path):
    """Task 2's text says 完成时限：2024年9月; its table rows print 2024年12月 (most rows' deadline: the default) for
    sub-items 1 and 3. The import left those two without a deadline, and a sub-item without one prints its task's:
    re-rendered, they said 2024年9月. They keep 2024年12月."""
    plan = yaml.safe_load(yaml.safe_dump(PLAN, allow_unicode=True))
    plan["tasks"][0]["deadline"] = plan["tasks"][2]["deadline"] = "2024-12"
    items = plan["tasks"][1]["items"]
    items[0]["deadline"] = items[2]["deadline"] = "2024-12"
    del items[3]["deadline"]  # prints its task's
    plan["tasks"][1]["deadline"] = "2024-09"
    document = docx.Document(render_source(_write(tmp_path, plan), "docx", tmp_path, PLUGINS))
    paragraphs = document.paragraphs
    task = next(p for p in paragraphs if p.text == "（二）公开城乡客运服务信息")
    line = copy.deepcopy(next(p for p in paragraphs if p.text.startswith("责任科室"))._p)  # a body line's format
    task._p.addnext(line)
    written = Paragraph(line, task._parent)
    for run in written.runs[1:]:
        run._r.getparent().remove(run._r)
    written.runs[0].text = "完成时限：2024年9月"
    document.save(tmp_path / "hand.docx")

    data = yaml.safe_load(imported(tmp_path / "hand.docx", tmp_path, PLUGINS, documents=True).target.read_text(
        encoding="utf-8"))
    assert data["task_table"]["default_deadline"] == "2024年12月"
    assert data["tasks"][1]["deadline"] == "2024年9月"
    printed = [i.get("deadline", data["tasks"][1]["deadline"]) for i in data["tasks"][1]["items"]]
    assert printed == ["2024年12月", "2024年7月", "2024年12月", "2024年9月"]  # what each row printed
    assert "deadline" not in data["tasks"][0] and "deadline" not in data["tasks"][2]  # the default, as before


# 4. Found by the sweep of copied 2021 tables -----------------------------------------------------------------------
_FOUR = "\n".join(["行政复议\t行政诉讼", "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]),
                   "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2), ""])


def _tab_copy(tmp_path, replace) -> tuple:
    """A 2023 report's copied page (cells parted by tabs) as it is and with ``replace`` applied to its text: the data
    each imports to."""
    path = copied_text(report(2023, "安平县水利局"), tmp_path / "report.txt")
    text = path.read_text(encoding="utf-8")
    _, whole = import_text(tmp_path, "whole.txt", text)
    result, changed = import_text(tmp_path, "changed.txt", replace(text))
    return whole, result, changed


def test_a_group_label_on_a_line_of_its_own_in_a_browser_copy_is_its_first_rows(tmp_path):
    """A page's table 三 printing each group's label (三、本年度办理结果, （三）不予公开 …) as a row of its own copies it as
    a line without tabs (the row's blank cells are lost). “三、本年度办理结果” was a part's heading and the table fell
    apart: it is the first label of the row under it, and the table reads as the page's own rows do."""
    groups = ["三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]

    def apart(text: str) -> str:
        for group in groups:
            assert f"\n{group}\t" in text
            text = text.replace(f"\n{group}\t", f"\n{group}\n", 1)
        return text

    whole, result, changed = _tab_copy(tmp_path, apart)
    assert changed["tables"]["applications"] == whole["tables"]["applications"]
    assert changed["sections"] == whole["sections"]
    assert not [f.message for f in result.findings if "表三" in f.message or "不是" in f.message]


@pytest.mark.parametrize("blank", ["\t", " "], ids=["tabs", "spaces"])
def test_table_four_printed_as_two_tables_is_read_from_both(tmp_path, blank):
    """Table 四 as two tables, 行政复议 over its 5 figures and 行政诉讼 over the other 10, each caption a line of its own
    (a row of one cell has no tab). The first part was no table (“不是表二、表三或表四”) and the second's 10 figures
    were read from 行政复议's first cell on; in a PDF copy (spaces) the lines of figures were text. Each part's
    figures are its own: as the one-table copy has them."""
    two = "\n".join(["行政复议", blank.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]), blank.join("21003"),
                     "行政诉讼", blank.join(["未经复议直接起诉", "复议后起诉"]),
                     blank.join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2), blank.join("1001200000"), ""])

    def apart(text: str) -> str:
        text, parted = re.subn(re.escape(_FOUR) + r"[\d\t]+\n", lambda _: two, text)
        assert parted == 1
        return text

    whole, result, changed = _tab_copy(tmp_path, apart)
    assert changed["tables"]["review_litigation"] == whole["tables"]["review_litigation"]
    assert whole["tables"]["review_litigation"]["litigation_direct"]["total"] == 2  # the figures planted above
    assert not [f.message for f in result.findings if "表四" in f.message or "不是" in f.message]
