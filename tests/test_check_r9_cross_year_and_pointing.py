"""``check`` and ``validate``, fourth pass: where a finding on a figure of the text points (its figure, not a year or a
date before it, nor the numeral of a word; a figure in Chinese numerals); counts of applications that cross the year's
end (跨年度) in R9 and in R10's counts of fee notices; years in Chinese numerals. The sentences are written for these
tests; the table is examples/sample-2021.yaml's (2023, 48 new, 4 carried over, 48 done, 4 carried forward, 24 予以公开,
2 不予公开, 3 fee notices), or test_check_published's copied-text report's (2023, 55 new, 4 carried over, 54 done, 5
carried forward)."""
from __future__ import annotations

import copy

import pytest
import yaml

from reportkit.importers import import_file
from reportkit.load import load_text
from reportkit.plugins import load_plugins
from reportkit.registry import Finding
from reportkit.testing import check as check_text
from reportkit.validate import finding_diagnostic
from test_check_published import check, report
from test_check_r9_other_times import copied_text
from test_check_r9_r10_unpaid_and_notices import r10
from test_citations_wordings import SAMPLE, r9

FORWARD = "表三“四、结转下年度继续办理”的总计为 4：请改正其中一处，或把数字写成引用【表三：carried_forward.total】，由 reportkit 填入表中的数（R9）"
NEW = "表三“一、本年新收政府信息公开申请数量”的总计为 48：请改正其中一处，或把数字写成引用【表三：new_received.total】，由 reportkit 填入表中的数（R9）"


def _file(lines: list[str], section: str = "applications", **changes) -> str:
    """The sample's data file (with ``changes``) whose ``section`` is the YAML ``lines`` (its items, as typed)."""
    data = copy.deepcopy(SAMPLE) | changes
    data["sections"][section] = ["PARAGRAPH"]
    return yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False).replace("  - PARAGRAPH", "\n".join(lines))


def _findings(text: str) -> list[tuple[str, str, int, int]]:
    """Every finding on the data file ``text``: (rule, message, line, column)."""
    return [(d.rule, d.message, d.line, d.col) for d in check_text(text).diagnostics.items]


def _place(text: str, line: str, figure: str) -> tuple[int, int]:
    """The line and column of ``figure`` in the file's only line ``line``."""
    lines = text.splitlines()
    assert lines.count(line) == 1
    return lines.index(line) + 1, line.index(figure) + 1


# 1. A finding points at its figure: not at a year or a date before it, nor at the numeral of a word ------------------
#: Data files' paragraphs (YAML literal blocks, plain values, wrapped or not) with a figure not the table's after a year
#: or a numeral of a word, or in Chinese numerals: (the YAML lines, the line the figure is on, the figure, the phrase as
#: the warning quotes it, what the table has).
POINTED = {
    "下一年份，字面块": (["  - |-", "    本年度新收申请48件，结转至2024年度办理7件。"], 1, "7件", "结转至2024年度办理7件", FORWARD),
    "下一年份不写度，普通值": (["  - 结转至2024年继续办理7件，均在答复期限内。"], 0, "7件", "结转至2024年继续办理7件", FORWARD),
    "下一年份，普通值折行": (["  - 本年度新收申请48件，结转至2024年度办理", "    7件。"], 1, "7件", "结转至2024年度办理 7件", FORWARD),
    "中文数字年份": (["  - |-", "    结转至二〇二四年度办理七件。"], 1, "七件", "结转至二〇二四年度办理七件", FORWARD),
    "中文数字": (["  - |-", "    全年新收政府信息公开申请四十九件。"], 1, "四十九件", "新收政府信息公开申请四十九件", NEW),
    "下一年度后中文数字": (["  - 新收政府信息公开申请48件，结转下一年度七件。"], 0, "七件", "结转下一年度七件", FORWARD),
    "中文数字折行": (["  - |-", "    结转下一年度七", "    件。"], 1, "七", "结转下一年度七件", FORWARD),
}


