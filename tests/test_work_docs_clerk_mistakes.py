"""A clerk's slips in a work plan and a work summary: each named at its line and column with what to write, or
accepted and printed as meant."""
from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from reportkit.cli import cli

PLAN = """\
kind: work-plan
year: 2025
agency: 青川县自然资源局
preamble:
  - 为把今年的公开工作落到实处，结合本局职责制定本方案。
requirements:
  - 围绕中心工作，提高公开的针对性。
tasks:
  - task: 做好不动产登记信息公开
    content:
      - 每月更新不动产登记办理指南和收费标准。
    lead: 不动产登记中心
    support: [办公室]
    deadline: "2025-12"
  - task: 推进规划信息公开
    content:
      - 规划批准后二十个工作日内在门户网站全文发布。
    lead: 规划股
    deadline: 2025-06-30
safeguards:
  - 局办公室统筹推进，各股室指定一名信息员。
date: 2025-02-10
"""

SUMMARY = """\
kind: work-summary
year: 2025
agency: 青川县自然资源局
work:
  - heading: 主动公开
    content:
      - 全年在门户网站发布信息312条。
problems:
  - 图解、视频形式的解读偏少。
date: 2026-01-12
"""


def run(tmp_path, text: str, *args: str) -> tuple[int, list[str]]:
    path = tmp_path / "doc.yaml"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, [*args, str(path)], prog_name="reportkit")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, [line.replace(str(path), "doc.yaml") for line in result.output.splitlines()]


def changed(text: str, old: str, new: str) -> tuple[str, int]:
    """``text`` with its line ``old`` replaced by ``new``, and that line's number."""
    lines = text.splitlines()
    number = lines.index(old)
    lines[number] = new
    return "\n".join(lines) + "\n", number + 1


def printed(tmp_path, text: str) -> list[str]:
    """The DOCX's paragraphs and table cells, in order."""
    code, out = run(tmp_path, text, "render", "-f", "docx", "-o", str(tmp_path / "out.docx"))
    assert code == 0, out
    document = docx.Document(str(tmp_path / "out.docx"))
    return [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells]


@pytest.mark.parametrize(("typed", "shown"), [
    ("2025-12-31前", "2025年12月31日前"),
    ("2025.6.30前完成", "2025年6月30日前完成"),
    ("2025/9/30前", "2025年9月30日前"),
    ("2025.6-2025.12", "2025年6月-2025年12月"),
])
def test_a_date_in_figures_among_words_prints_in_chinese(tmp_path, typed, shown):
    text, _ = changed(PLAN, '    deadline: "2025-12"', f'    deadline: "{typed}"')
    assert f"完成时限：{shown}" in printed(tmp_path, text)
    table, _ = changed(text, "date: 2025-02-10", "date: 2025-02-10\ntask_table: {place: inline}")
    assert shown in printed(tmp_path, table)  # the task table's 完成时限 cell


@pytest.mark.parametrize("words", ["长期坚持", "持续推进", "12月底前", "2025年底", "2025年3月—6月"])
def test_a_deadline_in_words_prints_as_written(tmp_path, words):
    text, _ = changed(PLAN, '    deadline: "2025-12"', f"    deadline: {words}")
    code, out = run(tmp_path, text, "validate")
    assert (code, out) == (0, ["doc.yaml: 通过 政务公开工作实施方案（工作要点）"])
    assert f"完成时限：{words}" in printed(tmp_path, text)


@pytest.mark.parametrize(("typed", "what"), [("2025-13前", "月份"), ("2025.2.30前完成", "日期")])
def test_a_date_that_does_not_exist_among_words_is_an_error(tmp_path, typed, what):
    text, line = changed(PLAN, '    deadline: "2025-12"', f"    deadline: {typed}")
    code, out = run(tmp_path, text, "validate")
    assert code == 1
    assert out == [f"doc.yaml:{line}:15: error: tasks[1].deadline：完成时限“{typed}”的{what}不存在："
                   "写成 2025-12（月份）或 2025-12-31（日期）的形式"]


def test_a_range_of_years_holding_the_plans_is_no_warning(tmp_path):
    text, line = changed(PLAN, '    deadline: "2025-12"', "    deadline: 2025-2026年")
    assert run(tmp_path, text, "validate") == (0, ["doc.yaml: 通过 政务公开工作实施方案（工作要点）"])
    text, line = changed(PLAN, '    deadline: "2025-12"', "    deadline: 2023-2024年")
    assert f"doc.yaml:{line}:15: warning: 任务“做好不动产登记信息公开”的完成时限“2023-2024年”不在方案年度 2025 年内：" \
           "请改为 2025年1月1日至12月31日之间的日期或月份，或核对 year（WP2）" in run(tmp_path, text, "validate")[1]


