"""A unit's workbook still open in Excel, WPS or LibreOffice (its lock file beside it) when the office sums the
folder: the warning said “只导入已保存的内容……再导入”, though aggregate imports nothing; it speaks of 汇总, and the lock
file itself is passed over."""
from __future__ import annotations

import pytest

from test_aggregate_workbooks import GRANTED, NEW, blank_workbook, fill, run, summed


@pytest.mark.parametrize("lock", ["~${}", ".~lock.{}#"], ids=["excel", "libreoffice"])
def test_a_workbook_still_open_is_summed_with_a_warning_in_aggregate_s_words(tmp_path, lock):
    units = tmp_path / "各单位"
    units.mkdir()
    book = fill(blank_workbook(tmp_path, "某镇"), {NEW: 6, GRANTED: 6}, units / "某镇2023.xlsx")
    (units / lock.format(book.name)).write_bytes(b"\x00")
    out = tmp_path / "某县2023.yaml"
    result = run("aggregate", units, "-o", out)
    assert result.exit_code == 0, result.output
    assert (f"{book}: warning: 这个工作簿正在 Excel、WPS 或 LibreOffice 中打开（旁边有“{lock.format(book.name)}”）："
            "只汇总已保存的内容，没有保存的修改不会汇总；请先保存工作簿，再汇总") in result.output.splitlines()
    assert summed(out, NEW) == 6 and "汇总 1 个单位的统计表" in out.read_text(encoding="utf-8")
