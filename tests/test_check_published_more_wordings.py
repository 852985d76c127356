"""R9 on more of the ways published reports state a table figure: an aside between wording and figure, “数量为 N 件”,
the applicants named before “申请”, Chinese numerals, “不予公开” (无法提供 …) and lists with “、”, last year's carried
over told of in the sentence that follows them, a county government's own figure beside the county's; and ``reportkit check`` on more self-written published reports (web pages, DOCX), each correct
but tricky (``ok``) or with one planted error (found once, at its paragraph). The sentences are written for these
tests; the tables are those of :mod:`test_check_published` (55 new, 4 carried over, 54 done: 22 予以公开, 6 部分公开,
8 不予公开, …; 3 reviews, 2 suits) and of :mod:`test_citations_wordings` (48 new, 4 carried over, 48 done, 24
予以公开, 5 部分公开, 2 不予公开, 4 reviews, 3 suits)."""
from __future__ import annotations

import re

import pytest

from test_check_published import OK, _add, _with, applications, check, docx_file, web_page
from test_citations_wordings import NEW, r9

DONE = "表三“三、本年度办理结果（七）总计”为 48"
DENIED = "表三“（三）不予公开”各项之和为 2"

#: Sentences that state a table figure in a way R9 did not read, each with a wrong figure: (sentence, the text the
#: warning quotes, the cell and its value). The warning points at the figure (at the phrase for Chinese numerals).
MISSED = {
    "括号在说法和数字之间": ("新收政府信息公开申请（含电子邮件申请）50件。", "新收政府信息公开申请（含电子邮件申请）50件", NEW),
    "数量为": ("全年收到申请数量为 50 件。", "收到申请数量为 50 件", NEW),
    "受理某某提出的申请": ("本年度共受理公民、法人和其他组织提出的政府信息公开申请50件。",
                  "受理公民、法人和其他组织提出的政府信息公开申请50件", NEW),
    "中文数字": ("本年度被申请行政复议五件。", "被申请行政复议五件", "表四“行政复议”的总计为 4"),
    "中文数字两位": ("新收政府信息公开申请五十件。", "新收政府信息公开申请五十件", NEW),
    "不予公开与表不符": ("办结48件，其中予以公开24件，部分公开5件，不予公开3件。", "不予公开3件", DENIED),
    "无法提供与表不符": ("办结48件，其中予以公开24件，部分公开5件，不予公开2件，无法提供10件，不予处理3件，其他处理3件。",
                  "无法提供10件", "表三“（四）无法提供”各项之和为 11"),
    "顿号隔开的办理结果": ("办结48件，其中予以公开24件、部分公开6件、不予公开2件。", "部分公开6件",
                  "表三“（二）部分公开”的总计为 5"),
    "括号里含上年结转": ("本年度受理政府信息公开申请（含上年结转申请）55件。", "受理政府信息公开申请（含上年结转申请）55件",
                  "表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”的总计之和为 52"),
}


@pytest.mark.parametrize("name", MISSED)
def test_a_figure_stated_in_more_ways_is_compared(name):
    sentence, said, cell = MISSED[name]
    [(message, there)] = r9(sentence)
    assert message.startswith(f"正文写的是“{said}”，而{cell}：请改正其中一处")
    assert there.startswith(re.search(r"(?:\d+|[一二两三四五六七八九十百]+)\s*件", said).group())


