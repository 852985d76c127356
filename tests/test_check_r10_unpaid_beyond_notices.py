"""``check`` and ``validate``, third pass on R9 and R10: more applications left unpaid after a fee notice (表三（六）2)
than notices sent this year and applications carried over together; a published report's count of notices said as its own part 六 states it; clauses joined
by “、”, each with its own subject and count; “结转下年度3件” without 办理. The sentences are written for these tests;
the table is examples/sample-2021.yaml's (2023, 48 new, 4 carried over, 48 done, 4 carried forward, 24 予以公开, 2 不予公开, 1 in
（六）2, 3 fee notices), changed where a test says so."""
from __future__ import annotations

import copy
import re

import pytest
import yaml

from reportkit.testing import check as check_text
from test_check_published import OTHER_2021, _add, applications, check, report
from test_check_r9_other_times import copied_text
from test_citations_wordings import SAMPLE, r9

UNPAID_ROW = "表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”"
EXPLAIN = "，上年结转的申请 4 件：逾期未缴费的申请都收到过收费通知，上年发出的只能是结转申请的，两者合起来也不够。请改正其中一处"


# 1. More applications left unpaid than fee notices sent this year (R10) ----------------------------------------------
def unpaid_findings(sentence: str, unpaid: int, notices: int) -> list[tuple[str, str]]:
    """R10's findings on the sample with ``sentence`` as part 六's paragraph, ``unpaid`` applications in 表三（六）2
    (the natural persons' 予以公开 as many fewer, so that the table adds up) and ``notices`` fee notices sent: (message,
    the file's line the finding is on, after the line before it)."""
    data = copy.deepcopy(SAMPLE)
    data["sections"]["other"] = [sentence]
    results = data["tables"]["applications"]["results"]
    results["granted"]["natural_person"] -= unpaid - results["other_handling"]["overdue_fee"]["natural_person"]
    results["other_handling"]["overdue_fee"]["natural_person"] = unpaid
    data["information_processing_fee"] = {"notices": notices, "amount_notified": 100 * notices, "amount_collected": 0}
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    lines = text.splitlines()
    return [(d.message, " ".join(line.strip() for line in lines[d.line - 2:d.line]))
            for d in check_text(text).diagnostics.items if d.rule == "R10"]


#: Part 六's sentences that tell of no notice sent last year, nor of applications carried over left unpaid (some name
#: last year, notices or unpaid applications otherwise): the rule reads no text, so they change nothing.
NOT_EXPLAINED = {
    "别的事项": "本年度承办人大代表建议5件，均已办结。",
    "收费办法": "对申请数量明显超出合理范围的，按件计收信息处理费。",
    "上年度未发出": "上年度未发出收费通知。",
    "上年没有发出": "上年没有发出过缴费通知书。",
    "比上年减少": "信息处理费比上年度减少200元。",
    "与上年相比": "与上年度相比，收费通知件数有所增加。",
    "较上年多发出": "较上年度多发出收费通知1件。",
    "同上年": "同上年发出收费通知的做法一样，均以邮寄送达。",
    "上年结转已办结": "上年结转4件申请均已办结。",
    "上年结转列举": "上年结转申请4件，本年度逾期未缴纳费用的申请3件。",
    "本年度发出": "本年度发出收费通知1件，申请人逾期未缴纳。",
    "本年度的年份": "2023年度发出的收费通知中有1件逾期未缴费。",
    "首次收费": "今年首次按《政府信息公开信息处理费管理办法》收费。",
    "送达方式": "收费通知均通过邮寄送达申请人。",
    "重新申请": "逾期未缴纳费用的申请人，可重新提出申请。",
    "去年以来": "去年以来，本局对收费工作进行了规范。",
    "收费标准": "上年度的收费标准沿用至今。",
    "通知格式": "上一年度收费通知的格式已作修改。",
    "不再处理": "申请人逾期未缴纳费用的，本机关不再处理其申请。",
    "上缴国库": "收取信息处理费100元，已全部上缴国库。",
    "自上年度起": "自上年度起，本局按规定收取信息处理费。",
}
#: Sentences telling of notices sent last year, or of applications carried over left unpaid: they explain no more
#: unpaid than the applications carried over (the table's), so the warning stands beyond them.
EXPLAINED = {
    "收费通知系上年度发出": "另有2件申请的收费通知系上年度发出，申请人本年度逾期未缴纳费用。",
    "上年度发出收费通知": "上年度发出收费通知2件，申请人逾期未缴纳，本年度不再处理。",
    "上年度12月发出的": "上年度12月发出的2件收费通知，申请人逾期未缴费。",
    "上一年份发出": "2022年12月发出收费通知2件，申请人在本年度逾期未缴纳。",
    "上年结转的申请中": "上年结转的申请中，有2件申请人逾期未缴纳费用。",
    "上年结转的2件": "上年结转的2件申请，申请人逾期未按收费通知要求缴纳费用。",
    "结转申请中": "上一年度结转申请中2件逾期未缴费。",
    "去年发出的": "去年发出的收费通知中有2件申请人逾期未缴纳费用。",
    "送达的缴费通知书中": "上年度送达的缴费通知书中，2件申请人逾期未缴纳。",
    "于上一年份发出": "收费通知于2022年12月发出，申请人本年度逾期未缴纳。",
    "在上年度已送达": "其中2件的收费通知在上年度已送达。",
    "向申请人送达": "上年度向申请人送达缴费通知书2份，申请人逾期未缴费。",
    "上年末开具": "上年末开具的收费通知，申请人本年逾期未缴纳。",
    "顿号": "上年度已发出收费通知、本年度逾期未缴费的2件，不再处理。",
    "结转申请中已发出": "上年结转申请中有2件已发出收费通知，申请人逾期未缴纳。",
    "去年寄送": "去年寄送的收费通知2件，申请人至今未缴纳。",
    "上年度转入": "上年度转入的申请中，2件申请人逾期未缴纳费用。",
    "上年未办结": "上年未办结的申请中，有2件申请人逾期未缴纳信息处理费。",
    "上一年份结转": "2022年度结转的申请中有2件逾期未缴纳费用。",
    "是上年度发出的": "表三中逾期未缴费的3件，有2件的收费通知是上年度发出的。",
    "制发": "上年度制发收费通知2件，申请人均逾期未缴费。",
    "按上年度的通知": "按上年度发出的缴费通知，2件申请人逾期未缴纳。",
}


