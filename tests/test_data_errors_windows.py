"""A clerk's data from Windows: a count written 12.0 or "12", a data file in UTF-16 without a byte order mark, a
number the task table's ``attachment`` cannot take, a list typed as one text, a number stored as text in a workbook.
Each is read as meant and said, or refused with one Chinese line at its place that names the fix."""
from __future__ import annotations

import codecs
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from _data_helpers import changed, run
from reportkit.load import load_text

EXAMPLES = Path(__file__).parents[1] / "examples"
REPORT = (EXAMPLES / "sample-2021.yaml").read_text("utf-8")
PLAN = (EXAMPLES / "putian-2018-work-plan.yaml").read_text("utf-8")




PENALTY = "    administrative_penalty: {decisions: 37}"


@pytest.mark.parametrize(("typed", "how"), [("12.0", "不写小数点"), ("12.", "不写小数点"), ('"12"', "不加引号"),
                                            ("'12.00'", "不加引号")])
def test_a_count_written_as_a_decimal_or_in_quotes_is_read_as_the_integer_and_said(tmp_path, typed, how):
    text, line = changed(REPORT, PENALTY, f"    administrative_penalty: {{decisions: {typed}}}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0
    shown = typed.strip("\"'")
    assert f"data.yaml:{line}:41: note: tables.active_disclosure.administrative_penalty.decisions：“{shown}”已按整数 12 " \
           f"读取；这里是整数，{how}，写作 12 即可" in out
    assert any("处理决定数量为 12" in o for o in out)  # read as 12: the overview's 37 disagrees with it


def test_a_count_written_as_an_integer_gets_no_note(tmp_path):
    code, out = run(tmp_path, "validate", data=REPORT.encode())
    assert code == 0 and not [o for o in out if ": note:" in o]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_data_file_in_utf16_without_a_byte_order_mark_is_read_with_a_note(tmp_path, encoding):
    code, out = run(tmp_path, "validate", data=REPORT.encode(encoding))
    assert code == 0
    assert out[0] == "data.yaml:1:1: note: 文件是不带 BOM 的 UTF-16 编码，已按 UTF-16 读取；建议在编辑器中另存为 UTF-8"
    assert out[-1] == "data.yaml: 通过 政府信息公开工作年度报告（2021 版）"


def test_a_utf16_file_without_a_byte_order_mark_keeps_its_encoding_when_a_workbook_is_imported_into_it(tmp_path):
    data = tmp_path / "data.yaml"
    data.write_text(REPORT, "utf-8")
    CliRunner().invoke(cli, ["tables", "export", str(data), "-o", str(tmp_path / "t.xlsx")])
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    book["表二"]["B4"] = 3
    book.save(tmp_path / "t.xlsx")
    code, out = run(tmp_path, "tables", "import", str(tmp_path / "t.xlsx"), data=REPORT.encode("utf-16-le"))
    assert code == 0, out
    written = data.read_bytes()
    assert not written.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert written.decode("utf-16-le") == REPORT.replace("{issued: 2, repealed: 1", "{issued: 3, repealed: 1")


def test_a_broken_utf16_file_is_placed_by_its_characters_not_by_the_bytes_0a(tmp_path):
    """上 is 0A 4E in UTF-16: counted as a line end, it put the problem lines further down."""
    text = "kind: annual-report\nagency: 上海市上海市\n"
    code, out = run(tmp_path, "validate", data=codecs.BOM_UTF16_LE + text.encode("utf-16-le") + b"a")
    assert code == 1
    assert out == ["data.yaml:3:1: error: 无法识别文件编码（文件是 UTF-16，但这里缺了半个字符，可能在复制或传输时损坏）："
                   "请在编辑器中“另存为”UTF-8 编码后再试"]


@pytest.mark.parametrize(("typed", "message"), [
    ("附件2", "应为整数，只写数字：“附件2”请写作 2"),
    ("最后", "应为整数（用阿拉伯数字，如 12；不用就删掉这一行），实际为“最后”"),  # not “没有就填 0”, which it refuses
])
def test_the_task_table_s_attachment_number_gets_a_fix_the_field_accepts(tmp_path, typed, message):
    text, line = changed(PLAN, "  place: attachment", f"  place: attachment\n  attachment: {typed}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line + 1}:15: error: task_table.attachment：{message}"]


def test_a_count_with_words_around_it_gets_its_digits(tmp_path):
    text, line = changed(REPORT, PENALTY, "    administrative_penalty: {decisions: 约37}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:41: error: tables.active_disclosure.administrative_penalty.decisions："
                   "应为整数，只写数字：“约37”请写作 37"]


def test_a_table_s_head_typed_as_one_text_parted_by_enumeration_commas_is_shown_as_a_list(tmp_path):
    text = PLAN + ("attachments:\n  - title: 公开事项清单\n    table:\n      columns: 序号、事项、责任科室\n"
                   "      rows:\n        - [1, 权责清单, 法规科]\n")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    line = text.splitlines().index("      columns: 序号、事项、责任科室") + 1
    assert f"data.yaml:{line}:16: error: attachments[1].table.columns：应为列表，而“序号、事项、责任科室”是用“、”" \
           "连起来的一段文字：写成 [序号, 事项, 责任科室]（英文逗号加空格），或每项另起一行写“- ”" in out


def test_paragraphs_typed_on_the_key_s_line_are_told_how_to_make_them_a_list(tmp_path):
    text, line = changed(REPORT, "  applications:", "  applications: 本年度有两件申请涉及第三方，均已征求其意见。")
    text = text.replace("    - 本年度部分申请涉及第三方合法权益，已依法征求第三方意见后作出答复。\n", "")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:17: error: sections.applications：应为列表：把这段文字另起一行，比上一行多缩进两格，"
                   "前面加英文减号和空格“- ”，实际为“本年度有两件申请涉及第三方，均已征求其意见。”"]


