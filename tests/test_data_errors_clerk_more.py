"""More of a clerk's data errors, each refused at its place with the fix: a column or a row of the other edition's
table 二 (2019's 本年增/减 in a 2021 report), a note typed beside a row's cells, a count typed into its name, a line of
a 2008 list pasted twice, a decimal point typed as 。, an amount with ¥ before it, 元月 in a date, 是/否 for true/false,
a full-width space after a closing bracket, a blank among a count's digits, a postcode of other than six half-width
digits, and the redhead plugin's 抄送 typed with blanks or as one text."""
from __future__ import annotations

from pathlib import Path

import pytest

from _data_helpers import changed, run

ROOT = Path(__file__).parents[1]
REPORT = (ROOT / "examples" / "sample-2021.yaml").read_text("utf-8")
REPORT_2019 = (ROOT / "examples" / "xinzhou-2020.yaml").read_text("utf-8")
REPORT_2008 = (ROOT / "examples" / "nanning-2008.yaml").read_text("utf-8")
PARTIAL_2008 = (ROOT / "examples" / "qiandongnan-2016.yaml").read_text("utf-8")
REDHEAD = (ROOT / "plugins" / "reportkit-gbt9704-redhead" / "examples" / "redhead-2023.yaml").read_text("utf-8")

ISSUED_2019 = "国办公开办函〔2019〕60号"
ISSUED_2021 = "国办公开办函〔2021〕30号"


def refused(tmp_path, text: str, old: str, new: str) -> list[str]:
    """The output of validating ``text`` with its line ``old`` typed as ``new``, each line's ``data.yaml:LINE``
    checked to be that line's."""
    text, line = changed(text, old, new)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1, out
    assert all(row.startswith(f"data.yaml:{line}:") for row in out), out
    return [row.split(": error: ", 1)[1] for row in out]


# The other edition's table 二 ------------------------------------------------------------------------------------------
def test_2019_s_change_in_a_2021_row_is_told_the_2021_columns_and_where_a_comparison_goes(tmp_path):
    """It said only “允许的字段：decisions”."""
    out = refused(tmp_path, REPORT, "    administrative_penalty: {decisions: 37}",
                  "    administrative_penalty: {previous_year: 30, change: 7, decisions: 37}")
    assert out == [
        f"tables.active_disclosure.administrative_penalty.{key}：未知字段“{key}”。{key}（{label}）是 2019 版表二（{ISSUED_2019}）"
        f"的列；本报告按 2021 版（{ISSUED_2021}）填写，“行政处罚”一行的列是 decisions（本年处理决定数量）：比上年的数和增减"
        f"不填在表里，需要时写在 sections.active_disclosure 的说明里，并删去 {key}"
        for key, label in (("previous_year", "上一年项目数量"), ("change", "本年增/减"))]


def test_2021_s_column_in_a_2019_row_is_told_that_row_s_columns(tmp_path):
    row = "    normative_documents: {newly_made: 0, newly_published: 0, total_published: 0}"
    out = refused(tmp_path, REPORT_2019, row, row.replace("newly_made", "issued"))
    assert out == [f"tables.active_disclosure.normative_documents.issued：未知字段“issued”。issued（本年制发件数）是 2021 版"
                   f"表二（{ISSUED_2021}）的列；本报告按 2019 版（{ISSUED_2019}）填写，“规范性文件”一行的列是 newly_made"
                   "（本年新制作数量）、newly_published（本年新公开数量）、total_published（对外公开总数量）：请把数填到对应的列，"
                   "并删去 issued"]


def test_a_2019_row_in_a_2021_table_is_told_the_2021_table_has_none(tmp_path):
    out = refused(tmp_path, REPORT, "    administrative_licensing: {decisions: 156}",
                  "    other_services: {decisions: 3}\n    administrative_licensing: {decisions: 156}")
    assert out == [f"tables.active_disclosure.other_services：未知字段“other_services”。other_services（其他对外管理服务事项）"
                   f"是 2019 版表二（{ISSUED_2019}）的一行；本报告按 2021 版（{ISSUED_2021}）填写，表二没有这一行：请删去它，"
                   "需要时把数写在 sections.active_disclosure 的说明里"]


def test_the_fee_of_2021_in_a_2019_report_is_told_it_has_none(tmp_path):
    text = REPORT_2019 + "information_processing_fee: {notices: 1}\n"
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{text.count(chr(10))}:1: error: information_processing_fee：未知字段“information_processing_fee”。"
                   f"信息处理费（information_processing_fee）从 2021 版（{ISSUED_2021}）起才报告；本报告按 2019 版（{ISSUED_2019}）"
                   "填写，没有这一项：请删去它，需要时写在 sections.other 里"]