@pytest.mark.parametrize("name", [*NOT_EXPLAINED, *EXPLAINED])
def test_more_unpaid_than_notices_and_carried_over_is_warned_about_at_the_row(name):
    """6 unpaid, 1 notice sent, 4 applications carried over: one warning at 表三（六）2's line, with the figures, whatever
    part 六 says (a notice sent last year can only be a carried-over application's). Before, none."""
    [(message, line)] = unpaid_findings({**NOT_EXPLAINED, **EXPLAINED}[name], unpaid=6, notices=1)
    assert message == (f"{UNPAID_ROW}为 6 件，而本年度发出的收费通知只有 1 件（“六、其他需要报告的事项”开头印的件数，数据文件中"
                       f"写在 information_processing_fee 的 notices 下）{EXPLAIN}（R10）")
    assert line == "overdue_fee: natural_person: 6"  # the row has no 总计 typed: its first cell


@pytest.mark.parametrize("name", NOT_EXPLAINED)
def test_no_more_unpaid_than_notices_is_ok(name):
    """1 unpaid of 1 notice, 3 of 3: nothing to say, whatever the text."""
    assert unpaid_findings(NOT_EXPLAINED[name], unpaid=1, notices=1) == []
    assert unpaid_findings(NOT_EXPLAINED[name].replace("1件", "3件"), unpaid=3, notices=3) == []


@pytest.mark.parametrize("name", [*NOT_EXPLAINED, *EXPLAINED])
def test_unpaid_beyond_notices_but_within_the_carried_over_is_ok(name):
    """3 or 5 unpaid of 1 notice: the 4 applications carried over may have had their notices last year."""
    assert unpaid_findings({**NOT_EXPLAINED, **EXPLAINED}[name], unpaid=3, notices=1) == []
    assert unpaid_findings({**NOT_EXPLAINED, **EXPLAINED}[name], unpaid=5, notices=1) == []


def test_unpaid_without_notices_charged_is_the_other_warning():
    """No fee charged: the older warning (part 六 says no fee) alone, not this one as well."""
    [(message, _line)] = unpaid_findings("本年度承办人大代表建议5件，均已办结。", unpaid=3, notices=0)
    assert message.startswith(f"{UNPAID_ROW}为 3 件，即发出过信息处理费收费通知")


def _published(tmp_path, other: list[str], unpaid: int) -> list[tuple[str, str, str, str]]:
    """``check`` on a copied-text report with part 六 ``other`` and ``unpaid`` in 表三（六）2 (as many fewer 予以公开)."""
    t3 = applications("2021")
    _add(t3, OTHER_2021[1], 0, unpaid)
    _add(t3, "granted", 0, -unpaid)
    r = report(2023, "安平县水利局", t3=t3, other=other)
    return [row for row in check(tmp_path, copied_text(r, tmp_path / "report.txt")) if row[1] != "note"]


