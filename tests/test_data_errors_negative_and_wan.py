"""A clerk's data errors, each refused at its place with a fix the clerk can act on: a negative count (a minus typed
by mistake, or a decrease where the count belongs), a date without its day, an amount of a table's cell typed with
its unit, a count written 1.2万; and the mistakes of a Word or WPS user: a key in Word's quotes, a value on the line
below its key, a bracket left open, a part's heading typed with its number, one item where a list belongs, a kind or
a key written in Chinese, 无 for none, a note in brackets after a figure, label cells merged in the workbook."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from _data_helpers import changed, run

ROOT = Path(__file__).parents[1]
REPORT = (ROOT / "examples" / "sample-2021.yaml").read_text("utf-8")
REPORT_2019 = (ROOT / "examples" / "xinzhou-2020.yaml").read_text("utf-8")
PLAN = (ROOT / "examples" / "putian-2018-work-plan.yaml").read_text("utf-8")
SUMMARY = (ROOT / "examples" / "suzhou-2016-work-summary.yaml").read_text("utf-8")
REDHEAD = (ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml").read_text("utf-8")




def refused(tmp_path, text: str, old: str, new: str) -> tuple[int, list[str]]:
    """The validation of ``text`` with its line ``old`` typed as ``new``, and that line's number."""
    text, line = changed(text, old, new)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    return line, out


def workbook(tmp_path, text: str, edit) -> tuple[int, list[str]]:
    """The import of the tables ``text`` exports, after ``edit`` (of the workbook), into ``text``."""
    data = tmp_path / "data.yaml"
    data.write_text(text, "utf-8")
    CliRunner().invoke(cli, ["tables", "export", str(data), "-o", str(tmp_path / "t.xlsx")])
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    edit(book)
    book.save(tmp_path / "t.xlsx")
    return run(tmp_path, "tables", "import", str(tmp_path / "t.xlsx"), data=text.encode())


# 1. A negative count ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "old", "new", "message"), [
    (REPORT, "  notices: 3", "  notices: -3",
     "12: error: information_processing_fee.notices：这里填数量，不能是负数：若减号是多打的，“-3”请写作 3"),
    (REPORT, "    administrative_penalty: {decisions: 37}", "    administrative_penalty: {decisions: -37}",
     "41: error: tables.active_disclosure.administrative_penalty.decisions：这里填数量，不能是负数：若减号是多打的，"
     "“-37”请写作 37；这一格只填数量，不填比上年的增减"),
    (REPORT_2019, "    administrative_penalty: {previous_year: 93, change: 16, decisions: 13}",
     "    administrative_penalty: {previous_year: 93, change: 16, decisions: -13}",
     "72: error: tables.active_disclosure.administrative_penalty.decisions：这里填数量，不能是负数：若减号是多打的，"
     "“-13”请写作 13；比上年的增减（减少写 -11）请填在同一行的“本年增/减”（数据文件中的 change）里，这一格不填增减"),
    (REPORT, "    administrative_fees: {amount: 412.3562}", "    administrative_fees: {amount: -412.30}",
     "35: error: tables.active_disclosure.administrative_fees.amount：这里填金额，不能是负数：若减号是多打的，"
     "“-412.30”请写作 412.30；这一格只填金额，不填比上年的增减"),
], ids=["fee-notices", "table-2021", "table-2019-beside-its-change", "amount"])
def test_a_negative_count_is_told_the_minus_or_the_change_column_not_its_least_value(tmp_path, text, old, new, message):
    """Each said “不能小于 0”: nothing of a minus typed by mistake, nor of the 本年增/减 a decrease belongs in."""
    line, out = refused(tmp_path, text, old, new)
    assert out == [f"data.yaml:{line}:{message}"]


def test_a_negative_count_in_the_workbook_is_told_the_same(tmp_path):
    def edit(book):
        book["表二"]["D11"] = -13  # 行政处罚 处理决定数量
    code, out = workbook(tmp_path, REPORT_2019, edit)
    assert code == 1
    assert out[0] == ("t.xlsx:表二!D11: error: 表二“行政处罚”“处理决定数量”：这里填数量，不能是负数：若减号是多打的，“-13”请写作 13；"
                      "比上年的增减（减少写 -11）请填在同一行的“本年增/减”（数据文件中的 change）里，这一格不填增减")