@pytest.mark.parametrize(("old", "new", "where", "cell"), [
    ("    administrative_penalty: {decisions: 37}", "    administrative_penalty: {decisions: 37, note: 含撤销2件}",
     "active_disclosure.administrative_penalty", "decisions"),
    ("    carried_over: {natural_person: 3, commercial_enterprise: 1}",
     "    carried_over: {natural_person: 3, commercial_enterprise: 1, note: 均为上年12月收到}",
     "applications.carried_over", "natural_person"),
], ids=["table-2", "table-3"])
def test_a_note_beside_a_row_s_cells_is_told_the_cell_it_belongs_in(tmp_path, old, new, where, cell):
    """It said “允许的字段：…” of the row's cells, nothing of where a note goes."""
    assert refused(tmp_path, REPORT, old, new) == [
        f"tables.{where}.note：未知字段“note”。说明要写在它说明的那一格里：写成 {cell}: {{value: 数, note: 说明}}，其余的格照旧写数"]


# The 2008 edition's named counts ---------------------------------------------------------------------------------------
CATEGORY = "        - {name: 政策法规类信息, count: 66, share: 61.7%}"
LABEL = "sections.active_disclosure.figures.categories[1]"


@pytest.mark.parametrize("typed", ["政策法规类信息：66条", "政策法规类信息: 66", "政策法规类信息66条", "政策法规类信息 66 条"])
def test_a_count_typed_into_its_name_is_told_to_write_it_apart(tmp_path, typed):
    """It said only that the count was missing."""
    quoted = f"'{typed}'" if ": " in typed else typed
    assert refused(tmp_path, REPORT_2008, CATEGORY, f"        - {{name: {quoted}}}") == [
        f"{LABEL}：“{typed}”把条数写进了名称：条数要单独填在 count 里，写成 {{name: 政策法规类信息, count: 66}}"]


def test_a_count_typed_into_its_name_beside_its_count_is_told_to_take_it_out(tmp_path):
    """It printed 政策法规类信息66条 and its count after it."""
    assert refused(tmp_path, REPORT_2008, CATEGORY, "        - {name: 政策法规类信息66条, count: 66}") == [
        f"{LABEL}：“政策法规类信息66条”把条数写进了名称：名称里不再写条数（已填在 count 里），写成 name: 政策法规类信息"]


def test_a_channel_whose_count_is_in_its_name_is_refused_not_printed_so(tmp_path):
    """A channel's count may be left out: 局门户网站：1354条 passed, and printed as its name."""
    assert refused(tmp_path, PARTIAL_2008, "        - {name: 局门户网站, count: 1354}", "        - {name: 局门户网站：1354条}") == [
        "sections.active_disclosure.figures.channels[1]：“局门户网站：1354条”把条数写进了名称：条数要单独填在 count 里，"
        "写成 {name: 局门户网站, count: 1354}"]


def test_a_name_ending_in_digits_of_its_own_passes(tmp_path):
    text, _ = changed(REPORT_2008, CATEGORY, "        - {name: 政务服务热线12345, count: 66, share: 61.7%}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0, out


@pytest.mark.parametrize(("text", "line", "list_", "name", "first", "second"), [
    (PARTIAL_2008, "        - {name: 环境质量信息, count: 379}", "categories", "环境质量信息", 1, 2),
    (PARTIAL_2008, "        - {name: 新闻媒体, count: 20}", "channels", "新闻媒体", 2, 3),
], ids=["category-beside-partial", "channel"])
def test_a_line_pasted_twice_is_refused(tmp_path, text, line, list_, name, first, second):
    """With partial: true (only some categories listed) or among the channels, no sum caught it: it was printed twice."""
    text, number = changed(text, line, f"{line}\n{line}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert len(out) == 1 and out[0].endswith(
        f": error: sections.active_disclosure.figures.{list_}：“{name}”列了两次（第 {first} 项和第 {second} 项）："
        "若是粘贴重复了，请删去其中一项；若是不同的两项，请把名称写得能区分"), out


# Figures and dates typed the Chinese way --------------------------------------------------------------------------------
FEES = "    administrative_fees: {amount: 412.3562}"
FEES_LABEL = "tables.active_disclosure.administrative_fees.amount"


@pytest.mark.parametrize(("typed", "fix"), [
    ("412。36", "小数点不能写成句号“。”：“412。36”请写作 412.36"),
    ("¥4123600", "只填数字，不要写“¥”：这一项以万元计，写作 412.36，实际为“¥4123600”"),
    ("'￥4,123,600'", "只填数字，不要写“￥”：这一项以万元计，写作 412.36，实际为“￥4,123,600”"),
], ids=["full-stop", "yen", "full-width-yen-grouped"])
def test_an_amount_typed_the_chinese_way_is_told_its_digits(tmp_path, typed, fix):
    """Each said only “应为数字”."""
    assert refused(tmp_path, REPORT, FEES, f"    administrative_fees: {{amount: {typed}}}") == [
        f"{FEES_LABEL}：应为数字（用阿拉伯数字，如 12.5）：{fix}"]


def test_a_fee_in_yuan_with_its_sign_is_told_its_digits(tmp_path):
    """The 信息处理费 counts 元: the sign is dropped, the digits kept."""
    assert refused(tmp_path, REPORT, "  amount_notified: 1120", "  amount_notified: ￥1,120.00") == [
        "information_processing_fee.amount_notified：应为数字（用阿拉伯数字，如 12.5）：只填数字，不要写“￥”：这一项以元计，"
        "写作 1120.00，实际为“￥1,120.00”"]


@pytest.mark.parametrize("typed", ["2024年元月25日", "2024年元月25号"])
def test_a_date_in_the_first_month_called_yuanyue_is_told_its_form(tmp_path, typed):
    assert refused(tmp_path, REPORT, "date: 2024-01-25", f"date: {typed}") == [
        f"date：应为日期，写成 2021-02-05 的形式：“{typed}”请写作 2024-01-25"]


@pytest.mark.parametrize(("typed", "meant"), [("是", "true"), ("否", "false"), ("√", "true")])
def test_yes_or_no_in_chinese_is_told_true_or_false(tmp_path, typed, meant):
    assert refused(tmp_path, PARTIAL_2008, "      partial: true", f"      partial: {typed}") == [
        f"sections.active_disclosure.figures.partial：应为 true 或 false：“{typed}”请写作 {meant}"]


@pytest.mark.parametrize("after", ["}\u3000", " }\u3000\u3000"])
def test_a_full_width_space_after_a_closing_bracket_is_named(tmp_path, after):
    """YAML stopped there, and the message blamed the indent of another line."""
    old = "    administrative_penalty: {decisions: 37}"
    text, line = changed(REPORT, old, old[:-1] + after)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:{old.index('}') + len(after) - after.count(chr(0x3000)) + 1}: error: YAML 语法错误："
                   "括号后面有全角空格“　”，YAML 不把它当作空格，读不下去：请删掉它（空格都用英文输入法下的）"]


