"""A web page whose <table>s follow one another with no paragraph between: each with a head of its own (or a caption
in its first row) is a table of its own, read and said apart; one that repeats the head above (a site's table cut
into several <table>s) goes on with it."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported

PLUGINS = load_plugins()
EXAMPLE = Path(__file__).resolve().parents[1] / "examples/xinzhou-2020.yaml"
NOT_OFFICIAL = "这个表格不是表二、表三或表四，未导入"

#: Three small tables a site set in the applications part, right over table 三: two with a head of words, one with a
#: caption across its first row.
SMALL = ('<table><tr><th>申请方式</th><th>件数</th></tr><tr><td>当面申请</td><td>3</td></tr></table>'
         '<table><tr><th colspan="2">答复方式</th></tr><tr><td>书面答复</td><td>5</td></tr></table>'
         '<table><tr><th>办理时限</th><th>件数</th></tr><tr><td>按期办结</td><td>7</td></tr></table>')


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    """The example report as reportkit writes its web page."""
    folder = tmp_path_factory.mktemp("page")
    subprocess.run([sys.executable, "-m", "reportkit", "render", str(EXAMPLE), "-f", "html", "-o", str(folder)],
                   check=True, capture_output=True)
    return (folder / "xinzhou-2020.html").read_text(encoding="utf-8")


def _table_three(page: str) -> tuple[int, int]:
    """Where table 三's <table> starts and ends on ``page``."""
    start = page.index("<table", page.index("三、收到和处理政府信息公开申请情况"))
    return start, page.index("</table>", start) + len("</table>")


def _imported(folder: Path, page: str):
    (folder / "report.html").write_text(page, encoding="utf-8")
    result = imported(folder / "report.html", folder, PLUGINS)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


def test_tables_one_after_another_are_read_apart(tmp_path, page):
    """The three were joined into one and to table 三 below them (“没有找到表三”, every cell a placeholder): each is
    said on its own place, table 三 read as it is without them."""
    _, plain = _imported(tmp_path, page)
    start, _ = _table_three(page)
    result, data = _imported(tmp_path, page[:start] + SMALL + page[start:])
    said = [f.place for f in result.findings if f.message == NOT_OFFICIAL]
    assert said == ["第 2 个表格", "第 3 个表格", "第 4 个表格"]
    assert data["tables"]["applications"] == plain["tables"]["applications"]
    assert not [f for f in result.findings if "没有找到表三" in f.message]


def test_a_table_cut_into_tables_repeating_its_head_is_one(tmp_path, page):
    """The other side: table 三 cut into three <table>s, each repeating the head: read as the one table it is."""
    _, plain = _imported(tmp_path, page)
    start, end = _table_three(page)
    table = page[start:end]
    head = re.search(r"<colgroup>.*?</thead>", table, re.S)[0]
    rows = re.findall(r"<tr>.*?</tr>", table[table.index("</thead>"):], re.S)
    parts = "".join(f"<table>{head}<tbody>{''.join(part)}</tbody></table>"
                    for part in (rows[:2], rows[2:-2], rows[-2:]))
    result, data = _imported(tmp_path, page[:start] + parts + page[end:])
    assert data["tables"]["applications"] == plain["tables"]["applications"]
    assert not [f for f in result.findings if f.message == NOT_OFFICIAL]
