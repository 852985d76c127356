"""``reportkit check`` on published 2021-edition reports: round numbers in Chinese numerals
(“一万件”, “三千件”) read as their digit forms are (“1万件”: 9500 to 10999), shares of applicants written “以自然人申请为主，
占七成多”, “不到两成” or in per cent with no count, one figure typed wrong in 表三 told once at its cell (not as R3, R2
and R1 each), 上年结转's columns that differ from last year's told in one finding (R7), and paragraphs written to hunt
for false warnings and misses against a table of this file's own (128 new, 6 carried over, 117 closed). The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from reportkit.default_plugins.annual_report.figures.sentences import about
from test_check_published import (
    DENIED, DISCLOSURE_2021, NOT_HANDLED, OTHER_2021, REVIEW, UNABLE, _add, _row, applications, check, report, web_page,
)
from test_check_r9_applicants_and_suits import _warnings
from test_check_r9_large_and_about_figures import _more
from test_check_wording_new_closed import FIX, _checked, _worded

NEW = "而表三“一、本年新收政府信息公开申请数量”的总计为"


@pytest.mark.parametrize("words, allows", [
    ("一万", (9500, 10999)), ("两万", (19500, 20999)), ("三千", (2950, 3099)), ("十万", (95000, 109999)),
    ("约一万", about("约1万")), ("一万余", about("1万余")), ("近千", (650, 1399)),
    # more than one digit, or below a thousand: written out, exact
    ("一万二千", None), ("三百", None), ("3000", None)])
def test_a_round_chinese_numeral_is_read_as_its_digit_form(words, allows):
    assert about(words) == allows


def _far(said: str, cell: str, words: str, allows: str) -> str:
    return f"正文写的是“{said}”，而{cell}，与“{words}”相差太远（这样写的数，表中的数应{allows}）{FIX}"


@pytest.mark.parametrize("text, more, messages", [
    # was warned: “一万件” read as exactly 10000
    ("本年度共收到申请一万件。", 10590, []),
    ("本年度共收到申请一万件。", 13945, [_far("收到申请一万件", f"{NEW[1:]} 14000", "一万件", "在 9500 至 10999 件之间")]),
    ("本年度共收到申请三千件，办结三千件。", 3040, []),
    ("本年度共收到申请三千件。", 3500, [_far("收到申请三千件", f"{NEW[1:]} 3555", "三千件", "在 2950 至 3099 件之间")]),
    ("本年度共收到申请约一万件。", 13400, []),
])
def test_a_round_chinese_numeral_is_compared_as_a_round_figure(tmp_path, text, more, messages):
    assert _warnings(tmp_path, _more(_worded(1, f"（二）依申请公开。{text}"), more), 1) == messages


NATURAL = "表三“一、本年新收政府信息公开申请数量”中“自然人”为 43，占总计 55 件的 78.2%"
ORGANISATIONS = "表三“一、本年新收政府信息公开申请数量”中“法人或其他组织”各列之和为 12，占总计 55 件的 21.8%"


def _tenths(said: str, cell: str, words: str, allows: str) -> str:
    return f"正文写的是“{said}”，而{cell}，与“{words}”相差太远（这样写的占比，表中应{allows}）{FIX}"


#: Shares of applicants as reports write them, of test_check_published's tables (43 自然人, 12 法人或其他组织 of 55): the
#: sentence, the warnings. None of them was read.
SHARES = {
    "以自然人为主": ("全年收到申请55件，以自然人申请为主，占七成多。", []),
    "以法人为主": ("全年收到申请55件，以法人或其他组织申请为主，占七成多。", [
        _tenths("以法人或其他组织申请为主，占七成多", ORGANISATIONS, "七成多", "在 70% 至 80% 之间")]),
    # 21.8% is not under two tenths
    "不到两成": ("全年收到申请55件，其中法人或其他组织申请不到两成。", [
        _tenths("法人或其他组织申请不到两成", ORGANISATIONS, "不到两成", "不高于 20%")]),
    "不到两成不符": ("全年收到申请55件，其中自然人申请不到两成。", [
        _tenths("自然人申请不到两成", NATURAL, "不到两成", "不高于 20%")]),
    "两成以下不符": ("全年收到申请55件，其中自然人申请占比两成以下。", [
        _tenths("自然人申请占比两成以下", NATURAL, "两成以下", "不高于 20%")]),
    "数之后的不到": ("全年收到申请55件，其中自然人申请43件，占比不到两成。", [
        "正文写的是“自然人申请43件，占比不到两成”，而 43 件占表三“一、本年新收政府信息公开申请数量”的总计 55 件的 78.2%，"
        f"与“不到两成”相差太远（这样写的占比，表中应不高于 20%）{FIX}"]),
    "申请人以": ("申请人以自然人为主，约占八成。", []),
    "百分比": ("全年收到申请55件，其中自然人申请占78.2%，法人或其他组织申请占21.8%。", []),
    "百分比不符": ("全年收到申请55件，其中自然人申请占80%，法人或其他组织申请占20%。", [
        f"正文写的是“自然人申请占80%”，而{NATURAL}{FIX}", f"正文写的是“法人或其他组织申请占20%”，而{ORGANISATIONS}{FIX}"]),
    "为主的百分比不符": ("全年收到申请55件，以自然人申请为主，占85%。", [
        f"正文写的是“以自然人申请为主，占85%”，而{NATURAL}{FIX}"]),
    # about, a bound or a change of the share: not compared
    "约占与以上": ("全年收到申请55件，其中自然人申请约占90%，法人或其他组织申请占10%以上。", []),
    "占比的增减": ("全年收到申请55件，其中自然人申请占比同比提高5个百分点。", []),
}


@pytest.mark.parametrize("name", SHARES)
def test_shares_of_applicants_written_as_reports_write_them_are_read(tmp_path, name):
    text, messages = SHARES[name]
    assert _warnings(tmp_path, _worded(1, f"（二）依申请公开。{text}"), 1) == messages


def _table_rows(tmp_path, t3: dict) -> list[tuple[str, str, str, str]]:
    r = report(2021, "安平县水利局", t3=t3)
    return [row for row in check(tmp_path, web_page(r, tmp_path / "report.html")) if row[1] != "note"]


def _typo(row: str, column: int, by: int, total: bool = False):
    """test_check_published's 表三 with ``row``'s ``column`` ``by`` more (its 总计 too where ``total``)."""
    t3 = applications("2021")
    (_add if total else lambda t, r, c, n: t[r].__setitem__(c, t[r][c] + n))(t3, row, column, by)
    return t3


#: One figure typed wrong in 表三: (row, column, by how much, its row's 总计 changed too, the one finding).
TYPOS = {
    # were three: R3 on the row, R2 on 自然人 and on 总计
    "予以公开一格多填": ("granted", 0, 1, False, (
        "第 2 个表格第 6 行", "R3", "表三 第“（一）予以公开”行 “自然人”列的 19 像是多填了 1：这一行自然人至其他六列之和为 23，"
        "而填写的总计为 22；“自然人”列（一）至（六）之和为 45，而（七）总计为 44，也差 1。请把这一格改为 18（这一格没错的，"
        "要改的是这一行的总计和“自然人”列的（七）总计）（R3）")),
    "不予公开一格少填": (DENIED[3], 0, -1, False, (
        "第 2 个表格第 11 行", "R3", "表三 第“4.保护第三方合法权益”行 “自然人”列的 1 像是少填了 1：这一行自然人至其他六列之和为 2，"
        "而填写的总计为 3；“自然人”列（一）至（六）之和为 43，而（七）总计为 44，也差 1。请把这一格改为 2（这一格没错的，"
        "要改的是这一行的总计和“自然人”列的（七）总计）（R3）")),
    # were two: R3 on the row, R1 on the column
    "新收一格": ("new", 0, -9, False, (
        "第 2 个表格第 4 行", "R3", "表三 第“一、本年新收政府信息公开申请数量”行 “自然人”列的 34 像是少填了 9：这一行自然人至其他"
        "六列之和为 46，而填写的总计为 55；“自然人”列一、本年新收加二、上年结转为 37，而三、（七）总计加四、结转下年度继续办理为 46"
        "（R1），也差 9。请把这一格改为 43（这一格没错的，要改的是这一行的总计和“自然人”列中别的数）（R3）")),
    "结转下年度一格": ("forward", 4, 1, False, (
        "第 2 个表格第 28 行", "R3", "表三 第“四、结转下年度继续办理”行 “法律服务机构”列的 2 像是多填了 1：这一行自然人至其他"
        "六列之和为 6，而填写的总计为 5；“法律服务机构”列一、本年新收加二、上年结转为 2，而三、（七）总计加四、结转下年度继续办理为 3"
        "（R1），也差 1。请把这一格改为 1（这一格没错的，要改的是这一行的总计和“法律服务机构”列中别的数）（R3）")),
    # were two: R2 on 自然人 and on 总计, whose typed figures agree with each other
    "予以公开一格和它的总计": ("granted", 0, 1, True, (
        "第 2 个表格第 27 行", "R2", "表三 第“（七）总计”行 “自然人”列：（一）至（六）之和为 45，而填写的总计为 44；“总计”列也因此"
        "不符：（一）至（六）之和为 55，而填写的总计为 54（R2）")),
    "（七）总计的一列": ("total", 1, 1, True, (
        "第 2 个表格第 27 行", "R2", "表三 第“（七）总计”行 “商业企业”列：（一）至（六）之和为 8，而填写的总计为 9；“总计”列也因此"
        "不符：（一）至（六）之和为 54，而填写的总计为 55（R2）")),
    # the row's 总计 alone typed wrong: R3 as before
    "只是总计": ("granted", 6, 1, False, (
        "第 2 个表格第 6 行", "R3", "表三 第“（一）予以公开”行 “总计”列：自然人至其他六列之和为 22，而填写的总计为 23（R3）")),
}


@pytest.mark.parametrize("name", TYPOS)
def test_one_figure_typed_wrong_in_table_three_is_one_finding_at_its_cell(tmp_path, name):
    row, column, by, total, finding = TYPOS[name]
    t3 = _typo(row, column, by, total)
    if row == "total":  # the （七）总计 alone: 四 as it follows from it, R1 holding
        _add(t3, "forward", column, -by)
    assert [(place, rule, message) for place, _s, rule, message in _table_rows(tmp_path, t3)] == [finding]


def test_a_wrong_figure_in_two_rows_of_a_column_is_still_told_by_the_rules(tmp_path):
    """Two figures typed wrong: no single cell explains the sums, each row's R3 and the column's R2 say their own."""
    t3 = _typo("granted", 0, 1)
    t3["partly"][0] += 1
    rows = _table_rows(tmp_path, t3)
    assert [rule for _p, _s, rule, _m in rows] == ["R3", "R3", "R2"]
    assert rows[2][3].startswith("表三 第“（七）总计”行 “自然人”列：（一）至（六）之和为 46，而填写的总计为 44；")


def test_last_years_carried_forward_differing_in_several_columns_is_one_finding(tmp_path):
    """This year's 上年结转 left as last year's own (3 1 0 0 0 0), not last year's 结转下年度 (2 1 0 0 1 1): one R7."""
    (tmp_path / "2021").mkdir()
    (tmp_path / "2022").mkdir()
    web_page(report(2021, "安平县水利局"), tmp_path / "2021" / "report.html")
    t3 = applications("2021")
    t3["forward"] = [t3["new"][c] + t3["carried"][c] - t3["total"][c] for c in range(7)]
    this = report(2022, "安平县水利局", t3=t3, t2=DISCLOSURE_2021 | {"行政规范性文件": (4, 2, 19)})
    rows = check(tmp_path, web_page(this, tmp_path / "2022" / "report.html"), "--previous-dir", str(tmp_path / "2021"))
    [r7] = [row for row in rows if row[2] == "R7"]
    assert r7[0] == "第 2 个表格第 5 行"
    assert r7[3].startswith("表三 二、上年结转“自然人”“法律服务机构”“其他”列为 3、0、0，而上年报告（")
    assert r7[3].endswith("第 2 个表格第 28 行）四、结转下年度继续办理为 2、1、1：两者应相等，请核对本年的上年结转或上年报告（R7）")