@pytest.mark.parametrize("fee", [
    "本年度依据《政府信息公开信息处理费管理办法》发出收费通知1件，通知收取信息处理费共计100元，实际收取0元。",
    "本年度向申请人发出收费通知1件，通知收取信息处理费100元，实际收取0元。",
], ids=["规定的一句", "自己的话"])
def test_a_published_reports_unpaid_beyond_its_notices_is_warned_about(tmp_path, fee):
    """The import reads part 六's fee sentence (the official one or one in its own words): 1 notice, 4 carried over,
    6 unpaid."""
    [(place, severity, rule, message)] = _published(tmp_path, [fee], unpaid=6)
    assert (severity, rule) == ("warning", "R10")
    assert message == f"{UNPAID_ROW}为 6 件，而“六、其他需要报告的事项”写的本年度发出收费通知只有 1 件{EXPLAIN}（R10）"
    lines = (tmp_path / "report.txt").read_text(encoding="utf-8").splitlines()
    assert lines[int(re.fullmatch(r"第 (\d+) 行", place).group(1)) - 1].startswith(OTHER_2021[1])


def test_a_published_reports_unpaid_within_notices_and_carried_over_is_ok(tmp_path):
    fee = "本年度向申请人发出收费通知1件，通知收取信息处理费100元，实际收取0元。"
    assert _published(tmp_path, [fee, "另有4件申请的收费通知系上年度发出，申请人本年度逾期未缴纳。"], unpaid=5) == [
        ("", "", "ok", "未发现问题")]
    assert _published(tmp_path, [fee], unpaid=1) == [("", "", "ok", "未发现问题")]


# 2. A published report's count of fee notices: as its own part 六 states it (R10) -----------------------------------
def test_a_published_reports_count_of_notices_is_said_as_its_part_six_states_it(tmp_path):
    """Part 六 states 2 notices in its own words, the overview 3: the message says what the report's part 六 states, not
    what reportkit would print at its head. Before, “开头印的是发出收费通知2件”."""
    r = report(2023, "安平县水利局", other=["本年度向申请人发出收费通知2件，通知收取信息处理费200元，实际收取200元。"])
    r["overview"][1] = "（二）依申请公开。全年收到政府信息公开申请55件，均已按时答复，发出收费通知3件。"
    [(place, severity, rule, message)] = [row for row in check(tmp_path, copied_text(r, tmp_path / "report.txt"))
                                          if row[1] != "note"]
    assert (severity, rule, message) == ("warning", "R10", "正文写的是“发出收费通知3件”，而“六、其他需要报告的事项”写的是"
                                                           "本年度发出收费通知2件：请改正其中一处（R10）")
    lines = (tmp_path / "report.txt").read_text(encoding="utf-8").splitlines()
    assert "发出收费通知3件" in lines[int(re.fullmatch(r"第 (\d+) 行", place).group(1)) - 1]


# 3. Clauses joined by “、”, each with its own subject and count (R9) -------------------------------------------------
#: The sample table's figure of each phrase's cell.
TABLE = {"新收": 48, "收到": 48, "办结": 48, "予以公开": 24, "不予公开": 2, "结转下年度": 4, "作出行政处罚决定": 37}