@pytest.mark.parametrize("name", POINTED)
def test_r9s_warning_points_at_the_figure_not_at_a_year_or_a_words_numeral(name):
    """One warning, at the figure's line and column. Before, at the year's first digit (“2024”), or for a figure in
    Chinese numerals at the phrase's start (“结转下一年度…”)."""
    lines, on, figure, said, table = POINTED[name]
    text = _file(lines)
    assert _findings(text) == [("R9", f"正文写的是“{said}”，而{table}", *_place(text, lines[on], figure))]


#: Pieces of text a rule (a plugin's, say) may point at, with a year, a date, a list's numeral or an aside before the
#: figure: (the paragraph, the piece, the figure).
PIECES = {
    "年月在前": ("2023年12月发出收费通知2件，申请人均已缴费。", "2023年12月发出收费通知2件", "2件"),
    "年份在中间": ("收到申请的，2023年新收申请49件。", "2023年新收申请49件", "49件"),
    "序号": ("一、收到申请四十九件，均已答复。", "一、收到申请四十九件", "四十九件"),
    "括号里的数": ("发出收费通知（含补发一份）三份。", "发出收费通知（含补发一份）三份", "三份"),
}


@pytest.mark.parametrize("form", ["literal", "plain"])
@pytest.mark.parametrize("name", PIECES)
def test_any_rules_finding_points_at_its_pieces_figure(name, form):
    paragraph, piece, figure = PIECES[name]
    line = f"    {paragraph}" if form == "literal" else f"  - {paragraph}"
    text = _file(["  - |-", line] if form == "literal" else [line])
    finding = Finding("warning", "一条发现", ("sections", "applications", 0), at=piece)
    d = finding_diagnostic(load_text(text, "report.yaml"), finding, "ZJ1")
    assert (d.line, d.col) == _place(text, line, figure)


def _without_fee(sentence: str) -> str:
    """The sample's data file without fees charged and none left unpaid (its 1 in 表三（六）2 moved to （六）3, so that
    the table adds up as before), with ``sentence`` as part 三."""
    data = copy.deepcopy(SAMPLE)
    del data["information_processing_fee"]
    results = data["tables"]["applications"]["results"]
    results["other_handling"]["overdue_fee"] = {"natural_person": 0}
    results["other_handling"]["other"]["natural_person"] = 1
    data["sections"]["applications"] = [sentence]
    return yaml.safe_dump(data, allow_unicode=True, width=1000, sort_keys=False)


UNREPORTED = ("，而“六、其他需要报告的事项”没有写收费通知的件数和金额（或写的是未收取）：请在“六、其他需要报告的事项”写明本年度发出"
              "收费通知的件数和金额、实际收取的金额（数据文件写在 information_processing_fee 下）（R10）")


def test_r10s_fee_stated_elsewhere_is_pointed_at_its_figure_after_a_date():
    """R10's piece “收费通知于2023年底发出2件”: at the 2. Before, at the year."""
    sentence = "本年度收费通知于2023年底发出2件，申请人均已缴费。"
    text = _without_fee(sentence)
    assert _findings(text) == [("R10", f"正文写的是“收费通知于2023年底发出2件”{UNREPORTED}",
                                *_place(text, f"  - {sentence}", "2件"))]


@pytest.mark.parametrize("sentence", ["2022年度发出的收费通知2件，申请人本年度逾期未缴纳。",
                                      "二〇二二年度发出的收费通知2件，申请人本年度逾期未缴纳。",
                                      "上年度发出收费通知2件，申请人均已缴费。",
                                      "全系统发出收费通知2件，本局未收取信息处理费。"])
def test_fee_notices_of_another_year_or_organ_elsewhere_are_no_fee_of_the_years(sentence):
    """Notices of last year (in digits or Chinese numerals) or of other organs are no fee charged this year: part 六
    saying none is right. Before, warned."""
    assert _findings(_without_fee(sentence)) == []


def _imported(tmp_path, paragraph: str):
    """``check`` on a copied-text report with part 一's second paragraph ``paragraph``: its rows, the import's data
    file's lines and its findings."""
    r = report(2023, "安平县水利局")
    r["overview"][1] = paragraph
    path = copied_text(r, tmp_path / "report.txt")
    rows = check(tmp_path, path)
    result = import_file(path, load_plugins(), outdir=tmp_path / "data", draft=True, blank_as_zero=True)
    return rows, result.target.read_text(encoding="utf-8").splitlines(), [d for d in result.diagnostics
                                                                          if d.rule not in (None, "paragraphs")]