def _fee_in_yuan():
    r = report(2021, "安平县水利局", t2=DISCLOSURE_2021 | {"行政事业性收费": ("125000",)})
    r["overview"][0] = "（一）主动公开。本年度收取行政事业性收费12.5万元，收费依据和标准均在网站公示。"
    return r


def _t4(*cells: tuple[int, int]):
    t4 = list(REVIEW)
    for at, value in cells:
        t4[at] = value
    return report(2021, "安平县水利局", t4=t4)


#: Other 2021 tables, right or with an error reports make: (the report, its findings as (place, rule, message start)).
TABLES = {
    "无误": (lambda: report(2021, "安平县水利局"), []),
    "收费金额以元填写": (_fee_in_yuan, [("第 6 段", "R9", "正文写的是“行政事业性收费12.5万元”，而表二“行政事业性收费”的本年收费金额为 "
                                               "125000 万元（表中的数像是以元填写的，表头的单位是万元）：请改正其中一处")]),
    "复议总计": (lambda: _t4((4, 4)), [("第 3 个表格第 4 行", "R5", "表四 行政复议的“总计”：结果维持、结果纠正、其他结果、尚未审结之和"
                                                            "为 3，而填写的总计为 4")]),
    "直接起诉总计": (lambda: _t4((9, 1)), [("第 3 个表格第 4 行", "R5", "表四 行政诉讼“未经复议直接起诉”的“总计”：结果维持、结果纠正、"
                                                                "其他结果、尚未审结之和为 2，而填写的总计为 1")]),
    "四的总计列": (lambda: report(2021, "安平县水利局", t3=_typo("forward", 6, 1)), [
        ("第 2 个表格第 28 行", "R3", "表三 第“四、结转下年度继续办理”行 “总计”列：自然人至其他六列之和为 5，而填写的总计为 6")]),
}


