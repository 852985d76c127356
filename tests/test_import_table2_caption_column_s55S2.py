"""表二 with each block's caption (第二十条第（一）项 …) printed as a column merged down the block's rows, as some
sites lay it out: the rows are read as under a caption row, on the web page and in a browser's copy (where the
caption's cell is blank below its first row); every row was missing (“表二没有这 6 行”) and its cells placeholders."""
from __future__ import annotations

import re

from _import_helpers import page_as_text
from test_check_published import OK, check, report, table_two, web_page


def _captions_left(two: str) -> str:
    """Table 二 of ``two`` with each caption row turned into a first column over its block's rows."""
    blocks = re.findall(r'<tr><td colspan="4">(.*?)</td></tr>((?:<tr>(?!<td colspan="4">).*?</tr>)+)', two)
    rows = []
    for caption, body in blocks:
        lines = re.findall(r"<tr>.*?</tr>", body)
        rows += [lines[0].replace("<tr>", f'<tr><td rowspan="{len(lines)}">{caption}</td>', 1), *lines[1:]]
    return "<table>" + "".join(rows) + "</table>"


def test_captions_printed_as_a_column_are_read(tmp_path):
    for year, agency in ((2021, "江城县商务局"), (2020, "江城县水利局")):
        r = report(year, agency)
        page = web_page(r, tmp_path / f"{year}.html")
        two = table_two(r["edition"], r["t2"])
        page.write_text(page.read_text(encoding="utf-8").replace(two, _captions_left(two)), encoding="utf-8")
        assert check(tmp_path, page) == OK
        copy = tmp_path / f"{year}.txt"
        copy.write_text(page_as_text(page.read_text(encoding="utf-8")), encoding="utf-8")
        assert check(tmp_path, copy) == OK