def test_a_deadline_outside_the_plans_year_is_named(tmp_path):
    text, line = changed(PLAN, "    deadline: 2025-06-30", "    deadline: 2024-06-30")
    code, out = run(tmp_path, text, "validate")
    assert code == 0
    assert f"doc.yaml:{line}:15: warning: 任务“推进规划信息公开”的完成时限“2024年6月30日”不在方案年度 2025 年内：" \
           "请改为 2025年1月1日至12月31日之间的日期或月份，或核对 year（WP2）" in out


def test_a_label_typed_before_the_lead_is_named(tmp_path):
    text, line = changed(PLAN, "    lead: 不动产登记中心", "    lead: 牵头单位：不动产登记中心")
    code, out = run(tmp_path, text, "validate")
    assert code == 0  # printed as written: a warning, not an error
    assert out[0] == f"doc.yaml:{line}:11: warning: “牵头单位：不动产登记中心”前面写了“牵头单位：”，" \
                     "印出来是“责任科室（单位）：牵头单位：不动产登记中心”：只写单位名称“不动产登记中心”" \
                     "（牵头单位写在 lead，配合单位写在 support）（WP1）"


def test_lead_and_support_in_one_cell_with_labels_are_named_as_two(tmp_path):
    text, line = changed(PLAN, "    lead: 不动产登记中心", "    lead: 牵头单位：不动产登记中心；配合单位：办公室")
    out = run(tmp_path, text, "validate")[1]
    assert out[0] == f"doc.yaml:{line}:11: warning: “牵头单位：不动产登记中心；配合单位：办公室”像是 2 个单位写在了一项里，" \
                     "印出来单位之间是“；”而不是“、”：lead 只写牵头的一个，其余写进 support（WP1）"


def test_units_parted_by_a_space_are_named_as_several(tmp_path):
    text, line = changed(PLAN, "    support: [办公室]", "    support: [办公室 法规股]")
    out = run(tmp_path, text, "validate")[1]
    assert out[0] == f"doc.yaml:{line}:15: warning: “办公室 法规股”像是 2 个单位写在了一项里，印出来单位之间是空格而不是“、”：" \
                     "写成 support: [办公室, 法规股]（英文逗号加空格），或每个单位一行“- ”（WP1）"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("    lead: 规划股", "    support: [规划股]",  # named at the task's name
     "15:11: error: 任务“推进规划信息公开”没有写责任科室（单位）：请在 lead 中写明牵头科室（单位），配合科室（单位）写在 support 中（WP1）"),
    ("  - task: 推进规划信息公开", "  - task: 2. 推进规划信息公开",
     "15:11: error: tasks[2].task：任务“2. 推进规划信息公开”自带编号“2.”：去掉编号，编号由 reportkit 生成"),
    ("    deadline: 2025-06-30", "    deadline: 2025.6",
     "19:15: error: tasks[2].deadline：完成时限被读成了小数 2025.6（2025.10 会读成 2025.1）：请写成 2025-06（月份）、"
     "2025-06-30（日期）或 2025年6月"),
])
def test_a_plan_slip_is_named_at_its_line(tmp_path, old, new, message):
    code, out = run(tmp_path, changed(PLAN, old, new)[0], "validate")
    assert code == 1
    assert f"doc.yaml:{message}" in out


def test_a_summary_without_its_problems_says_which_part(tmp_path):
    text = SUMMARY.replace("problems:\n  - 图解、视频形式的解读偏少。\n", "")
    code, out = run(tmp_path, text, "validate")
    assert code == 1
    assert out[0].startswith("doc.yaml:1:1: error: problems：缺少必填字段“problems”（存在的问题），请补上：")


def test_a_summary_heading_without_content_is_named(tmp_path):
    text, line = changed(SUMMARY, "      - 全年在门户网站发布信息312条。", "")
    text = text.replace("    content:\n\n", "")
    code, out = run(tmp_path, text, "validate")
    assert (code, out) == (1, ["doc.yaml:5:5: error: work[1]：小标题下面没有内容：在 content 下写上段落，或删掉这个小标题"])
