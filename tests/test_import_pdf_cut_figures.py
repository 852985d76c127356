"""A figure wrapped in its narrow cell and cut by a page break (a browser lets a row break over a page): its last
digits on the next page, in a row without labels. They were read as a row of their own and lost, the figure above
read short (40 as 4) without a word."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported
from test_import_pdf_layouts import _printed

PLUGINS = load_plugins()


def _total_row_wrapped(space: int, orphans: int):
    """Table 三's （七）总计 row in figures so large that 40 and 48 wrap in their cells (4 over 0), rows allowed to
    break over a page, ``space`` pt before the table to move its break into that row, ``orphans`` lines a cell keeps."""
    def edit(html: str) -> str:
        html = html.replace("</head>", "<style>tr { break-inside: auto !important } "
                            f"td {{ orphans: {orphans}; widows: 1 }}</style></head>", 1)
        start = html.index("（七）总计")
        end = html.index("</tr>", start)
        row = html[start:end].replace('<td class="center">', '<td class="center" style="font-size: 44pt; '
                                      'word-break: break-all; line-height: 1">')
        html = html[:start] + row + html[end:]
        html = html.replace('<tr class="keep">\n      <td class="left" colspan="2">（七）总计', "<tr>\n      "
                            '<td class="left" colspan="2">（七）总计')
        at = html.rindex("<table", 0, html.index("申请人情况"))
        return html[:at] + f'<div style="height: {space}pt"></div>' + html[at:]
    return edit


def _big_digits(pdf: Path) -> list[tuple[int, str]]:
    """The page and text of each character of the enlarged row, top to bottom."""
    with pdfplumber.open(pdf) as document:
        return [(n, c["text"]) for n, page in enumerate(document.pages, 1)
                for c in sorted(page.chars, key=lambda c: (c["top"], c["x0"])) if c["size"] > 40]


def test_a_figure_wrapped_over_a_page_break_is_joined(tmp_path):
    """40 and 48 print 4 at page 4's foot and 0 and 8 at page 5's head, under the repeated head: they read as 40 and
    48 (they read as 4 and 4), and the row after them (四、结转下年度继续办理) is table 三's."""
    pdf = _printed(_total_row_wrapped(60, 1), tmp_path / "wrapped.pdf")
    digits = _big_digits(pdf)
    assert (4, "4") in digits and (5, "0") in digits and (5, "8") in digits
    back = imported(pdf, tmp_path, PLUGINS)
    data = yaml.safe_load(back.target.read_text(encoding="utf-8"))["tables"]["applications"]
    assert data["results"]["total"] == {"natural_person": 40, "commercial_enterprise": 5, "research_institution": 0,
                                        "public_welfare_organization": 1, "legal_service_agency": 1, "other": 1,
                                        "total": 48}
    assert data["carried_forward"]["total"] == 4


def test_a_figure_reportkit_cannot_join_is_a_placeholder_with_a_finding(tmp_path):
    """Cells keeping two lines together: 40 and 48 go whole to page 5, blank cells over them on page 4 beside the
    single-digit figures. Whose figures they are reportkit cannot be sure: they are placeholders, each with a finding
    showing the text read, never a number."""
    pdf = _printed(_total_row_wrapped(60, 2), tmp_path / "moved.pdf")
    digits = _big_digits(pdf)
    assert (5, "4") in digits and (5, "0") in digits and (4, "5") in digits
    back = imported(pdf, tmp_path, PLUGINS)
    data = yaml.safe_load(back.target.read_text(encoding="utf-8"))["tables"]["applications"]
    total = data["results"]["total"]
    assert total["commercial_enterprise"] == 5
    for key in ("natural_person", "total"):
        assert isinstance(total[key], str) and total[key].startswith("【请填写"), total
    found = [f.message for f in back.findings if "（七）总计" in f.message]
    # the text read is the whole figure: its cell's two lines are one wrapped figure (“4” / “0” is 40)
    assert any("自然人" in m and "“／40（" in m for m in found) and any("总计”" in m and "“／48（" in m for m in found), found
