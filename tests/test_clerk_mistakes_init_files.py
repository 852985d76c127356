"""A clerk's mistakes in a data file that ``reportkit init`` wrote: each one an error in Chinese at its line and
column that says what to write, exit code 1, never a traceback or a library's words."""
from __future__ import annotations

import re

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from reportkit.cli import cli

#: The starter file's placeholders under a heading, each filled with a sentence of our own.
SENTENCES = iter([
    "全年在门户网站发布通知公告一百余条，招生和收费政策均及时更新。",
    "本年度受理的公开申请均在法定期限内答复。",
    "新制发文件逐件确定公开属性，发布前经过保密审查。",
    "门户网站栏目运行平稳，微信公众号每周更新。",
    "局党组定期研究公开工作，组织业务培训两次。",
    "个别栏目更新不够及时，政策解读形式较为单一。",
    "明确栏目责任人，增加图解和视频解读。",
])


def run(*args: str):
    return CliRunner().invoke(cli, list(args), prog_name="reportkit")


@pytest.fixture(scope="module")
def starter(tmp_path_factory) -> str:
    """``reportkit init``'s annual report, its placeholders filled in: it validates."""
    folder = tmp_path_factory.mktemp("init")
    path = folder / "r.yaml"
    assert run("init", "annual-report", "--year", "2023", "--agency", "某县教育局", "-o", str(path)).exit_code == 0
    text = re.sub(r"(?m)(?<=^        - )【请填写：[^】]*】", lambda m: next(SENTENCES), path.read_text("utf-8"))
    path.write_text(text, "utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 0, result.output
    return text


def validate(tmp_path, data: bytes | str, name: str = "r.yaml") -> tuple[int, list[str]]:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    result = run("validate", str(path))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, [line.replace(f"{path}", name) for line in result.output.splitlines()]


def changed(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


# Files that are no YAML ------------------------------------------------------------------------------------------------

def _docx_bytes(tmp_path) -> bytes:
    document = docx.Document()
    document.add_paragraph("某县教育局2023年政府信息公开工作年度报告")
    document.save(tmp_path / "report.docx")
    return (tmp_path / "report.docx").read_bytes()


@pytest.mark.parametrize(("make", "what", "suffix"), [
    (_docx_bytes, "DOCX 文档", ".docx"),
    (lambda tmp: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF 文件", ".pdf"),
    (lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "旧版 Word 或 WPS 文件", ".doc"),
    (lambda tmp: b"{\\rtf1\\ansi\\deff0 {\\fonttbl}\\f0 report}", "RTF 文件", ".rtf"),
    ("<html><head><title>年度报告</title></head><body><p>正文</p></body></html>".encode(), "网页", ".html"),
])
def test_a_document_saved_as_yaml_is_named_with_how_to_import_it(tmp_path, make, what, suffix):
    data = make(tmp_path) if callable(make) else make
    code, lines = validate(tmp_path, data)
    assert code == 1
    assert lines == [f"r.yaml: error: 这是{' ' * what[0].isascii()}{what}，不是 YAML 数据文件：要从它生成数据文件，"
                     f"请把扩展名改为 {suffix}，再运行 reportkit import；数据文件由 reportkit init 生成，用记事本等纯文本编辑器填写"]


def test_a_workbook_saved_as_yaml_says_to_import_it_into_the_data(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"] = "自然人"
    book.save(tmp_path / "表三.xlsx")
    code, lines = validate(tmp_path, (tmp_path / "表三.xlsx").read_bytes())
    assert code == 1
    assert lines == ["r.yaml: error: 这是 Excel 工作簿，不是 YAML 数据文件：填好的统计表工作簿用 reportkit tables import 工作簿 "
                     "--into 数据文件 写入数据文件"]


def test_notepad_encodings_and_endings_still_pass(tmp_path, starter):
    for data in (starter.encode("utf-16"), starter.encode("gbk"),
                 b"\xef\xbb\xbf" + starter.replace("\n", "\r\n").encode() + b"\x1a"):
        assert validate(tmp_path, data, "年报 2023.yml")[0] == 0


# YAML slips ------------------------------------------------------------------------------------------------------------

def test_a_bare_dash_for_a_figure_says_to_write_0(tmp_path, starter):
    old = "      natural_person: 0   # 自然人"
    text = changed(starter, old, "      natural_person: -")
    code, lines = validate(tmp_path, text)
    assert code == 1
    assert lines == [f"r.yaml:{line_of(starter, old)}:23: error: YAML 语法错误：键“natural_person”的值只写了“-”，"
                     "YAML 把它当成了列表的开头：统计表中没有的数请填 0；若是文字，请给它加引号"]


@pytest.mark.parametrize("start", ["%", "@"])
def test_text_starting_with_a_reserved_sign_gets_one_fix(tmp_path, starter, start):
    old = "        - 门户网站栏目运行平稳，微信公众号每周更新。"
    text = changed(starter, old, f"        - {start}门户网站栏目运行平稳。")
    code, lines = validate(tmp_path, text)
    assert code == 1
    assert lines == [f"r.yaml:{line_of(starter, old)}:11: error: YAML 语法错误：这里有 YAML 不允许出现的字符："
                     "以 % @ ` 开头的文字请给整段加引号"]


def test_a_line_starting_with_percent_at_the_margin_is_said_in_chinese(tmp_path, starter):
    text = starter + "%-下一年度继续完善栏目\n"
    code, lines = validate(tmp_path, text)
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(f"r.yaml:{len(starter.splitlines()) + 1}:")
    assert "以 YAML 的特殊符号" in lines[0] and "found" not in lines[0]


# Values ----------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["2024年1月25日", "2024.1.25", "2024/01/25", "二〇二四年一月二十五日", "2024-1-25",
                                     "2024年01月25日"])
def test_a_date_written_another_way_says_how_to_write_it(tmp_path, starter, written):
    text = changed(starter, "date: 2024-01-20", f"date: {written}")
    code, lines = validate(tmp_path, text)
    assert code == 1
    assert lines == [f"r.yaml:{line_of(starter, 'date:')}:7: error: date：应为日期，写成 2021-02-05 的形式："
                     f"“{written}”请写作 2024-01-25"]


COUNT = "      natural_person: 0   # 自然人"
AMOUNT = "      amount: 0   # 本年收费金额（单位：万元）"


@pytest.mark.parametrize(("cell", "written", "fix"), [
    (COUNT, "12件", "应为整数（用阿拉伯数字，如 12；没有就填 0）：只填数字，不要写“件”：写作 12，实际为“12件”"),
    (COUNT, "1,234", "应为整数（用阿拉伯数字，如 12；没有就填 0）：数字里不要写千位分隔符或空格：“1,234”请写作 1234"),
    (COUNT, "1 234", "应为整数（用阿拉伯数字，如 12；没有就填 0）：数字里不要写千位分隔符或空格：“1 234”请写作 1234"),
    (COUNT, "“12”", "应为整数（用阿拉伯数字，如 12；没有就填 0）：去掉引号，写作 12，实际为““12””"),
    (COUNT, "50%", "应为整数（用阿拉伯数字，如 12；没有就填 0）：这里填数量，不能填百分比“50%”"),
    (AMOUNT, "12.35万元", "应为数字（用阿拉伯数字，如 12.5）：只填数字，不要写“万元”：这一项以万元计，写作 12.35，"
                          "实际为“12.35万元”"),
])
def test_a_figure_typed_with_more_than_digits_says_what_to_write(tmp_path, starter, cell, written, fix):
    key = cell.split(":")[0]
    text = changed(starter, cell, f"{key}: {written}")
    code, lines = validate(tmp_path, text)
    assert code == 1
    [error] = [line for line in lines if ": error: " in line]
    assert error.startswith(f"r.yaml:{line_of(starter, cell)}:{len(key) + 3}: error: tables.")
    assert error.endswith(f"{key.strip()}：{fix}")


@pytest.mark.parametrize(("old", "key", "meant"), [
    ("year: 2023", "年度", "year"), ("agency: ", "发布机关", "agency"), ("date: ", "成文日期", "date"),
    ("      issued: ", "      本年制发件数", "issued"), ("  overview:", "  总体情况", "overview"),
])
def test_a_key_typed_in_chinese_is_matched_by_its_title(tmp_path, starter, old, key, meant):
    line = next(row for row in starter.splitlines() if row.startswith(old))
    text = changed(starter, line, f"{key}:{line.split(':', 1)[1]}")
    code, lines = validate(tmp_path, text)
    assert code == 1
    assert len(lines) == 1  # and not also 缺少必填字段
    assert lines[0].startswith(f"r.yaml:{line_of(starter, old)}:{len(key) - len(key.lstrip()) + 1}: error: ")
    assert lines[0].endswith(f"未知字段“{key.strip()}”。键要写英文名，是不是“{meant}”？")


def test_a_value_wrapped_in_chinese_quotes_is_a_warning_where_they_start(tmp_path, starter):
    text = changed(starter, "agency: 某县教育局", "agency: “某县教育局”")
    code, lines = validate(tmp_path, text)
    assert code == 0
    assert f"r.yaml:{line_of(starter, 'agency:')}:9: warning: 这段文字两端的中文引号“”会照样印出（YAML 只把英文的 ' 和 \" 当作" \
           "引号）：不要印出引号的，请删去它们" in lines
    text = changed(starter, "date: 2024-01-20", "date: “2024-01-20”")
    assert f"r.yaml:{line_of(starter, 'date:')}:7: error: date：应为日期，写成 2021-02-05 的形式：去掉引号，写作 2024-01-20，" \
           "实际为““2024-01-20””" in validate(tmp_path, text)[1]


@pytest.mark.parametrize(("old", "new", "line", "col", "other", "other_col"), [
    ("      issued: 0", "     issued: 0", 1, 7, 0, 6),          # one key a column left: YAML stops at the next
    ("      issued: 0", "       issued: 0", 1, 7, 0, 8),        # one a column right
    ("      repealed: 0", "     repealed: 0", 0, 6, -1, 7),
    ("    - heading: 依申请公开", "     - heading: 依申请公开", 0, 6, -3, 5),  # an item's dash a column right
])
def test_a_misaligned_line_names_the_line_it_is_out_of_line_with(tmp_path, starter, old, new, line, col, other, other_col):
    at = line_of(starter, old)
    code, lines = validate(tmp_path, changed(starter, old, new))
    assert code == 1
    [message] = lines
    assert message.startswith(f"r.yaml:{at + line}:{col}: error: YAML 语法错误：")
    assert "没有对齐" in message and message.endswith(f"（这一行从第 {col} 列开始，第 {at + other} 行从第 {other_col} 列开始）："
                            "请把其中缩进错的一行与同一层的其他行对齐"), message


def test_text_cut_by_a_hash_is_quoted_without_the_starter_files_note_after_it(tmp_path, starter):
    """The address typed over the placeholder kept the starter file's note: the fix quoted the note into the text."""
    old = "# contact:   # 联系方式，印在前言末尾；各项均可不写\n#   office: 【请填写：受理咨询的科室】   # 联系单位\n#   address: 【请填写：通信地址】"
    text = changed(starter, old, "contact:   # 联系方式\n  office: 办公室   # 联系单位\n  address: 城东路 #3号")
    code, lines = validate(tmp_path, text)
    assert code == 0
    assert f"r.yaml:{line_of(text, '  address:')}:16: warning: “#3号”被 YAML 当作注释而丢失：若这是正文，请给整段加引号，" \
           "写成 '城东路 #3号'；若是注释，请在 # 前空两格、后空一格" in lines


PARAGRAPH = "        - 门户网站栏目运行平稳，微信公众号每周更新。"


def test_a_later_item_without_the_blank_after_its_dash_says_so_at_it(tmp_path, starter):
    text = changed(starter, PARAGRAPH, PARAGRAPH + "\n        -公众号关注人数较上年有所增加。")
    code, lines = validate(tmp_path, text)
    assert code == 1
    assert lines == [f"r.yaml:{line_of(starter, PARAGRAPH) + 1}:9: error: YAML 语法错误：列表的“-”后面缺少空格：请写成“- ”"]


@pytest.mark.parametrize(("typed", "what"), [("-", "后面缺少空格"), ("•", "不是列表的记号"), ("—", "不是列表的记号")])
def test_a_list_of_one_item_typed_without_its_dash_says_how_to_start_it(tmp_path, starter, typed, what):
    text = changed(starter, PARAGRAPH, f"        {typed}门户网站栏目运行平稳。")
    code, lines = validate(tmp_path, text)
    assert code == 1
    assert lines == [f"r.yaml:{line_of(starter, PARAGRAPH)}:9: error: sections.overview[4].content：这里应是列表，而“{typed}”{what}："
                     f"列表每项以英文减号加空格“- ”开头，实际为“{typed}门户网站栏目运行平稳。”"]