# The redhead plugin's 抄送 -----------------------------------------------------------------------------------------------
COPY_TO = "    copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]"
COPY_LABEL = "plugins.reportkit-gbt9704-redhead.copy_to"


@pytest.mark.parametrize("blank", [" ", "\u3000"], ids=["space", "full-width-space"])
def test_two_organs_parted_by_a_blank_are_refused(tmp_path, blank):
    """They passed, and printed as one organ of the 抄送."""
    typed = f"某县人民政府办公室{blank}某县政务服务和数据管理局"
    assert refused(tmp_path, REDHEAD, COPY_TO, f"    copy_to: [{typed}]") == [
        f"{COPY_LABEL}[1]：“{typed}”像是 2 个机关写在了一项里，印出来是一个抄送机关（中间是空格）：每项只写一个机关，写成 "
        "copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]（英文逗号加空格），或每个机关一行“- ”"]


def test_organs_typed_as_one_text_are_told_the_list_they_make(tmp_path):
    """It said to put the text on a line of its own with “- ”: one organ of the 抄送 again."""
    assert refused(tmp_path, REDHEAD, COPY_TO, "    copy_to: 某县人民政府办公室，某县政务服务和数据管理局") == [
        f"{COPY_LABEL}：抄送机关要写成列表，每项一个机关：写成 copy_to: [某县人民政府办公室, 某县政务服务和数据管理局]"
        "（方括号、英文逗号加空格），或每个机关另起一行“- ”"]


@pytest.mark.parametrize("blank", [" ", "\u3000"], ids=["space", "full-width-space"])
def test_a_count_with_a_blank_among_its_digits_is_told_both_readings(tmp_path, blank):
    """It said only “应为整数”."""
    typed = f"3{blank}7"
    assert refused(tmp_path, REPORT, "    administrative_penalty: {decisions: 37}",
                   f"    administrative_penalty: {{decisions: {typed}}}") == [
        "tables.active_disclosure.administrative_penalty.decisions：应为整数（用阿拉伯数字，如 12；没有就填 0）：数字中间有空格："
        f"若是一个数，请写作 37；若是两个数，这一格只填它自己的，实际为“{typed}”"]


@pytest.mark.parametrize(("typed", "message"), [
    ("00000", "邮政编码是六位数字，“00000”是 5 位：请核对"),
    ("0300011", "邮政编码是六位数字，“0300011”是 7 位：请核对"),
    ("０３０００１", "邮政编码“０３０００１”用了全角数字：请改为半角（英文输入法下的）数字 030001"),
], ids=["five-digits", "seven-digits", "full-width"])
def test_a_postcode_of_other_than_six_half_width_digits_is_refused(tmp_path, typed, message):
    """They passed, and were printed as typed after “邮政编码：”."""
    assert refused(tmp_path, REPORT, '  postcode: "000000"', f"  postcode: {typed}") == [f"contact.postcode：{message}"]


@pytest.mark.parametrize("typed", ["030001", "'030001'", "待定"])
def test_a_postcode_of_six_digits_or_of_words_passes(tmp_path, typed):
    text, _ = changed(REPORT, '  postcode: "000000"', f"  postcode: {typed}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0, out
