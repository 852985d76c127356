"""The last small ones of a clerk's data errors: an English colon and blank inside a value in braces, a phone number
or a postcode typed with full-width characters or a blank, a title or addressee left empty (which printed the
default), a web address wrapped over two lines (printed with a space in it); and ``import`` printing what it left
out of a site's page as the note ``check`` files it as."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from test_import_forms2021 import plain_page

from _data_helpers import changed, run
from reportkit.cli import cli

ROOT = Path(__file__).parents[1]
REPORT = (ROOT / "examples" / "sample-2021.yaml").read_text("utf-8")
REPORT_2008 = (ROOT / "examples" / "nanning-2008.yaml").read_text("utf-8")
SUMMARY = (ROOT / "examples" / "suzhou-2016-work-summary.yaml").read_text("utf-8")
PLAN = (ROOT / "examples" / "putian-2018-work-plan.yaml").read_text("utf-8")


def refused(tmp_path, text: str, old: str, new: str) -> list[str]:
    """The output of validating ``text`` with its line ``old`` typed as ``new``, each line checked to be at that line:
    ``COLUMN: MESSAGE`` after ``data.yaml:LINE:``."""
    text, line = changed(text, old, new)
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1, out
    assert all(row.startswith(f"data.yaml:{line}:") for row in out), out
    return [row.removeprefix(f"data.yaml:{line}:").replace(": error: ", ": ", 1) for row in out]


# A colon and a blank inside braces -----------------------------------------------------------------------------------
CATEGORY = "        - {name: 政策法规类信息, count: 66, share: 61.7%}"


def test_a_count_after_a_colon_in_braces_is_told_to_go_in_count(tmp_path):
    """It said the braces were not closed, at the brace."""
    typed = "        - {name: 政策法规类信息: 66}"
    assert refused(tmp_path, REPORT_2008, CATEGORY, typed) == [
        f"{typed.index(': 66') + 1}: YAML 语法错误：花括号里“name: 政策法规类信息: 66”的值中又有英文冒号加空格，YAML 把它当成了"
        "又一个键，读不下去：若“66”是条数，要单独填在 count 里，写成 {name: 政策法规类信息, count: 66}，或分两行写 "
        "name: 政策法规类信息 和 count: 66；若冒号是文字的一部分，请给这段文字加引号，或改用中文冒号“：”"]


def test_a_colon_in_words_in_braces_is_told_to_quote_them(tmp_path):
    typed = "        - {name: 重点领域: 规划信息, count: 66}"
    assert refused(tmp_path, REPORT_2008, CATEGORY, typed) == [
        f"{typed.index(': 规划') + 1}: YAML 语法错误：花括号里“name: 重点领域: 规划信息”的值中又有英文冒号加空格，YAML 把它当成了"
        "又一个键，读不下去：若冒号是文字的一部分，请给这段文字加引号，或改用中文冒号“：”"]


# The contact's phone and postcode --------------------------------------------------------------------------------------
PHONE = '  phone: "0000-1234567"'
POSTCODE = '  postcode: "000000"'


@pytest.mark.parametrize(("typed", "named", "fix"), [
    ("0000－1234567", "全角的“－”", "0000-1234567"),
    ("０３５１－１２３４５６７", "全角数字、全角的“－”", "0351-1234567"),
    ("0351——1234567", "全角的“——”", "0351-1234567"),
], ids=["dash", "digits-and-dash", "chinese-dash"])
def test_a_phone_typed_in_full_width_is_told_its_half_width_form(tmp_path, typed, named, fix):
    """It passed, and was printed as typed after “联系电话：”."""
    assert refused(tmp_path, REPORT, PHONE, f"  phone: {typed}") == [
        f"10: contact.phone：电话“{typed}”用了{named}：请改为半角（英文输入法下的）数字和减号，写作 {fix}"]


@pytest.mark.parametrize("typed", ["0351-1234567", "（0351）1234567", "0351-1234567、0351-7654321"])
def test_a_phone_in_half_width_passes(tmp_path, typed):
    text, _ = changed(REPORT, PHONE, f"  phone: {typed}")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 0, out


@pytest.mark.parametrize("typed", ["1000 00", "'030 001'", "030\u3000001"], ids=["space", "quoted", "full-width-space"])
def test_a_postcode_with_a_blank_inside_is_told_its_digits(tmp_path, typed):
    """It passed, and was printed with the blank."""
    shown = typed.strip("'")
    assert refused(tmp_path, REPORT, POSTCODE, f"  postcode: {typed}") == [
        f"13: contact.postcode：邮政编码“{shown}”中间有空格：请删去空格，写作 {shown.replace(' ', '').replace(chr(0x3000), '')}"]


# An optional text left empty ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "old", "new", "fix"), [
    (SUMMARY, 'title: "苏州市环境保护局2016年政府信息公开\\n工作总结和2017年工作计划"', "title:",
     "title：标题是空的（冒号后面什么也没写）：写上标题，或删掉这一行（不填则为“<机关><年度>年工作总结”，有工作计划时加“和<下一年度>年"
     "工作计划”；可用换行分两行）"),
    (SUMMARY, "agency: 苏州市环境保护局", "agency: 苏州市环境保护局\naddressee:",
     "addressee：主送机关是空的（冒号后面什么也没写）：写上主送机关（可不填；填写后印在标题下方），或删掉这一行"),
    (PLAN, "  addressee: 机关各科室、局属各单位", "  addressee:",
     "notice.addressee：主送机关是空的（冒号后面什么也没写）：写上主送机关（如“机关各科室、局属各单位”），或删掉这一行"),
    (PLAN, "agency: 莆田市环境保护局", "agency: 莆田市环境保护局\ntitle:  # 方案标题",
     "title：方案标题是空的（冒号后面什么也没写）：写上方案标题，或删掉这一行（不填则为“<制定机关><年度>年政务公开工作实施方案”；"
     "可用换行分两行）"),
    (REPORT, PHONE, "  phone:", "contact.phone：电话是空的（冒号后面什么也没写）：写上电话（联系电话，如 0351-1234567），或删掉这一行"),
], ids=["summary-title", "summary-addressee", "plan-addressee", "plan-title", "report-phone"])
def test_an_optional_text_left_empty_is_told_to_be_written_or_deleted(tmp_path, text, old, new, fix):
    """Each passed, and the default was printed (or nothing) as if the line were not there."""
    text, line = changed(text, old, new)
    line += new.count("\n")
    code, out = run(tmp_path, "validate", data=text.encode())
    assert code == 1
    assert len(out) == 1 and out[0].startswith(f"data.yaml:{line}:") and out[0].endswith(f": error: {fix}"), out


# A web address wrapped over two lines ---------------------------------------------------------------------------------
FIRST = "        - 全年通过县政府门户网站本局专栏发布信息612条，其中国土空间规划公示27条、征地信息公开89条、建设用地审批结果143条。"


@pytest.mark.parametrize("typed", [
    "        - 本局公开目录详见http://www.example.gov.cn/xxgk/\n          2025/index.html，可按年度查阅。",
    "        - >-\n          本局公开目录详见http://www.example.gov.cn/xxgk/\n          2025/index.html，可按年度查阅。",
    "        - |-\n          本局公开目录详见http://www.example.gov.cn/\n          xxgk/2025/\n          index.html，可按年度查阅。",
], ids=["plain", "folded", "literal-three-lines"])
def test_a_web_address_wrapped_over_lines_is_printed_whole(tmp_path, typed):
    """A space was printed where the line broke: …/xxgk/ 2025/index.html."""
    text, _ = changed(REPORT, FIRST, typed)
    data = tmp_path / "data.yaml"
    data.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["render", str(data), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 0, result.output
    printed = [p.text for p in docx.Document(tmp_path / "out.docx").paragraphs if "详见" in p.text]
    assert printed == ["本局公开目录详见http://www.example.gov.cn/xxgk/2025/index.html，可按年度查阅。"]


def test_a_space_before_words_or_another_address_is_kept(tmp_path):
    typed = "        - 详见http://www.example.gov.cn/ 或 www.example.gov.cn/xxgk/\n          www.example.gov.cn/bsfw/ 两个栏目。"
    text, _ = changed(REPORT, FIRST, typed)
    data = tmp_path / "data.yaml"
    data.write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["render", str(data), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 0, result.output
    printed = [p.text for p in docx.Document(tmp_path / "out.docx").paragraphs if "详见" in p.text]
    assert printed == ["详见http://www.example.gov.cn/ 或 www.example.gov.cn/xxgk/ www.example.gov.cn/bsfw/ 两个栏目。"]


# What import left out of a site's page ----------------------------------------------------------------------------------
def test_import_prints_a_site_s_footer_left_out_as_a_note_not_unmapped(tmp_path):
    """It printed “warning:” and counted them among the things not mapped, though check files them as notes."""
    page = plain_page("某县自然资源局", 2022, "2021").replace(
        "</body>", "<p>主办单位：某县自然资源局　网站标识码 0000000001</p><p>某ICP备00000000号</p></body>")
    source = tmp_path / "report.html"
    source.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "report.yaml")])
    assert result.exit_code == 0, result.output
    lines = [line.replace(str(tmp_path) + "/", "") for line in result.output.splitlines()]
    left_out = [line for line in lines if line.endswith("未导入")]
    assert len(left_out) == 2 and all(line.startswith("report.html: note: ") for line in left_out), lines
    assert "已导入 report.yaml（所有数据都已映射，校验通过）" in lines
