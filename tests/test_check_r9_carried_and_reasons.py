"""``check``, fifth pass: figures of the text R9 and R10 missed. A reason ending with 等 before “不予公开 N 件”; the figure
before “结转下年度”; “上年度结转的申请 N 件”; the organ's own count after another organ's (“其中本局收到30件”, “本局新收30件
（全系统120件）”); a count carried forward after a clause on applications that cross the year's end; words, a date
among them, between “收费通知” and its figure. The sentences are written for these tests; the table is
examples/sample-2021.yaml's (2023, 48 new, 4 carried over, 48 done, 4 carried forward, 2 不予公开, 11 无法提供, 3 不予
处理, 3 fee notices)."""
from __future__ import annotations

import copy

import pytest
import yaml

from reportkit.testing import check as check_text
from test_citations_wordings import SAMPLE, r9


def _compared(sentence: str, table: int, said: str, cell: str, *more: int) -> None:
    """``sentence`` (``{n}`` its figure) raises nothing with the table's figure (and ``more`` figures also read as
    right), and with another one warning at the figure, quoting ``said`` and the cell's figure."""
    for n in (table, *more):
        assert r9(sentence.format(n=n)) == []
    wrong = table + 7
    [(message, there)] = r9(sentence.format(n=wrong))
    assert message.startswith(f"正文写的是“{said.format(n=wrong)}”，而{cell}为 {table}：请改正其中一处")
    assert there.startswith(f"{wrong}件")


# 1. A reason ending with 等 names its whole group ----------------------------------------------------------------
DENIED, UNABLE, NOT_PROCESSED = "表三“（三）不予公开”各项之和", "表三“（四）无法提供”各项之和", "表三“（五）不予处理”各项之和"
#: (sentence, the phrase quoted, the cell, the table's figure).
ALL_REASONS = {
    "因…等原因": ("因涉及第三方合法权益等原因不予公开{n}件。", "不予公开{n}件", DENIED, 2),
    "等原因在前一分句": ("因涉及商业秘密、个人隐私等原因，不予公开{n}件。", "不予公开{n}件", DENIED, 2),
    "本机关、依法": ("本局因属于过程性信息等情形依法不予公开{n}件。", "不予公开{n}件", DENIED, 2),
    "括号里": ("不予公开（涉及第三方合法权益等）{n}件。", "不予公开（涉及第三方合法权益等）{n}件", DENIED, 2),
    "列举之后": ("办结申请48件，因属于国家秘密等原因不予公开{n}件，其余均已答复。", "不予公开{n}件", DENIED, 2),
    "无法提供": ("因本机关不掌握相关政府信息等原因无法提供{n}件。", "无法提供{n}件", UNABLE, 11),
    "不予处理": ("因属于重复申请等情况不予处理{n}件。", "不予处理{n}件", NOT_PROCESSED, 3),
}


@pytest.mark.parametrize("name", ALL_REASONS)
def test_a_reason_ending_with_deng_is_the_groups_whole(name):
    """Before, each was taken for one kind (a row) and not compared."""
    sentence, said, cell, table = ALL_REASONS[name]
    _compared(sentence, table, said, cell)


#: A reason of one row, or one ending with 等 where the paragraph gives another count of the group (the rest), or said
#: of some applications or of other organs: whatever the figure ``{n}``, no count of the group's whole.
ONE_KIND = {
    "同一句另有一项": "因属于过程性信息不予公开1件，因涉及第三方合法权益等原因不予公开{n}件。",
    "同一段另一句另有一项": "因属于过程性信息不予公开1件。因涉及第三方合法权益等原因不予公开{n}件。",
    "另有一项在后": "因涉及个人隐私等原因不予公开{n}件，因属于过程性信息不予公开1件。",
    "其中": "不予公开2件，其中因涉及第三方合法权益等原因不予公开{n}件。",
    "或": "因涉及第三方合法权益等原因不予公开或部分公开{n}件。",
    "对…的申请": "对涉及个人隐私等的申请，不予公开{n}件。",
    "别的机关": "全系统因涉及第三方合法权益等原因不予公开{n}件。",
}


@pytest.mark.parametrize("name", ONE_KIND)
@pytest.mark.parametrize("n", [1, 2, 9])
def test_a_reason_of_one_kind_or_a_rest_is_not_compared(name, n):
    assert r9(ONE_KIND[name].format(n=n)) == []