def test_a_list_where_one_text_is_wanted_is_told_to_join_it_with_enumeration_commas(tmp_path):
    text, line = changed(PLAN, "  addressee: 机关各科室、局属各单位", "  addressee: [机关各科室, 局属各单位]")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:14: error: notice.addressee：应为一段文字，不是列表：写在一行，各项之间用顿号，"
                   "如“机关各科室、局属各单位”"]


def test_a_key_with_a_full_width_space_before_its_colon_is_told_to_drop_the_space(tmp_path):
    text, line = changed(REPORT, "agency: 某县自然资源局", "agency\u3000: 某县自然资源局")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:1: error: agency\u3000：未知字段“agency\u3000”。键“agency”里夹着全角空格“　”："
                   "请删去它（空格都用英文输入法下的）"]


@pytest.mark.parametrize(("typed", "written"), [("5", 5), (" 5.0 ", 5)])
def test_a_workbook_number_stored_as_text_is_read_and_said_in_the_workbook_s_words(tmp_path, typed, written):
    data = tmp_path / "data.yaml"
    data.write_text(REPORT, "utf-8")
    CliRunner().invoke(cli, ["tables", "export", str(data), "-o", str(tmp_path / "t.xlsx")])
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    book["表二"]["B4"] = typed
    book.save(tmp_path / "t.xlsx")
    code, out = run(tmp_path, "tables", "import", str(tmp_path / "t.xlsx"), data=REPORT.encode())
    assert code == 0, out
    assert out[0] == ("t.xlsx:表二!B4: note: 表二“行政规范性文件”“本年制发件数”：这一格的数字存成了文本（格的左上角有绿色小三角），"
                      f"已按数字 {written} 读取，不必改动")
    assert not [o for o in out if "引号" in o]  # a cell has no quotes to take off
    assert load_text(data.read_bytes()).data["tables"]["active_disclosure"]["normative_documents"]["issued"] == written


def test_a_table_read_from_a_hidden_sheet_says_the_sheet_is_hidden_and_how_to_show_it(tmp_path):
    data = tmp_path / "data.yaml"
    data.write_text(REPORT, "utf-8")
    CliRunner().invoke(cli, ["tables", "export", str(data), "-o", str(tmp_path / "t.xlsx")])
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    book["表三"].sheet_state = "hidden"
    book.save(tmp_path / "t.xlsx")
    code, out = run(tmp_path, "tables", "import", str(tmp_path / "t.xlsx"), data=REPORT.encode())
    assert code == 0, out
    assert out[0] == ("t.xlsx:表三!A1: note: 工作表“表三”是隐藏的，其中的数照样读取：要看到它，在 Excel 中右键单击任一工作表标签，"
                      "选“取消隐藏”")
    assert data.read_text("utf-8") == REPORT


@pytest.mark.parametrize(("old", "new", "message"), [
    (PENALTY, "    administrative_penalty: {decisions: 2024-03-05}",
     "58:41: error: tables.active_disclosure.administrative_penalty.decisions：应为整数，而这里写的“2024-03-05”被读成了日期：请填数字"),
    ("kind: annual-report", "Kind: annual-report", "3:1: error: 缺少“kind”：键“Kind”请写作 kind（小写英文）"),
])
def test_a_year_copied_from_a_spreadsheet_a_date_in_a_count_and_a_capitalised_kind_get_their_fix(tmp_path, old, new,
                                                                                               message):
    text, _ = changed(REPORT, old, new)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{message}"]


def test_a_list_item_with_a_full_width_space_after_its_dash_is_told_so(tmp_path):
    item = "    - 本年度部分申请涉及第三方合法权益，已依法征求第三方意见后作出答复。"
    text, line = changed(REPORT, item, item.replace("- ", "-\u3000"))
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out[0].startswith(f"data.yaml:{line}:5: error: sections.applications：这里应是列表，而“-”后面是全角空格："
                             "请改为半角空格（英文输入法下的空格），写成“- ”")


@pytest.mark.parametrize(("written", "meant"), [("十二", 12), ("两", 2), ("一百零五件", 105), ("三次", 3)])
def test_a_count_in_chinese_numerals_is_told_its_digits(tmp_path, written, meant):
    """A count typed in Chinese numerals (as the narrative writes it) got the general “应为整数” with no figure: the
    message now gives the digits it reads."""
    text, line = changed(REPORT, PENALTY, f"    administrative_penalty: {{decisions: {written}}}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert f"data.yaml:{line}:41: error: tables.active_disclosure.administrative_penalty.decisions：应为整数，只写数字：" \
           f"“{written}”请写作 {meant}" in out, out
