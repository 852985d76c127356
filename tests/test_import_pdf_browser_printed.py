"""Two faults of the PDF import, in web pages printed by WeasyPrint as a browser prints them: a title set as a plain
paragraph (or centred, as wide as the text less four characters) glued to the preamble and the first heading
(“没有找到标题”); table 三 held in a cell of the page's layout table, its rules drawn twice a few points apart (its
rows read as one cell, its parts over the page break not joined)."""
from __future__ import annotations

import pytest
import yaml

import test_import_wild_shapes as hunt
from _import_helpers import imported
from test_import_wild_shapes import PLUGINS, _page, _pdf, _table_three

TITLE = "某县档案馆2019年政府信息公开工作年度报告"
#: A preamble whose last line, in the page's font and width, ends at the text's right edge.
PREAMBLE = ("本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2019年1月1日起至2019年12月31日止"
            + "本馆" * 12 + "。")


def _load(result) -> dict:
    return yaml.safe_load(result.target.read_text(encoding="utf-8"))


def _messages(result) -> list[str]:
    return [f.message for f in result.findings]


# 1. The title, the preamble and the first heading in one paragraph.

def _framed(result) -> None:
    """The title read, the preamble a paragraph of its own, and part 一 under its heading."""
    data = _load(result)
    assert (data["agency"], data["year"], data.get("title")) == ("某县档案馆", 2019, None)
    assert data["sections"]["overview"] == ["本馆全年按规定公开馆藏开放目录和办事指南。"]
    assert not [m for m in _messages(result) if "标题" in m or "总体情况" in m]


@pytest.mark.parametrize("preamble", ["本报告由本馆办公室编写。", PREAMBLE], ids=["short", "to_the_edge"])
def test_a_title_printed_as_a_plain_paragraph_is_the_title(tmp_path, preamble):
    """A site's page without its chrome, its paragraphs not apart (p {margin: 0}), its title a plain paragraph at the
    left edge: the title was the preamble's first words; a preamble ending at the right edge took “一、总体情况” too."""
    page = _page(style="p {margin: 0}").replace(
        f"<h2 style='text-align: center'>{TITLE}</h2><h3>一、总体情况</h3>",
        f"<p>{TITLE}</p><p>{preamble}</p><p>一、总体情况</p>")
    result = imported(_pdf(tmp_path, page), tmp_path, PLUGINS, draft=True)
    _framed(result)
    assert _load(result)["preamble"] == [preamble]


def test_a_centred_title_in_the_bodys_size_two_characters_in_is_the_title(tmp_path):
    """Centred, the title starts two characters in, as a paragraph does: it was read as one, with “一、总体情况”."""
    _framed(imported(_pdf(tmp_path, _page()), tmp_path, PLUGINS, draft=True))


# 2. Table 三 in a cell of the page's layout table.

DENIED = ["state_secret", "law_forbidden", "safety_stability", "third_party_rights", "internal_affairs",
          "process_information", "enforcement_case", "administrative_query"]
#: How the layout table around table 三 and table 三 are bordered: the layout table and its cell bordered, table 三 a
#: padding inside (rules about 3 pt apart), or every cell of both bordered apart (border-spacing: two rules between
#: each two cells).
LAYOUTS = {"padded": "table {border: 1px solid #000} table table {border-collapse: collapse} "
                     ".layout > tbody > tr > td {padding: 3px}",
           "spaced": "table {border: 1px solid #000}"}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_table_three_in_a_layout_tables_cell_reads_every_row(tmp_path, monkeypatch, layout):
    """The rows of （三）不予公开 (one figure each) were read as one cell, or the table's parts over the page break
    were not joined (“三、本年度办理结果”不是2019版表三的行)."""
    for k, label in enumerate(hunt.GROUPS["（三）不予公开"], 1):
        monkeypatch.setitem(hunt.FIGURES, label, f"{k} 0 0 0 0 0 {k}")
    page = _page(three=f"<table class='layout'><tr><td>{_table_three()}</td></tr></table>", style=LAYOUTS[layout])
    result = imported(_pdf(tmp_path, page), tmp_path, PLUGINS, draft=True)
    three = _load(result)["tables"]["applications"]
    others = dict.fromkeys(["commercial_enterprise", "research_institution", "public_welfare_organization",
                            "legal_service_agency", "other"], 0)
    assert [three["results"]["denied"][key] for key in DENIED] == \
        [{"natural_person": k, **others, "total": k} for k in range(1, 9)]
    assert three["new_received"]["natural_person"] == 5 and three["new_received"]["total"] == 6
    assert three["results"]["granted"]["commercial_enterprise"] == 1
    assert three["results"]["unable_to_provide"]["no_such_information"]["natural_person"] == 2
    assert not [m for m in _messages(result) if "表三中" in m or "表三没有" in m]
