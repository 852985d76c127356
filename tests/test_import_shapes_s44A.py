"""Importing published 2021-format reports in shapes the readers missed: the 署名 printed under the 成文日期 (was: left
out as a line after the date); the 署名 and 成文日期 alone on the last page of a PDF LibreOffice made (was: the whole
PDF read without its right edge, the title a paragraph, the preamble split, the date lost in the last part's text);
表三 printed transposed, a row per applicant column under a head of the official rows (was: “没有找到表三”); a text
copy of 表三 whose head prints 总计 first (was: every figure one column off, and ``check`` reporting R3 errors the
report does not have). The words and figures here are made up for these tests."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn

from _import_helpers import SOFFICE, data_of, imported
from docx_pages import docx_to_pdfs
from reportkit.cli import cli
from reportkit.plugins import load_plugins

PLUGINS = load_plugins()
TITLE = "青溪县林业局2023年政府信息公开工作年度报告"
PREAMBLE = (
    "本报告按照《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编写，"
    "所列数据的统计期限为2023年1月1日至2023年12月31日。"
)
PARTS = [
    ("一、总体情况", "2023年，本局围绕林长制、森林防火和古树名木保护等群众关心的事项做好公开，全年发布信息415条。"),
    ("二、主动公开政府信息情况", None),
    ("三、收到和处理政府信息公开申请情况", None),
    ("四、政府信息公开行政复议、行政诉讼情况", None),
    ("五、存在的主要问题及改进情况", "个别栏目更新不及时。下一步将按月检查栏目，逐项落实到股室。"),
    ("六、其他需要报告的事项", "本年度未收取信息处理费。"),
]
SIGNED, DATED = "青溪县林业局", "2024年1月22日"
#: The report's paragraphs in a line each (a short report: no paragraph wraps to tell the text's edges).
SHORT = {
    PREAMBLE: "本报告所列数据的统计期限为2023年1月1日至12月31日。",
    PARTS[0][1]: "本年度全局发布信息415条。",
    PARTS[4][1]: "个别栏目更新不及时，下一步按月检查。",
}
COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
#: 表三 (2021): each row's label cells (the group's only on its first row) and its seven figures.
ROWS = [
    (["一、本年新收政府信息公开申请数量"], [21, 4, 0, 1, 0, 1, 27]),
    (["二、上年结转政府信息公开申请数量"], [2, 0, 0, 0, 0, 0, 2]),
    (["三、本年度办理结果", "（一）予以公开"], [11, 2, 0, 1, 0, 0, 14]),
    (["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], [3, 0, 0, 0, 0, 0, 3]),
    (["（三）不予公开", "1.属于国家秘密"], [0] * 7),
    (["2.其他法律行政法规禁止公开"], [0] * 7),
    (["3.危及“三安全一稳定”"], [0] * 7),
    (["4.保护第三方合法权益"], [1, 0, 0, 0, 0, 0, 1]),
    (["5.属于三类内部事务信息"], [0] * 7),
    (["6.属于四类过程性信息"], [0] * 7),
    (["7.属于行政执法案卷"], [0] * 7),
    (["8.属于行政查询事项"], [0] * 7),
    (["（四）无法提供", "1.本机关不掌握相关政府信息"], [4, 1, 0, 0, 0, 0, 5]),
    (["2.没有现成信息需要另行制作"], [1, 0, 0, 0, 0, 0, 1]),
    (["3.补正后申请内容仍不明确"], [0] * 7),
    (["（五）不予处理", "1.信访举报投诉类申请"], [1, 0, 0, 0, 0, 0, 1]),
    (["2.重复申请"], [0] * 7),
    (["3.要求提供公开出版物"], [0] * 7),
    (["4.无正当理由大量反复申请"], [0] * 7),
    (["5.要求行政机关确认或重新出具已获取信息"], [0] * 7),
    (["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], [1, 0, 0, 0, 0, 0, 1]),
    (["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], [0] * 7),
    (["3.其他"], [0, 0, 0, 0, 0, 1, 1]),
    (["（七）总计"], [22, 3, 0, 1, 0, 1, 27]),
    (["四、结转下年度继续办理"], [1, 1, 0, 0, 0, 0, 2]),
]
#: How many rows each group's label cell spans.
GROUPS = {"三、本年度办理结果": 22, "（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
DISCLOSURE = [
    ["第二十条第（一）项"],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "0"],
    ["行政规范性文件", "1", "0", "6"],
    ["第二十条第（五）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政许可", "88"],
    ["第二十条第（六）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政处罚", "12"],
    ["行政强制", "0"],
    ["第二十条第（八）项"],
    ["信息内容", "本年收费金额（单位：万元）"],
    ["行政事业性收费", "0"],
]
RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
REVIEW = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]


# The tables as cells: (text, colspan, rowspan) per row, the cells a merged one covers left out -----------------------
def applications_cells() -> list[list[tuple[str, int, int]]]:
    """表三 as printed upright."""
    rows = [
        [(NOTE, 3, 3), ("申请人情况", 7, 1)],
        [("自然人", 1, 2), ("法人或其他组织", 5, 1), ("总计", 1, 2)],
        [(name, 1, 1) for name in COLUMNS[1:6]],
    ]
    for labels, figures in ROWS:
        depth = 1 if labels[-1].startswith(("一、", "二、", "四、")) else 2 if labels[-1].startswith("（") else 3
        cells = [(label, 1, GROUPS[label]) for label in labels[:-1]]
        rows.append(cells + [(labels[-1], 4 - depth, 1)] + [(str(n), 1, 1) for n in figures])
    return rows


def transposed(rows: list[list[tuple[str, int, int]]]) -> list[list[tuple[str, int, int]]]:
    """``rows`` turned a quarter: each column a row, each merged cell's spans swapped."""
    taken, placed = set(), []
    for r, row in enumerate(rows):
        c = 0
        for text, colspan, rowspan in row:
            while (r, c) in taken:
                c += 1
            placed.append((c, r, text, rowspan, colspan))
            taken |= {(i, j) for i in range(r, r + rowspan) for j in range(c, c + colspan)}
            c += colspan
    width = max(c for c, *_ in placed) + 1
    return [[cell[2:] for cell in sorted(placed) if cell[0] == c] for c in range(width)]


