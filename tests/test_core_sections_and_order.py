"""A part's items with tables live in the core (:mod:`reportkit.sections`), and each file's diagnostics are printed
top-down, whichever rule found them first."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.errors import ERROR, WARNING, Diagnostic, in_reading_order, shown

ROOT = Path(__file__).resolve().parents[1]

# Three warnings found in this order: the date (rule WS1, line 40), then the placeholder left in a --draft (line 10),
# then a gambling site's name (line 25); a clerk reading the file wants them at lines 10, 25, 40.
SUMMARY = """\
kind: work-summary
year: 2016
agency: 某县统计局
title: 某县统计局2016年工作总结
#
#
#
#
preamble:
  - 【请填写：前言】
#
#
#
#
#
#
#
#
work:
  - heading: 统计数据发布
    content:
      - 全年按时发布月度数据12期。
      - heading: 网站维护
        content:
          - 网站栏目调整后发布信息300条，bet365比分网已清理。
problems:
  - 人手不足。
#
#
#
#
#
#
#
#
#
#
#
#
date: 2019-01-10
"""


def summary_file(tmp_path: Path) -> Path:
    path = tmp_path / "总结.yaml"
    path.write_text(SUMMARY, encoding="utf-8")
    return path


def lines_of(stderr: str, path: Path) -> list[int]:
    return [int(line.split(":")[1]) for line in stderr.splitlines() if line.startswith(f"{path}:")]


def run(*args: str):
    return CliRunner().invoke(cli, list(args), prog_name="reportkit")


def test_validate_prints_a_files_diagnostics_by_line_and_the_summary_line_last(tmp_path):
    path = summary_file(tmp_path)
    done = run("validate", "--draft", str(path))
    assert done.exit_code == 0, done.output
    assert lines_of(done.stderr, path) == [10, 25, 40]
    assert done.stdout.strip().splitlines()[-1].startswith(f"{path}: 通过")


def test_render_prints_them_by_line(tmp_path):
    path = summary_file(tmp_path)
    done = run("render", "--draft", "-f", "html", "-o", str(tmp_path / "out"), str(path))
    assert done.exit_code == 0, done.output
    assert lines_of(done.stderr, path) == [10, 25, 40]
    assert (tmp_path / "out" / "总结.html").exists()


def test_the_json_lists_them_by_line_too(tmp_path):
    path = summary_file(tmp_path)
    done = run("validate", "--draft", "--diagnostics", "json", str(path))
    found = json.loads(done.stdout)["diagnostics"]
    assert [d["line"] for d in found] == [10, 25, 40]
    assert [d["rule"] for d in found][2] == "WS1"


def test_a_workbooks_by_sheet_then_cell_and_those_without_a_place_last_as_found():
    found = [Diagnostic(ERROR, "表三的", "a.xlsx", cell="表三!E12"), Diagnostic(WARNING, "无位置一", "a.xlsx"),
             Diagnostic(ERROR, "第十行", "a.xlsx", cell="表二!B10"), Diagnostic(ERROR, "AA列", "a.xlsx", cell="表二!AA9"),
             Diagnostic(WARNING, "无位置二", "a.xlsx"), Diagnostic(ERROR, "Z列", "a.xlsx", cell="表二!Z9"),
             Diagnostic(ERROR, "表十的", "a.xlsx", cell="表十!A1")]
    assert [d.message for d in in_reading_order(found)] == ["Z列", "AA列", "第十行", "表三的", "表十的", "无位置一", "无位置二"]


def test_the_count_of_problems_left_out_stays_after_the_lines():
    found = [Diagnostic(ERROR, f"未知的键“k{n}”", "a.yaml", 100 - n, 1) for n in range(25)]
    lines = shown(found)
    assert [int(line.split(":")[1]) for line in lines[:20]] == list(range(76, 96))
    assert lines[-1].startswith("a.yaml: error: 另有 5 条同类问题未列出")


def test_the_work_summary_takes_a_parts_items_from_the_core_not_from_the_2008_report():
    """Validating a work summary imports neither the annual report's models nor its 2008 edition."""
    script = ("import json, sys\nfrom reportkit.cli import cli\ntry:\n"
              f"    cli(['validate', {str(ROOT / 'examples' / 'suzhou-2016-work-summary.yaml')!r}])\n"
              "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
              "print(json.dumps(sorted(sys.modules)), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, encoding="utf-8", timeout=120)
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert "reportkit.sections" in modules
    models = ("reportkit.default_plugins.annual_report.model", "reportkit.default_plugins.annual_report.edition2008.model")
    assert [m for m in modules if m in models] == []


def test_a_tables_item_in_a_work_summary_is_printed_where_it_stands(tmp_path):
    path = tmp_path / "表.yaml"
    path.write_text(SUMMARY.replace("【请填写：前言】", "本年度工作如下。").replace("bet365比分网", "旧栏目")
                    .replace("date: 2019-01-10", "date: 2017-01-10")
                    .replace("      - 全年按时发布月度数据12期。",
                             "      - 全年按时发布月度数据12期。\n      - columns: [项目, 期数]\n        rows: [[月报, 12]]"),
                    encoding="utf-8")
    done = run("render", "-f", "html", "-o", str(tmp_path / "out"), str(path))
    assert done.exit_code == 0, done.output
    html = (tmp_path / "out" / "表.html").read_text(encoding="utf-8")
    assert html.index("全年按时发布月度数据") < html.index("<table") < html.index("网站维护")
    assert "<td" in html[html.index("<table"):] and "月报" in html[html.index("<table"):html.index("网站维护")]