#: Sentences whose clause after “、” has its own subject, the organ or this year, its figure ``{n}`` compared with the
#: table: (sentence, the phrase quoted with ``{n}``).
OWN_AFTER = {
    "全系统后本局": ("全系统新收申请120件、本局新收{n}件。", "新收{n}件"),
    "全系统后本局收到": ("全系统收到政府信息公开申请120件、本局收到政府信息公开申请{n}件。", "收到政府信息公开申请{n}件"),
    "全系统后本机关办结": ("全系统办结申请118件、本机关办结申请{n}件。", "办结申请{n}件"),
    "全局系统后本局": ("全局系统共新收申请130件、本局新收申请{n}件。", "新收申请{n}件"),
    "各乡镇后本局": ("各乡镇共收到政府信息公开申请60件、本局收到政府信息公开申请{n}件。", "收到政府信息公开申请{n}件"),
    "下属单位后本局": ("下属单位予以公开30件、本局予以公开{n}件。", "予以公开{n}件"),
    "局属单位后本局": ("局属单位不予公开6件、本局不予公开{n}件。", "不予公开{n}件"),
    "二级单位后本局": ("二级单位新收申请90件、本局新收申请{n}件。", "新收申请{n}件"),
    "局机关后全局": ("局机关新收申请30件、全局新收申请{n}件。", "新收申请{n}件"),
    "局机关后本局": ("局机关办结申请30件、本局共办结申请{n}件。", "办结申请{n}件"),
    "法规科后本局": ("法规科作出行政处罚决定12件、本局共作出行政处罚决定{n}件。", "作出行政处罚决定{n}件"),
    "机关名称": ("全系统新收申请120件、某县自然资源局新收申请{n}件。", "新收申请{n}件"),
    "其中本局": ("全系统新收申请120件、其中本局新收{n}件。", "新收{n}件"),
    "全系统结转后本局": ("全系统结转下年度办理9件、本局结转下年度办理{n}件。", "结转下年度办理{n}件"),
    "上一年份后本年份": ("2022年新收申请40件、2023年新收申请{n}件。", "新收申请{n}件"),
    "上年后本年度": ("上年新收申请40件、本年度新收申请{n}件。", "新收申请{n}件"),
    "去年后今年": ("去年收到政府信息公开申请40件、今年收到政府信息公开申请{n}件。", "收到政府信息公开申请{n}件"),
    "上年度后全年": ("上年度办结申请39件、全年办结申请{n}件。", "办结申请{n}件"),
    "上年后本年予以公开": ("上年予以公开20件、本年予以公开{n}件。", "予以公开{n}件"),
    "同比后本年度": ("同比增加12件、本年度新收申请{n}件。", "新收申请{n}件"),
    "上半年后全年": ("上半年收到政府信息公开申请20件、全年收到政府信息公开申请{n}件。", "收到政府信息公开申请{n}件"),
}


@pytest.mark.parametrize("name", OWN_AFTER)
def test_the_organs_or_the_years_count_after_a_comma_like_mark_is_compared(name):
    """The clause after “、” has its own subject: its figure is compared, the other clause's not. Before, the figure
    was taken as the first clause's (other organs', a part's, last year's) and not compared."""
    sentence, said = OWN_AFTER[name]
    table = next(v for k, v in TABLE.items() if k in said)
    assert r9(sentence.format(n=table)) == []
    wrong = table + 7
    [(message, there)] = r9(sentence.format(n=wrong))
    assert message.startswith(f"正文写的是“{said.format(n=wrong)}”，而表")
    assert f"为 {table}：请改正其中一处" in message
    assert there.startswith(f"{wrong}件")


#: Sentences whose clause after “、” has no subject of its own: its figure ``{n}`` stays the first clause's (other
#: organs', a part's, another year's, a change), not compared, whether the table's or not; and the other organs' after
#: the organ's.
GOVERNED = {
    "上年办结": "上年新收申请40件、办结{n}件。",
    "较上年增加": "较上年新收申请增加12件、办结{n}件。",
    "同比增加": "同比增加12件、{n}件，办结量同比增加较多。",
    "上一年份": "2022年收到申请40件、办结{n}件。",
    "上半年": "上半年新收申请20件、办结{n}件。",
    "一个月份": "3月份收到申请5件、办结{n}件。",
    "全系统办结": "全系统新收申请120件、办结{n}件。",
    "全系统予以公开": "全系统予以公开60件、部分公开20件、不予公开{n}件。",
    "各乡镇结转": "各乡镇收到申请60件、办结58件、结转下年度{n}件。",
    "局机关办结": "局机关新收申请30件、办结{n}件。",
    "二级单位予以公开": "二级单位新收申请90件、予以公开{n}件。",
    "同比多": "同比多收到申请12件、多办结{n}件。",
    "累计": "条例施行以来累计收到申请400件、办结{n}件。",
    "网上": "网上收到申请30件、办结{n}件。",
    "本局后全系统": "本局新收申请48件、全系统新收申请{n}件。",
    "本局后二级单位": "本局办结申请48件、二级单位办结申请{n}件。",
    "本年度后上年": "本年度新收申请48件、上年新收申请{n}件。",
    "本年份后上一年份": "2023年予以公开24件、2022年予以公开{n}件。",
    "本局后各乡镇": "本局不予公开2件、各乡镇不予公开{n}件。",
    "上年结转的申请": "上年结转的4件申请中、予以公开{n}件。",
    "全县": "全县收到申请300件、办结{n}件。",
}