def disclosure_cells() -> list[list[tuple[str, int, int]]]:
    return [
        [(row[0], 4, 1)]
        if len(row) == 1
        else [(row[0], 1, 1), (row[1], 3, 1)]
        if len(row) == 2
        else [(text, 1, 1) for text in row]
        for row in DISCLOSURE
    ]


def review_cells() -> list[list[tuple[str, int, int]]]:
    return [
        [("行政复议", 5, 1), ("行政诉讼", 10, 1)],
        [(name, 1, 2) for name in RESULTS] + [("未经复议直接起诉", 5, 1), ("复议后起诉", 5, 1)],
        [(name, 1, 1) for name in RESULTS * 2],
        [(str(n), 1, 1) for n in REVIEW],
    ]


def report(tables: dict[str, list], date_first: bool = False) -> list[tuple[str, object]]:
    """The report as (kind, text or cells) in order: title, preamble, the parts with their tables, 署名 and 成文日期."""
    out: list[tuple[str, object]] = [("title", TITLE), ("p", PREAMBLE)]
    for heading, text in PARTS:
        out.append(("p", heading))
        out.append(("table", tables[heading[0]]) if text is None else ("p", text))
    closing = [DATED, SIGNED] if date_first else [SIGNED, DATED]
    return out + [("right", line) for line in closing]


def upright() -> dict[str, list]:
    return {"二": disclosure_cells(), "三": applications_cells(), "四": review_cells()}


def web_page(items: list[tuple[str, object]]) -> str:
    """A site's article page: the title in an <h1>, the parts in <p>, the tables with their merged cells."""

    def table(rows) -> str:
        return (
            '<table border="1">'
            + "".join(
                "<tr>"
                + "".join(f'<td colspan="{cs}" rowspan="{rs}">{html.escape(text)}</td>' for text, cs, rs in row)
                + "</tr>"
                for row in rows
            )
            + "</table>"
        )

    body = "\n".join(
        table(x)
        if kind == "table"
        else f"<h1>{x}</h1>"
        if kind == "title"
        else f'<p style="text-align: right">{x}</p>'
        if kind == "right"
        else f"<p>{x}</p>"
        for kind, x in items
    )
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>{body}</body></html>'


def word_file(items: list[tuple[str, object]], path: Path, closing_page: bool = False, landscape: bool = False) -> Path:
    """The report as Word has it (python-docx, all of it in 仿宋_GB2312), the 署名 on a page of its own if
    ``closing_page``, on landscape pages (for a wide table) if ``landscape``."""
    document = docx.Document()
    if landscape:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    fonts = document.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia"):  # the figures too, as offices set the whole text
        fonts.set(qn(script), "仿宋_GB2312")
    for k, (kind, x) in enumerate(items):
        if kind == "table":
            width = sum(cs for _, cs, _ in x[0])
            table = document.add_table(rows=len(x), cols=width)
            table.style = "Table Grid"
            taken: set = set()
            for r, row in enumerate(x):
                c = 0
                for text, colspan, rowspan in row:
                    while (r, c) in taken:
                        c += 1
                    cell = table.cell(r, c)
                    if colspan > 1 or rowspan > 1:
                        cell = cell.merge(table.cell(r + rowspan - 1, c + colspan - 1))
                    cell.text = text
                    taken |= {(i, j) for i in range(r, r + rowspan) for j in range(c, c + colspan)}
                    c += colspan
            continue
        paragraph = document.add_paragraph(x)
        if kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if closing_page and items[k + 1 : k + 2] and items[k + 1][0] == "right" and kind != "right":
            paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


