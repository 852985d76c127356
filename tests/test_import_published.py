"""Published reports as agencies put them online, which the import read wrongly: a title without its year, a side
menu over the title, the 2019 tables of a report without a year, blank rows, 2008 counts in 起, UTF-16 text."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from reportkit.cli import cli
from reportkit.default_plugins.annual_report.tables import APPLICANT_COLUMNS
from reportkit.plugins import load_plugins

from _import_helpers import imported, page_as_text, render_source, unspaced

PLUGINS = load_plugins()


def _load(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _messages(result) -> list[str]:
    return [f.message for f in result.findings]


# A web page saved as a DOCX: the site's side menu over the title -----------------------------------------------
def _beside_a_menu(document, items: tuple[str, ...]) -> None:
    """The article in the right cell of a layout table, the site's menu (centred link lines) in the left one."""
    body = document.element.body
    content = [e for e in body.iterchildren() if e.tag != qn("w:sectPr")]
    layout = document.add_table(rows=1, cols=2)
    menu = layout.cell(0, 0)
    menu.paragraphs[0].text = items[0]
    for item in items[1:]:
        menu.add_paragraph(item)
    for paragraph in menu.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    article = layout.cell(0, 1)._tc
    for element in content:
        article.append(element)
    article.append(article.makeelement(qn("w:p"), {}))  # a cell ends with a paragraph
    article.remove(article.find(qn("w:p")))  # the empty one python-docx put first
    body.insert(0, layout._tbl)


def _title_in_two_paragraphs(document) -> None:
    """The title's two lines as two centred paragraphs of body text, as a saved page has them."""
    title = document.paragraphs[0]
    agency, rest = title.text.split("\n")
    title.text, title.style = agency, document.styles["Normal"]
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    second = document.paragraphs[1].insert_paragraph_before(rest)
    second.alignment = WD_ALIGN_PARAGRAPH.CENTER


@pytest.mark.parametrize("split", [False, True], ids=["title", "title-in-two"])
@pytest.mark.parametrize("menu", [("首页", "政务公开", "机构概况", "互动交流"), ("首页", "机构概况", "政策文件")])
def test_a_docx_saved_from_a_web_page_takes_no_menu_line_into_its_title(tmp_path, menu, split):
    """The menu's centred lines right over the centred title were read as its first lines: the agency came out
    “首页政务公开机构概况互动交流某县自然资源局”. A menu item ending in 文件 is no 版头 either; the agency's line over
    a title that starts with the year is still the title's."""
    page = render_source(Path("examples/sample-2021.yaml"), "docx", tmp_path, PLUGINS)
    document = docx.Document(str(page))
    if split:
        _title_in_two_paragraphs(document)
    _beside_a_menu(document, menu)
    edited = tmp_path / "word" / "report.docx"
    edited.parent.mkdir()
    document.save(str(edited))
    back, expected = imported(edited, edited.parent, PLUGINS), imported(page, tmp_path, PLUGINS)
    assert _load(back) == _load(expected)
    assert _messages(back) == [f"标题之前的“{item}”未导入" for item in menu] + _messages(expected)


# A text file in UTF-16 without its byte-order mark --------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("example", ["xinzhou-2020", "qiandongnan-2016"])
def test_a_text_file_in_utf_16_without_a_byte_order_mark(tmp_path, example, encoding):
    """Some editors save “Unicode” text without the mark: it was read as GBK (one character of garbage a character,
    the import refused as no annual report) or not at all. It now imports as the same text in UTF-8 does."""
    page = render_source(Path(f"examples/{example}.yaml"), "html", tmp_path, PLUGINS)
    text = page_as_text(page.read_text(encoding="utf-8"), "\r\n")
    (tmp_path / "utf8").mkdir()
    (tmp_path / "utf8" / "report.txt").write_text(text, encoding="utf-8")
    (tmp_path / "report.txt").write_bytes(text.encode(encoding))
    assert not text.encode(encoding).startswith((b"\xff\xfe", b"\xfe\xff"))
    back, expected = imported(tmp_path / "report.txt", tmp_path, PLUGINS), \
        imported(tmp_path / "utf8" / "report.txt", tmp_path / "utf8", PLUGINS)
    assert _messages(back) == _messages(expected)
    assert _load(back) == _load(expected) and _load(back)["year"] == int(example[-4:])


