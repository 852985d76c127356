"""What a clerk types into a work summary's or a work plan's narrative that printed wrong or passed unsaid: an empty
part, a hand-typed number, items numbered inline, a heading as long as a paragraph, an empty or day-first deadline or
date, a paragraph pasted twice, blank, with tabs, with half-width commas, or far too long.
The texts are written for these tests."""
from __future__ import annotations

import pytest

from reportkit.errors import InvalidData
from reportkit.load import load_text
from reportkit.plugins import load_plugins
from reportkit.validate import validate

SUMMARY = """kind: work-summary
year: 2025
agency: 某县测试局
preamble:
  - 本年度我局围绕公开目录编制和平台整合开展工作，全年主动公开信息三百余条。
work:
  - heading: 主动公开
    content:
      - 门户网站全年更新栏目二十个，发布政策解读材料十二篇。
problems:
  - 部分栏目内容更新滞后，解读形式较为单一。
plan:
  - 下一年度重点完善依申请公开的登记流程。
date: 2026-01-15
"""
PLAN = open("examples/putian-2018-work-plan.yaml", encoding="utf-8").read()
BLANK = "（只写了引号或空格，全角空格“　”也算空）"


def _said(text: str) -> list[str]:
    """Every diagnostic of ``text`` as ``reportkit validate`` prints it, errors and warnings alike."""
    try:
        result = validate(load_text(text.encode(), "t.yaml"), load_plugins().registry)
    except InvalidData as exc:
        return [d.format() for d in exc.diagnostics]
    return [d.format() for d in result.diagnostics.items]


def _summary(old: str, new: str) -> str:
    assert old in SUMMARY
    return SUMMARY.replace(old, new, 1)


def test_the_starting_summary_says_nothing():
    assert _said(SUMMARY) == []


def test_an_empty_problems_part_says_what_to_write():
    text = _summary("problems:\n  - 部分栏目内容更新滞后，解读形式较为单一。\n", "problems: []\n")
    assert _said(text) == ["t.yaml:10:11: error: problems：不能为空：至少写一项（工作中存在的问题和不足）："
                           "删去“[]”，在下一行写“- ”和内容，比它多缩进两格"]


@pytest.mark.parametrize("typed", ['""', '"   "', '"\u3000"'])
def test_a_blank_paragraph_is_an_item_to_delete_or_fill(typed):
    text = _summary("  - 部分栏目内容更新滞后，解读形式较为单一。", f"  - {typed}")
    assert _said(text) == [f"t.yaml:11:5: error: problems[1]：这一项是空的{BLANK}：删掉这一项，或写上文字"]


def test_a_paragraph_starting_with_a_part_s_number_is_warned_about_with_the_heading_to_write():
    text = _summary("      - 门户网站全年", "      - 1.门户网站全年")
    assert _said(text) == [
        "t.yaml:9:9: warning: 这一段以“1.”开头，印出来像一个编号的小标题：要作小标题，写成 {heading: 标题, content: [段落]}，"
        "编号由 reportkit 生成；要作正文，去掉“1.”（WS2）"]


def test_a_preamble_paragraph_starting_with_a_number_is_told_to_drop_it():
    text = _summary("  - 本年度我局", "  - （一）本年度我局")
    assert _said(text) == ["t.yaml:5:5: warning: 这一段以“（一）”开头，印出来像一个编号的小标题：去掉“（一）”（WS2）"]


def test_items_numbered_inline_in_one_paragraph_are_warned_about():
    text = _summary("  - 下一年度重点完善依申请公开的登记流程。",
                    "  - 下一年度重点做好三项工作：1.完善登记流程；2.规范答复文书；3.加强业务培训。")
    assert _said(text) == [
        "t.yaml:13:18: warning: 这一段里接连写了“1.”“2.”“3.”几项，印出来连成一段：每项另写一段，或写成小标题"
        "（{heading: …, content: [...]}，编号由 reportkit 生成），去掉手写的编号（WS2）"]


def test_a_task_s_measures_numbered_inline_are_told_to_take_a_paragraph_each():
    old = "      - 本局权责清单在网上公开"
    assert old in PLAN
    text = PLAN.replace(old, "      - 一、梳理清单。二、调整事项。三、公开结果。" + old[8:], 1)
    line = text.splitlines().index(next(s for s in text.splitlines() if "一、梳理清单" in s)) + 1
    assert f"t.yaml:{line}:9: warning: 这一段里接连写了“一、”“二、”“三、”几项，印出来连成一段：每项另写一段（各以“- ”开头），" \
           "去掉手写的编号（WP5）" in _said(text)


@pytest.mark.parametrize("typed", [
    "“一、总体要求”一节已在上年印发的文件中写明。",  # a number in quotes
    "第一，加强统筹；第二，压实责任。",  # ordinals in words
    "2025.6.30前完成目录编制，1.5万条信息已完成归档。",  # a date and a decimal
    "全年办理1、2季度积压的申请十件。",  # numbers in the middle of a clause
])
def test_numbers_in_the_text_are_no_typed_heading_numbers(typed):
    assert _said(_summary("      - 门户网站全年更新栏目二十个，发布政策解读材料十二篇。", f"      - {typed}")) == []


