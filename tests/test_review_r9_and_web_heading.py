"""Faults a review found: reviews in Chinese numerals after all reviews, a reason in the aside of a group's count and
予以部分公开 in R9; a unit's data file beside a like and an unlike workbook in ``aggregate``; a heading over its text's
first line in one web paragraph. Each test failed before its fix."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from _import_helpers import imported, render_source, unspaced
from test_aggregate_workbooks import GRANTED, NEW, SAMPLE, fill, run, summed
from test_citations_wordings import r9

from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sample-2021.yaml"


# R9: a count of all reviews followed by the disclosure ones in Chinese numerals ------------------------------------

def test_reviews_of_disclosure_in_chinese_numerals_after_all_reviews_are_table_four_s():
    """“被申请行政复议15件，其中涉及政府信息公开的四件”: 四 is 表四's 4 (no warning). Before, the part in Chinese
    numerals was not read and the organ's 15 reviews of every kind were compared with 表四."""
    assert r9("本年度共被申请行政复议15件，其中涉及政府信息公开的四件，均维持原行政行为。") == []
    [(message, there)] = r9("本年度共被申请行政复议十五件，其中涉及政府信息公开的两件。")
    assert message.startswith("正文写的是“被申请行政复议十五件，其中涉及政府信息公开的两件”，而表四“行政复议”的总计为 4")
    assert there.startswith("两件")



def test_a_reason_in_the_aside_of_a_group_s_count_makes_it_one_kind():
    """“不予公开（属于过程性信息）1件” is one reason's count, no 表三 （三） as a whole (2). Before, the aside read since
    this session let it be compared with the group's sum."""
    assert r9("办结48件，其中予以公开24件，不予公开（属于过程性信息）1件。") == []  # its row: 1


def test_partly_granted_said_with_yu_yi_is_partly_granted_not_granted():
    """“部分予以公开5件” is 表三 （二） (5), not （一） 予以公开 (24). Before, it was read as “予以公开5件” and warned about."""
    assert r9("依法予以公开24件，部分予以公开5件。") == []
    [(message, there)] = r9("依法予以公开24件，部分予以公开6件。")
    assert message.startswith("正文写的是“部分予以公开6件”，而表三“（二）部分公开”的总计为 5")
    assert there.startswith("6件")

# aggregate: one data file with two workbooks of the same unit -------------------------------------------------------

def test_a_unit_s_data_file_with_a_like_and_an_unlike_workbook_is_said_uncounted_throughout(tmp_path):
    """a.yaml, a workbook of the same numbers and one of other numbers: none is counted, and no line says a.yaml is.
    Before, the like workbook's warning said “只计入 a.yaml” while a.yaml was left out for the unlike one."""
    unit = tmp_path / "a.yaml"
    shutil.copy(SAMPLE, unit)
    unlike, like = tmp_path / "a_diff.xlsx", tmp_path / "b_same.xlsx"
    for book in (unlike, like):
        assert run("tables", "export", unit, "-o", book).exit_code == 0
    fill(unlike, {NEW: 40, GRANTED: 22})
    other = tmp_path / "c.yaml"
    other.write_text(SAMPLE.read_text(encoding="utf-8").replace("某县自然资源局", "某县财政局"), encoding="utf-8")
    out = tmp_path / "region.yaml"
    result = run("aggregate", unit, unlike, like, other, "-o", out)
    assert result.exit_code == 1, result.output  # units left out: the sum of the others is written, exit 1 says so
    assert f"只计入 {unit}" not in result.output
    assert (f"{like}: warning: 未计入汇总：与 {unit} 是同一单位（“某县自然资源局”2023 年度）的工作簿和数据文件，数字相同，"
            f"而 {unit} 与工作簿 {unlike} 的数字不同：不计入（见 {unlike} 的说明）") in result.output
    assert result.output.count(f"{unit}: warning: 未计入汇总") == 1
    assert summed(out, NEW) == 38  # c.yaml only


# Import: a part's heading over a line of its text in one paragraph ----------------------------------------------------

def test_a_heading_over_its_text_s_first_line_in_one_web_paragraph_stays_a_heading_and_its_text(tmp_path):
    """“<p>一、总体情况<br>本局全年坚持依法依规做好公开<br>2023年，…</p>”: the line after the heading begins the part's
    text (more of it follows), no wrapped rest of the heading. Before, the two were joined into one heading that named
    no part: part 一 was missing and its heading a subheading of part 六."""
    html = unspaced(render_source(EXAMPLE, "html", tmp_path, PLUGINS))
    plain = tmp_path / "plain.html"
    plain.write_text(html, encoding="utf-8")
    expected = yaml.safe_load(imported(plain, tmp_path, PLUGINS).target.read_text(encoding="utf-8"))
    page = tmp_path / "one-paragraph.html"
    page.write_text(re.sub(r"<h2>一、总体情况</h2>\s*<p>", "<p>一、总体情况<br>本局全年坚持依法依规做好公开<br>", html, count=1),
                    encoding="utf-8")
    result = imported(page, tmp_path, PLUGINS)
    assert result.findings == []
    overview = yaml.safe_load(result.target.read_text(encoding="utf-8"))["sections"]["overview"]
    assert re.sub(r"\s", "", overview[0]) == "本局全年坚持依法依规做好公开" + re.sub(r"\s", "", expected["sections"]["overview"][0])
    assert overview[1:] == expected["sections"]["overview"][1:]