@pytest.mark.parametrize("name", TABLES)
def test_a_table_with_an_error_reports_make_gets_one_finding(tmp_path, name):
    make, findings = TABLES[name]
    rows = [row for row in check(tmp_path, web_page(make(), tmp_path / "report.html")) if row[1] != "note"]
    assert [(place, rule) for place, _s, rule, _m in rows if rule != "ok"] == [(place, rule) for place, rule, _m in findings]
    assert all(row[3].startswith(message) for row, (_p, _r, message) in zip(rows, findings))


def _hunt_table() -> dict:
    """表三 of a county bureau of this file's own: 128 new (96 自然人, 20 商业企业), 6 carried over, 117 closed (52
    予以公开, 16 部分公开, 11 不予公开 (4 第三方), 20 无法提供 (15 不掌握), 13 不予处理 (6 信访), 5 其他处理), 17 forward."""
    t3 = applications("2021")
    t3["new"], t3["carried"] = _row(96, 20, 2, 3, 5, 2), _row(5, 1, 0, 0, 0, 0)
    t3["granted"], t3["partly"] = _row(40, 8, 1, 1, 2, 0), _row(12, 3, 0, 0, 1, 0)
    none = (0, 0, 0, 0, 0, 0)
    for labels, rows in ((DENIED, (none, (1,), none, (3, 1), (2,), (2, 1), none, (1,))),
                         (UNABLE, ((12, 2, 0, 1), (2, 1), (2,))), (NOT_HANDLED, ((6,), (3, 1), (1,), none, (2,))),
                         (OTHER_2021, ((3,), none, (1, 1)))):
        for label, six in zip(labels, rows):
            t3[label] = _row(*six, *[0] * (6 - len(six)))
    results = [k for k in t3 if k not in ("new", "carried", "total", "forward")]
    t3["total"] = [sum(t3[k][c] for k in results) for c in range(7)]
    t3["forward"] = [t3["new"][c] + t3["carried"][c] - t3["total"][c] for c in range(7)]
    return t3


