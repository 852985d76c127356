"""A statistics table's 总计 printed blank on a published page: ``import`` prints it at the severity ``check`` files it
as, an error (a figure the page left out), not the warning of a 0 left blank."""
from __future__ import annotations

from click.testing import CliRunner
from test_import_published import WRONG_TOTAL, _checked, _page

from reportkit.cli import cli

BLANK_TOTAL = (WRONG_TOTAL[0], "<td>2</td><td>0</td><td>0</td><td></td></tr>")
CELL = "表三“一、本年新收政府信息公开申请数量”“总计”"


def test_import_prints_a_blank_total_as_the_error_check_files(tmp_path):
    """import printed it “warning:”, while check filed the same blank as an import-totals error."""
    page = _page(tmp_path, BLANK_TOTAL)
    result = CliRunner().invoke(cli, ["import", str(page), "-o", str(tmp_path / "out")])
    said = [line for line in result.output.splitlines() if CELL in line]
    assert len(said) == 1 and f": error: 第 2 个表格第 4 行：{CELL}：空白，请按原始台账填写" in said[0], result.output
    assert result.exit_code == 1
    code, rows = _checked(tmp_path, page)
    assert [(row["rule"], row["severity"]) for row in rows if "总计" in row["message"]] == [("import-totals", "error")]


def test_a_blank_cell_that_is_no_total_is_still_a_warning(tmp_path):
    """Only the total is an error: a blank count in another column stays the warning check files it as."""
    page = _page(tmp_path, (WRONG_TOTAL[0], "<td></td><td>0</td><td>0</td><td>7</td></tr>"))
    result = CliRunner().invoke(cli, ["import", str(page), "-o", str(tmp_path / "out")])
    said = [line for line in result.output.splitlines() if "表三“一、本年新收政府信息公开申请数量”" in line and "空白" in line]
    assert len(said) == 1 and ": warning: " in said[0], result.output