#: Sentences that are no table figure or agree with it; the first few warned before.
AGREE = {
    "上年结转的已全部办结": "上年结转4件，已全部办结，办结4件。",
    "上年结转的均已答复": "上年结转申请4件，均已按期答复，办结4件，予以公开2件。",
    "不予以公开": "依法予以公开24件，不予以公开2件。",
    "不予以公开在句首": "不予以公开2件，均已向申请人说明理由。",
    "左右": "新收政府信息公开申请50件左右。",
    "受理数是新收加结转": "本年度共受理政府信息公开申请52件，全部按期办结。",
    # agree, read now
    "括号": "新收政府信息公开申请（含电子邮件申请）48件。",
    "数量为": "全年收到申请数量为 48 件。",
    "中文数字": "被申请行政复议四件，被提起行政诉讼三件。",
    "共收到含结转": "本年度共收到申请52件，其中新收政府信息公开申请48件，上年结转4件。",
    # not compared: about, one reason for 不予公开, one channel in the aside
    "余件": "条例施行以来共收到政府信息公开申请200余件，本年度新收政府信息公开申请48件。",
    "余件无限定": "新收政府信息公开申请60余件。",
    "数十件": "收到申请数十件。",
    "零件": "被申请行政复议零件。",
    "某一理由不予公开": "因涉及第三方合法权益不予公开1件。",
    "条件分句后不予公开": "涉及商业秘密的，不予公开1件。",
    "括号里是某一渠道": "新收政府信息公开申请（网上申请）30件。",
    "理由在前一分句": "本机关不掌握相关政府信息，无法提供9件。",
    "某一类申请不予处理": "信访类申请不予处理2件。",
    "办理结果逐项写明": "办结48件，其中予以公开24件，部分公开5件，不予公开2件，无法提供11件，不予处理3件，其他处理3件。",
    "行政许可申请": "受理行政许可申请412件。",
    "新收后括号里其中再写上年结转": "全年新收政府信息公开申请48件（其中网上申请31件），上年结转4件。",
}


@pytest.mark.parametrize("name", AGREE)
def test_a_figure_read_in_more_ways_that_agrees_or_is_no_table_s_is_not_warned_about(name):
    assert r9(AGREE[name]) == []


COUNTY = "某县人民政府"


def test_a_county_government_s_own_figure_beside_the_county_s_as_in_its_tables_is_not_compared():
    """A county government's tables may be the county's or its own: the text's 全县 figure equal to the table tells
    they are the county's, and the government's own figure is no table's."""
    assert r9("全县共收到政府信息公开申请48件，其中县政府本级收到政府信息公开申请12件。", agency=COUNTY) == []


def test_a_county_government_s_figures_none_equal_to_the_table_are_warned_about():
    """A 全县 figure alone is not compared (the tables may be the government's own); its own figure is, when the
    county's is not the table's either; a department's text (no area of its own) is read as before."""
    assert r9("全县共收到政府信息公开申请286件。", agency=COUNTY) == []
    [(message, there)] = r9("全县共收到政府信息公开申请286件，其中县政府本级收到政府信息公开申请50件。", agency=COUNTY)
    assert message.startswith(f"正文写的是“收到政府信息公开申请50件”，而{NEW}")
    assert there.startswith("50件")
    assert len(r9("全县共收到政府信息公开申请48件，其中本局收到政府信息公开申请12件。")) == 1


def test_the_year_s_figure_after_carried_over_and_all_done_is_compared():
    """“均已办结” after a list of the year's counts is no part: the 办结 after it is compared."""
    [(message, _there)] = r9("新收政府信息公开申请48件，上年结转4件，均已办结，办结52件。")
    assert message.startswith(f"正文写的是“办结52件”，而{DONE}")


# Published reports ------------------------------------------------------------------------------------------------
CORRECT = {
    "括号和数量为": ("html", _with(1, "（二）依申请公开。全年新收政府信息公开申请（含通过门户网站提交的申请）55件，"
                                  "办结申请数量为 54 件，结转下年度继续办理5件。")),
    "中文数字写复议诉讼": ("html", _with(1, "（二）依申请公开。全年收到政府信息公开申请55件。因公开工作被申请行政复议三件，"
                                    "被提起行政诉讼两件，案件均在审理或已审结。")),
    "上年结转的已全部办结": ("html", _with(1, "（二）依申请公开。上年结转4件，已全部办结，办结4件；本年新收政府信息公开申请55件，"
                                     "结转下年度继续办理5件。")),
    "累计数写余件": ("html", _with(1, "（二）依申请公开。条例修订施行三年来，共受理政府信息公开申请160余件；本年度共受理公民、"
                                "法人和其他组织提出的政府信息公开申请55件。")),
    "办理结果逐项写明": ("docx", _with(1, "（二）依申请公开。全年办结54件，其中予以公开22件，部分公开6件，不予公开8件，"
                                   "无法提供11件，不予处理4件，其他处理3件。")),
    "某一理由不予公开": ("html", _with(1, "（二）依申请公开。全年收到政府信息公开申请55件。对涉及第三方的申请，征求意见后"
                                   "因涉及第三方合法权益不予公开3件；不予以公开的，均在答复书中写明理由和救济途径。")),
    "县政府报告写全县": ("html", _with(1, "（二）依申请公开。全县各级行政机关共收到政府信息公开申请286件，其中县政府本级"
                                   "收到政府信息公开申请55件，均按期答复。")),
    "县政府的表是全县的": ("html", _with(1, "（二）依申请公开。全县共收到政府信息公开申请55件，其中县政府本级收到"
                                     "政府信息公开申请9件，县直部门和乡镇收到46件。")),
    "2020 年度结转下一年度": ("html", _with(1, "（二）依申请公开。上年结转政府信息公开申请4件，结转下一年度办理5件，"
                                       "新收政府信息公开申请55件。", year=2020)),
}


