"""2008-edition reports read back: the answers' outcomes given in the text after a table that holds only the total
(申请总数｜9, then 其中同意公开6件，……), as a sentence, a line an item or after a colon; both stay as written, and the
report printed again from the data gives no sentence of the figures beside them."""
from __future__ import annotations

import pytest
import yaml

from reportkit.plugins import load_plugins

from _import_helpers import imported, printed

PLUGINS = load_plugins()
OUTCOMES = [{"name": "同意公开", "count": 6}, {"name": "部分公开", "count": 1}, {"name": "信息不存在", "count": 2}]


def _page(items: list) -> str:
    """A county bureau's report written for these tests as a web page: ``items`` (a paragraph, or a table as its rows)
    under its part on applications."""
    def html(item) -> str:
        if isinstance(item, str):
            return f"<p>{item}</p>"
        return '<table border="1">' + "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in item) + "</table>"
    body = "\n".join(html(item) for item in ["二、依申请公开政府信息情况", *items])
    return ('<html><head><meta charset="utf-8"></head><body>\n<h1>石桥县水务局2014年政府信息公开工作年度报告</h1>\n'
            "<p>一、概述</p><p>本局把公开工作列入年度目标考核，由办公室具体承办。</p>\n"
            f"{body}\n<p>三、存在的主要问题和改进措施</p><p>个别科室报送不及时，明年实行月报制度。</p>\n"
            '<p style="text-align:right">石桥县水务局</p><p style="text-align:right">2015年3月10日</p>\n</body></html>')


def _import(tmp_path, items: list):
    source = tmp_path / "shiqiao-2014.html"
    source.write_text(_page(items), encoding="utf-8")
    result = imported(source, tmp_path, PLUGINS)
    return result, yaml.safe_load(result.target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("items, answered", [
    ([[["项目", "件数"], ["申请总数", "9"]], "其中同意公开6件，部分公开1件，信息不存在2件。"], None),
    ([[["申请总数", "9件"]], "其中：同意公开6件，部分公开1件，信息不存在2件。"], None),
    (["本年度受理申请的情况见下表。", [["收到申请", "已答复"], ["9", "9"]], "其中同意公开6件，部分公开1件，信息不存在2件。",
      "所有申请均在法定期限内办结。"], 9),
    ([[["指标", "数量"], ["申请总数", "9件"]], "同意公开6件；", "部分公开1件；", "信息不存在2件。"], None),
])
def test_outcomes_after_a_table_of_the_total_are_read(tmp_path, items, answered):
    """The table gave the total and the text after it its outcomes: only the total was read, the outcomes were not."""
    result, data = _import(tmp_path, items)
    part = data["sections"]["applications"]
    assert part["figures"]["received"] == 9
    assert part["figures"].get("answered") == answered
    assert part["figures"]["outcomes"] == OUTCOMES
    assert "show" not in part["figures"]  # the table and the sentence stay as the agency wrote them
    texts = [item for item in part["content"] if isinstance(item, str)]
    assert [t for t in texts if "同意公开6件" in t]
    assert any("表格里读出的" in note for note in result.imported.notes)
    # printed again, the part is the agency's table and text: no sentence of reportkit's repeats the figures
    body = [text for element, text in printed(result.target, PLUGINS) if element == "body"]
    assert not [text for text in body if "本年度共收到政府信息公开申请" in text]


def test_the_outcomes_after_the_table_keep_their_place_for_check(tmp_path):
    result, data = _import(tmp_path, [[["项目", "件数"], ["申请总数", "9"]], "其中同意公开6件，部分公开1件，信息不存在2件。"])
    places = result.imported.places
    assert places[("sections", "applications", "figures", "outcomes", 0)] == places[
        ("sections", "applications", "content", 1)]


@pytest.mark.parametrize("sentence", [
    "其中同意公开6件，部分公开2件。",  # 8 of 9: which one is left out is not said
    "其中同意公开6件，部分公开1件，信息不存在2件，不予公开1件。",  # 10 of 9
])
def test_outcomes_not_adding_up_to_the_tables_total_are_not_read(tmp_path, sentence):
    _, data = _import(tmp_path, [[["项目", "件数"], ["申请总数", "9"]], sentence])
    part = data["sections"]["applications"]
    assert part["figures"]["received"] == 9
    assert "outcomes" not in part["figures"]
    assert sentence in part["content"]


def test_a_list_after_a_table_of_other_figures_is_not_read_as_its_outcomes(tmp_path):
    """A table of the categories disclosed is no total of the applications: the outcomes after it have none."""
    _, data = _import(tmp_path, [[["类别", "条数"], ["机构职能", "4"], ["政策法规", "5"]],
                                 "其中同意公开6件，部分公开1件，信息不存在2件。"])
    figures = data["sections"]["applications"].get("figures") or {}
    assert "outcomes" not in figures
