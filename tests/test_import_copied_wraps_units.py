"""Copies of a report's web page or PDF as reviewers save them (``reportkit check page.txt``), and of a work plan's
DOCX: a sentence the copy wrapped before its measure word or a closing mark, 2019's 采购总金额 with no unit or with
its unit written over table 二, a row of table 三 run together with its group's label (a blank after the label or
none), part 六's fee sentence in a report's own words, a sub-item's deadline that is the table's default kept where
its task has another, and tables 三 and 四 as browsers copy them. The sentences are written for these tests; the
tables are :mod:`test_check_published`'s (55 new, 表三（六）2 0) and :mod:`test_import_copied_tables`'s, the plan
:mod:`test_work_plan_deadlines_sub_items`'s."""
from __future__ import annotations

import copy
import re

import docx
import pytest
import yaml
from docx.text.paragraph import Paragraph
from test_check_published import DISCLOSURE_2019, OTHER_2021, _add, applications, check, report
from test_check_r9_other_times import copied_text
from test_import_copied_tables import _report, _rows
from test_work_plan_deadlines_sub_items import PLAN

from _import_helpers import import_text, imported, render_source
from _kinds import PLUGINS
from _kinds import write_plan as _write

ZEROS = dict.fromkeys(["natural_person", "commercial_enterprise", "research_institution",
                       "public_welfare_organization", "legal_service_agency", "other", "total"], 0)


def _line_of(path, text: str) -> str:
    """The place (第 N 行) of the one line of ``path`` that holds ``text``."""
    [number] = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line]
    return f"第 {number} 行"


# 1. A sentence wrapped by the copy -----------------------------------------------------------------------------
@pytest.mark.parametrize("wrapped, joined", [
    ("全年新收政府信息公开申请26\n件，均已按期答复。", "全年新收政府信息公开申请26件，均已按期答复。"),
    ("本年度组织培训4\n次，参训干部130\n人次。", "本年度组织培训4次，参训干部130人次。"),
    ("网站改版投入经费3.5\n万元，新增栏目6\n个，整合专题2\n项。", "网站改版投入经费3.5万元，新增栏目6个，整合专题2项。"),
    ("收到申请二十六\n件，办结二十五件。", "收到申请二十六件，办结二十五件。"),
    ("对咨询较多的事项编写问答（共18条\n），在网站首页置顶。", "对咨询较多的事项编写问答（共18条），在网站首页置顶。"),
    ("答复书一律写明救济途径\n。", "答复书一律写明救济途径。"),
    ("全年发布信息412\n第 2 页 共 6 页\n条，比上年多一成。", "全年发布信息412条，比上年多一成。"),  # a page's number between
], ids=["件", "次-人次", "万元-个-项", "中文数字", "右括号", "句号", "隔着页码"])
def test_a_line_the_copy_wrapped_before_its_unit_or_a_closing_mark_goes_on(tmp_path, wrapped, joined):
    """A page's copy breaks a sentence where the page's line ended: the line starting with 件，… was a paragraph of
    its own, the figure before it without its unit. No paragraph starts so: the lines are one paragraph."""
    text = _report(_rows()).replace("本局依法做好政府信息公开，全年运行平稳。", wrapped)
    _, data = import_text(tmp_path, "copy.txt", text)
    assert data["sections"]["overview"] == [joined]


def test_a_page_number_inside_a_wrapped_sentence_is_left_out_with_a_note(tmp_path):
    text = _report(_rows()).replace("本局依法做好政府信息公开，全年运行平稳。", "全年发布信息412\n- 2 -\n条，比上年多一成。")
    result, data = import_text(tmp_path, "copy.txt", text)
    assert data["sections"]["overview"] == ["全年发布信息412条，比上年多一成。"]
    assert [f.message for f in result.findings if "- 2 -" in f.message] == [
        "句子中间的“- 2 -”未导入（复制时夹进句子的页码或网页的按钮、页脚），前后两行接成一句"]


def test_a_paragraph_starting_with_a_measure_words_character_is_its_own(tmp_path):
    """项目, 个别, 次年, 元旦 start paragraphs: after a line ending with a figure (a telephone number) they stay apart."""
    problems = ["咨询电话：0000-1234567", "个别栏目更新偏慢，下一年度将按月核查。", "项目信息公开还不够全面，将逐项补齐。",
                "次年起实行栏目责任人制度。", "元旦、春节期间安排专人值守。"]
    text = _report(_rows()).replace("个别栏目更新偏慢，下一年度将按月核查。", "\n".join(problems))
    _, data = import_text(tmp_path, "copy.txt", text)
    assert data["sections"]["problems"] == problems