# R14: the 监督保障 topic worded as published reports word it ----------------------------------------------------
def _r14(heading: str) -> list[str]:
    from reportkit.default_plugins.annual_report import RULES, resolve_edition
    from reportkit.default_plugins.annual_report.model import report_model

    data = yaml.safe_load(Path("examples/sample-2021.yaml").read_text(encoding="utf-8"))
    [topic] = [item for item in data["sections"]["overview"] if isinstance(item, dict) and item["heading"] == "监督保障"]
    topic["heading"] = heading
    edition, _ = resolve_edition(data)
    report = report_model(edition).model_validate(data)
    [rule] = [rule for rule in RULES if rule.id == "R14"]
    return [finding.message for finding in rule.check(report)]


@pytest.mark.parametrize("heading", ["监督和保障", "监督与保障", "监督、保障", "监督及保障情况", "保障和监督"])
def test_r14_takes_the_supervision_topic_worded_with_a_conjunction(heading):
    """“（五）监督和保障情况” was “没有写到：监督保障” (a warning on a report that has the topic)."""
    assert _r14(heading) == []


def test_r14_still_names_the_supervision_topic_when_it_is_not_there():
    [message] = _r14("其他工作")
    assert message.startswith("“一、总体情况”没有写到：监督保障。")


# A title without its year; the 2019 tables of a report without one; blank rows ------------------------------------
XINZHOU = Path("examples/xinzhou-2020.yaml")
PERIOD = "本报告所列数据的统计期限为2020年1月1日至12月31日。"