# 2. A date without its day -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "year", "month"), [
    ("2024.01", 2024, 1), ("2024.10", 2024, 10), ("2024年1月", 2024, 1), ("2024-01", 2024, 1), ("二〇二四年元月", 2024, 1),
    ("2024年1月份", 2024, 1),
])
def test_a_date_written_to_its_month_is_told_the_day_is_wanted(tmp_path, typed, year, month):
    """2024.01 (read as a decimal) and 2024年1月 were told “应为日期，写成 2021-02-05 的形式”: no word of the day."""
    line, out = refused(tmp_path, REPORT, "date: 2024-01-25", f"date: {typed}")
    assert out == [f"data.yaml:{line}:7: error: date：成文日期要写到日：“{typed}”只写了年和月，请补上是哪一天，写成 "
                   f"{year}-{month:02d}-日 的形式（如 {year} 年 {month} 月 5 日写作 {year}-{month:02d}-05）"]


@pytest.mark.parametrize(("text", "old", "new", "message"), [
    (PLAN, "  date: 2018-06-25", "  date: 2018.06",
     "9: error: notice.date：成文日期要写到日：“2018.06”只写了年和月，请补上是哪一天，写成 2018-06-日 的形式"
     "（如 2018 年 6 月 5 日写作 2018-06-05）"),
    (SUMMARY, "date: 2017-01-10", "date: 2017年1月",
     "7: error: date：成文日期要写到日：“2017年1月”只写了年和月，请补上是哪一天，写成 2017-01-日 的形式"
     "（如 2017 年 1 月 5 日写作 2017-01-05）"),
    (REDHEAD, "    printed_on: 2024-01-25", "    printed_on: 2024年1月",
     "17: error: plugins.reportkit-gbt9704-redhead.printed_on：印发日期要写到日：“2024年1月”只写了年和月，请补上是哪一天，"
     "写成 2024-01-日 的形式（如 2024 年 1 月 5 日写作 2024-01-05）"),
    (REPORT, "date: 2024-01-25", "date: 2024年1月25号",
     "7: error: date：应为日期，写成 2021-02-05 的形式：“2024年1月25号”请写作 2024-01-25"),
    (REPORT, "date: 2024-01-25", "date: 2024年1月25",
     "7: error: date：应为日期，写成 2021-02-05 的形式：“2024年1月25”请写作 2024-01-25"),
], ids=["work-plan", "work-summary", "redhead-printed-on", "day-as-hao", "day-without-ri"])
def test_each_kind_s_dates_get_the_day_or_the_date_to_write(tmp_path, text, old, new, message):
    line, out = refused(tmp_path, text, old, new)
    assert out == [f"data.yaml:{line}:{message}"]


# 3. An amount of a table's cell typed with its unit; 4. a figure in 万 -------------------------------------------------------
FEES = "    administrative_fees: {amount: 412.3562}"
PROCUREMENT = "    government_procurement: {projects: 23, amount: 2192.315913, unit: 万元}"


@pytest.mark.parametrize(("text", "old", "new", "message"), [
    (REPORT, FEES, "    administrative_fees: {amount: 412元}",
     "35: error: tables.active_disclosure.administrative_fees.amount：应为数字（用阿拉伯数字，如 12.5）：只填数字，不要写“元”："
     "这一项以万元计，写作 0.0412，实际为“412元”"),
    (REPORT, FEES, "    administrative_fees: {amount: 1.2万}",
     "35: error: tables.active_disclosure.administrative_fees.amount：应为数字（用阿拉伯数字，如 12.5）：只填数字，不要写“万”："
     "这一项以万元计，写作 1.2，实际为“1.2万”"),
    (REPORT_2019, PROCUREMENT, "    government_procurement: {projects: 23, amount: 21923159元, unit: 万元}",
     "52: error: tables.active_disclosure.government_procurement.amount：应为数字（用阿拉伯数字，如 12.5）：只填数字，"
     "不要写“元”：这一项以万元计，写作 2192.3159，实际为“21923159元”"),
    (REPORT_2019, PROCUREMENT, "    government_procurement: {projects: 23, amount: {value: 2192万元}, unit: 元}",
     "60: error: tables.active_disclosure.government_procurement.amount.value：应为数字（用阿拉伯数字，如 12.5）：只填数字，"
     "不要写“万元”：这一项以元计，写作 21920000，实际为“2192万元”"),
], ids=["yuan-in-wan-yuan", "wan", "yuan-in-the-row-s-unit", "wan-yuan-in-yuan"])
def test_a_table_s_amount_typed_with_its_unit_is_given_the_digits_in_its_column_s_unit(tmp_path, text, old, new, message):
    """The cell's unit is its column's (本年收费金额（单位：万元）) or its row's unit:; the clerk was told to look it up in
    the starter file's comment, with no figure."""
    line, out = refused(tmp_path, text, old, new)
    assert out == [f"data.yaml:{line}:{message}"]