# 2. and 5. Carried forward: the figure first, and after a clause on applications that cross the year's end ----------
FORWARD = "表三“四、结转下年度继续办理”的总计"
FORWARD_READ = {
    "有N件结转": ("有{n}件结转下年度继续办理。", "{n}件结转下年度继续办理"),
    "另有N件申请结转至下一年": ("另有{n}件申请结转至2024年办理。", "{n}件申请结转至2024年办理"),
    "办结之后": ("全年办结申请48件，{n}件结转下一年度处理。", "{n}件结转下一年度处理"),
    "转入下年度": ("尚有{n}件政府信息公开申请转入下年度办理。", "{n}件政府信息公开申请转入下年度办理"),
    "中文数字年份": ("另有{n}件结转至二〇二四年度继续办理。", "{n}件结转至二〇二四年度继续办理"),
    "办结其中列举之后": ("办结申请48件，其中予以公开24件，部分公开5件，另有{n}件结转下年度。", "{n}件结转下年度"),
    "跨年度办理之后": ("跨年度办理2件，结转下年度{n}件。", "结转下年度{n}件"),
    "跨年办结之后数字在前": ("跨年办结申请3件，另有{n}件结转下年度。", "{n}件结转下年度"),
    "跨年度予以公开之后": ("跨年度予以公开1件，结转至2024年度办理{n}件。", "结转至2024年度办理{n}件"),
    "跨年度顿号": ("跨年度办理2件、结转下年度{n}件。", "结转下年度{n}件"),
}


@pytest.mark.parametrize("name", FORWARD_READ)
def test_a_count_carried_forward_is_compared(name):
    """Before, none was compared: the figure first was not read, and a clause on applications that cross the year's
    end made the rest of its sentence about them."""
    sentence, said = FORWARD_READ[name]
    _compared(sentence, 4, said, FORWARD)


#: Counts carried forward of another year, of part of the applications or of other organs, or not a count of them.
FORWARD_NOT_READ = {
    "不是下一年": "另有{n}件申请结转至2023年办理。",
    "上年结转的申请中": "上年结转的4件申请中，{n}件结转下年度继续办理。",
    "说的是一些申请": "{n}件结转下一年度的申请已在法定期限内答复。",
    "或": "{n}件结转下年度或移送有关机关办理。",
    "别的机关": "全系统另有{n}件结转下年度办理。",
    "别的年度": "2022年有{n}件结转下年度继续办理。",
    "收到之后其中": "收到申请52件；其中答复49件，另有{n}件结转下一年度。",
    "收到之后其中同一句": "收到申请52件，其中已答复49件，结转下年度{n}件。",
    "跨年度的申请中": "跨年度办理的申请中，{n}件结转下年度。",
    "跨年度结转的申请几件": "跨年度结转的申请4件，结转下年度{n}件。",
    "跨年度之后其中": "跨年度办理5件，其中结转下年度{n}件。",
}


@pytest.mark.parametrize("name", FORWARD_NOT_READ)
@pytest.mark.parametrize("n", [1, 3, 4, 9])
def test_a_count_carried_forward_of_a_part_or_another_year_is_not_compared(name, n):
    """After “其中” that parts the applications received, the count carried forward is of those: last year's carried
    over that are carried on are left out. Before, “收到之后其中同一句” was compared."""
    assert r9(FORWARD_NOT_READ[name].format(n=n)) == []


# 3. Carried over from last year -----------------------------------------------------------------------------------
CARRIED = "表三“二、上年结转政府信息公开申请数量”的总计"
CARRIED_READ = {
    "上年结转申请": ("上年结转申请{n}件。", "上年结转申请{n}件"),
    "上年度结转的申请": ("上年度结转的申请{n}件，均已办结。", "上年度结转的申请{n}件"),
    "上一年度结转的政府信息公开申请": ("上一年度结转的政府信息公开申请{n}件。", "上一年度结转的政府信息公开申请{n}件"),
    "去年结转": ("去年结转申请{n}件。", "去年结转申请{n}件"),
    "列举": ("新收申请48件，上年度结转申请{n}件。", "上年度结转申请{n}件"),
    "共": ("上年结转的申请共{n}件。", "上年结转的申请共{n}件"),
}


@pytest.mark.parametrize("name", CARRIED_READ)
def test_a_count_carried_over_is_compared(name):
    """Before, only “上年结转（政府信息公开申请）N件” was read."""
    sentence, said = CARRIED_READ[name]
    _compared(sentence, 4, said, CARRIED)