def test_a_published_reports_figure_after_a_year_is_pointed_at(tmp_path):
    """A copied-text report: one warning, on its paragraph's line; in the data file the import writes, at the 7 (not
    at 2024). Its 59 received is new and carried over (55 + 4), its count done across years is a part."""
    paragraph = "（二）依申请公开。全年收到政府信息公开申请59件，结转至2024年度办理7件；跨年度办结申请4件。"
    rows, lines, [d] = _imported(tmp_path, paragraph)
    message = "正文写的是“结转至2024年度办理7件”，而表三“四、结转下年度继续办理”的总计为 5：请改正其中一处（R9）"
    number = (tmp_path / "report.txt").read_text(encoding="utf-8").splitlines().index(paragraph) + 1
    assert rows == [(f"第 {number} 行", "warning", "R9", message)]
    [line] = [line for line in lines if "办理7件" in line]
    assert (d.line, d.col) == (lines.index(line) + 1, line.index("7件") + 1)


def test_a_published_reports_chinese_figure_is_pointed_at(tmp_path):
    paragraph = "（二）依申请公开。全年新收政府信息公开申请五十八件，均在法定期限内作出答复。"
    rows, lines, [d] = _imported(tmp_path, paragraph)
    assert [row[1:3] for row in rows] == [("warning", "R9")]
    assert rows[0][3].startswith("正文写的是“新收政府信息公开申请五十八件”，而表三“一、本年新收政府信息公开申请数量”的总计为 55")
    [line] = [line for line in lines if "五十八件" in line]
    assert (d.line, d.col) == (lines.index(line) + 1, line.index("五十八件") + 1)


# 2. Counts of applications that cross the year's end (跨年度) ----------------------------------------------------------
#: Counts said of the applications that cross the year's end: last year's carried over (done this year) or this year's
#: carried forward, at least in part; not 表三's counts of the year's, whatever the figure ``{n}``.
ACROSS_NOT_COMPARED = {
    "跨年度办结": "跨年度办结{n}件，均在法定期限内答复。",
    "本年度跨年度办结申请": "本年度跨年度办结申请{n}件。",
    "跨年不写度": "跨年办结申请{n}件。",
    "跨年度的申请办结": "跨年度的申请办结{n}件。",
    "跨年度予以公开": "跨年度予以公开{n}件。",
    "跨年度申请予以公开": "跨年度申请予以公开{n}件，部分公开1件。",
    "跨年度结转的申请中": "跨年度结转的申请中，予以公开{n}件。",
    "跨年度办理的申请中": "跨年度办理的申请中，不予公开{n}件。",
    "跨年度结转的申请几件后": "跨年度结转的申请4件，予以公开{n}件。",
    "跨年度受理": "跨年度受理政府信息公开申请{n}件。",
    "跨年度收到": "跨年度收到申请{n}件。",
    "括号跨年度": "办结申请（跨年度）{n}件。",
    "跨年度的结转下年度": "跨年度结转的4件申请中，结转下年度{n}件。",
    "跨年度不予处理": "跨年度不予处理{n}件。",
    "其中跨年度": "办结申请48件，其中跨年度办结{n}件。",
}


@pytest.mark.parametrize("name", ACROSS_NOT_COMPARED)
@pytest.mark.parametrize("n", [2, 4, 7, 24, 48])
def test_a_count_across_the_years_end_is_not_compared(name, n):
    """Before, most were compared with the year's (办结 with 48, 予以公开 with 24 …) and warned about."""
    assert r9(ACROSS_NOT_COMPARED[name].format(n=n)) == []


#: Counts compared although “跨年度” is said: of the carried over or forward, which all cross the year's end; a count
#: said to include some that cross it; the year's count again after a clause about them: (sentence, the phrase quoted,
#: the table's figure).
ACROSS_COMPARED = {
    "跨年度结转下一年度": ("跨年度结转下一年度继续办理{n}件。", "结转下一年度继续办理{n}件", 4),
    "跨年度转入下年度": ("本年度跨年度转入下年度办理{n}件。", "转入下年度办理{n}件", 4),
    "上年结转括号跨年度": ("上年结转（跨年度）{n}件。", "上年结转（跨年度）{n}件", 4),
    "办结含跨年度": ("本年度办结申请{n}件（含跨年度办理的申请4件）。", "办结申请{n}件", 48),
    "跨年度之后全年": ("跨年度结转的申请已全部办结，全年共办结申请{n}件。", "办结申请{n}件", 48),
    "跨年度之后另一句": ("跨年度结转的申请均已办结；本年度新收政府信息公开申请{n}件。", "新收政府信息公开申请{n}件", 48),
}


