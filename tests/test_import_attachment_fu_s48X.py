"""“附：……统计表” opens an attachment as “附件：” and “附表：” do (importers/frame.py ``ATTACHMENT``): a 2008 report's
统计指标 table under it is its attachment, not cut at its group rows into parts of the report's own (``sections.own``)
with its head row left in the text."""
from __future__ import annotations

from _import_helpers import data_of, imported
from test_import_html_s48H import _report_2008


def _data(folder, page: str) -> dict:
    source = folder / "report.html"
    source.write_text(page, encoding="utf-8")
    return data_of(imported(source, folder))


def test_fu_opens_the_attachment_as_fubiao_does(tmp_path):
    page = _report_2008()
    assert "附表：2012年" in page
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    as_fubiao, as_fu = _data(tmp_path / "a", page), _data(tmp_path / "b", page.replace("附表：2012年", "附：2012年"))
    assert as_fu == as_fubiao
    assert "own" not in as_fu["sections"]
    assert as_fu["attachments"][0]["table"]["columns"] == ["统计指标", "单位", "统计数"]
