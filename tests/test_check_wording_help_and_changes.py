"""``reportkit check`` on annual reports copied from an agency's page into a text file, their part 一 worded as other
agencies word it (seventh pass). A correct report is ``ok``: a count others closed with the organ's help (“相关部门配合
答复申请20件”), a list of reviews and suits with their outcomes after it, a count closed of the new told after a clause
with no count (“新收申请55件，已全部受理，其中当年办结50件”) or within its clause (“新收申请55件中办结50件”). A figure the
tables contradict is found: the second of a list of reviews and suits (“…行政复议案件3起、行政诉讼案件3起”), last year's
carried over all closed (“上年结转4件全部办结”: as many closed) beside those closed of the new that do not add up to all
closed. With last year's report, a change of the count of new applications stated right after it (“同比增长22.2%”,
“较上年增加10件”) is compared with the two years' tables (R18, crossyear.check_change). The tables
are test_check_published's (55 new, 4 carried over, 54 closed, 5 carried forward; reviews 3, 2
upheld and 1 corrected; suits 2, 1 upheld and 1 pending); the sentences are written for these tests."""
from __future__ import annotations

import shutil

import pytest
from _import_helpers import page_as_text
from click.testing import CliRunner
from test_check_published import OK, _add, report, web_page
from test_check_wording_new_closed import AGENCY, FIX, _checked, _worded

from reportkit.cli import cli
from reportkit.default_plugins.annual_report.crossyear import check_change
from reportkit.pipeline import check_file
from reportkit.plugins import load_plugins
from reportkit.previous import Previous
from reportkit.validate import Validated

#: Correct sentences, each warned about before (or read as another count's).
CORRECT = {
    "配合答复": "（二）依申请公开。相关部门配合答复申请20件，本局办结申请54件。",
    "协助办结": "（二）依申请公开。本局协助兄弟单位办结申请12件。",
    # outcomes after a list of both: of either, so of neither
    "复议诉讼之后的结果": "（二）依申请公开。本年度发生政府信息公开行政复议案件3起、行政诉讼案件2起，结果维持2起。",
    # outcomes of the reviews told after the suits, 复议 named
    "诉讼之后复议的结果": "（二）依申请公开。本年度被申请行政复议三起、被提起行政诉讼两起，复议维持二起、纠正一起。",
    # outcomes of the suits (被诉) told after the reviews
    "被诉之后的结果": "（二）依申请公开。本年度被申请行政复议3件，被诉2件，判决维持1件。",
    "不写公开的复议诉讼": "（二）依申请公开。本年度发生行政复议案件8起、行政诉讼案件5起，其中涉及政府信息公开的2起。",
    "中间的分句没有数": "（二）依申请公开。本年度新收申请55件，已全部受理，其中当年办结50件，上年结转4件均已办结，结转下年度5件。",
    "新收几件中办结": "（二）依申请公开。本年度上年结转申请4件全部办结，新收申请55件中办结50件。",
    "结转的全部办结": "（二）依申请公开。本年度新收申请55件，其中当年办结50件，上年结转4件全部办结。",
}


@pytest.mark.parametrize("name", CORRECT)
@pytest.mark.parametrize("year", (2021, 2020))
def test_help_lists_of_proceedings_and_the_new_closed_are_ok(tmp_path, name, year):
    assert _checked(tmp_path, _worded(1, CORRECT[name], year=year)) == OK


#: The sum's message for 51 of the new closed and last year's 4 all closed (55, not 54).
_SUM = ("，共 55 件，而表三“三、本年度办理结果（七）总计”为 54：办结的上年结转申请和本年度新收申请合起来就是全年办结的，"
        "请改正其中一处（R9）")

#: Sentences the tables contradict, each found nowhere before: (sentence, the warning's message) of line 5.
WRONG = {
    "发生复议、诉讼": ("（二）依申请公开。本年度发生政府信息公开行政复议案件3起、行政诉讼案件3起。",
                 "正文写的是“发生政府信息公开行政复议案件3起、行政诉讼案件3起”，而表四两类“行政诉讼”的总计之和为 2" + FIX),
    "被申请复议、诉讼": ("（二）依申请公开。本年度被申请行政复议3件、行政诉讼4件。",
                  "正文写的是“被申请行政复议3件、行政诉讼4件”，而表四两类“行政诉讼”的总计之和为 2" + FIX),
    "发生诉讼和复议": ("（二）依申请公开。全年发生涉及政府信息公开的行政诉讼2起和行政复议4起。",
                 "正文写的是“发生涉及政府信息公开的行政诉讼2起和行政复议4起”，而表四“行政复议”的总计为 3" + FIX),
    "结转的全部办结": ("（二）依申请公开。本年度新收申请55件，其中当年办结51件，上年结转4件全部办结。",
                 "正文写的是“新收申请55件，其中当年办结51件”“上年结转4件全部办结”" + _SUM),
    "结转的均已答复在前": ("（二）依申请公开。上年结转申请4件，均已答复，本年度新收申请55件，其中办结51件。",
                   "正文写的是“上年结转申请4件，均已答复”“新收申请55件，其中办结51件”" + _SUM),
    "新收几件中办结": ("（二）依申请公开。本年度上年结转申请4件全部办结，新收申请55件中办结51件。",
                 "正文写的是“上年结转申请4件全部办结”“新收申请55件中办结51件”" + _SUM),
    "中间的分句没有数": ("（二）依申请公开。本年度新收申请55件，已全部受理，其中当年办结45件。", (
        "正文写的是“新收申请55件，已全部受理，其中当年办结45件”，即本年度新收的申请中办结了 45 件，而表三“三、本年度办理结果（七）"
        "总计”为 54、“二、上年结转政府信息公开申请数量”的总计为 4：新收申请中办结的至少有 50 件，请改正其中一处（R9）")),
}


