"""What reviewers read: ``check``'s summary names each rule in Chinese beside its code, and a web page LibreOffice
saved from a DOCX, whose table 四 has a column no cell has of its own, still reads as the plain page."""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from click.testing import CliRunner

from reportkit.cli import cli
from reportkit.default_plugins.annual_report import CROSS_YEAR_RULES, RULES, RULES_2008
from reportkit.importers.commands import RULE_NAMES

from test_import_html_site_chrome import PLUGINS, SAMPLE, _rendered

from _import_helpers import imported, render_source


def test_the_summary_names_each_rule_in_chinese_beside_its_code(tmp_path):
    """The summary's lines were ``unreadable：1 处``: English codes a reviewer has to look up. Each now reads
    ``无法读取（unreadable）：1 处``, the code kept for scripts that grep it."""
    site = tmp_path / "site"
    site.mkdir()
    wrong = site / "sample-2021.html"
    page = _rendered(SAMPLE, tmp_path)
    figures = re.search(r"<tbody>\n<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td>", page)
    assert figures
    wrong.write_text(page.replace(figures.group(), figures.group().replace("<td>4</td>", "<td>5</td>")),
                     encoding="utf-8")
    plan = render_source(Path("examples/putian-2018-work-plan.yaml"), "html", site, PLUGINS)
    plan.write_text(plan.read_text(encoding="utf-8").replace("2018", "2023"), encoding="utf-8")
    (site / "损坏.docx").write_bytes(b"PK\x03\x04 no zip inside")
    result = CliRunner().invoke(cli, ["check", str(site), "-j", "1"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-3:] == [
        "  表四各组总计（R5）：1 处", "  不是年度报告（not-annual-report）：1 处", "  无法读取（unreadable）：1 处"]


def test_every_rule_of_the_annual_report_has_a_chinese_name():
    """Each rule the annual report's checks can report (this year's, last year's, the 2008 edition's) is named."""
    ids = {rule.id for rule in RULES + CROSS_YEAR_RULES + RULES_2008}
    assert ids and ids <= RULE_NAMES.keys()


def _libreoffice_table_4(page: str) -> str:
    """``page`` with table 四 as LibreOffice saves it from a DOCX: a 16th column where 行政诉讼 starts one column
    right of where 行政复议's 总计 ends, 总计 two columns wide in the rows below."""
    table = re.search(r"<table>(?:(?!</table>).)*行政复议(?:(?!</table>).)*</table>", page, re.S)
    assert table
    figures = re.findall(r"<td>(\d+)</td>", table.group())
    assert len(figures) == 15
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结"]
    cells = "".join(f"<td>{n}</td>" if k != 4 else f"<td colspan=2>{n}</td>" for k, n in enumerate(figures))
    return page.replace(table.group(), (
        "<table><tr><td colspan=5>行政复议</td><td colspan=11>行政诉讼</td></tr>"
        f"<tr>{''.join(f'<td rowspan=2>{h}</td>' for h in heads)}<td rowspan=2 colspan=2>总计</td>"
        "<td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>"
        f"<tr>{''.join(f'<td>{h}</td>' for h in heads + ['总计']) * 2}</tr>"
        f"<tr>{cells}</tr></table>"))


def test_a_column_libreoffice_adds_to_table_4_is_no_column(tmp_path):
    """LibreOffice's page of a DOCX gave 表四 a 16th column (总计 two columns wide, 行政诉讼 starting in the second),
    so its figure row read 16 figures and all of 表四 was lost. The column no cell has of its own is folded away."""
    page = _rendered(SAMPLE, tmp_path)
    plain = _imported_data(tmp_path, "plain", page)
    saved = _imported_data(tmp_path, "libreoffice", _libreoffice_table_4(page))
    assert saved["tables"]["review_litigation"] == plain["tables"]["review_litigation"]
    assert saved["tables"]["review_litigation"]["reconsideration"]["total"] == 4


def _imported_data(folder: Path, name: str, page: str) -> dict:
    (folder / name).mkdir()
    source = folder / name / f"{name}.html"
    source.write_text(page, encoding="utf-8")
    return yaml.safe_load(imported(source, folder / name, PLUGINS).target.read_text(encoding="utf-8"))