@pytest.mark.parametrize("name", ACROSS_COMPARED)
def test_a_count_of_the_carried_or_of_the_year_beside_across_the_years_end_is_compared(name):
    sentence, said, table = ACROSS_COMPARED[name]
    assert r9(sentence.format(n=table)) == []
    [(message, there)] = r9(sentence.format(n=table + 7))
    assert message.startswith(f"正文写的是“{said.format(n=table + 7)}”，而表三")
    assert f"为 {table}：请改正其中一处" in message
    assert there.startswith(f"{table + 7}件")


@pytest.mark.parametrize("n, warned", [(48, False), (52, False), (55, True)])
def test_new_applications_said_to_include_some_across_the_years_end_are_new_or_new_and_carried_over(n, warned):
    """“含跨年度结转4件” after a count of new ones: last year's carried over among them, or this year's carried forward,
    so 48 and 52 are both the table's. Before, 52 was warned about."""
    for said, after in ((f"新收政府信息公开申请{n}件", "（含跨年度结转4件）。"),
                        (f"新收政府信息公开申请（含跨年度结转的申请）{n}件", "。")):
        assert r9(said + after) == ([(f"正文写的是“{said}”，而{NEW}", f"{n}件{after}")] if warned else [])


#: Counts of fee notices (part 六) said of applications that cross the year's end, or of part of the applications: not
#: the year's count of notices (the data's 3), as R9 reads its counts.
NOTICES_NOT_COMPARED = {
    "跨年度发出": "跨年度发出收费通知2件。",
    "跨年度结转的申请中": "跨年度结转的申请中，发出收费通知2件，申请人均已缴费。",
    "跨年度办理的申请": "跨年度办理的申请，发出缴费通知书2份。",
    "上年结转的申请中": "上年结转的申请中，发出收费通知2件。",
    "二〇二二年度发出的": "二〇二二年度发出的收费通知2件，申请人本年度逾期未缴纳。",
}


@pytest.mark.parametrize("name", NOTICES_NOT_COMPARED)
def test_a_count_of_notices_across_the_years_end_or_of_a_part_is_not_compared(name):
    """Before, all but the last were warned about (2 against the data's 3)."""
    assert r10(NOTICES_NOT_COMPARED[name]) == []


@pytest.mark.parametrize("sentence, said", [
    ("本年度发出收费通知2件（含跨年度结转的申请1件）。", "发出收费通知2件"),
    ("上年结转的申请均已办结，本年度发出收费通知2件。", "发出收费通知2件"),
    ("二〇二三年度发出收费通知2件。", "发出收费通知2件"),
])
def test_the_years_count_of_notices_is_compared(sentence, said):
    [(message, there)] = r10(sentence)
    assert message.startswith(f"正文写的是“{said}”，而“六、其他需要报告的事项”开头印的是发出收费通知3件：请改正其中一处")
    assert there.startswith("2件")


# 3. Years in Chinese numerals ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", ["结转至二〇二三年度办理{n}件。", "二〇二二年度新收政府信息公开申请{n}件。",
                                      "二〇二二年新收申请{n}件、办结40件。"])
@pytest.mark.parametrize("n", [4, 7, 48])
def test_a_count_of_another_year_in_chinese_numerals_is_not_compared(sentence, n):
    assert r9(sentence.format(n=n)) == []


def test_the_years_count_after_last_years_in_chinese_numerals_is_compared():
    assert r9("二〇二二年新收申请40件、二〇二三年新收申请48件。") == []
    [(message, there)] = r9("二〇二二年新收申请40件、二〇二三年新收申请50件。")
    assert message == f"正文写的是“新收申请50件”，而{NEW}"
    assert there.startswith("50件")
