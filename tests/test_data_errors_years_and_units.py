"""A clerk's data errors, each read as meant and said, or refused at its place with the fix: a year written 2023.0 or
2023.5, a percentage or an amount with its unit in a number field (named by what the field holds: 金额, 数量, 附件序号),
a data file of comments only, a one-line UTF-16 file without a byte order mark, a key typed in another key's place,
a day the month has not, an amount typed with its unit in a workbook's cell."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from reportkit.cli import cli

from _data_helpers import changed, run

EXAMPLES = Path(__file__).parents[1] / "examples"
REPORT = (EXAMPLES / "sample-2021.yaml").read_text("utf-8")
REPORT_2008 = (EXAMPLES / "nanning-2008.yaml").read_text("utf-8")
REPORT_2019 = (EXAMPLES / "xinzhou-2020.yaml").read_text("utf-8")
PLAN = (EXAMPLES / "putian-2018-work-plan.yaml").read_text("utf-8")
SUMMARY = (EXAMPLES / "suzhou-2016-work-summary.yaml").read_text("utf-8")




# 1. Years ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "year", "passed"), [
    (REPORT, 2023, "政府信息公开工作年度报告（2021 版）"),
    (REPORT_2008, 2008, "政府信息公开工作年度报告（2008 版）"),
    (PLAN, 2018, "政务公开工作实施方案（工作要点）"),
    (SUMMARY, 2016, "工作总结（可附工作计划）"),
], ids=["annual-report", "annual-report-2008", "work-plan", "work-summary"])
def test_a_year_written_as_a_whole_decimal_is_read_as_the_year_with_a_note(tmp_path, text, year, passed):
    """``year: 2023.0`` (a spreadsheet's figure) was refused in an annual report, while a count 12.0 was read as 12."""
    text, line = changed(text, f"year: {year}", f"year: {year}.0")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0, out
    assert f"data.yaml:{line}:7: note: year：“{year}.0”已按整数 {year} 读取；这里是年份，不写小数点，写作 {year} 即可" in out
    assert out[-1] == f"data.yaml: 通过 {passed}"


@pytest.mark.parametrize(("text", "year", "label"), [
    (REPORT, 2023, "报告年度 year "),
    (REPORT_2008, 2008, "报告年度 year "),
    (PLAN, 2018, "year："),
    (SUMMARY, 2016, "year："),
], ids=["annual-report", "annual-report-2008", "work-plan", "work-summary"])
def test_a_year_with_a_fraction_is_refused_with_the_year_to_write(tmp_path, text, year, label):
    """``year: 2023.5`` was told “应写成四位数字的年份，如 2025”: no word of the fraction, another year as the example."""
    text, line = changed(text, f"year: {year}", f"year: {year}.5")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:7: error: {label}应写成四位数字的年份，不能有小数：“{year}.5”请写作 {year}"]


# 2. A percentage or an amount in a number field: what the field holds ---------------------------------------------------
FEE = ("  notices: 3", "  amount_notified: 1120")


@pytest.mark.parametrize(("text", "old", "new", "message"), [
    (REPORT, FEE[1], "  amount_notified: 50%",
     "information_processing_fee.amount_notified：应为数字（用阿拉伯数字，如 12.5）：这里填金额，不能填百分比“50%”"),
    (REPORT, FEE[0], "  notices: 50%",
     "information_processing_fee.notices：应为整数（用阿拉伯数字，如 12；没有就填 0）：这里填数量，不能填百分比“50%”"),
    (REPORT_2019, "    administrative_penalty: {previous_year: 93, change: 16, decisions: 13}",
     "    administrative_penalty: {previous_year: 93, change: 5%, decisions: 13}",
     "tables.active_disclosure.administrative_penalty.change：应为整数（用阿拉伯数字，如 12；没有就填 0）："
     "这里填增减的数量，不能填百分比“5%”"),
    (PLAN, "  place: attachment", "  place: attachment\n  attachment: 50%",
     "task_table.attachment：应为整数（用阿拉伯数字，如 12；不用就删掉这一行）：这里填附件序号，不能填百分比“50%”"),
], ids=["amount", "count", "change", "attachment"])
def test_a_percentage_in_a_number_field_is_told_what_the_field_holds(tmp_path, text, old, new, message):
    """Every number field said “这里填数量”, an amount of money too."""
    text, _ = changed(text, old, new)
    line = text.splitlines().index(new.splitlines()[-1]) + 1
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    col = new.splitlines()[-1].rindex("50%" if "50%" in new else "5%") + 1
    assert [o for o in out if ": error: " in o] == [f"data.yaml:{line}:{col}: error: {message}"], out


@pytest.mark.parametrize(("old", "new", "message"), [
    (FEE[1], "  amount_notified: 1,120元", "information_processing_fee.amount_notified：应为数字（用阿拉伯数字，如 12.5）："
                                           "只填数字，不要写“元”：这一项以元计，写作 1120，实际为“1,120元”"),
    (FEE[1], "  amount_notified: 0.112万元", "information_processing_fee.amount_notified：应为数字（用阿拉伯数字，如 12.5）："
                                            "只填数字，不要写“万元”：这一项以元计，写作 1120，实际为“0.112万元”"),
    (FEE[0], "  notices: 1120元", "information_processing_fee.notices：应为整数（用阿拉伯数字，如 12；没有就填 0）："
                                  "这里填数量，“1120元”是金额：请核对是否填错了地方"),
    (FEE[1], "  amount_notified: 一千一百二十", "information_processing_fee.amount_notified：应为金额，只写数字：“一千一百二十”"
                                              "请写作 1120"),
], ids=["yuan", "wan-yuan", "yuan-in-a-count", "chinese-numerals"])
def test_an_amount_typed_with_its_unit_is_given_the_digits_in_the_field_s_unit(tmp_path, old, new, message):
    """The fee's amounts are in 元 (their titles say so): “1,120元” was told to check the unit in the starter file's
    comment, and a count typed 1120元 that a sum of money's unit was the starter file's."""
    text, line = changed(REPORT, old, new)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert f"data.yaml:{line}:{new.index(':') + 3}: error: {message}" in out, out


# 3. Only comments ----------------------------------------------------------------------------------------------------
def test_a_data_file_of_comments_only_says_so_at_its_first_line_of_data_commented_out(tmp_path):
    text = "# 本局 2023 年度报告数据，待填写\n\n#kind: annual-report\n# year: 2023\n  # agency: 某县统计局\n"
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == ["data.yaml:3:1: error: 文件里只有注释（以 # 开头的行），没有数据：若数据被注释掉了，请删去数据各行开头的 #；"
                   "若还没有填写数据，请用 reportkit init 生成一个起始文件"]


def test_a_file_of_notes_only_is_placed_at_its_first_comment_and_a_blank_file_is_still_empty(tmp_path):
    code, out = run(tmp_path, "validate", data="\n   # 说明：数据稍后填写\n".encode())
    assert code == 1 and out[0].startswith("data.yaml:2:4: error: 文件里只有注释（以 # 开头的行），没有数据")
    code, out = run(tmp_path, "validate", data=b"\n  \n")
    assert code == 1 and out == ["data.yaml:1:1: error: 文件是空的：请用 reportkit init 生成一个起始文件"]


# 4. A one-line UTF-16 file without a byte order mark -------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("end", ["", "\r\n"])
def test_a_one_line_utf16_file_without_a_byte_order_mark_is_read(tmp_path, encoding, end):
    """It was “这不是文本文件（含有 NUL 字节…）”: one line has too few line ends to tell its byte order by them."""
    code, out = run(tmp_path, "validate", data=f"kind: 工作总结{end}".encode(encoding))
    assert code == 1
    assert out[0] == "data.yaml:1:1: note: 文件是不带 BOM 的 UTF-16 编码，已按 UTF-16 读取；建议在编辑器中另存为 UTF-8"
    assert out[1].startswith("data.yaml:1:7: error: 未知的文档类型“工作总结”")


@pytest.mark.parametrize(("data", "said"), [
    ("kind: 工作总结\n".encode("gb18030"), "data.yaml:1:1: note: 文件不是 UTF-8 编码，已按 GBK/GB18030 读取"),
    (b"kind: work-summary\n" + b"\x00" * 8, "data.yaml: error: 这不是文本文件（含有 NUL 字节"),  # padded by a crash
    ("一二三四五六".encode("utf-8") + b"\x00\x00", "data.yaml: error: 这不是文本文件（含有 NUL 字节"),
])
def test_a_short_utf8_or_gb18030_file_is_not_taken_for_utf16(tmp_path, data, said):
    code, out = run(tmp_path, "validate", data=data)
    assert code == 1
    assert out[0].startswith(said) and "UTF-16" not in out[0]


# 5. A clerk's other slips ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("old", "new", "message"), [
    ("information_processing_fee:", "notices: 3\ninformation_processing_fee:",
     "1: error: notices：未知字段“notices”。它是 information_processing_fee 下的一项：请把这一项移到"
     "“information_processing_fee:”下面，比它多缩进两格"),
    ("sections:", "sections:\n  contact: {office: 局办公室}",
     "3: error: sections.contact：未知字段“contact”。它是最外层的一项：请把这一项移出来，顶格写（与 kind、year 对齐）"),
    ("year: 2023", "year: 2023\noffice: 局办公室",
     "1: error: office：未知字段“office”。它是 contact 下的一项：请把这一项移到“contact:”下面，比它多缩进两格"),
], ids=["fee-count-at-the-top", "contact-under-sections", "office-at-the-top"])
def test_a_key_typed_in_another_key_s_place_is_told_where_it_belongs(tmp_path, old, new, message):
    """Each was “未知字段” with the keys allowed where it stood (or a plugin to install), not the one place it belongs."""
    text, _ = changed(REPORT, old, new)
    typed = next(line for line in new.splitlines() if line != old)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert f"data.yaml:{text.splitlines().index(typed) + 1}:{message}" in out, out


