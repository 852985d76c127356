"""A web page that prints its title in the site's title bar and again at the head of the article, in centred lines of
their own (某市司法局<br>2023年…报告, or two centred paragraphs): the title is imported once, with the finding the page
gets when it prints the title again on one line (importers/frame.py); those lines used to open the preamble."""
from __future__ import annotations

import pytest

from _import_helpers import data_of, imported
from test_import_html_s48H import PREAMBLE_1, _report_2021

TITLE = ("某市司法局", "2023年政府信息公开工作年度报告")


@pytest.mark.parametrize("again", [
    f'<p style="text-align:center"><strong>{TITLE[0]}<br>{TITLE[1]}</strong></p>',
    "".join(f'<p style="text-align:center">{line}</p>' for line in TITLE),
    f"<p>{TITLE[0]}<br/>{TITLE[1]}</p>",
], ids=["centred-br", "centred-paragraphs", "one-paragraph"])
def test_the_title_printed_again_in_lines_of_its_own_is_imported_once(tmp_path, again):
    source = tmp_path / "report.html"
    source.write_text(_report_2021().replace('<div class="TRS_Editor">', f'<div class="TRS_Editor">{again}'),
                      encoding="utf-8")
    result = imported(source, tmp_path)
    assert data_of(result)["preamble"] == [PREAMBLE_1]
    assert [f.message for f in result.findings if "印了两次" in f.message] == ["标题在网页上印了两次，只导入一次"]
