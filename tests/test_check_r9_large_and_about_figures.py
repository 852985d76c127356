"""``reportkit check`` on annual reports copied from an agency's page into a text file, R9's large and approximate
figures: Chinese numerals of a thousand and more (“一千二百三十四件”, “两千件”, “一万二千件”), digits in groups of
three (“1,234件”), counts in 万 with digits (“1.2万件”: rounded or cut off to the last digit written), counts given as
about (“300余件”, “约60件”, “近百件”, “超过200件”: warned only where the table is far off), several findings of a
sentence in its order, a share of other organs' or another year's figure, a table's row copied as a line with its
columns' figures after the name, a clause saying since when (“条例修订施行三年来，…”).
The tables are test_check_published's (55 new, 4 carried over, 54 closed, 22 予以公开, 6 部分公开); the sentences
are written for these tests."""
from __future__ import annotations

import pytest

from reportkit.numerals import numeral_value
from test_check_published import OK, _add, check, web_page
from test_check_r9_applicants_and_suits import _warnings
from test_check_wording_new_closed import FIX, _checked, _worded

from _import_helpers import page_as_text


@pytest.mark.parametrize("text, value", [
    ("一千二百三十四", 1234), ("两千", 2000), ("一万二千", 12000), ("一千零五", 1005), ("三万五千", 35000),
    ("十万", 100_000), ("一十二", 12), ("1,234", 1234),
    # the spoken short forms are read as no number, not as 1002 or 10002
    ("一千二", None), ("一万二", None), ("12,34", None)])
def test_numerals_of_a_thousand_and_more_are_read(text, value):
    assert numeral_value(text) == value


def _more(r: dict, n: int) -> dict:
    """``r`` with ``n`` more applications new, granted and closed (表三 still ties out)."""
    for row in ("new", "granted", "total"):
        _add(r["t3"], row, 0, n)
    return r


NEW = "而表三“一、本年新收政府信息公开申请数量”的总计为"
#: Large figures in the narrative: (sentence, more applications than the tables' 55, the warnings).
LARGE = {
    "中文数字一千多": ("本年度共收到申请一千二百三十四件。", 1179, []),
    "两千": ("本年度共收到申请两千件。", 1945, []),
    "一万二千": ("本年度共收到申请一万二千件。", 11945, []),
    "千分位": ("本年度共收到申请1,234件。", 1179, []),
    "万的小数": ("本年度共收到申请1.2万件。", 12290, []),
    "万的小数舍去": ("本年度共收到申请1.2万件。", 12900, []),
    "中文数字一千多不符": ("本年度共收到申请一千二百件。", 1179, [f"正文写的是“收到申请一千二百件”，{NEW} 1234{FIX}"]),
    "一万二千不符": ("本年度共收到申请一万二千件。", 12290, [f"正文写的是“收到申请一万二千件”，{NEW} 12345{FIX}"]),
    "千分位不符": ("本年度共收到申请1,243件。", 1179, [f"正文写的是“收到申请1,243件”，{NEW} 1234{FIX}"]),
    "万的小数不符": ("本年度共收到申请1.3万件。", 12290, [
        f"正文写的是“收到申请1.3万件”，{NEW} 12345，与“1.3万件”相差太远（这样写的数，表中的数应在 12500 至 13999 件之间）"
        f"{FIX}"]),
}


@pytest.mark.parametrize("name", LARGE)
def test_a_large_figure_is_read_whole(tmp_path, name):
    text, more, messages = LARGE[name]
    r = _more(_worded(1, f"（二）依申请公开。{text}"), more)
    assert _warnings(tmp_path, r, 1) == messages


#: Counts given as about the tables bear out, or of no table: (paragraph, sentence).
ABOUT_OK = {
    "余件": (1, "（二）依申请公开。本年度收到申请50余件，办结50多件，予以公开20余件。"),
    "约": (1, "（二）依申请公开。本年度收到申请约60件，办结约50件。"),
    "近": (1, "（二）依申请公开。本年度予以公开近30件，不予公开近10件。"),
    "超过": (1, "（二）依申请公开。本年度收到申请超过50件，办结逾50件。"),
    "中文的余件": (1, "（二）依申请公开。本年度共收到申请五十余件，办结五十余件。"),
    "近百件决定": (0, "（一）主动公开。本年度作出行政处罚决定近百件。"),
    "几年来": (1, "（二）依申请公开。条例修订施行三年来，共受理政府信息公开申请300余件，办结290余件。"),
    "全系统": (1, "（二）依申请公开。全系统收到申请1.2万件，本局收到55件。"),
    "上年": (1, "（二）依申请公开。上年收到申请300余件，本年度收到55件。"),
    "增减": (1, "（二）依申请公开。本年度收到申请55件，同比增加300余件。"),
    "咨询": (1, "（二）依申请公开。全年接受咨询300余件，收到申请55件，办结54件。"),
    "网上申请": (1, "（二）依申请公开。全年收到申请55件，其中网上申请40余件，予以公开20余件。"),
    "其中按期办结": (1, "（二）依申请公开。全年办结申请54件，其中按期办结50余件。"),
}