def test_a_heading_as_long_as_a_paragraph_is_warned():
    """A warning in a summary or plan a clerk writes; an annual report read back from print keeps its headings."""
    heading = "主动公开" * 16
    text = _summary("  - heading: 主动公开", f"  - heading: {heading}")
    assert _said(text) == ["t.yaml:7:14: warning: 小标题有 64 个字，超过 60 个字（两行）：小标题只写一句话，"
                           "其余的文字写成它下面 content 里的段落（WS2）"]


def test_a_heading_of_sixty_characters_passes():
    assert _said(_summary("  - heading: 主动公开", f"  - heading: {'主动公开' * 15}")) == []


def test_a_date_typed_day_first_is_refused_with_it_year_first():
    assert _said(_summary("date: 2026-01-15", "date: 15/01/2026")) == [
        "t.yaml:14:7: error: date：应为日期，按年-月-日的次序写：“15/01/2026”是日/月/年的次序，请写作 2026-01-15"]


def test_a_date_that_reads_either_way_gives_both():
    assert _said(_summary("date: 2026-01-15", "date: 06/01/2026")) == [
        "t.yaml:14:7: error: date：应为日期，按年-月-日的次序写：“06/01/2026”是日/月/年的次序，"
        "请写作 2026-01-06（1月6日），或 2026-06-01（6月1日）"]


def test_a_day_first_date_in_a_paragraph_is_warned_about_where_it_stands():
    text = _summary("  - 下一年度重点完善依申请公开的登记流程。", "  - 于30/06/2026前完善登记流程。")
    assert _said(text) == ["t.yaml:13:6: warning: “30/06/2026”是日/月/年的次序，会照原样印出：写作 2026年6月30日（WS2）"]


def _deadline(value: str) -> list[str]:
    old = '    deadline: "2018-12"'
    assert old in PLAN
    return _said(PLAN.replace(old, f"    deadline:{value}", 1))


def test_an_empty_deadline_is_refused_with_what_leaving_it_out_prints():
    assert _deadline("") == [
        "t.yaml:154:14: error: tasks[13].deadline：完成时限是空的（冒号后面什么也没写）：写上日期、月份或文字（如 2025-12、“全年”），"
        "或删掉这一行（不写时，分解表中印 task_table.default_deadline，正文中不印完成时限）"]


def test_a_day_first_deadline_is_refused_with_it_year_first():
    assert _deadline(" 30/06/2018前") == [
        "t.yaml:154:15: error: tasks[13].deadline：完成时限“30/06/2018前”中的“30/06/2018”是日/月/年的次序：请按年-月-日写作 2018-06-30"]


def test_a_paragraph_pasted_twice_is_warned_about_at_the_second():
    text = _summary("  - 下一年度重点完善依申请公开的登记流程。",
                    "  - 下一年度重点完善依申请公开的登记流程。\n  - 下一年度重点完善依申请公开的登记流程。")
    assert _said(text) == ["t.yaml:14:5: warning: 这一段与上一段（plan[1]）一字不差，多半是粘贴了两次：删去重复的一段（WS2）"]


def test_a_paragraph_said_again_in_the_next_part_is_no_paste():
    text = _summary("  - 下一年度重点完善依申请公开的登记流程。", "  - 部分栏目内容更新滞后，解读形式较为单一。")
    assert _said(text) == []


def test_a_paragraph_said_again_further_on_is_no_paste():
    text = _summary("  - 下一年度重点完善依申请公开的登记流程。", "  - 继续推进。\n  - 部分栏目内容更新滞后，解读形式较为单一。")
    assert _said(text) == []


def test_a_short_paragraph_may_stand_twice():
    text = _summary("  - 下一年度重点完善依申请公开的登记流程。", "  - 无。\n  - 无。")
    assert _said(text) == []


def test_a_table_pasted_with_tabs_is_warned_about():
    text = _summary("  - 下一年度重点完善依申请公开的登记流程。", '  - "类别\\t条数\\n政策文件\\t12"')
    assert _said(text) == ["t.yaml:13:5: warning: 这一段里有制表符（Tab），像是从 Word 或 Excel 粘贴来的表格：表格请改写成 "
                           "{columns: [...], rows: [[...]]}（写法同附件的 table）；不是表格的，把制表符换成文字或标点（WS2）"]


def test_half_width_commas_among_chinese_are_warned_about():
    text = _summary("部分栏目内容更新滞后，解读形式较为单一。", "部分栏目内容更新滞后,解读形式较为单一;有待改进。")
    assert _said(text) == ["t.yaml:11:5: warning: 这一段的汉字之间用了半角的“,”“;”（2 处，英文输入法下打的）："
                           "请改为全角的“，”“；”（WS2）"]


def test_a_half_width_comma_between_figures_is_no_mistake():
    assert _said(_summary("全年主动公开信息三百余条。", "全年主动公开信息1,234条。")) == []


def test_a_very_long_paragraph_is_warned_about():
    long = "本年度持续推进公开平台整合工作，" * 80  # 1,280 characters
    text = _summary("  - 下一年度重点完善依申请公开的登记流程。", f"  - {long}")
    assert _said(text) == ["t.yaml:13:5: warning: 这一段有 1,280 个字，超过 1,200 字（约两页）：请按意思分成几段，"
                           "每段另写一项“- ”（WS2）"]