def _rendered(folder: Path) -> Path:
    """xinzhou-2020 as ``reportkit render -f html`` publishes it, in ``folder``."""
    result = CliRunner().invoke(cli, ["render", str(XINZHOU), "-f", "html", "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return folder / "xinzhou-2020.html"


def _page(tmp_path: Path, *edits) -> Path:
    """xinzhou-2020's web page with ``edits`` (old, new) made, in a folder of its own."""
    html = unspaced(_rendered(tmp_path / "rendered"))
    for old, new in edits:
        assert old in html
        html = html.replace(old, new, 1)
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / "page.html").write_text(html, encoding="utf-8")
    return folder / "page.html"


def _original(tmp_path: Path) -> dict:
    page = _rendered(tmp_path / "original")
    return _load(imported(page, page.parent, PLUGINS))


def _checked(tmp_path: Path, page: Path) -> tuple[int, list[dict]]:
    report = tmp_path / "result.csv"
    result = CliRunner().invoke(cli, ["check", str(page.parent), "--report", str(report), "-j", "1"])
    assert "Traceback" not in result.output
    with report.open(encoding="utf-8-sig", newline="") as f:
        return result.exit_code, list(csv.DictReader(f))


NO_YEAR_IN_TITLE = ("<br>2020年政府信息公开工作年度报告", "<br>政府信息公开工作年度报告")
#: Table 三's 一、本年新收 row with its 总计 printed 9 where the row adds up to 7: R3 has to say so.
WRONG_TOTAL = ("<td>2</td><td>0</td><td>0</td><td>7</td></tr>", "<td>2</td><td>0</td><td>0</td><td>9</td></tr>")
OWN_PREAMBLE = "<p>本局按条例的要求编写了这份报告，说明这一年公开工作的做法和数字。本报告统计期限自2020年1月1日起至2020年12月31日止。</p>"


@pytest.mark.parametrize("where, edits", [
    ("前言中的统计期限", []),
    ("前言中的统计期限", [("<p>本报告依据", f"{OWN_PREAMBLE}<p>本报告依据"), (PERIOD, "")]),
    ("成文日期 2021年1月29日", [(PERIOD, "")]),
], ids=["standard-preamble", "own-preamble", "date"])
def test_a_title_without_its_year_takes_it_from_the_period_or_the_date_and_the_tables_are_checked(tmp_path, where, edits):
    """The year was a placeholder: the rules R1-R5 did not run, and a report whose table 三 does not add up passed
    check with one warning. The year now comes from the 统计期限, or else the 成文日期 in the first half of the next
    year, and the finding says where from."""
    page = _page(tmp_path, NO_YEAR_IN_TITLE, WRONG_TOTAL, *edits)
    result = imported(page, tmp_path, PLUGINS)
    assert _load(result)["year"] == 2020
    assert f"标题里没有报告年度（“××××年”），按{where}推定为 2020 年度：请核对" in _messages(result)
    code, rows = _checked(tmp_path, page)
    assert code == 1
    assert {row["rule"] for row in rows if row["severity"] == "error"} & {"R1", "R2", "R3"}
    assert [row["message"] for row in rows if row["rule"] == "import-metadata"] == \
        [f"标题里没有报告年度（“××××年”），按{where}推定为 2020 年度：请核对"]


NO_YEAR_AT_ALL = (NO_YEAR_IN_TITLE, (PERIOD, ""), ("<p>2021年1月29日</p>", "<p>2021年8月10日</p>"))


def test_the_2019_tables_of_a_report_without_a_year_are_read_by_their_labels(tmp_path):
    """With no year anywhere (a date in August says none), every table was read as the 2021 edition's: table 二's
    2019 rows and columns were “不是2021版表二的行”/“表头里没有这一列”, their figures lost. The labels say 2019."""
    page = _page(tmp_path, *NO_YEAR_AT_ALL, ("国办公开办函〔2019〕60号", "有关规定"))
    result = imported(page, tmp_path, PLUGINS)
    data = _load(result)
    assert data["year"].startswith("【请填写：")
    assert data["tables"] == _original(tmp_path)["tables"]
    assert _messages(result) == ["标题里没有找到报告年度（“××××年”）"]
    assert "报告年度不明，统计表按表中的行名、列名读作 2019 版（国办公开办函〔2019〕60号）：请核对" in result.imported.notes


def test_a_report_without_a_year_or_tables_that_cites_the_2019_format_has_its_placeholders(tmp_path):
    """Without tables 二 and 三 to tell, the format the preamble cites (〔2019〕60号) gives the edition: the
    placeholders left are those of the 2019 tables, which the clerk fills in."""
    html = unspaced(_rendered(tmp_path / "rendered"))
    two, three = (html[html.rindex("<table", 0, html.index(label)):html.index("</table>", html.index(label)) + 8]
                  for label in ("第二十条第（一）项", "四、结转下年度继续办理"))
    page = _page(tmp_path, *NO_YEAR_AT_ALL, (two, ""), (three, ""))
    result = imported(page, tmp_path, PLUGINS)
    data = _load(result)
    assert set(data["tables"]["active_disclosure"]) == {"regulations", "normative_documents", "administrative_licensing",
                                                        "other_services", "administrative_penalty",
                                                        "administrative_coercion", "administrative_fees",
                                                        "government_procurement"}
    # （六） one row in 2019, not the 2021 edition's three
    assert set(data["tables"]["applications"]["results"]["other_handling"]) == {c.key for c in APPLICANT_COLUMNS}
    assert "报告年度不明，统计表按原文引用的国办公开办函〔2019〕60号读作 2019 版：请核对" in result.imported.notes


def _zero_rows_left_blank(html: str, total: bool = False) -> str:
    """Each table row whose figures are all 0 printed with its cells empty, as many sites publish them; with ``total``,
    its last cell (the 总计, where the row has one) still printing 0."""
    def blank(row: re.Match) -> str:
        figures = [text for text in re.findall(r"<td[^>]*>([^<]*)</td>", row.group()) if re.fullmatch(r"[+\-]?\d+", text)]
        if not (len(figures) > 1 and set(figures) == {"0"}):
            return row.group()
        zeros = list(re.finditer(r"(<td[^>]*>)0</td>", row.group()))
        kept = zeros[-1].start() if total else -1
        return re.sub(r"(<td[^>]*>)0</td>", lambda m: m.group() if m.start() == kept else f"{m[1]}</td>", row.group())
    return re.sub(r"<tr>.*?</tr>", blank, html, flags=re.S)


BLANK_ROWS = {
    "表二": ["规章", "规范性文件", "其他对外管理服务事项", "行政事业性收费"],
    "表三": ["二、上年结转政府信息公开申请数量", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1.属于国家秘密",
            "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
            "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "四、结转下年度继续办理"],
    "表四": ["行政复议", "未经复议直接起诉", "复议后起诉"],
}
BLANK_FINDING = (f"整行空白（或只写“—”“/”“无”、只印了 0）的 {sum(map(len, BLANK_ROWS.values()))} 行已按 0 导入（已发布的报告常把 0 留空）："
                 + "；".join(table + "、".join(f"“{label}”" for label in labels) for table, labels in BLANK_ROWS.items())
                 + "；其中确实不是 0 的，请按原始台账填写")


def _blank_page(tmp_path: Path, *edits, total: bool = False) -> Path:
    page = _page(tmp_path, *edits)
    page.write_text(_zero_rows_left_blank(page.read_text(encoding="utf-8"), total), encoding="utf-8")
    return page


@pytest.mark.parametrize("total", [False, True], ids=["all-blank", "total-printed"])
def test_rows_left_blank_import_as_zeros_with_one_finding_naming_them(tmp_path, total):
    """A row of zeros printed blank was a placeholder a cell (171 on one real report), and for check an import-totals
    error a row (“总计应为各项之和，未印出”), burying the one real fault. A row with no figure at all is a row of 0;
    so is one that prints only its 总计 0 (a warning a row on a real report)."""
    page = _blank_page(tmp_path, total=total)
    result = imported(page, tmp_path, PLUGINS)
    assert result.ok
    assert _load(result) == _original(tmp_path)
    assert _messages(result) == [BLANK_FINDING]
    header = result.target.read_text(encoding="utf-8").splitlines()[1]
    assert header == "# 以下 1 处未能照原文映射，请对照原文核对、补填："  # no placeholder was left: none is promised
    code, rows = _checked(tmp_path, page)
    assert [(row["rule"], row["message"]) for row in rows] == [
        ("import-cells", BLANK_FINDING.replace("请按原始台账填写", "请核对原件"))]


def test_a_blank_total_beside_figures_is_still_the_one_error(tmp_path):
    """Among the blank rows, the row whose 总计 alone is blank (its other cells have figures) is the error check
    reports, once; the blank rows are the one finding."""
    page = _blank_page(tmp_path, WRONG_TOTAL[:1] + ("<td>2</td><td>0</td><td>0</td><td></td></tr>",))
    code, rows = _checked(tmp_path, page)
    assert code == 1
    assert [(row["rule"], row["severity"]) for row in rows] == [("import-cells", "warning"), ("import-totals", "error")]
    assert rows[1]["message"] == "表三“一、本年新收政府信息公开申请数量”一行的“总计”空白，总计应为各项之和，未印出；按各项之和核对"


# 2008-edition counts worded as agencies word them --------------------------------------------------------------
# Written for this test; the agency and its figures are made up.
PAGE_2008 = """<html><head><meta charset="utf-8"></head><body>
<h1>某县环境保护局2015年政府信息公开工作年度报告</h1>
<p>一、概述</p>
<p>本局由办公室统筹信息公开，各股室按职责提供本股室的信息。</p>
<p>二、主动公开政府信息情况</p>
<p>全年通过局网站和公开栏主动公开各类环境信息2,310条，以环境质量和执法检查的信息为主。</p>
<p>三、依申请公开政府信息情况</p>
<p>全年受理申请12起，都在规定的期限内作了答复。</p>
<p>四、政府信息公开复议、诉讼和申诉情况</p>
<p>本年度受理政府信息公开行政复议案件1起，发生政府信息公开行政诉讼0起。</p>
<p>五、政府信息公开工作存在的主要问题及改进措施</p>
<p>乡镇环保所上报信息不够及时，下一年将按月通报。</p>
<p style="text-align:right">某县环境保护局</p>
<p style="text-align:right">2016年3月10日</p>
</body></html>
"""


def test_2008_counts_in_起_and_of_each_kind_of_information_are_read(tmp_path):
    """“受理申请12起”, “主动公开各类环境信息2,310条”, “行政复议案件1起”: none was read (the measure word 起 was not a
    count's, the kind of information stood where 政府信息 is printed, 受理 was not 收到), and the figures were left out."""
    page = tmp_path / "huanbao-2015.html"
    page.write_text(PAGE_2008, encoding="utf-8")
    sections = _load(imported(page, tmp_path, PLUGINS))["sections"]
    assert sections["active_disclosure"]["figures"] == {"total": 2310}
    assert sections["applications"]["figures"] == {"received": 12}
    assert sections["review_litigation"]["figures"] == {"reviews": 1, "suits": 0}