def test_a_figure_wrapped_from_its_unit_is_compared_by_check(tmp_path):
    """The copy's “申请60” / “件，…” was never compared with 表三's 55, and nothing said so: it is, at its line."""
    r = report(2023, "安平县水利局")
    r["overview"][1] = "（二）依申请公开。全年收到政府信息公开申请60"
    path = copied_text(r, tmp_path / "report.txt")
    path.write_text(path.read_text(encoding="utf-8").replace("申请60\n", "申请60\n件，均在法定期限内作出答复。\n"),
                    encoding="utf-8")
    [(place, severity, rule, message)] = check(tmp_path, path)
    assert (severity, rule) == ("warning", "R9")
    assert message.startswith("正文写的是“收到政府信息公开申请60件”，而表三“一、本年新收政府信息公开申请数量”的总计为 55")
    assert place == _line_of(path, "申请60")


# 2. 2019's 采购总金额 with no unit, or with its unit over the table -----------------------------------------------------
def test_a_procurement_amount_without_a_unit_is_found_at_its_row(tmp_path):
    """A 2019 table 二 whose 采购总金额 has no unit in its head nor its cell (326.5): ``check`` said only “data:
    tables.active_disclosure.government_procurement：写明采购总金额的单位：unit: …”. It says at the row that the unit
    is missing and what to check, once."""
    t2 = dict(DISCLOSURE_2019, 政府集中采购=(14, "326.5"))
    path = copied_text(report(2020, "安平县水利局", t2=t2), tmp_path / "report.txt")
    rows = [row for row in check(tmp_path, path) if "采购" in row[3] or "unit" in row[3]]
    assert rows == [(_line_of(path, "政府集中采购"), "warning", "import-cells",
                     "表二“政府集中采购”“采购总金额”为 326.5，原文没有写单位（表头和这一格都没有“元”或“万元”）："
                     "请核对原件是元还是万元")]


@pytest.mark.parametrize("cell", ["326.5万元", "0"])
def test_a_procurement_amount_with_its_unit_or_of_0_needs_none(tmp_path, cell):
    t2 = dict(DISCLOSURE_2019, 政府集中采购=(14 if cell != "0" else 0, cell))
    path = copied_text(report(2020, "安平县水利局", t2=t2), tmp_path / "report.txt")
    assert not [row for row in check(tmp_path, path) if "采购" in row[3] or "unit" in row[3]]


def _copy_2019(tmp_path, old: str, new: str):
    """A 2020 report's copied page whose 表二 prints 采购总金额 326.5 with no unit in its head or cell, ``old`` replaced
    by ``new`` once."""
    t2 = dict(DISCLOSURE_2019, 政府集中采购=(14, "326.5"))
    path = copied_text(report(2020, "安平县水利局", t2=t2), tmp_path / "report.txt")
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


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
    path = _copy_2019(tmp_path, old, new)
    result, data = import_text(tmp_path, "report.txt", path.read_text(encoding="utf-8"))
    assert data["tables"]["active_disclosure"]["government_procurement"] == {"projects": 14, "amount": 326.5,
                                                                            "unit": unit}
    notes = [(f.severity, f.message) for f in result.findings if "采购" in f.message or "单位" in f.message]
    assert notes == [("note", f"表二“政府集中采购”“采购总金额”的表头和这一格都没有写单位，按{_line_of(path, said)}的“{said}”"
                              f"取为{unit}")]
    assert "单位" not in str(data["sections"].get("active_disclosure", ""))


def test_the_heads_unit_goes_before_a_unit_over_the_table(tmp_path):
    """A head naming its unit (采购总金额（元）) says more than a line over the whole table: no note, the head's."""
    path = _copy_2019(tmp_path, "第二十条第（一）项\n", "单位：万元\n第二十条第（一）项\n")
    text = path.read_text(encoding="utf-8").replace("\t采购总金额\n", "\t采购总金额（元）\n")
    result, data = import_text(tmp_path, "report.txt", text)
    assert data["tables"]["active_disclosure"]["government_procurement"]["unit"] == "元"
    assert not [f for f in result.findings if "采购" in f.message]