#: The carried over closed this year: no more than those carried over (some may go on), on purpose no longer compared for
#: equality (“上年度结转” was, “办结的” and “已办结的” not at all).
CARRIED_CLOSED = {
    "上年度结转": "本年度办结上年度结转{n}件。",
    "办结的": "上年结转申请办结{n}件。",
    "已办结的": "上年结转申请已办结{n}件。",
}


@pytest.mark.parametrize("name", CARRIED_CLOSED)
def test_the_carried_over_closed_are_no_more_than_those_carried_over(name):
    for n in (1, 3, 4):
        assert r9(CARRIED_CLOSED[name].format(n=n)) == []
    [(message, there)] = r9(CARRIED_CLOSED[name].format(n=9))
    assert "，即本年度办结的上年结转申请有 9 件，而表三“二、上年结转政府信息公开申请数量”的总计只有 4 件" in message
    assert there.startswith("9件")


CARRIED_NOT_READ = {
    "其中的": "上年结转申请中{n}件予以公开。",
    "别的机关": "全系统上年结转申请{n}件。",
    "增减": "较上年结转申请增加{n}件。",
}


@pytest.mark.parametrize("name", CARRIED_NOT_READ)
@pytest.mark.parametrize("n", [1, 4, 9])
def test_what_became_of_the_carried_over_is_not_their_count(name, n):
    assert r9(CARRIED_NOT_READ[name].format(n=n)) == []


# 4. The organ's own count beside another organ's -------------------------------------------------------------------
NEW = "表三“一、本年新收政府信息公开申请数量”的总计"
#: (sentence, the phrase quoted, the figures also right: “收到” may take in last year's 4 carried over).
OWN_READ = {
    "其中本局收到": ("全系统共收到政府信息公开申请120件，其中本局收到{n}件。", "收到{n}件", 52),
    "其中本局受理": ("全县各部门共受理申请300件，其中本局受理{n}件。", "受理{n}件", 52),
    "机关名称收到": ("全市共收到申请200件，某县自然资源局收到{n}件，办结48件。", "收到{n}件", 52),
    "本局新收括号别的机关": ("本局新收{n}件（全系统120件）。", "新收{n}件"),
    "全局新收括号": ("全局新收{n}件（全系统共新收120件），均已按期答复。", "新收{n}件"),
}


@pytest.mark.parametrize("name", OWN_READ)
def test_the_organs_own_count_beside_another_organs_is_compared(name):
    """Before, none was read: “收到 N 件” naming no applications was never read, nor “新收 N 件” before a bracket."""
    sentence, said, *more = OWN_READ[name]
    _compared(sentence, 48, said, NEW, *more)


#: Counts that may be of other things than applications, of part of them or of other organs, or the aside's figure.
OWN_NOT_READ = {
    "只写本局收到": "本局收到{n}件。",
    "收到别的东西": "全系统共收到人大代表建议120件，其中本局收到{n}件。",
    "收到申请之后受理": "收到申请52件，受理{n}件。",
    "其中网上收到": "共收到申请52件，其中网上收到{n}件。",
    "下属单位": "全系统共收到申请120件，其中下属单位收到{n}件。",
    "别的机关的数在前": "全系统新收{n}件（本局48件）。",
    "括号里别的机关的数": "本局新收48件（全系统新收{n}件）。",
    "别的年度": "2022年，全系统收到申请100件，其中本局收到{n}件。",
}


@pytest.mark.parametrize("name", OWN_NOT_READ)
@pytest.mark.parametrize("n", [30, 48, 120])
def test_a_count_of_other_things_or_other_organs_is_not_compared(name, n):
    assert r9(OWN_NOT_READ[name].format(n=n)) == []


# 6. Words and a date between “收费通知” and its figure (R10) --------------------------------------------------------
UNREPORTED = ("，而“六、其他需要报告的事项”没有写收费通知的件数和金额（或写的是未收取）：请在“六、其他需要报告的事项”写明本年度发出"
              "收费通知的件数和金额、实际收取的金额（数据文件写在 information_processing_fee 下）")
UNPAID = ("表三“（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用……”为 1 件，即发出过信息处理费收费通知，而“六、其他需要报告的"
          "事项”没有写收费通知的件数和金额（或写的是未发出）")