@pytest.mark.parametrize(("typed", "fix"), [
    ("1.2万", "只写数字，不写“万”：“1.2万”即 12000，请写作 12000；若“1.2万”是约数，请填准确的数量"),
    ("3万件", "只写数字，不写“万”：“3万件”即 30000，请写作 30000；若“3万件”是约数，请填准确的数量"),
    ("1.23456万", "“1.23456万”即 12345.6，不是整数：请填准确的数量"),
])
def test_a_count_written_in_wan_is_given_its_digits_and_told_to_check_them(tmp_path, typed, fix):
    line, out = refused(tmp_path, REPORT, "  notices: 3", f"  notices: {typed}")
    assert out == [f"data.yaml:{line}:12: error: information_processing_fee.notices：应为整数（用阿拉伯数字，如 12；没有就填 0）："
                   f"{fix}"]


def test_a_count_written_in_wan_in_the_workbook_is_given_its_digits(tmp_path):
    def edit(book):
        book["表二"]["B4"] = "1.2万"
    code, out = workbook(tmp_path, REPORT, edit)
    assert code == 1
    assert out[0] == ("t.xlsx:表二!B4: error: 表二“行政规范性文件”“本年制发件数”：应为整数（用阿拉伯数字，如 12；没有就填 0）："
                      "只写数字，不写“万”：“1.2万”即 12000，请写作 12000；若“1.2万”是约数，请填准确的数量")


# 5. A Word or WPS user's YAML ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "message"), [
    ("“year”: 2023", "error: 键“year”两边加了引号，YAML 把引号也读进了键里：键不加引号，请删去引号，写成“year: ”"),
    ("‘year’: 2023", "error: 键“year”两边加了引号，YAML 把引号也读进了键里：键不加引号，请删去引号，写成“year: ”"),
    ('"year”: 2023', "error: YAML 语法错误：键“year”两边的引号一边是英文的、一边是中文的，YAML 读不成键：键不加引号，"
                     "请删去引号，写成“year: ”"),
], ids=["word-quotes", "word-single-quotes", "mixed-quotes"])
def test_a_key_in_word_s_quotes_is_told_to_lose_them(tmp_path, typed, message):
    """“year”: 2023 was “缺少报告年度 year” at line 3, and "year”: 2023 a line that is no key."""
    line, out = refused(tmp_path, REPORT, "year: 2023", typed)
    assert out == [f"data.yaml:{line}:1: {message}"]


@pytest.mark.parametrize(("old", "new", "key", "value"), [
    ("  notices: 3", "  notices:\n  3", "notices", "3"),
    ("date: 2024-01-25", "date:\n2024-01-25", "date", "2024-01-25"),
])
def test_a_value_typed_below_its_key_without_indent_is_told_to_join_them(tmp_path, old, new, key, value):
    """It was “这一行既不是“键: 值”，也不是列表的一项”: nothing of the key above with no value."""
    line, out = refused(tmp_path, REPORT, old, new)
    column = new.index("\n") - len(key)
    assert out == [f"data.yaml:{line + 1}:{column}: error: YAML 语法错误：键“{key}”的值写在了下一行，却没有比“{key}”多缩进："
                   f"请把“{value}”接在冒号后面，写成“{key}: {value}”，或比“{key}”多缩进两格"]


def test_a_bracket_left_open_is_placed_where_it_opened(tmp_path):
    """YAML read the lines below into the list and gave up at the file's end (a line after the last)."""
    line, out = refused(tmp_path, SUMMARY, "date: 2017-01-10", "date: 2017-01-10\nattachments:\n  - title: 公开信息统计\n"
                        "    table:\n      columns: [类别, 条数]\n      rows:\n        - [环境管理, 7118]\n        - [环评, 508")
    assert out == [f"data.yaml:{line + 7}:11: error: YAML 语法错误：方括号 [ ] 没有配对，或各项之间缺少逗号"
                   "（检查缩进、冒号后的空格和引号是否成对）"]


@pytest.mark.parametrize(("text", "old", "new", "below", "message"), [
    (SUMMARY, "  work: 2016年工作总结", "  work: 一、2016年工作总结", 0,
     "9: error: headings.work：标题“一、2016年工作总结”自带编号“一、”：去掉编号，编号由 reportkit 生成"),
    (PLAN, "requirements:", "headings:\n  tasks: 二、重点任务\nrequirements:", 1,
     "10: error: headings.tasks：标题“二、重点任务”自带编号“二、”：去掉编号，编号由 reportkit 生成"),
], ids=["work-summary", "work-plan"])
def test_a_part_s_heading_typed_with_its_number_is_refused(tmp_path, text, old, new, below, message):
    """The summary printed “一、一、2016年工作总结”; ``below``: the heading's line after the first typed."""
    line, out = refused(tmp_path, text, old, new)
    assert out == [f"data.yaml:{line + below}:{message}"]