@pytest.mark.parametrize("name", GOVERNED)
@pytest.mark.parametrize("n", [4, 24, 48, 51])
def test_a_count_without_its_own_subject_after_a_comma_like_mark_stays_the_first_clauses(name, n):
    assert r9(GOVERNED[name].format(n=n)) == []


# 4. “结转下年度3件” and its variants: 表三's 四、结转下年度继续办理 (R9) -------------------------------------------------
#: Ways of saying the count carried forward into next year (the table's 4), with the figure ``{n}``: (sentence, the
#: phrase quoted).
FORWARD = {
    "结转下年度": ("结转下年度{n}件。", "结转下年度{n}件"),
    "结转下一年度": ("办结48件，结转下一年度{n}件。", "结转下一年度{n}件"),
    "结转下年": ("结转下年{n}件，将在法定期限内答复。", "结转下年{n}件"),
    "结转下一年": ("结转下一年{n}件。", "结转下一年{n}件"),
    "结转至下年度": ("结转至下年度{n}件。", "结转至下年度{n}件"),
    "结转到下一年度": ("另结转到下一年度{n}件。", "结转到下一年度{n}件"),
    "转入下年度办理": ("转入下年度办理{n}件。", "转入下年度办理{n}件"),
    "转入下一年度": ("转入下一年度{n}件。", "转入下一年度{n}件"),
    "结转至下一年度继续办理": ("结转至下一年度继续办理{n}件。", "结转至下一年度继续办理{n}件"),
    "结转下年度处理": ("结转下年度处理{n}件。", "结转下年度处理{n}件"),
    "结转下年度继续处理": ("结转下年度继续处理{n}件。", "结转下年度继续处理{n}件"),
    "结转下年度答复": ("结转下年度答复{n}件。", "结转下年度答复{n}件"),
    "共计": ("结转下年度共计{n}件。", "结转下年度共计{n}件"),
    "数量为": ("结转下年度数量为{n}件。", "结转下年度数量为{n}件"),
    "括号": ("结转下年度（均在答复期限内）{n}件。", "结转下年度（均在答复期限内）{n}件"),
    "顿号列举": ("办结48件、结转下年度{n}件。", "结转下年度{n}件"),
    "空格": ("结转下年度 {n} 件。", "结转下年度 {n} 件"),
    "下一年份": ("结转至2024年度办理{n}件。", "结转至2024年度办理{n}件"),
    "下一年份不写度": ("结转至2024年继续办理{n}件。", "结转至2024年继续办理{n}件"),
    "本局": ("本局结转下年度{n}件。", "结转下年度{n}件"),
    "本年度": ("本年度结转下一年度{n}件。", "结转下一年度{n}件"),
}


@pytest.mark.parametrize("name", FORWARD)
def test_a_count_carried_forward_is_compared_with_table_three(name):
    """Each way is compared with 四、结转下年度继续办理 (4). Before, those without “办理” were not read."""
    sentence, said = FORWARD[name]
    assert r9(sentence.format(n=4)) == []
    [(message, there)] = r9(sentence.format(n=7))
    assert message.startswith(f"正文写的是“{said.format(n=7)}”，而表三“四、结转下年度继续办理”的总计为 4：请改正其中一处")
    assert "【表三：carried_forward.total】" in message
    said = said.format(n=7)
    assert there.startswith(re.search(r"\d+\s*件", said).group())  # its figure, not the year's


#: Sentences naming the carried forward that give no count of the year's, or no count at all: not compared.
FORWARD_NOT_COUNTS = {
    "本年份": "结转至2023年度办理{n}件。",
    "上一年份": "2022年结转下年度{n}件。",
    "上年度": "上年度结转下一年度{n}件。",
    "全系统": "全系统结转下年度{n}件。",
    "各乡镇": "各乡镇结转下一年度{n}件。",
    "局机关": "局机关结转下年度{n}件。",
    "上半年": "上半年结转下年度{n}件。",
    "同比": "同比结转下年度{n}件。",
    "的申请": "结转下年度的{n}件申请已全部答复。",
    "约数": "结转下年度{n}余件。",
    "没有数字": "结转下年度的申请将在法定期限内答复。",
    "预算": "结转下年度预算资金{n}万元。",
    "上年结转的": "上年结转的4件申请中，结转下年度{n}件。",
}


@pytest.mark.parametrize("name", FORWARD_NOT_COUNTS)
@pytest.mark.parametrize("n", [4, 7])
def test_a_carried_forward_of_no_table_is_not_compared(name, n):
    assert r9(FORWARD_NOT_COUNTS[name].format(n=n)) == []