#: Paragraphs written to hunt for false warnings and misses against :func:`_hunt_table` (表二: 6 制发, 2 废止, 41 现行有效,
#: 1536 许可, 238 处罚, 12 强制, 3.6 万元; 表四: 5 reviews, 3 upheld, 1 corrected; 4 suits, 3 direct, 3 upheld, 1
#: pending): (part 一's paragraph, its text, the warnings' number).
HUNT = {
    "新收结转办结": (1, "全年新收政府信息公开申请128件，加上2020年结转的6件，共需办理134件；已办结117件，余下17件转入2022年继续办理。", 0),
    "受理含结转与办结率": (1, "本年度共受理申请134件（含上年结转6件），办结117件，办结率87.3%。", 0),
    "逐项结果": (1, "受理的申请中，予以公开52件，部分公开16件，不予公开11件，无法提供20件，不予处理13件，其他处理5件。", 0),
    "逐项结果不符": (1, "办结的申请中，予以公开54件，部分公开16件，不予公开11件，无法提供20件。", 1),
    "申请人类型": (1, "从申请人类型看，自然人申请96件，占75%；法人或其他组织申请32件，其中商业企业20件。", 0),
    "以自然人为主": (1, "申请人仍以自然人为主，占比超过七成，企业申请近两成。", 0),
    "不到一成不符": (1, "本年度收到申请128件，法人或其他组织提出的申请不到一成。", 1),
    "中文数字": (1, "全年收到申请一百二十八件，办结一百一十七件。", 0),
    "中文数字不符": (1, "全年受理政府信息公开申请一百三十件。", 1),
    "主动公开各项": (0, "本年度制发行政规范性文件6件，废止2件，现行有效41件；全年作出行政许可决定1536件、行政处罚决定238件、"
                 "行政强制决定12件，收取行政事业性收费3.6万元。", 0),
    "收费以元": (0, "全年收取行政事业性收费36000元，已全部上缴财政。", 0),
    "收费不符": (0, "全年收取行政事业性收费3.8万元。", 1),
    "复议诉讼": (4, "本年度因政府信息公开被申请行政复议5件，其中维持3件、纠正1件；被提起行政诉讼4件，其中直接起诉3件、"
              "复议后起诉1件，判决维持3件，1件尚未审结。", 0),
    "均为直接起诉不符": (4, "本年度被提起政府信息公开行政诉讼4件，均为直接起诉。", 1),
    "无法提供的理由": (1, "无法提供的20件中，本机关不掌握相关信息的15件，需要另行制作的3件，申请内容不明确的2件。", 0),
    "第三方不符": (1, "不予公开11件，其中涉及第三方合法权益的5件。", 1),
    "余件": (1, "全年收到申请120余件，办结110余件。", 0),
    "约数不符": (1, "全年收到申请约200件，均已按时答复。", 1),
    "许可千余": (0, "全年作出行政许可决定一千五百余件。", 0),
    "许可两千不符": (0, "全年作出行政许可决定两千件，行政处罚决定238件。", 1),
    "事项一万": (0, "全年办理各类行政许可事项一万件，其中作出行政许可决定1536件。", 0),
    "结转在前": (1, "截至12月31日，尚有17件申请仍在法定期限内办理，结转下一年度。", 0),
    "公开率不符": (1, "全年办结申请117件，予以公开率为46.2%。", 1),
    "全系统": (1, "全系统共收到申请300余件，其中本局本级128件。", 0),
    "占比不符": (1, "不予处理13件，占11.6%。", 1),
    "百分比申请人不符": (1, "申请人中，自然人占85%，法人或其他组织占15%。", 2),
    "网上占比": (1, "全年收到申请128件，其中网上申请占76%，比上年提高4个百分点。", 0),
    "现行有效不符": (0, "目前现行有效的行政规范性文件共43件。", 1),
}


@pytest.mark.parametrize("name", HUNT)
def test_paragraphs_written_to_hunt_are_warned_where_their_figures_are_wrong(tmp_path, name):
    paragraph, text, count = HUNT[name]
    r = report(2021, "安平县市场监督管理局", t3=_hunt_table(), t4=[3, 1, 1, 0, 5, 2, 0, 0, 1, 3, 1, 0, 0, 0, 1],
               t2=DISCLOSURE_2021 | {"行政规范性文件": (6, 2, 41), "行政许可": (1536,), "行政处罚": (238,),
                                     "行政强制": (12,), "行政事业性收费": ("3.6",)})
    r["overview"][1] = "（二）依申请公开。全年收到政府信息公开申请128件，均在法定期限内作出答复。"
    r["overview"][paragraph] = {0: "（一）主动公开。", 1: "（二）依申请公开。", 4: "（五）监督保障。"}[paragraph] + text
    rows = [row for row in _checked(tmp_path, r) if row[2] != "ok"]
    assert all(row[2] == "R9" and row[0] == f"第 {paragraph + 4} 行" for row in rows), rows
    assert len(rows) == count, rows