def test_one_attachment_typed_without_its_dash_is_told_to_add_it(tmp_path):
    line, out = refused(tmp_path, SUMMARY, "date: 2017-01-10",
                        "date: 2017-01-10\nattachments:\n  title: 公开信息统计\n  content:\n    - 环境管理类7118条。")
    assert out == [f"data.yaml:{line + 2}:3: error: attachments：应为列表，只有一项也要写成列表：在“title:”前面加英文减号和空格“- ”，"
                   "这一项的其余各行随之多缩进两格"]


def test_one_organ_typed_where_a_list_belongs_is_given_the_list(tmp_path):
    line, out = refused(tmp_path, REDHEAD, "    copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]", "    copy_to: 某县人民政府办公室")
    assert out == [f"data.yaml:{line}:14: error: plugins.reportkit-gbt9704-redhead.copy_to：应为列表，只有一项也要写成列表："
                   "写成 [某县人民政府办公室]，或另起一行写“- 某县人民政府办公室”，比上一行多缩进两格，实际为“某县人民政府办公室”"]


@pytest.mark.parametrize(("typed", "kind"), [("工作总结", "work-summary"), ("工作方案", "work-plan"), ("年度报告", "annual-report")])
def test_a_kind_written_in_chinese_is_given_its_name(tmp_path, typed, kind):
    line, out = refused(tmp_path, SUMMARY, "kind: work-summary", f"kind: {typed}")
    assert out[0].startswith(f"data.yaml:{line}:7: error: 未知的文档类型“{typed}”。是不是“{kind}”？")


def test_a_key_written_in_chinese_is_given_the_keys_with_what_each_holds(tmp_path):
    """责任单位 was given “task、content、lead、support、deadline、items”: English a clerk cannot match to the column."""
    line, out = refused(tmp_path, PLAN, "    lead: 办公室", "    责任单位: 办公室")
    assert out == [f"data.yaml:{line}:5: error: tasks[13].责任单位：未知字段“责任单位”。键要写英文名，允许的字段：task（任务）、"
                   "content（具体措施）、lead（牵头科室（单位））、support（配合科室（单位））、deadline（完成时限）、items（子项）"]


@pytest.mark.parametrize(("typed", "fix"), [
    ("无", "没有就填 0：“无”请写作 0"),
    ("/", "没有就填 0：“/”请写作 0"),
    ("3（其中1件已撤回）", "只填数字：写作 3；括号里的说明“其中1件已撤回”请写进正文，实际为“3（其中1件已撤回）”"),
], ids=["none", "slash", "note"])
def test_a_count_typed_as_none_or_with_a_note_gets_the_figure_to_write(tmp_path, typed, fix):
    line, out = refused(tmp_path, REPORT, "  notices: 3", f"  notices: {typed}")
    assert out == [f"data.yaml:{line}:12: error: information_processing_fee.notices：{fix}"]


def test_label_cells_merged_in_the_workbook_are_told_to_be_unmerged(tmp_path):
    """A10:A11 merged (行政处罚 over 行政强制) was told rows cannot be inserted or moved, and to export a new workbook."""
    def edit(book):
        book["表二"].merge_cells("A10:A11")
    code, out = workbook(tmp_path, REPORT, edit)
    assert code == 1
    assert out[0] == ("t.xlsx:表二!A11: error: 这一格应为“行政强制”，而它与 A10:A11 中的其他格合并成了一格：请选中 A10:A11，"
                      "取消合并单元格（“开始 → 合并后居中”），再在这一格写上“行政强制”")


def test_a_plugin_s_settings_typed_out_of_plugins_are_told_to_move_under_it(tmp_path):
    """The line under ``plugins:`` lost its indent: it was told the top level's keys, none of them the fix."""
    line, out = refused(tmp_path, REDHEAD, "  reportkit-gbt9704-redhead:", "reportkit-gbt9704-redhead:")
    assert out == [f"data.yaml:{line}:1: error: reportkit-gbt9704-redhead：未知字段“reportkit-gbt9704-redhead”。它是插件的设置："
                   "请把这一项移到“plugins:”下面，比它多缩进两格（它下面的各行随之多缩进两格）"]