def test_a_key_that_belongs_in_many_places_is_given_the_keys_allowed_where_it_stands(tmp_path):
    text, line = changed(REPORT, "year: 2023", "year: 2023\nnote: 待核")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out[0].startswith(f"data.yaml:{line + 1}:1: error: note：未知字段“note”。允许的字段：kind、year、agency")


FEE_BLOCK = "information_processing_fee:\n  notices: 3\n  amount_notified: 1120\n  amount_collected: 740\n"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("    administrative_penalty: {decisions: 37}\n", "    administrative_penalty: 37\n",
     "29: error: tables.active_disclosure.administrative_penalty：应为“键: 值”的映射：写作 {decisions: 37}，实际为“37”"),
    (FEE_BLOCK, "information_processing_fee: 0\n",
     "29: error: information_processing_fee：应为“键: 值”的映射：在它下面分行写 notices、amount_notified、amount_collected，"
     "各比它多缩进两格，实际为“0”"),
    ("    administrative_penalty: {decisions: 37}\n", "    administrative_penalty: {decisions: 37件（含撤销2件）}\n",
     "41: error: tables.active_disclosure.administrative_penalty.decisions：数后面的说明请写在 note 里：写作 "
     "{value: 37, note: 含撤销2件}，实际为“37件（含撤销2件）”"),
], ids=["row-on-its-key-s-line", "fee-on-its-key-s-line", "count-with-its-note"])
def test_a_figure_typed_in_place_of_its_keys_or_with_its_note_gets_the_form_to_write(tmp_path, old, new, message):
    """Each was “应为“键: 值”的映射” or “应为整数（…）” with no word of the keys, or of the note a cell takes."""
    assert old in REPORT
    text = REPORT.replace(old, new, 1)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{text.splitlines().index(new.rstrip()) + 1}:{message}"]


