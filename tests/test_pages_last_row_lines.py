"""A table's last row taller than a page, then the 署名: where the 署名 does not fit under the row, the row's last two
lines go with it to the next page in both PDFs (GB/T 9704: the signature not alone; the WeasyPrint PDF's widows). The
Typst PDF carried one line: its last page held a line less than the WeasyPrint PDF's."""
from __future__ import annotations

import re

import pytest

import layout_measure as lm
from reportkit.testing import render
from test_signature_not_alone import _report

#: A section's work with a figure, a web address and quoted words: the cell's lines hold runs the template sets apart.
LINKED = "各科室于2023年逐月核对公开事项，登记在https://www.example.gov.cn/col/col123/index.html上，“当即补正”并登记备查（附表1），"


def _signed_page(pages: list[lm.Page]) -> list[str]:
    """The table lines (not the repeated head's) on the 署名's page."""
    signed = next(page for page in pages if any(re.sub(r"\s", "", line.text) == "2009年3月20日" for line in page.lines))
    return [line.text for line in signed.lines if line.size < lm.TABLE_TYPE_PT
            and not any(row.head and row.top < line.baseline < row.bottom for row in signed.rows)]


@pytest.mark.parametrize("attached", [False, True])
@pytest.mark.parametrize("last", [2025, 2100])
def test_both_pdfs_carry_the_last_row_s_last_two_lines_to_the_signature_s_page(last, attached):
    data = _report(last, attached)
    typst = render(data, engine="typst", formats=("pdf",))
    weasy, pages = lm.measure(render(data, formats=("pdf",)).pdf), lm.measure(typst.pdf)
    assert len(_signed_page(pages)) == len(_signed_page(weasy)) == 2
    assert len(pages) == len(weasy)
    assert lm.signature_alone(pages, typst.document) == []


@pytest.mark.parametrize(("last", "carried"), [(2500, 34), (2740, 2)])
def test_a_last_row_with_a_web_address_carries_two_lines_or_none(last, carried):
    """The same with a last row of figures, web addresses and quotations: where the 署名 fits under the row it stays on
    the row's page (a cell whose last lines the template cannot part, a web address across them, keeps its text
    breakable); where it does not, two lines go with it, in both PDFs."""
    data = _report(last)
    data["sections"]["overview"]["content"][1]["rows"][2][2] = (LINKED * 60)[:last] + "。"
    typst = render(data, engine="typst", formats=("pdf",))
    weasy, pages = lm.measure(render(data, formats=("pdf",)).pdf), lm.measure(typst.pdf)
    assert len(_signed_page(pages)) == len(_signed_page(weasy)) == carried
    assert len(pages) == len(weasy) and lm.overflow(pages) == []