# 3. A row of table 三 run together with its group's label ------------------------------------------------------
@pytest.mark.parametrize("blank", ["", " ", "\u3000", " \u3000"], ids=["none", "space", "ideographic", "both"])
def test_a_row_run_together_with_its_groups_label_is_the_row(tmp_path, blank):
    """“（三）不予公开1.属于国家秘密1000001”: a page whose table has nothing between its cells copies the group's cell
    spanning rows before the row's first, then the row's seven figures with nothing between them, some with a blank
    after the group's label (“（三）不予公开 1.属于国家秘密1000001”). It was text that cut table 三 in two (“没有…一行”
    for each row after it). Read as the row, the blank or none."""
    rows = _rows(r2=f"三、本年度办理结果{blank}（一）予以公开5200007", r4=f"（三）不予公开{blank}1.属于国家秘密1000001",
                 r12=f"（四）无法提供{blank}1.本机关不掌握相关政府信息1100002", r24="四、结转下年度继续办理1000001")
    result, data = import_text(tmp_path, "copy.txt", _report(rows))
    three = data["tables"]["applications"]
    assert three["results"]["granted"] == dict(ZEROS, natural_person=5, commercial_enterprise=2, total=7)
    assert three["results"]["denied"]["state_secret"] == dict(ZEROS, natural_person=1, total=1)
    assert three["results"]["unable_to_provide"]["no_such_information"] == dict(
        ZEROS, natural_person=1, commercial_enterprise=1, total=2)
    assert three["carried_forward"] == dict(ZEROS, natural_person=1, total=1)
    assert three["results"]["partly_granted"]["total"] == 3 and three["results"]["total"]["total"] == 13
    assert not [f.message for f in result.findings if "表三" in f.message or "不是表二" in f.message]


def test_a_run_together_row_whose_figures_cannot_be_parted_says_so(tmp_path):
    """Its figures no more than its cells: each cell a placeholder naming them, never a figure in a wrong column."""
    result, data = import_text(tmp_path, "copy.txt", _report(_rows(r4="（三）不予公开1.属于国家秘密10001")))
    secret = data["tables"]["applications"]["results"]["denied"]["state_secret"]
    assert all(str(value).startswith("【请填写：") for value in secret.values())
    said = [f.message for f in result.findings if "属于国家秘密" in f.message]
    assert said and all("格与格连在了一起：“10001”，应有 7 格" in m for m in said)
    assert data["tables"]["applications"]["results"]["denied"]["law_forbidden"] == ZEROS


def test_a_blank_between_a_row_label_and_its_figures_is_no_run_together_row(tmp_path):
    """A blank before the figures is a PDF copy's cell parted from its label: “1000001” there is one figure of a
    row of seven, whose cells cannot be told; never 1, 0, 0 … read as if the copy had run them together."""
    result, data = import_text(tmp_path, "copy.txt", _report(_rows(r4="（三）不予公开 1.属于国家秘密 1000001")))
    secret = data["tables"]["applications"]["results"]["denied"]["state_secret"]
    assert all(str(value).startswith("【请填写：") for value in secret.values())
    assert [f for f in result.findings if "属于国家秘密" in f.message]


# 4. Part 六's fee sentence in the report's own words -------------------------------------------------------------
#: Fee sentences stating the notices, the amount notified and the amount collected: (sentence, what they read as).
FEE_STATED = {
    "最简": ("本年度发出收费通知3件，金额300元，实际收取300元。", (3, "300", "300")),
    "依据办法": ("2023年，本局依据《政府信息公开信息处理费管理办法》向申请人发出收费通知书2份，通知收取费用共计460元，"
             "实际收取230元，另1件申请人未在期限内缴费。", (2, "460", "230")),
    "万元与中文数字": ("全年共发出信息处理费收费通知两件，应收金额0.05万元，实收费用500元。", (2, "500", "500")),
    "年份写成汉字": ("二〇二三年度，本局发出收费通知2件，通知收取费用200元，实际收取200元。", (2, "200", "200")),
}


@pytest.mark.parametrize("name", FEE_STATED)
def test_a_fee_sentence_in_own_words_is_read_and_kept(tmp_path, name):
    """Such a sentence was text only, with nothing for ``check`` to compare. It is read into
    ``information_processing_fee`` and kept, with a note."""
    sentence, (notices, notified, collected) = FEE_STATED[name]
    r = report(2023, "安平县水利局", other=[sentence, "本年度承办人大代表建议5件，均已按时办结。"])
    result, data = import_text(tmp_path, "copy.txt", copied_text(r, tmp_path / "r.txt").read_text(encoding="utf-8"))
    fee = data["information_processing_fee"]
    assert (fee["notices"], str(fee["amount_notified"]), str(fee["amount_collected"])) == (notices, notified, collected)
    assert data["sections"]["other"][0] == sentence
    [note] = [f for f in result.findings if "信息处理费" in f.message]
    assert note.severity == "note" and note.message.startswith(f"第六部分的“{sentence.rstrip('。')}”读作信息处理费")