def test_an_annual_report_s_date_typed_as_its_digits_gets_the_date_to_write(tmp_path):
    """docs/data-format.md promised it for every date; the annual report's own ``Date`` said only “应为日期，…”."""
    text, line = changed(REPORT, "date: 2024-01-25", "date: 20240125")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:7: error: date：应为日期，写成 2021-02-05 的形式：“20240125”请写作 2024-01-25"]


@pytest.mark.parametrize(("date", "message"), [
    ("2024-02-30", "不是有效的日期：2024 年 2 月没有 30 日，请核对"),
    ("2023-02-29", "不是有效的日期：2023 年 2 月没有 29 日，请核对"),
    ("2024-13-01", "不是有效的日期（写成 2021-02-05 的形式，月份和日期要存在）"),
])
def test_a_day_the_month_has_not_is_named(tmp_path, date, message):
    text, line = changed(REPORT, "date: 2024-01-25", f"date: {date}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert out == [f"data.yaml:{line}:7: error: 无法识别的值“{date}”：{message}"]


@pytest.mark.parametrize(("cell", "typed", "message"), [
    ("B14", "412元", "表二“行政事业性收费”“本年收费金额（单位：万元）”：只填数字，不要写“元”：这一项以万元计，写作 0.0412"),
    ("B14", "¥4,123,600", "表二“行政事业性收费”“本年收费金额（单位：万元）”：只填数字，不要写“¥”：“¥”没有写明单位，按元读取，"
                          "这一格以万元计，写作 412.36；若 4123600 本来就是万元，写作 4123600"),
    ("B14", "412.36万元", "表二“行政事业性收费”“本年收费金额（单位：万元）”：只填数字，不要写“万元”：这一项以万元计，写作 412.36"),
    ("B4", "412元", "表二“行政规范性文件”“本年制发件数”：这里填数量，“412元”是金额：请核对是否填错了格"),
], ids=["yuan", "yuan-sign", "wan-yuan", "yuan-in-a-count"])
def test_a_workbook_amount_typed_with_its_unit_is_given_the_digits_in_the_head_s_unit(tmp_path, cell, typed, message):
    """The head names the cell's unit (单位：万元): the clerk was told to check it and convert, with no figure."""
    data = tmp_path / "data.yaml"
    data.write_text(REPORT, "utf-8")
    CliRunner().invoke(cli, ["tables", "export", str(data), "-o", str(tmp_path / "t.xlsx")])
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    book["表二"][cell] = typed
    book.save(tmp_path / "t.xlsx")
    code, out = run(tmp_path, "tables", "import", str(tmp_path / "t.xlsx"), data=REPORT.encode())
    assert code == 1
    assert out[0] == f"t.xlsx:表二!{cell}: error: {message}"
    assert data.read_text("utf-8") == REPORT