def _leaves(tree):
    """Every value in the nested dicts ``tree``."""
    for value in tree.values():
        yield from _leaves(value) if isinstance(value, dict) else [value]


def _applications(data: dict) -> dict:
    return data["tables"]["applications"]


@pytest.fixture(scope="module")
def expected(tmp_path_factory) -> dict:
    """The data imported from the upright web page: what every other shape must give."""
    folder = tmp_path_factory.mktemp("upright")
    source = folder / "upright.html"
    source.write_text(web_page(report(upright())), encoding="utf-8")
    result = imported(source, folder, PLUGINS)
    assert [f.message for f in result.findings if f.rule in ("tables", "cells")] == []
    return data_of(result)


# 署名 printed under the 成文日期 -----------------------------------------------------------------------------------
def _text_copy(items: list[tuple[str, object]]) -> str:
    """A browser's copy: a line for each paragraph, a table's cells apart by tabs (a merged cell once)."""
    lines = []
    for kind, x in items:
        lines += ["\t".join(text for text, _, _ in row) for row in x] if kind == "table" else [x]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("carrier", ["txt", "html"])
def test_the_signature_under_the_date(tmp_path, expected, carrier):
    """成文日期 over 署名 (as some sites print them): the organ is the 署名, nothing left out (was: “成文日期之后的
    “青溪县林业局”未导入” and no 署名)."""
    items = report(upright(), date_first=True)
    source = tmp_path / f"report.{carrier}"
    source.write_text(_text_copy(items) if carrier == "txt" else web_page(items), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    data = data_of(result)
    assert [f.message for f in result.findings if f.rule == "skipped"] == []
    assert data["date"] == dt.date(2024, 1, 22)
    assert data.get("signature", data["agency"]) == SIGNED
    assert data["sections"] == expected["sections"]


def test_the_signature_under_the_date_of_another_organ(tmp_path):
    """A county's report signed by its office, the date first: the office is the 署名 (was: lost)."""
    items = [
        (kind, "青溪县2023年政府信息公开工作年度报告" if kind == "title" else x) for kind, x in report(upright(), True)
    ]
    items[-1] = ("right", "青溪县人民政府办公室")
    source = tmp_path / "county.txt"
    source.write_text(_text_copy(items), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    data = data_of(result)
    assert (data["agency"], data.get("signature")) == ("青溪县人民政府办公室", None)  # the 署名's organ issued it
    assert not any("未导入" in f.message for f in result.findings)


def test_the_signature_under_the_date_over_the_site_s_footer(tmp_path):
    """The same, the site's footer copied under it: the organ is the 署名, each footer line said left out (was: the
    organ left out too)."""
    footer = ["【打印本页】【关闭窗口】", "主办单位：青溪县人民政府办公室"]
    source = tmp_path / "footer.txt"
    source.write_text(
        _text_copy(report(upright(), date_first=True) + [("p", line) for line in footer]), encoding="utf-8"
    )
    result = imported(source, tmp_path, PLUGINS)
    assert data_of(result).get("signature", SIGNED) == SIGNED
    assert [f.message for f in result.findings if f.rule == "skipped"] == [
        f"成文日期之后的“{line}”未导入" for line in footer
    ]


def test_an_organ_s_name_under_a_signed_date_is_still_left_out(tmp_path):
    """With the 署名 over the date, a name under it (a site's) is no 署名: said left out, as before."""
    source = tmp_path / "site.txt"
    source.write_text(_text_copy(report(upright()) + [("p", "青溪县人民政府")]), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert data_of(result).get("signature", SIGNED) == SIGNED
    assert [f.message for f in result.findings if f.rule == "skipped"] == ["成文日期之后的“青溪县人民政府”未导入"]


def test_a_line_under_the_date_that_names_no_organ_is_still_left_out(tmp_path):
    """Only organs' names under the date are a 署名: a site's line there is still said to be left out."""
    items = report(upright()) + [("p", "本页浏览次数：215")]
    source = tmp_path / "footer.txt"
    source.write_text(_text_copy(items), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert data_of(result).get("signature", SIGNED) == SIGNED
    assert [f.message for f in result.findings if f.rule == "skipped"] == ["成文日期之后的“本页浏览次数：215”未导入"]


# Word files and their PDFs (one LibreOffice run for the module) ----------------------------------------------------
@pytest.fixture(scope="module")
def word_and_pdf(tmp_path_factory) -> dict[str, Path]:
    """The report as DOCX files: a short one (each paragraph a line), its 署名 alone on the last page; 表三 transposed (on landscape pages, as it is printed
    to fit). Each with its PDF."""
    if not SOFFICE:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("word")
    short = [(kind, SHORT.get(x, x) if isinstance(x, str) else x) for kind, x in report(upright())]
    files = {
        "closing": word_file(short, folder / "closing.docx", closing_page=True),
        "turned": word_file(
            report({**upright(), "三": transposed(applications_cells())}), folder / "turned.docx", landscape=True
        ),
    }
    pdfs = docx_to_pdfs(list(files.values()), PLUGINS.registry.fonts, folder)
    return {**files, **{f"{name}.pdf": pdf for name, pdf in zip(files, pdfs)}}


def test_the_signature_alone_on_the_last_page_of_a_pdf(tmp_path, word_and_pdf, expected):
    """A short organ's name over its longer date, alone on the last page of a report whose paragraphs are a line each,
    tells no paragraph's edge (was: the title
    read as a paragraph, the preamble cut in two, “青溪县林业局2024年1月22日” a paragraph of part 六, no date)."""
    import pdfplumber

    with pdfplumber.open(word_and_pdf["closing.pdf"]) as pdf:
        last = pdf.pages[-1].extract_text()
    assert "".join(last.split()) == SIGNED + DATED  # the input is as meant: only the 署名 and date there
    result = imported(word_and_pdf["closing.pdf"], tmp_path, PLUGINS)
    data = data_of(result)
    assert data["date"] == dt.date(2024, 1, 22)
    assert data["preamble"] == [SHORT[PREAMBLE]]
    assert data["sections"]["overview"] == [SHORT[PARTS[0][1]]]
    assert data["sections"]["other"] == expected["sections"]["other"]
    assert not [f.message for f in result.findings if f.rule in ("metadata", "skipped", "unread")]


# 表三 printed transposed -------------------------------------------------------------------------------------------
def test_table_three_transposed_in_a_web_page(tmp_path, expected):
    """A row per applicant column (自然人 … 总计, 法人或其他组织 beside its five), a column per official row: read as
    upright (was: “这个表格不是表二、表三或表四，未导入”, “没有找到表三”)."""
    source = tmp_path / "turned.html"
    source.write_text(web_page(report({**upright(), "三": transposed(applications_cells())})), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    assert not [f.message for f in result.findings if f.rule in ("tables", "cells", "totals")]
    assert _applications(data_of(result)) == _applications(expected)


@pytest.mark.parametrize("carrier", ["turned", "turned.pdf"])
def test_table_three_transposed_in_a_word_file_and_its_pdf(tmp_path, word_and_pdf, expected, carrier):
    """The same in a DOCX, and in the PDF LibreOffice makes of it, where each merged head cell's lines stand in
    rows of their own (“一、本” over “年新收政府信息公开申请数量”): joined back into the official labels."""
    result = imported(word_and_pdf[carrier], tmp_path, PLUGINS)
    assert not [f.message for f in result.findings if f.rule in ("tables", "cells", "totals")]
    assert _applications(data_of(result)) == _applications(expected)


# 表三's head printing 总计 first, copied as text -------------------------------------------------------------------
def test_a_text_copy_of_table_three_with_the_total_first(tmp_path, expected):
    """A browser's copy of a 表三 whose head prints 总计, 自然人, then 法人或其他组织 over its five: each figure under
    its own column (was: all one column off), and ``check`` finds nothing (was: R3 errors in every row)."""
    head = [
        [(NOTE, 3, 3), ("申请人情况", 7, 1)],
        [("总计", 1, 2), ("自然人", 1, 2), ("法人或其他组织", 5, 1)],
        [(name, 1, 1) for name in COLUMNS[1:6]],
    ]
    rows = [row[:-7] + row[-1:] + row[-7:-1] for row in applications_cells()[3:]]
    source = tmp_path / "total-first.txt"
    source.write_text(_text_copy(report({**upright(), "三": head + rows})), encoding="utf-8")
    assert "（七）总计\t27\t22\t3\t0\t1\t0\t1\n" in source.read_text(encoding="utf-8")  # the input is as meant
    result = imported(source, tmp_path, PLUGINS)
    assert _applications(data_of(result)) == _applications(expected)
    checked = CliRunner().invoke(cli, ["check", str(source)])
    assert checked.exception is None or isinstance(checked.exception, SystemExit)
    assert "表三" not in checked.output and "error" not in checked.output, checked.output


def test_the_expected_data_is_the_report(expected):
    """The upright page reads as written: the data every test compares with is no reader's mistake."""
    assert expected["tables"]["review_litigation"]["reconsideration"]["total"] == 1
    assert expected["sections"]["problems"] == [PARTS[4][1]]
    assert _applications(expected)["results"]["total"]["total"] == 27