#: Fee sentences that do not state all three for the year and the organ, or a part 六 with two: nothing is read.
FEE_UNCLEAR = {
    "少了一项": "本年度发出收费通知3件，收取信息处理费共计300元。",
    "顺序不同": "本年度实际收取信息处理费300元，共发出收费通知3件。",
    "上年度": "上年度发出收费通知2件，金额200元，实际收取200元。",
    "上一年份写成汉字": "二〇二二年度发出收费通知2件，金额200元，实际收取200元。",
    "全系统": "全系统发出收费通知5件，金额500元，实际收取500元。",
    "上半年": "上半年发出收费通知1件，金额100元，实际收取100元。",
    "后面又有金额": "本年度发出收费通知3件，金额300元，实际收取200元，退还100元。",
    "两句": "本年度发出收费通知3件，金额300元，实际收取300元。本局发出收费通知2件，金额200元，实际收取200元。",
    "未收取": "本单位本年度未收取信息处理费。",
}


@pytest.mark.parametrize("name", FEE_UNCLEAR)
def test_a_fee_sentence_not_all_clear_is_text_only(tmp_path, name):
    r = report(2023, "安平县水利局", other=[FEE_UNCLEAR[name]])
    result, data = import_text(tmp_path, "copy.txt", copied_text(r, tmp_path / "r.txt").read_text(encoding="utf-8"))
    assert "information_processing_fee" not in data
    assert data["sections"]["other"] == [FEE_UNCLEAR[name]]


def _fee_report(tmp_path, other: str, overview: str | None = None, unpaid: int = 0):
    """``check``'s rows of a copied report whose part 六 opens with ``other``, its 依申请公开 paragraph ``overview``,
    ``unpaid`` applications in 表三（六）2 (the results and those carried forward balanced)."""
    t3 = applications("2021")
    for row, change in ((OTHER_2021[1], unpaid), ("total", unpaid), ("forward", -unpaid)):
        _add(t3, row, 0, change)
    r = report(2023, "安平县水利局", t3=t3, other=[other, "本年度承办人大代表建议5件，均已按时办结。"])
    if overview:
        r["overview"][1] = overview
    path = copied_text(r, tmp_path / "report.txt")
    return path, [row for row in check(tmp_path, path) if row[1] != "note"]


def test_a_count_of_notices_that_differs_from_part_six_is_found(tmp_path):
    """Part 三 says 4 notices, part 六's fee sentence 3: before, with the fee not read, nothing was compared."""
    path, rows = _fee_report(tmp_path, "本年度发出收费通知3件，金额300元，实际收取300元。",
                             "（二）依申请公开。全年收到政府信息公开申请55件，对其中4件发出收费通知4件。")
    [(place, severity, rule, message)] = rows
    assert (severity, rule) == ("warning", "R10") and place == _line_of(path, "对其中4件")
    assert message.startswith("正文写的是“发出收费通知4件”")


def test_a_fee_sentence_agreeing_with_the_text_and_table_three_is_ok(tmp_path):
    _, rows = _fee_report(tmp_path, "本年度发出收费通知3件，金额300元，实际收取200元，其中申请人逾期未缴纳费用1件。",
                          "（二）依申请公开。全年收到政府信息公开申请55件，发出收费通知3件。", unpaid=1)
    assert rows == [("", "", "ok", "未发现问题")]


def test_none_charged_in_own_words_against_an_unpaid_notice_in_table_three(tmp_path):
    """“未收取信息处理费” reads as none charged: 表三（六）2's unpaid notice is then found (as before this sweep; the
    fee reader must not take such a sentence for a fee)."""
    path, rows = _fee_report(tmp_path, "本单位本年度未收取信息处理费。", unpaid=1)
    [(place, severity, rule, message)] = rows
    assert (severity, rule) == ("warning", "R10")
    assert re.match(r"表三“（六）其他处理 2\.申请人逾期未按收费通知要求缴纳费用……”为 1 件", message)


# 5. A sub-item's deadline that is the table's default -------------------------------------------------------------
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


# 6. Found by the sweep of copied 2021 tables -----------------------------------------------------------------------
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
