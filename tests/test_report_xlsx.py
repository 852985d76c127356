"""``--report 结果.xlsx``: ``check``'s findings and per-report verdicts, and ``render``'s per-file results, as a
workbook reviewers filter in Excel or WPS."""
from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.plugins import load_plugins

from _import_helpers import render_source

PLUGINS = load_plugins()
ROOT = Path(__file__).resolve().parents[1]
SAMPLE, XINZHOU = ROOT / "examples" / "sample-2021.yaml", ROOT / "examples" / "xinzhou-2020.yaml"


def _total_off_by_one(html: str) -> str:
    """The last table's 总计 cell one more than its parts: a 勾稽 error (R5)."""
    cells = list(re.finditer(r"(<td class=\"center\">)(\d+)(</td>)", html))
    total = cells[-15:][4]
    return html[:total.start(2)] + str(int(total.group(2)) + 1) + html[total.end(2):]


def _sheet_rows(sheet) -> list[tuple]:
    return [tuple(cell.value for cell in row) for row in sheet.iter_rows()]


def test_check_writes_a_workbook_of_findings_and_a_verdict_for_each_report(tmp_path):
    """``check --report 检查结果.xlsx`` was refused (扩展名应为 .json 或 .csv): reviewers opened the CSV in Excel and
    set up its filters by hand. The workbook has the CSV's rows under Chinese headers, severities in Chinese, the
    header row frozen and filtered, file names as text (one named like a formula too), and a sheet of verdicts."""
    site = tmp_path / "各单位年报"
    site.mkdir()
    clean = render_source(XINZHOU, "html", site, PLUGINS)
    faulty = render_source(SAMPLE, "html", site, PLUGINS)
    faulty.write_text(_total_off_by_one(faulty.read_text(encoding="utf-8")), encoding="utf-8")
    faulty = faulty.rename(site / "=HYPERLINK(1).html")
    damaged = site / "损坏.docx"
    damaged.write_bytes(b"PK\x03\x04 not a word file")
    short = site / "缺第五部分.html"  # part 五 left out: a warning only
    short.write_text(re.sub(r"<h2>五、.*?(?=<h2>六、)", "", clean.read_text(encoding="utf-8"), count=1, flags=re.DOTALL),
                     encoding="utf-8")
    plan = site / "工作要点.txt"
    plan.write_text("某县2023年政务公开工作要点\n\n一、总体要求\n把公开做实。\n二、主要任务\n（一）按时更新栏目。\n",
                    encoding="utf-8")
    report = tmp_path / "检查结果.xlsx"
    report.write_bytes(b"an older report")

    result = CliRunner().invoke(cli, ["check", str(site), "-j", "1", "--report", str(report)])
    assert result.exit_code == 1, result.output
    assert "共检查 5 份报告：1 份未发现问题，4 份有问题（其中 1 份不是年度报告" in result.output

    book = openpyxl.load_workbook(report)
    assert book.sheetnames == ["问题清单", "各文件"]
    findings = book["问题清单"]
    rows = _sheet_rows(findings)
    assert rows[0] == ("文件", "机关", "年度", "规则", "级别", "位置", "说明")
    assert [(file, rule, severity) for file, _, _, rule, severity, _, _ in rows[1:]] == [
        (str(faulty), "R5", "错误"), (str(clean), "ok", None), (str(plan), "not-annual-report", "错误"),
        (str(damaged), "unreadable", "错误"), (str(short), "import-sections", "警告")]
    assert "行政复议" in rows[1][6] and re.fullmatch(r"第 \d+ 个表格第 \d+ 行", rows[1][5])
    assert rows[2][6] == "未发现问题" and rows[2][1:3] == ("忻州市生态环境局", 2020)
    assert findings["A2"].data_type == "s" and findings["A2"].number_format == "@"  # a text, not a formula
    assert findings.freeze_panes == "A2" and findings.auto_filter.ref == "A1:G6"
    assert findings["G2"].alignment.wrap_text and findings.column_dimensions["G"].width >= 60
    assert findings["E2"].fill.fgColor.rgb.endswith("FFC7CE") and findings["E6"].fill.fgColor.rgb.endswith("FFEB9C")

    files = book["各文件"]
    assert _sheet_rows(files) == [("文件", "机关", "年度", "结论", "错误", "警告", "提示"),
                                  (str(faulty), "某县自然资源局", 2023, "有错误", 1, 0, 0),
                                  (str(clean), "忻州市生态环境局", 2020, "通过", 0, 0, 0),
                                  (str(plan), None, None, "不是年度报告", 1, 0, 0),
                                  (str(damaged), None, None, "无法读取", 1, 0, 0),
                                  (str(short), "忻州市生态环境局", 2020, "有警告", 0, 1, 0)]
    assert files.freeze_panes == "A2" and files.auto_filter.ref == "A1:G6"
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*"))  # written atomically, nothing left


