"""A year written in Chinese numerals with ○ or 零 typed for 〇 (二○二三年, 二零二三年), as published reports and data
files have it too: every reader of a year reads it (:func:`reportkit.attachments.year_pattern`). The reports are
written for these tests."""
from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from _kinds import EXAMPLES
from reportkit.cli import cli

#: A short annual report as a page's text: what is left out of it (tables 二 to 四) does not bear on its year.
REPORT = """{title}
一、总体情况
本局把林长制和森林防火作为公开重点，全年在门户网站发布信息九十余条。
六、其他需要报告的事项
{other}

某县林业局
{date}
"""
#: A work plan's text, its year only in the title.
PLAN = """某县林业局{year}年政务公开工作要点
为做好本年度政务公开工作，结合本局职责，制定本要点。
一、加强林业政策解读
对新出台的管护办法，在印发后及时配发图解。

某县林业局
{date}
"""


def _import(tmp_path, text: str) -> dict:
    """The data ``reportkit import`` writes for ``text`` saved as a .txt file."""
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "data")])
    assert "已导入" in result.output, result.output
    return yaml.safe_load((tmp_path / "data" / "report.yaml").read_text(encoding="utf-8"))


def _report(title: str, date: str = "2024年1月18日", other: str = "本年度没有收取信息处理费。") -> str:
    return REPORT.format(title=title, date=date, other=other)


@pytest.mark.parametrize("year", ["2023", "二〇二三", "二○二三", "二零二三"], ids=["digits", "〇", "○", "零"])
def test_the_year_in_the_title_in_any_numerals_is_the_reports(tmp_path, year):
    """二○二三年 and 二零二三年 in the title were no year: the year and the agency before it were placeholders."""
    data = _import(tmp_path, _report(f"某县林业局{year}年政府信息公开工作年度报告"))
    assert (data["year"], data["agency"]) == (2023, "某县林业局")


@pytest.mark.parametrize("date", ["二〇二四年一月十八日", "二○二四年一月十八日", "二零二四年一月十八日"], ids=["〇", "○", "零"])
def test_a_date_in_chinese_numerals_is_the_date_and_gives_a_title_without_a_year_its_year(tmp_path, date):
    """A 成文日期 written 二○二四年… was no date: neither it nor, with no year in the title, the report's year (a
    report is due early in the next year) was read."""
    data = _import(tmp_path, _report("某县林业局政府信息公开工作年度报告", date))
    assert (data["year"], str(data["date"])) == (2023, "2024-01-18")


@pytest.mark.parametrize("year", ["二○二三", "二零二三"], ids=["○", "零"])
def test_a_fee_sentence_naming_the_year_in_chinese_numerals_is_read(tmp_path, year):
    """Part 六's fee sentence opening with the report's year: read as before, the fee's year now read as the
    title's is."""
    sentence = f"{year}年度，本局发出收费通知3件，通知收取费用360元，实际收取360元。"
    data = _import(tmp_path, _report("某县林业局2023年政府信息公开工作年度报告", other=sentence))
    fee = data["information_processing_fee"]
    assert (fee["notices"], fee["amount_notified"], fee["amount_collected"]) == (3, 360, 360)


def test_a_fee_sentence_naming_another_year_in_chinese_numerals_is_not_read(tmp_path):
    sentence = "二○二二年度，本局发出收费通知3件，通知收取费用360元，实际收取360元。"
    data = _import(tmp_path, _report("某县林业局2023年政府信息公开工作年度报告", other=sentence))
    assert "information_processing_fee" not in data
    assert data["sections"]["other"] == [sentence]


@pytest.mark.parametrize("year", ["二○二四", "二零二四"], ids=["○", "零"])
def test_a_work_plans_year_in_chinese_numerals_is_read(tmp_path, year):
    data = _import(tmp_path, PLAN.format(year=year, date="二○二四年三月六日"))
    assert (data["kind"], data["year"], data["agency"], str(data["date"])) == ("work-plan", 2024, "某县林业局",
                                                                                "2024-03-06")


def test_a_data_files_year_written_with_a_circle_for_zero_gets_its_digits_as_the_fix(tmp_path):
    """``year: 二○一六`` was told only “应写成四位数字的年份，如 2025”, as 二〇一六 is told its digits."""
    path = tmp_path / "summary.yaml"
    text = (EXAMPLES / "suzhou-2016-work-summary.yaml").read_text(encoding="utf-8")
    assert "\nyear: 2016\n" in text
    path.write_text(text.replace("\nyear: 2016\n", "\nyear: 二○一六\n", 1), encoding="utf-8")
    line = text.split("\n").index("year: 2016") + 1
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:{line}:7: error: year：应写成四位数字的年份：“二○一六”请写作 2016" in result.output.splitlines()