@pytest.mark.parametrize("name", CORRECT)
def test_a_correct_published_report_is_ok(tmp_path, name):
    fmt, make = CORRECT[name]
    agency = "安平县人民政府" if name.startswith("县政府") else "安平县住房和城乡建设局"
    path = (web_page if fmt == "html" else docx_file)(make(agency), tmp_path / f"report.{fmt}")
    assert [r for r in check(tmp_path, path) if r[1] != "note"] == OK


def _denied_5(agency):
    """表三 with 5 不予公开 (3 fewer 保护第三方合法权益, 3 more 本机关不掌握), the text still saying 8."""
    t3 = applications("2021")
    for column, n in ((0, 2), (1, 1)):
        _add(t3, "1.本机关不掌握相关政府信息", column, n)
        _add(t3, "4.保护第三方合法权益", column, -n)
    return _with(1, "（二）依申请公开。全年办结54件，其中予以公开22件，部分公开6件，不予公开8件，无法提供14件，"
                    "不予处理4件，其他处理3件。", t3=t3)(agency)


#: (format, report, the warning's paragraph and the words it quotes).
PLANTED = {
    "括号后的数字错": ("html", _with(1, "（二）依申请公开。全年新收政府信息公开申请（含信函、传真申请）57件，均按期答复。"),
                 "第 7 段", "“新收政府信息公开申请（含信函、传真申请）57件”"),
    "数量为后的数字错": ("html", _with(1, "（二）依申请公开。本年度收到申请数量为 57 件，办结54件。"),
                  "第 7 段", "“收到申请数量为 57 件”"),
    "中文数字的复议数错": ("html", _with(1, "（二）依申请公开。全年收到政府信息公开申请55件，被申请行政复议四件。"),
                   "第 7 段", "“被申请行政复议四件”"),
    "逐项写明的不予公开数错": ("docx", _denied_5, "第 5 段", "“不予公开8件”"),
    "受理某某提出的申请数错": ("html", _with(1, "（二）依申请公开。本年度共受理公民、法人和其他组织提出的政府信息公开申请58件。"),
                     "第 7 段", "“受理公民、法人和其他组织提出的政府信息公开申请58件”"),
    "2019 年度中文数字的诉讼数错": ("html", _with(1, "（二）依申请公开。全年收到政府信息公开申请55件。因公开工作被提起"
                                          "行政诉讼三件，均已审结。", year=2019), "第 7 段", "“被提起行政诉讼三件”"),
    "上年结转已办结后全年办结数错": ("html", _with(1, "（二）依申请公开。上年结转4件，已全部办结。全年共办结政府信息公开申请50件。"),
                        "第 7 段", "“办结政府信息公开申请50件”"),
}


@pytest.mark.parametrize("name", PLANTED)
def test_a_planted_error_is_found_once_at_its_place(tmp_path, name):
    fmt, make, place, said = PLANTED[name]
    path = (web_page if fmt == "html" else docx_file)(make("安平县住房和城乡建设局"), tmp_path / f"report.{fmt}")
    [(where, severity, rule, message)] = [r for r in check(tmp_path, path) if r[1] != "note"]
    assert (where, severity, rule) == (place, "warning", "R9")
    assert message.startswith(f"正文写的是{said}，而表")