@pytest.mark.parametrize("name", ABOUT_OK)
def test_a_count_given_as_about_that_the_tables_bear_out_is_ok(tmp_path, name):
    paragraph, text = ABOUT_OK[name]
    assert _checked(tmp_path, _worded(paragraph, text)) == OK


def _far(said: str, cell: str, words: str, allows: str) -> str:
    return f"正文写的是“{said}”，而{cell}，与“{words}”相差太远（这样写的数，表中的数应{allows}）{FIX}"


GRANTED = "表三“（一）予以公开”的总计为 22"
#: Counts given as about that the tables clearly belie: (sentence, the warnings in the text's order).
ABOUT_WRONG = {
    "余件": ("本年度收到申请300余件。", [
        _far("收到申请300余件", "表三“一、本年新收政府信息公开申请数量”的总计为 55", "300余件", "在 210 至 490 件之间")]),
    "约": ("本年度办结申请约100件。", [
        _far("办结申请约100件", "表三“三、本年度办理结果（七）总计”为 54", "约100件", "在 70 至 130 件之间")]),
    "近百": ("本年度办结申请54件，其中予以公开近百件。", [_far("予以公开近百件", GRANTED, "近百件", "在 70 至 130 件之间")]),
    "超过": ("本年度部分公开超过200件。", [
        _far("部分公开超过200件", "表三“（二）部分公开”的总计为 6", "超过200件", "不少于 140 件")]),
    "在约数之后": ("本年度收到申请约55件，予以公开约60件，部分公开20余件。", [
        _far("予以公开约60件", GRANTED, "约60件", "在 42 至 78 件之间"),
        _far("部分公开20余件", "表三“（二）部分公开”的总计为 6", "20余件", "在 14 至 36 件之间")]),
}


@pytest.mark.parametrize("name", ABOUT_WRONG)
def test_a_count_given_as_about_far_from_the_table_is_warned(tmp_path, name):
    text, messages = ABOUT_WRONG[name]
    assert _warnings(tmp_path, _worded(1, f"（二）依申请公开。{text}"), 1) == messages


def test_the_findings_of_a_sentence_are_in_its_order(tmp_path):
    r = _worded(1, "（二）依申请公开。本年度办结申请50件，予以公开20件，收到申请50件。")
    assert _warnings(tmp_path, r, 1) == [
        f"正文写的是“办结申请50件”，而表三“三、本年度办理结果（七）总计”为 54{FIX}",
        f"正文写的是“予以公开20件”，而{GRANTED}{FIX}",
        f"正文写的是“收到申请50件”，{NEW} 55{FIX}"]


#: Shares of other organs' or another year's figures, and a clause saying since when.
OTHERS = {
    "全市的占比": "（二）依申请公开。本年度予以公开22件，占全市予以公开总数的5%。",
    "全县的占比": "（二）依申请公开。本年度收到申请55件，其中自然人申请43件，占全县的15%。",
    "上年的占比": "（二）依申请公开。本年度予以公开22件，占上年的110%。",
    "几年来": "（二）依申请公开。条例修订施行三年来，共受理政府信息公开申请160件，办结158件。",
}


@pytest.mark.parametrize("name", OTHERS)
def test_a_figure_of_other_organs_or_years_is_ok(tmp_path, name):
    assert _checked(tmp_path, _worded(1, OTHERS[name])) == OK


def test_the_share_of_the_organs_own_figure_is_still_reckoned(tmp_path):
    r = _worded(1, "（二）依申请公开。本年度予以公开22件，占办结总数的50%。")
    assert _warnings(tmp_path, r, 1) == [
        "正文写的是“予以公开22件，占办结总数的50%”，而 22 件占表三“三、本年度办理结果（七）总计” 54 件的 40.7%：请改正其中一处（R9）"]


def test_a_tables_row_copied_as_a_line_is_no_figure_of_its_own(tmp_path):
    """A table in part 一 copied with spaces between its cells: its rows give two years' figures after the name."""
    page = web_page(_worded(1, "（二）依申请公开。MARK"), tmp_path / "report.html")
    rows = ("项目  2020年  2021年", "收到申请  48件  55件", "办结申请  47件  54件", "予以公开  20件  22件")
    text = page_as_text(page.read_text(encoding="utf-8")).replace("MARK", "两年的申请办理情况如下：\n" + "\n".join(rows))
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    assert [row for row in check(tmp_path, tmp_path / "report.txt") if row[2] == "R9"] == []