def _r10(sentence: str, section: str, unpaid: int) -> list[tuple[str, str, str]]:
    """R10's findings on the sample without fee data, with ``unpaid`` in 表三（六）2 (the table adding up as before) and
    ``sentence`` as the paragraph of ``section``: (message, the line before the finding's and its line, its text from
    the column on)."""
    data = copy.deepcopy(SAMPLE)
    del data["information_processing_fee"]
    other_handling = data["tables"]["applications"]["results"]["other_handling"]
    other_handling["overdue_fee"] = {"natural_person": unpaid}
    other_handling["other"]["natural_person"] = 1 - unpaid
    data["sections"][section] = [sentence]
    text = yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)
    lines = text.splitlines()
    return [(d.message, "\n".join(lines[d.line - 2:d.line]), lines[d.line - 1][d.col - 1:])
            for d in check_text(text).diagnostics.items if d.rule == "R10"]


#: Fee notices of the year stated in part 三 with words between keyword and figure: (sentence, the phrase quoted, its
#: figure).
FEE_ELSEWHERE = {
    "年底向申请人发出": ("收费通知于2023年底向申请人发出2件，申请人均已缴费。", "收费通知于2023年底向申请人发出2件", "2件"),
    "具体日期": ("信息处理费收费通知已于2023年11月30日发出2件。", "信息处理费收费通知已于2023年11月30日发出2件", "2件"),
    "中文日期": ("收费通知于二〇二三年十二月五日送达申请人2件。", "收费通知于二〇二三年十二月五日送达申请人2件", "2件"),
    "金额": ("信息处理费按标准向2名申请人收取共计400元。", "信息处理费按标准向2名申请人收取共计400元", "400元"),
    "本年度": ("信息处理费收费通知已于本年度向申请人依法发出2件。", "信息处理费收费通知已于本年度向申请人依法发出2件", "2件"),
    "机关名称": ("某县自然资源局的收费通知经审核后于2023年底共发出2件。", "收费通知经审核后于2023年底共发出2件", "2件"),
}


@pytest.mark.parametrize("name", FEE_ELSEWHERE)
def test_fee_notices_stated_with_words_before_the_figure_are_reported_missing_from_part_six(name):
    """Part 六 says nothing of fees: warned at the figure. Before, more than 10 characters between keyword and figure
    hid them."""
    sentence, said, figure = FEE_ELSEWHERE[name]
    [(message, _line, there)] = _r10(sentence, "applications", 0)
    assert message == f"正文写的是“{said}”{UNREPORTED}（R10）"
    assert there.startswith(figure + sentence[sentence.index(said) + len(said):])


FEE_NOT_THE_YEARS = {
    "上年的日期": "收费通知于2022年12月向申请人发出2件，申请人本年度逾期未缴纳。",
    "上年度": "收费通知于上年度向申请人发出2件。",
    "别的机关": "信息处理费由全系统各单位共收取3000元。",
    "下属单位": "信息处理费收费通知由下属单位发出2件。",
    "跨年度": "收费通知在跨年度办理的申请中发出2件。",
    "逗号之后": "信息处理费收费通知，全县各部门共发出12件。",
}


@pytest.mark.parametrize("name", FEE_NOT_THE_YEARS)
def test_fee_notices_of_another_year_or_organ_are_not_the_years(name):
    """Before, “上年度”, “别的机关” and “下属单位” were warned about: the year or organ between keyword and figure was not
    looked at."""
    assert _r10(FEE_NOT_THE_YEARS[name], "applications", 0) == []


@pytest.mark.parametrize("sentence", ["收费通知于2023年12月向申请人发出1件，申请人逾期未缴纳。",
                                      "收费通知于2022年12月向申请人发出1件，申请人本年度逾期未缴纳。",
                                      "信息处理费收费通知经审核后已依法向申请人发出1件。"])
def test_part_six_giving_the_fee_notices_with_words_between_says_them(sentence):
    """表三（六）2 is 1: part 六 states the notice (this year's, or last year's that explains it). Before, warned that
    part 六 gives none."""
    assert _r10(sentence, "other", 1) == []


def test_part_six_giving_only_other_organs_fee_does_not_say_the_organs():
    """The system's 3000 yuan is no fee of the organ's, which 表三（六）2 shows it sent notices for: warned at that row.
    Before, its figure was read as part 六's and nothing said."""
    [(message, lines, _there)] = _r10("本年度本局未发出收费通知，信息处理费全系统共收取3000元。", "other", 1)
    assert message.startswith(UNPAID)
    assert [line.strip() for line in lines.splitlines()] == ["overdue_fee:", "natural_person: 1"]