@pytest.mark.parametrize("name", WRONG)
@pytest.mark.parametrize("year", (2021, 2020))
def test_a_figure_the_tables_contradict_is_found_at_its_line(tmp_path, name, year):
    text, message = WRONG[name]
    assert _checked(tmp_path, _worded(1, text, year=year)) == [("第 5 行", "warning", "R9", message)]


# A change from last year (R18, crossyear.check_change) ------------------------------------------------------------
#: Last year's report: 45 new, 14 carried over (59 to handle, as this year's 55 + 4).
def _last_year(tmp_path):
    r = report(2020, AGENCY)
    _add(r["t3"], "new", 0, -10)
    _add(r["t3"], "carried", 0, 10)
    return _imported(tmp_path / "2020", r)


def _imported(folder, r) -> Validated:
    """``r`` as a page copied into a text file, imported and validated."""
    folder.mkdir()
    copy = folder / "report.txt"
    copy.write_text(page_as_text(web_page(r, folder / "report.html").read_text(encoding="utf-8")), encoding="utf-8")
    assert CliRunner().invoke(cli, ["import", str(copy), "-o", str(folder / "report.yaml")]).exit_code == 0
    return check_file(folder / "report.yaml", load_plugins())


def _changes(tmp_path, text: str) -> list[str]:
    this = _imported(tmp_path / "2021", _worded(1, text))
    return [f.message for f in check_change(this.report, Previous(_last_year(tmp_path)))]


#: A change the tables give (55 new this year, 45 last; 59 received with those carried over, 59 last), as written.
CHANGED = {
    "四舍五入": "（二）依申请公开。全年收到申请55件，同比增长22.2%。",
    "舍去": "（二）依申请公开。全年新收申请55件，比上年增长22%。",
    "件数": "（二）依申请公开。全年新收申请55件，较上年增加10件。",
    "含结转": "（二）依申请公开。全年受理申请59件，与上年相比，增长0%。",
    "写出上年": "（二）依申请公开。全年收到申请55件，较2020年增长22.2%。",
    "别的年度": "（二）依申请公开。全年收到申请55件，较2019年增长25%。",
    "约数": "（二）依申请公开。全年新收申请55件，同比增长约20%。",
    "别的机关": "（二）依申请公开。全系统收到申请55件，同比增长50%。",
    "一部分": "（二）依申请公开。全年收到申请55件，其中网上申请同比增长50%。",
}


@pytest.mark.parametrize("name", CHANGED)
def test_a_change_from_last_year_the_tables_give_is_ok(tmp_path, name):
    assert _changes(tmp_path, CHANGED[name]) == []


def test_a_change_from_last_year_the_tables_contradict_is_found(tmp_path):
    where = f"{tmp_path / '2020' / 'report.yaml'}:"
    for text, said, found in (
            ("全年新收申请55件，比上年增长25%", "新收申请55件，比上年增长25%", "增长 22.2%（按（本年 − 上年）÷ 上年算，写出的末位四舍五入或舍去都算对）"),
            ("全年收到申请55件，同比下降22.2%", "收到申请55件，同比下降22.2%", "增长 22.2%（按（本年 − 上年）÷ 上年算，写出的末位四舍五入或舍去都算对）"),
            ("全年新收申请55件，较上年减少4件", "新收申请55件，较上年减少4件", "增加 10 件")):
        messages = _changes(tmp_path, f"（二）依申请公开。{text}。")
        assert len(messages) == 1 and messages[0].startswith(
            f"正文写的是“{said}”，而表三“一、本年新收政府信息公开申请数量”的总计本年为 55、上年报告（{where}"), text
        assert messages[0].endswith(f"）为 45，{found}：请改正其中一处"), text
        for folder in ("2020", "2021"):
            shutil.rmtree(tmp_path / folder)


def test_a_change_the_tables_contradict_is_r18_of_validate_with_last_years_report(tmp_path):
    """Registered as R18, the check runs where the cross-year rules run: ``validate --previous`` (and ``check``)."""
    _last_year(tmp_path)
    wrong = _imported(tmp_path / "2021", _worded(1, "（二）依申请公开。全年新收申请55件，比上年增长25%。"))
    assert wrong.report is not None
    this, last = tmp_path / "2021" / "report.yaml", tmp_path / "2020" / "report.yaml"
    result = CliRunner().invoke(cli, ["validate", str(this), "--previous", str(last)])
    lines = [line for line in result.output.splitlines() if "（R18）" in line]
    assert len(lines) == 1 and "正文写的是“新收申请55件，比上年增长25%”" in lines[0], result.output
    assert lines[0].startswith(f"{this}:")
    shutil.rmtree(tmp_path / "2021")
    _imported(tmp_path / "2021", _worded(1, CHANGED["舍去"]))
    result = CliRunner().invoke(cli, ["validate", str(this), "--previous", str(last)])
    assert "（R18）" not in result.output, result.output