def test_check_leaves_an_existing_workbook_as_it_was_when_the_report_is_refused(tmp_path):
    """A bad suffix still names .xlsx among those allowed; the refusal comes before any report is checked."""
    report = tmp_path / "检查结果.xls"
    report.write_bytes(b"an older report")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--report", str(report)])
    assert result.exit_code == 2
    assert f"error: --report：“{report}”：结果文件的扩展名应为 .json、.csv 或 .xlsx，如 结果.xlsx" in result.output
    assert report.read_bytes() == b"an older report"


def test_render_writes_its_per_file_results_as_a_workbook(tmp_path):
    """``render --report 结果.xlsx`` was refused likewise; its sheet 各文件 has a row per data file: status in Chinese,
    outputs and diagnostics a line each, the time a number."""
    text = SAMPLE.read_text(encoding="utf-8")
    good, bad = tmp_path / "甲.yaml", tmp_path / "乙.yaml"
    good.write_text(text, encoding="utf-8")
    bad.write_text(text.replace("agency_type: department", "agency_typ: department"), encoding="utf-8")
    out, report = tmp_path / "out", tmp_path / "结果.xlsx"
    result = CliRunner().invoke(cli, ["render", str(good), str(bad), "-f", "docx", "-f", "html", "-o", str(out),
                                      "-j", "1", "--report", str(report)])
    assert result.exit_code == 1, result.output

    book = openpyxl.load_workbook(report)
    assert book.sheetnames == ["各文件"]
    sheet = book["各文件"]
    rows = _sheet_rows(sheet)
    assert rows[0] == ("文件", "状态", "输出文件", "诊断", "用时（秒）")
    assert rows[1][:4] == (str(good), "成功", f"{out / '甲.docx'}\n{out / '甲.html'}", None)
    assert rows[2][:3] == (str(bad), "失败", None) and "未知字段“agency_typ”" in rows[2][3]
    assert all(isinstance(row[4], float) and row[4] > 0 for row in rows[1:])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:E3"
    assert sheet["D3"].alignment.wrap_text and sheet["B3"].fill.fgColor.rgb.endswith("FFC7CE")


def test_a_cell_takes_what_xml_and_excel_cannot_hold_without_losing_it_unsaid():
    """A control character quoted from a report (openpyxl refuses it: the run ended in a traceback), a file name that
    is not UTF-8, and a text longer than Excel keeps in a cell (Excel would cut it without a word)."""
    import io

    from reportkit.report_xlsx import CELL_LIMIT, Column, Sheet, workbook_bytes

    gbk_name = "年报.pdf".encode("gbk").decode("utf-8", "surrogateescape")
    long = "说明" * 20000
    data = workbook_bytes([Sheet("问题清单", (Column("text", "说明", 80, wrap=True),),
                                 [{"text": "第\x07行"}, {"text": gbk_name}, {"text": long}])])
    sheet = openpyxl.load_workbook(io.BytesIO(data))["问题清单"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert cells[:2] == ["第\ufffd行", "年报.pdf"]
    kept, note = cells[2].split("……")
    assert len(cells[2]) <= CELL_LIMIT and long.startswith(kept)
    assert note == f"（以下 {len(long) - len(kept)} 字超出 Excel 一格的上限 32767 字，未写入；请改用 .json 结果文件查看全文）"
